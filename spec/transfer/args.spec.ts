// ExtraArgs allow-lists: ibm_s3transfer's lists (IBM Retention* included), checked before any request.
import { expect } from 'chai';
import { ALLOWED_COPY_ARGS, ALLOWED_DOWNLOAD_ARGS, ALLOWED_UPLOAD_ARGS, ParamValidationError, TransferManager } from '../../lib/index.js';
import { checkExtraArgs, omit, pick } from '../../lib/transfer/args.js';
import { fakeClient } from '../helpers/clients.js';
import { FakeS3 } from './fake-s3.js';

const FULL_OBJECT: string[] = ['ChecksumCRC32', 'ChecksumCRC32C', 'ChecksumCRC64NVME', 'ChecksumSHA1', 'ChecksumSHA256'];

describe('transfer: ExtraArgs allow-lists', () => {
  it('upload allows the content, ACL, SSE, metadata, tagging and IBM retention members', () => {
    for (const name of ['ContentType', 'Metadata', 'ACL', 'SSECustomerKey', 'StorageClass', 'Tagging', 'RetentionPeriod', 'RetentionExpirationDate', 'RetentionLegalHoldId']) {
      expect(ALLOWED_UPLOAD_ARGS, name).to.include(name);
    }
    expect(ALLOWED_UPLOAD_ARGS).to.not.include('Body');
    expect(ALLOWED_UPLOAD_ARGS).to.not.include('ContentMD5');
  });

  it("upload allows today's Object Lock and checksum members: the algorithm, or a full-object value", () => {
    for (const name of ['ObjectLockMode', 'ObjectLockRetainUntilDate', 'ObjectLockLegalHoldStatus', 'ChecksumAlgorithm', ...FULL_OBJECT]) {
      expect(ALLOWED_UPLOAD_ARGS, name).to.include(name);
    }
  });

  it('download allows only what selects, decrypts or checks the object', () => {
    expect([...ALLOWED_DOWNLOAD_ARGS].sort()).to.deep.equal(['ChecksumMode', 'ExpectedBucketOwner', 'RequestPayer', 'SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5', 'VersionId']);
  });

  it("copy allows the upload members plus the copy-source conditions and directives; the checksum value is the server's", () => {
    for (const name of [...ALLOWED_UPLOAD_ARGS.filter((n) => !FULL_OBJECT.includes(n)), 'CopySourceIfMatch', 'CopySourceSSECustomerKey', 'MetadataDirective', 'TaggingDirective']) {
      expect(ALLOWED_COPY_ARGS, name).to.include(name);
    }
    for (const name of FULL_OBJECT) expect(ALLOWED_COPY_ARGS, name).to.not.include(name);
  });

  it('checkExtraArgs lists every unknown member with the valid ones, as ParamValidationError', () => {
    let caught: unknown;
    try {
      checkExtraArgs({ ContentType: 'a', Bodyy: 1, Range: 'bytes=0-1' }, ALLOWED_DOWNLOAD_ARGS, 'download');
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(ParamValidationError);
    const problems = (caught as ParamValidationError).problems;
    expect(problems).to.have.length(3);
    expect(problems[0]).to.equal(`Invalid extra_args key 'ContentType' for download, must be one of: ${ALLOWED_DOWNLOAD_ARGS.join(', ')}`);
  });

  it('checkExtraArgs drops undefined members and refuses a non-object', () => {
    expect(checkExtraArgs({ VersionId: undefined, RequestPayer: 'requester' }, ALLOWED_DOWNLOAD_ARGS, 'download')).to.deep.equal({ RequestPayer: 'requester' });
    expect(checkExtraArgs(undefined, ALLOWED_DOWNLOAD_ARGS, 'download')).to.deep.equal({});
    expect(() => checkExtraArgs('ContentType', ALLOWED_UPLOAD_ARGS, 'upload')).to.throw(ParamValidationError, /ExtraArgs/);
  });

  it('pick and omit select members by name', () => {
    const args = { A: 1, B: 2, C: 3 };
    expect(pick(args, ['A', 'C', 'D'])).to.deep.equal({ A: 1, C: 3 });
    expect(omit(args, ['A', 'D'])).to.deep.equal({ B: 2, C: 3 });
  });

  describe('on the client and the manager: refused before any request', () => {
    const server = new FakeS3();
    before(() => server.start());
    after(() => server.stop());

    it('upload_file, download_file, copy and the manager reject an unknown member and send nothing', async () => {
      const s3 = fakeClient(server.endpoint);
      const bad = { ExtraArgs: { Bogus: 1 } as never };
      const calls: [string, () => Promise<unknown>][] = [
        ['upload_file', () => s3.upload_file('/nonexistent/file', 'b', 'k', bad)],
        ['upload_fileobj', () => s3.upload_fileobj(Buffer.from('x'), 'b', 'k', bad)],
        ['download_file', () => s3.download_file('b', 'k', '/tmp/never-written', bad)],
        ['copy', () => s3.copy({ Bucket: 'b', Key: 'k' }, 'b', 'k2', bad)],
      ];
      for (const [name, call] of calls) {
        let caught: unknown;
        await call().catch((err: unknown) => (caught = err));
        expect(caught, name).to.be.instanceOf(ParamValidationError);
        expect((caught as Error).message, name).to.match(/Invalid extra_args key 'Bogus'/);
      }
      expect(() => new TransferManager(s3).download('b', 'k', '/tmp/x', { ExtraArgs: { ContentType: 'x' } as never })).to.throw(ParamValidationError, /'ContentType'/);
      expect(server.requests).to.have.length(0);
      await s3.close();
    });
  });
});
