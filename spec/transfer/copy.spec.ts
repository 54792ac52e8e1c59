// Managed copies against a local in-memory S3: CopyObject or UploadPartCopy ranges pinned to the
// source's ETag, with the source's content headers and metadata carried over.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { AbortError, ClientError, ParamValidationError, TransferConfig, TransferManager, type S3Client } from '../../lib/index.js';
import { parseCopySource } from '../../lib/transfer/copy.js';
import { localClient } from '../helpers/clients.js';
import { FakeS3, abortOn } from './fake-s3.js';
import { failure } from '../helpers/failure.js';

const MiB = 1024 * 1024;
const config = new TransferConfig({ multipart_threshold: 5 * MiB, multipart_chunksize: 5 * MiB });
const SOURCE_HEADERS = { 'content-type': 'image/x-test', 'cache-control': 'max-age=60', 'x-amz-meta-owner': 'alice' };

describe('transfer: copies (local in-memory S3)', () => {
  const fx = localClient(new FakeS3());
  const { server } = fx;

  it('below the threshold: HEAD of the source, then one CopyObject; progress reports the size', async () => {
    server.put('src', randomBytes(1000), SOURCE_HEADERS);
    let total = 0;
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { Config: config, Callback: (n) => (total += n) });
    expect(server.requests.map((r) => r.op)).to.deep.equal(['HeadObject', 'CopyObject']);
    expect(server.objects.get('dst')!.body.equals(server.objects.get('src')!.body)).to.equal(true);
    expect(total).to.equal(1000);
  });

  it('from the threshold on: UploadPartCopy ranges pinned to the ETag; content headers and metadata carried over', async () => {
    const { etag, body } = server.put('src', randomBytes(12 * MiB + 1), SOURCE_HEADERS);
    const parts: number[] = [];
    const future = new TransferManager(fx.s3, config).copy('b/src', 'b', 'dst');
    future.on('part', (p) => parts.push(p.part_number));
    await future.result();
    const copies = server.of('UploadPartCopy');
    expect(copies.map((c) => c.headers['x-amz-copy-source-range']).sort()).to.deep.equal([
      'bytes=0-5242879', 'bytes=10485760-12582912', 'bytes=5242880-10485759',
    ]);
    expect(copies.every((c) => c.headers['x-amz-copy-source-if-match'] === etag)).to.equal(true);
    const create = server.of('CreateMultipartUpload')[0]!;
    expect(create.headers['content-type']).to.equal('image/x-test');
    expect(create.headers['cache-control']).to.equal('max-age=60');
    expect(create.headers['x-amz-meta-owner']).to.equal('alice');
    const copied = server.objects.get('dst')!;
    expect(copied.body.equals(body)).to.equal(true);
    expect(copied.headers['x-amz-meta-owner']).to.equal('alice');
    expect(parts.sort()).to.deep.equal([1, 2, 3]);
  });

  it('ExtraArgs override what is carried over; MetadataDirective REPLACE carries nothing', async () => {
    server.put('src', randomBytes(6 * MiB), SOURCE_HEADERS);
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { Config: config, ExtraArgs: { ContentType: 'text/plain' } });
    let create = server.of('CreateMultipartUpload')[0]!;
    expect(create.headers['content-type']).to.equal('text/plain');
    expect(create.headers['x-amz-meta-owner']).to.equal('alice');
    server.requests.length = 0;
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst2', { Config: config, ExtraArgs: { MetadataDirective: 'REPLACE', Metadata: { fresh: 'yes' } } });
    create = server.of('CreateMultipartUpload')[0]!;
    expect(create.headers['x-amz-meta-owner']).to.equal(undefined);
    expect(create.headers['x-amz-meta-fresh']).to.equal('yes');
    expect(create.headers['x-amz-metadata-directive']).to.equal(undefined);
  });

  it('a source replaced mid-copy: 412 saying so, and the multipart upload is aborted', async () => {
    server.put('src', randomBytes(12 * MiB));
    server.fault = (r) => {
      if (r.op === 'UploadPartCopy' && server.of('UploadPartCopy').length === 1) server.put('src', randomBytes(12 * MiB));
      return undefined;
    };
    const err = await failure(fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { Config: new TransferConfig({ ...config, max_concurrency: 1 }) }));
    expect(err).to.be.instanceOf(ClientError);
    expect((err as ClientError).status).to.equal(412);
    expect(err.message).to.match(/changed during the transfer/);
    expect(server.aborted).to.have.length(1);
    expect(server.objects.has('dst')).to.equal(false);
  });

  it('aborted while CreateMultipartUpload is in flight: the upload it creates is still aborted (none left behind)', async () => {
    server.put('src', randomBytes(12 * MiB));
    const ac = new AbortController();
    server.fault = abortOn('CreateMultipartUpload', ac);
    const err = await failure(fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { Config: config, signal: ac.signal }));
    expect(err).to.be.instanceOf(AbortError);
    expect(server.of('UploadPartCopy')).to.have.length(0);
    expect(server.aborted).to.have.length(1);
    expect(server.objects.has('dst')).to.equal(false);
  });

  it('SourceClient makes the HEAD; the destination client copies', async () => {
    server.put('src', randomBytes(100));
    const heads: string[] = [];
    const source = { head_object: (params: Parameters<S3Client['head_object']>[0]) => (heads.push(params.Key), fx.s3.head_object(params)) };
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { SourceClient: source as never });
    expect(heads).to.deep.equal(['src']);
    expect(server.of('CopyObject')).to.have.length(1);
  });

  it('copy-source conditions and SSE-C keys also go to the HEAD, under its names', async () => {
    const { etag } = server.put('src', randomBytes(100));
    await fx.s3.copy({ Bucket: 'b', Key: 'src' }, 'b', 'dst', { ExtraArgs: { CopySourceIfMatch: etag } });
    expect(server.of('HeadObject')[0]!.headers['if-match']).to.equal(etag);
    expect(server.of('CopyObject')[0]!.headers['x-amz-copy-source-if-match']).to.equal(etag);
  });

  it('parses both CopySource forms and refuses malformed ones before any request', () => {
    expect(parseCopySource('bkt/a/b.txt')).to.deep.equal({ Bucket: 'bkt', Key: 'a/b.txt' });
    expect(parseCopySource('bkt/k?versionId=v%201')).to.deep.equal({ Bucket: 'bkt', Key: 'k', VersionId: 'v 1' });
    expect(parseCopySource({ Bucket: 'bkt', Key: 'k', VersionId: undefined })).to.deep.equal({ Bucket: 'bkt', Key: 'k' });
    for (const bad of ['nokey', 'bkt/', { Bucket: 'b' }, { Bucket: 'b', Key: 1 }, null]) {
      expect(() => parseCopySource(bad), JSON.stringify(bad)).to.throw(ParamValidationError, /Invalid CopySource/);
    }
    expect(server.requests).to.have.length(0);
  });
});
