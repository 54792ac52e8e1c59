// How failures surface: ClientError and its modeled subclasses, bodiless and non-XML error answers,
// unparseable success bodies, truncated bodies. Against a local scripted server.
import { expect } from 'chai';
import {
  ClientError,
  HTTPClientError,
  ResponseParserError,
} from '../../lib/index.js';
import { recordingClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

describe('client errors', () => {
  const fx = recordingClient();
  const { server } = fx;

  describe('ClientError', () => {
    const NO_SUCH_BUCKET =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>' +
      '<BucketName>nope</BucketName><RequestId>tx-in-body</RequestId></Error>';

    it('carries Error.Code/Message, the response metadata and the operation name', async () => {
      server.respondWith(() => ({
        status: 404,
        headers: { 'x-amz-request-id': 'tx000abc', 'x-amz-id-2': 'host-id-xyz', 'content-type': 'application/xml' },
        body: NO_SUCH_BUCKET,
      }));
      const err = (await failure(fx.s3.list_objects_v2({ Bucket: 'nope' }))) as ClientError;
      expect(err).to.be.instanceOf(ClientError);
      expect(err.operation_name).to.equal('ListObjectsV2');
      expect(err.response.Error).to.include({ Code: 'NoSuchBucket', Message: 'The specified bucket does not exist', BucketName: 'nope' });
      const meta = err.response.ResponseMetadata;
      expect(meta.HTTPStatusCode).to.equal(404);
      expect(meta.RequestId).to.equal('tx000abc');
      expect(meta.HostId).to.equal('host-id-xyz');
      expect(meta.HTTPHeaders['content-type']).to.equal('application/xml');
      expect(meta.RetryAttempts).to.equal(0);
      expect(err.code).to.equal('NoSuchBucket');
      expect(err.status).to.equal(404);
      expect(err.message).to.equal('An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist');
    });

    it('HostId as botocore gives it: x-amz-id-2, or \'\' when only x-amz-request-id came (RGW sends no x-amz-id-2)', async () => {
      server.respondWith(() => ({ status: 200, headers: { 'x-amz-request-id': 'tx1' } }));
      expect((await fx.s3.head_bucket({ Bucket: 'b' })).ResponseMetadata).to.include({ RequestId: 'tx1', HostId: '' });
      server.respondWith(() => ({ status: 200, headers: { 'x-amz-request-id': 'tx2', 'x-amz-id-2': 'h2' } }));
      expect((await fx.s3.head_bucket({ Bucket: 'b' })).ResponseMetadata).to.include({ RequestId: 'tx2', HostId: 'h2' });
    });

    it('a modeled code is an instance of its subclass and of ClientError, named after the code', async () => {
      server.respondWith(() => ({ status: 404, body: NO_SUCH_BUCKET }));
      const err = await failure(fx.s3.get_bucket_acl({ Bucket: 'nope' }));
      expect(err).to.be.instanceOf(fx.s3.exceptions.NoSuchBucket);
      expect(err).to.be.instanceOf(ClientError);
      expect(err).not.to.be.instanceOf(fx.s3.exceptions.NoSuchKey);
      expect(err.name).to.equal('NoSuchBucket');
      // catch-by-class as in boto3: `except client.exceptions.NoSuchBucket`
      expect(fx.s3.exceptions.from_code((err as ClientError).code)).to.equal(err.constructor);
    });

    it('a bodiless HEAD 404 has the status as its code and the reason phrase as its message', async () => {
      server.respondWith(() => ({ status: 404, headers: { 'x-amz-request-id': 'head-req' } }));
      const err = (await failure(fx.s3.head_object({ Bucket: 'b', Key: 'missing' }))) as ClientError;
      expect(err).to.be.instanceOf(ClientError);
      expect(err.response.Error).to.deep.equal({ Code: '404', Message: 'Not Found' });
      expect(err.response.ResponseMetadata.RequestId).to.equal('head-req');
      expect(err.message).to.equal('An error occurred (404) when calling the HeadObject operation: Not Found');
    });

    it('a conditional GET that matches (304) is a ClientError with code 304', async () => {
      server.respondWith(() => ({ status: 304, headers: { etag: '"abc"' } }));
      const err = (await failure(fx.s3.get_object({ Bucket: 'b', Key: 'k', IfNoneMatch: '"abc"' }))) as ClientError;
      expect(err).to.be.instanceOf(ClientError);
      expect(err.code).to.equal('304');
      expect(err.response.Error.Message).to.equal('Not Modified');
      expect(err.status).to.equal(304);
      expect(server.requests).to.have.length(1);
    });

    it('an HTML 502 page from a proxy gives code 502, after the retries', async () => {
      server.respondWith(() => ({
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
      }));
      const err = (await failure(fx.s3.list_buckets())) as ClientError;
      expect(err).to.be.instanceOf(ClientError);
      expect(err.response.Error).to.deep.equal({ Code: '502', Message: 'Bad Gateway' });
      expect(err.response.ResponseMetadata.RetryAttempts).to.equal(4);
      expect(err.message).to.match(/^An error occurred \(502\) when calling the ListBuckets operation \(reached max retries: 4\): Bad Gateway \(the body/);
      expect(server.requests).to.have.length(5);
    });

    it('a 403 with a garbled XML body still becomes a ClientError with the status as its code', async () => {
      server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Mess' }));
      const err = (await failure(fx.s3.get_bucket_acl({ Bucket: 'b' }))) as ClientError;
      expect(err).to.be.instanceOf(ClientError);
      expect(err.code).to.equal('403');
      expect(err.response.Error.Message).to.equal('Forbidden');
    });
  });

  describe('unusable success answers', () => {
    it('a garbled XML body is a ResponseParserError carrying the request id', async () => {
      for (const body of ['<ListBucketResult><Contents><Key>a</Contents>', 'not xml at all', '<ListBucketResult><Name>b</Na']) {
        server.reset();
        server.respondWith(() => ({ headers: { 'x-amz-request-id': 'garbled-1' }, body }));
        const err = await failure(fx.s3.list_objects_v2({ Bucket: 'b' }));
        expect(err, body).to.be.instanceOf(ResponseParserError);
        expect((err as ResponseParserError).request_id).to.equal('garbled-1');
        expect(err.message).to.match(/^Unable to parse response/).and.include('garbled-1');
        expect(err).not.to.be.instanceOf(ClientError);
      }
    });

    it('a DOCTYPE is refused rather than expanded', async () => {
      server.respondWith(() => ({
        body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "expanded">]><ListBucketResult><Name>&x;</Name></ListBucketResult>',
      }));
      const err = await failure(fx.s3.list_objects_v2({ Bucket: 'b' }));
      expect(err).to.be.instanceOf(ResponseParserError);
    });

    it('a body cut short (Content-Length larger than sent) is retried, then a typed HTTPClientError', async () => {
      server.respondWith(() => ({ resetAfterHeaders: true, headers: { 'content-type': 'application/xml' } }));
      const err = await failure(fx.s3.list_objects_v2({ Bucket: 'b' }));
      expect(err).to.be.instanceOf(HTTPClientError);
      expect(err.constructor).not.to.equal(HTTPClientError); // a specific subclass
      expect(server.requests).to.have.length(5);
    });

    it('a streamed body cut short fails when read, with a typed HTTPClientError', async () => {
      server.respondWith(() => ({ resetAfterHeaders: true }));
      const out = await fx.s3.get_object({ Bucket: 'b', Key: 'k' });
      const err = await failure(out.Body!.read());
      expect(err).to.be.instanceOf(HTTPClientError);
      expect(err.constructor).not.to.equal(HTTPClientError);
    });

    it('a truncated body that recovers on a retry is a success with the whole document', async () => {
      server.enqueue({ resetAfterHeaders: true });
      server.respondWith(() => ({ body: '<ListBucketResult><Name>b</Name><KeyCount>0</KeyCount></ListBucketResult>' }));
      const out = await fx.s3.list_objects_v2({ Bucket: 'b' });
      expect(out.Name).to.equal('b');
      expect(out.ResponseMetadata.RetryAttempts).to.equal(1);
    });
  });
});
