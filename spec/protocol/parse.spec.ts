import { expect } from 'chai';
import { Readable } from 'node:stream';
import { ModelView } from '../../lib/core/model.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { parseErrorBody, isErrorDocument } from '../../lib/protocol/parse-error.js';
import { ResponseParserError } from '../../lib/errors.js';
import { StreamingBody } from '../../lib/protocol/streaming-body.js';
import { IncompleteReadError } from '../../lib/errors.js';
import { notesModel } from '../helpers/fake-model.js';

const model = new ModelView(notesModel);
const get = (body: string, headers: Record<string, string> = {}) =>
  parseResponse(model, model.operation('GetNote'), { statusCode: 200, headers, body: Buffer.from(body) });

describe('protocol/parse (generic REST-XML, made-up model)', () => {
  it('types header members and collects header maps with lower-cased keys', () => {
    const out = get('', { 'x-note-label-owner': 'Me', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT', 'content-length': '0' });
    expect(out.Labels).to.deep.equal({ owner: 'Me' });
    expect(out.Modified).to.be.instanceOf(Date);
    expect((out.Modified as Date).toISOString()).to.equal('2015-10-21T07:28:00.000Z');
    expect(out.Size).to.equal(0);
  });

  it('keeps string values exactly (no trimming, no number coercion) and decodes entities', () => {
    const out = get('<R><Title>  007 &amp; 1e3 &#x41;&#66; </Title><Count>12</Count><Pinned>true</Pinned></R>');
    expect(out.Title).to.equal('  007 & 1e3 AB ');
    expect(out.Count).to.equal(12);
    expect(out.Pinned).to.equal(true);
  });

  it('returns lists of one element as lists (flattened and wrapped) and reads attributes', () => {
    const out = get(
      '<R xmlns="urn:x"><Tag>only</Tag><Authors><Author xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Bot"><Name>b</Name></Author></Authors><Created>2009-10-12T17:50:30.000Z</Created></R>',
    );
    expect(out.Tags).to.deep.equal(['only']);
    expect(out.Authors).to.deep.equal([{ Kind: 'Bot', Name: 'b' }]);
    expect((out.Created as Date).getTime()).to.equal(Date.UTC(2009, 9, 12, 17, 50, 30));
  });

  it('gives an empty wrapped list for an empty wrapper element', () => {
    expect(get('<R><Authors/></R>').Authors).to.deep.equal([]);
  });

  it('refuses DOCTYPE/entity documents and malformed XML with a typed error carrying the request id', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><R><Title>&a;</Title></R>';
    const call = (b: string) => () =>
      parseResponse(model, model.operation('GetNote'), { statusCode: 200, headers: { 'x-amz-request-id': 'RID1' }, body: Buffer.from(b) });
    expect(call(bomb)).to.throw(ResponseParserError, /RID1/);
    expect(call('<R><Title>x</R>')).to.throw(ResponseParserError, /malformed/);
  });

  it('parses XML error bodies and falls back to the status for bodiless or non-XML ones', () => {
    const e = parseErrorBody({ statusCode: 404, headers: {}, body: Buffer.from('<Error><Code>NoSuchNote</Code><Message>gone</Message><Key>k</Key></Error>') });
    expect(e).to.deep.equal({ Code: 'NoSuchNote', Message: 'gone', Key: 'k' });
    expect(parseErrorBody({ statusCode: 404, headers: {} })).to.deep.equal({ Code: '404', Message: 'Not Found' });
    expect(parseErrorBody({ statusCode: 502, headers: {}, body: Buffer.from('<html>bad gateway</html>') }).Code).to.equal('502');
    expect(isErrorDocument(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code></Error>'))).to.equal(true);
    expect(isErrorDocument(Buffer.from('<CopyObjectResult></CopyObjectResult>'))).to.equal(false);
  });
});

describe('protocol/StreamingBody', () => {
  const body = (chunks: string[], length?: number) => new StreamingBody(Readable.from(chunks.map((c) => Buffer.from(c))), length);

  it('read() returns everything, read(n) returns at most n bytes, as boto3', async () => {
    const b = body(['hello ', 'world'], 11);
    expect((await b.read(3)).toString()).to.equal('hel');
    expect((await b.read(5)).toString()).to.equal('lo wo');
    expect((await b.read()).toString()).to.equal('rld');
    expect((await b.read()).length).to.equal(0);
  });

  it('iterates chunks of a fixed size and lines', async () => {
    const sizes: number[] = [];
    for await (const c of body(['abcde', 'fgh'], 8).iter_chunks(3)) sizes.push(c.length);
    expect(sizes).to.deep.equal([3, 3, 2]);
    const lines: string[] = [];
    for await (const l of body(['a\r\nb', 'c\nd'], 7).iter_lines()) lines.push(l.toString());
    expect(lines).to.deep.equal(['a', 'bc', 'd']);
  });

  it('fails with IncompleteReadError when the body is shorter than Content-Length', async () => {
    let caught: unknown;
    try {
      await body(['abc'], 10).read();
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(IncompleteReadError);
  });

  it('pipes to a Writable and reads as text', async () => {
    expect(await body(['ü', 'x'], 3).text()).to.equal('üx');
  });
});
