// The engine's small parts: the reverse JMESPath that places request params, the merge of filter
// params, and the empty response an unidentifiable action answers.
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { buildParamStructure, mergeDicts } from '../../lib/resources/params.js';
import { buildEmptyResponse } from '../../lib/resources/response.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { libraryModel } from '../helpers/fake-resources.js';

describe('resources: params', () => {
  it('builds nested members, appends with [] and shares an item with [*] and an index', () => {
    const params: Record<string, unknown> = {};
    buildParamStructure(params, 'Bucket', 'b');
    buildParamStructure(params, 'VersioningConfiguration.Status', 'Enabled');
    buildParamStructure(params, 'Delete.Objects[].Key', 'a');
    buildParamStructure(params, 'Delete.Objects[].Key', 'b');
    expect(params).to.deep.equal({ Bucket: 'b', VersioningConfiguration: { Status: 'Enabled' }, Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }] } });
    const paired: Record<string, unknown> = {};
    for (const [i, [key, version]] of [['a', '1'], ['b', '2']].entries()) {
      buildParamStructure(paired, 'Delete.Objects[*].Key', key, i);
      buildParamStructure(paired, 'Delete.Objects[*].VersionId', version, i);
    }
    expect(paired).to.deep.equal({ Delete: { Objects: [{ Key: 'a', VersionId: '1' }, { Key: 'b', VersionId: '2' }] } });
    const fixed: Record<string, unknown> = {};
    buildParamStructure(fixed, 'List[2]', 'x');
    expect(fixed).to.deep.equal({ List: [{}, {}, 'x'] });
  });

  it('merges filter params deeply, appending lists, without touching either side; streams stay as they are', () => {
    const a = { Prefix: 'a', Tags: ['x'], Nested: { One: 1 } };
    const body = Readable.from(['z']);
    const merged = mergeDicts(a, { Tags: ['y'], Nested: { Two: 2 }, Body: body }, true);
    expect(merged).to.deep.equal({ Prefix: 'a', Tags: ['x', 'y'], Nested: { One: 1, Two: 2 }, Body: body });
    expect(merged.Body).to.equal(body);
    expect(a).to.deep.equal({ Prefix: 'a', Tags: ['x'], Nested: { One: 1 } });
    expect(mergeDicts({ Tags: ['x'] }, { Tags: ['y'] })).to.deep.equal({ Tags: ['y'] });
  });

  it('shapes the empty response of an action by the output model and the resource path', () => {
    expect(buildEmptyResponse(undefined, 'PutObject', s3Model)).to.deep.equal({});
    expect(buildEmptyResponse('Contents[]', 'ListObjects', s3Model)).to.deep.equal([]);
    expect(buildEmptyResponse('Imported[]', 'ImportNotes', libraryModel)).to.deep.equal([]);
    expect(buildEmptyResponse(undefined, 'ArchiveNote', libraryModel)).to.equal(null);
  });
});
