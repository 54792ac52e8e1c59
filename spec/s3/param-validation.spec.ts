// Bad input to the S3 client: every case fails with ParamValidationError naming the problem, and
// nothing reaches the (recording) server.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { ParamValidationError, type S3Client } from '../../lib/index.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';

type Call = (params?: unknown) => Promise<unknown>;

interface BadCase {
  title: string;
  method: string;
  params: unknown;
  /** Substrings the error's problems must contain, together. */
  expect: string[];
  /** How many problems are reported (default 1). */
  count?: number;
}

const OK_PUT = { Bucket: 'b', Key: 'k' };
const TYPE = (path: string, shown: string, type: string, valid: string) =>
  `Invalid type for parameter ${path}, value: ${shown}, type: ${type}, valid types: ${valid}`;

const cases: BadCase[] = [
  // missing required members
  { title: 'missing Bucket', method: 'put_object', params: { Key: 'k' }, expect: ['Missing required parameter in input: "Bucket"'] },
  { title: 'missing Key', method: 'get_object', params: { Bucket: 'b' }, expect: ['Missing required parameter in input: "Key"'] },
  { title: 'missing UploadId', method: 'upload_part', params: { ...OK_PUT, PartNumber: 1 }, expect: ['Missing required parameter in input: "UploadId"'] },
  { title: 'missing PartNumber', method: 'upload_part', params: { ...OK_PUT, UploadId: 'u' }, expect: ['Missing required parameter in input: "PartNumber"'] },
  { title: 'missing CopySource', method: 'copy_object', params: OK_PUT, expect: ['Missing required parameter in input: "CopySource"'] },
  { title: 'missing Delete.Objects[].Key', method: 'delete_objects', params: { Bucket: 'b', Delete: { Objects: [{ Key: 'a' }, { VersionId: 'v' }] } }, expect: ['Missing required parameter in Delete.Objects[1]: "Key"'] },
  { title: 'missing nested CORSRules[0].AllowedOrigins', method: 'put_bucket_cors', params: { Bucket: 'b', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'] }] } }, expect: ['Missing required parameter in CORSConfiguration.CORSRules[0]: "AllowedOrigins"'] },
  { title: 'missing top-level structure Delete', method: 'delete_objects', params: { Bucket: 'b' }, expect: ['Missing required parameter in input: "Delete"'] },
  // wrong types, top level
  { title: 'number for a string (Key)', method: 'get_object', params: { Bucket: 'b', Key: 5 }, expect: [TYPE('Key', '5', 'number', 'string')] },
  { title: 'null for a string (Bucket)', method: 'head_bucket', params: { Bucket: null }, expect: [TYPE('Bucket', 'null', 'null', 'string')] },
  { title: 'string for an integer (MaxKeys)', method: 'list_objects_v2', params: { Bucket: 'b', MaxKeys: '10' }, expect: [TYPE('MaxKeys', '"10"', 'string', 'integer')] },
  { title: 'non-integer float for an integer (PartNumber)', method: 'upload_part', params: { ...OK_PUT, UploadId: 'u', PartNumber: 1.5 }, expect: [TYPE('PartNumber', '1.5', 'number', 'integer')] },
  { title: 'NaN for a long (ContentLength)', method: 'put_object', params: { ...OK_PUT, ContentLength: NaN }, expect: [TYPE('ContentLength', 'NaN', 'number', 'integer')] },
  { title: 'negative ContentLength', method: 'put_object', params: { ...OK_PUT, ContentLength: -1 }, expect: ['Invalid value for parameter ContentLength, value: -1, valid min value: 0'] },
  { title: 'string for a boolean (FetchOwner)', method: 'list_objects_v2', params: { Bucket: 'b', FetchOwner: 'true' }, expect: [TYPE('FetchOwner', '"true"', 'string', 'boolean')] },
  { title: 'list for a map (Metadata)', method: 'put_object', params: { ...OK_PUT, Metadata: ['a'] }, expect: [TYPE('Metadata', 'array', 'array', 'object')] },
  { title: 'list for a structure (MultipartUpload)', method: 'complete_multipart_upload', params: { ...OK_PUT, UploadId: 'u', MultipartUpload: [] }, expect: [TYPE('MultipartUpload', 'array', 'array', 'object')] },
  // wrong types, nested
  { title: 'object for a list (CORSRules)', method: 'put_bucket_cors', params: { Bucket: 'b', CORSConfiguration: { CORSRules: { AllowedMethods: ['GET'], AllowedOrigins: ['*'] } } }, expect: [TYPE('CORSConfiguration.CORSRules', 'Object', 'Object', 'array')] },
  { title: 'bad item type inside a list (AllowedMethods[1])', method: 'put_bucket_cors', params: { Bucket: 'b', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET', 7], AllowedOrigins: ['*'] }] } }, expect: [TYPE('CORSConfiguration.CORSRules[0].AllowedMethods[1]', '7', 'number', 'string')] },
  { title: 'string PartNumber inside Parts', method: 'complete_multipart_upload', params: { ...OK_PUT, UploadId: 'u', MultipartUpload: { Parts: [{ PartNumber: '1', ETag: '"e"' }] } }, expect: [TYPE('MultipartUpload.Parts[0].PartNumber', '"1"', 'string', 'integer')] },
  { title: 'number for a nested string (TagSet[0].Value)', method: 'put_bucket_tagging', params: { Bucket: 'b', Tagging: { TagSet: [{ Key: 'k', Value: 1 }] } }, expect: [TYPE('Tagging.TagSet[0].Value', '1', 'number', 'string')] },
  // unknown members
  { title: 'top-level typo Bukcet', method: 'put_object', params: { Bukcet: 'b', Key: 'k' }, expect: ['Unknown parameter in input: "Bukcet", must be one of: ', 'Missing required parameter in input: "Bucket"'], count: 2 },
  { title: 'misspelled ContentType', method: 'put_object', params: { ...OK_PUT, ContentTyep: 'text/plain' }, expect: ['Unknown parameter in input: "ContentTyep", must be one of: ', 'ContentType'] },
  { title: 'nested typo AllowedMethod', method: 'put_bucket_cors', params: { Bucket: 'b', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['*'], AllowedMethod: ['PUT'] }] } }, expect: ['Unknown parameter in CORSConfiguration.CORSRules[0]: "AllowedMethod", must be one of: ID, AllowedHeaders, AllowedMethods'] },
  { title: 'a parameter for an operation that takes only one', method: 'list_buckets', params: { Prefix: 'x' }, expect: ['Unknown parameter in input: "Prefix"'] },
  // bucket and key rules
  { title: 'bucket name with a slash', method: 'put_object', params: { Bucket: 'bad/name', Key: 'k' }, expect: ['Invalid bucket name "bad/name"'] },
  { title: 'empty bucket name', method: 'list_objects', params: { Bucket: '' }, expect: ['Invalid bucket name ""'] },
  { title: 'bucket name with a space', method: 'create_bucket', params: { Bucket: 'a b' }, expect: ['Invalid bucket name "a b"'] },
  { title: '256-character bucket name', method: 'head_bucket', params: { Bucket: 'a'.repeat(256) }, expect: [`Invalid bucket name "${'a'.repeat(256)}"`] },
  { title: 'empty key (would address the bucket itself)', method: 'delete_object', params: { Bucket: 'b', Key: '' }, expect: ['Invalid length for parameter Key, value: 0, valid min length: 1'] },
  // timestamps
  { title: 'unparseable Expires string', method: 'put_object', params: { ...OK_PUT, Expires: 'next tuesday-ish' }, expect: ['Invalid timestamp for parameter Expires, value: "next tuesday-ish"'] },
  { title: 'invalid Date for IfModifiedSince', method: 'get_object', params: { ...OK_PUT, IfModifiedSince: new Date('nope') }, expect: ['Invalid value for parameter IfModifiedSince: an invalid Date'] },
  { title: 'epoch seconds outside the Date range', method: 'head_object', params: { ...OK_PUT, IfUnmodifiedSince: 1e20 }, expect: ['Invalid timestamp for parameter IfUnmodifiedSince, value: 100000000000000000000'] },
  { title: 'object for a timestamp', method: 'put_object', params: { ...OK_PUT, Expires: { when: 'soon' } }, expect: [TYPE('Expires', 'Object', 'Object', 'Date, ISO 8601 string, epoch seconds')] },
  // bodies
  { title: 'number Body', method: 'put_object', params: { ...OK_PUT, Body: 42 }, expect: [TYPE('Body', '42', 'number', 'string, Buffer, Uint8Array, ArrayBuffer, DataView, Blob, Readable, ReadableStream')] },
  { title: 'plain-object Body', method: 'upload_part', params: { ...OK_PUT, UploadId: 'u', PartNumber: 1, Body: { data: 'x' } }, expect: [TYPE('Body', 'Object', 'Object', 'string, Buffer, Uint8Array, ArrayBuffer, DataView, Blob, Readable, ReadableStream')] },
  // headers
  { title: 'non-string Metadata value', method: 'put_object', params: { ...OK_PUT, Metadata: { n: 1 } }, expect: [TYPE('Metadata.n', '1', 'number', 'string')] },
  { title: 'newline in a Metadata value', method: 'put_object', params: { ...OK_PUT, Metadata: { a: 'x\r\nx-amz-acl: public-read' } }, expect: ['Invalid value for parameter Metadata.a', 'header values must be text without control characters'] },
  { title: 'Metadata key that is no header token', method: 'create_multipart_upload', params: { ...OK_PUT, Metadata: { 'my key': 'v' } }, expect: ['Invalid key for parameter Metadata, key: "my key"'] },
  // as botocore's validate_ascii_metadata (other headers may be any text: they are sent as UTF-8)
  { title: 'non-ASCII Metadata value', method: 'put_object', params: { ...OK_PUT, Metadata: { k: 'välue' } }, expect: ['Non ascii characters found in S3 metadata for key "k", value: "välue".  \nS3 metadata can only contain ASCII characters. '] },
  { title: 'non-ASCII Metadata key', method: 'copy_object', params: { ...OK_PUT, CopySource: 'src/k', Metadata: { 'kü': 'v' } }, expect: ['Non ascii characters found in S3 metadata for key "kü"'] },
  // CopySource forms
  { title: 'CopySource object without Key', method: 'copy_object', params: { ...OK_PUT, CopySource: { Bucket: 'src' } }, expect: ['Invalid parameter CopySource: missing required "Key"'] },
  { title: 'CopySource object with a misspelled VersionID', method: 'upload_part_copy', params: { ...OK_PUT, UploadId: 'u', PartNumber: 1, CopySource: { Bucket: 'src', Key: 'k', VersionID: 'v1' } }, expect: ['Invalid parameter CopySource: unknown member "VersionID", must be one of: Bucket, Key, VersionId'] },
  { title: 'number CopySource', method: 'copy_object', params: { ...OK_PUT, CopySource: 7 }, expect: [TYPE('CopySource', '7', 'number', 'string')] },
  // the params argument itself
  { title: 'params given as a string', method: 'list_objects_v2', params: 'my-bucket', expect: ['Invalid type for parameter input, value: "my-bucket", type: string, valid types: object'] },
  { title: 'params given as an array', method: 'head_bucket', params: [{ Bucket: 'b' }], expect: ['Invalid type for parameter input, value: array, type: array, valid types: object'] },
];

async function validationError(p: Promise<unknown>): Promise<ParamValidationError> {
  try {
    await p;
  } catch (err) {
    expect(err, String(err)).to.be.instanceOf(ParamValidationError);
    return err as ParamValidationError;
  }
  throw new Error('expected a ParamValidationError, the call succeeded');
}

describe('S3 parameter validation (nothing is sent)', () => {
  const server = new RecordingServer();
  let s3: S3Client;
  const call = (method: string, params: unknown) => (s3 as unknown as Record<string, Call>)[method]!.call(s3, params);

  before(async () => {
    await server.start();
    s3 = fakeClient(server.endpoint, { s3: { addressing_style: 'path' } });
  });
  after(() => server.stop());
  beforeEach(() => server.reset());
  const nothingSent = () => expect(server.requests, 'no request may reach the server').to.have.length(0);

  it('has at least 35 distinct cases', () => {
    expect(new Set(cases.map((c) => c.title)).size).to.equal(cases.length);
    expect(cases.length).to.be.at.least(35);
  });

  for (const c of cases) {
    it(`${c.method}: ${c.title}`, async () => {
      const err = await validationError(call(c.method, c.params));
      expect(err.problems, err.message).to.have.length(c.count ?? 1);
      for (const text of c.expect) expect(err.problems.join('\n')).to.include(text);
      expect(err.message).to.equal(`Parameter validation failed:\n${err.problems.join('\n')}`);
      nothingSent();
    });
  }

  it('reports several problems of one call together', async () => {
    const err = await validationError(
      call('put_object', { Bucket: 'bad bucket', Key: 3, Body: 1, Metadata: { a: 2 }, ACL: 'private', Expires: 'soonish', Colour: 'red' }),
    );
    expect(err.problems).to.have.length(6);
    const text = err.problems.join('\n');
    for (const part of ['Invalid bucket name "bad bucket"', 'parameter Key,', 'parameter Body,', 'parameter Metadata.a,', 'parameter Expires,', '"Colour"']) {
      expect(text).to.include(part);
    }
    nothingSent();
  });

  it('a sensitive member of the wrong type is reported without its value', async () => {
    const secret = 'k'.repeat(16) + 'TOPSECRETVALUE99';
    for (const bad of [{ material: secret }, [secret], 123456789987654]) {
      const err = await validationError(call('put_object', { ...OK_PUT, SSECustomerAlgorithm: 'AES256', SSECustomerKey: bad }));
      expect(err.problems).to.have.length(1);
      expect(err.problems[0]).to.match(/^Invalid type for parameter SSECustomerKey, value: \*\*\*, type: /);
      expect(err.message).not.to.include('TOPSECRETVALUE99').and.not.to.include('123456789987654');
      expect(JSON.stringify(err)).not.to.include('TOPSECRETVALUE99');
    }
    const copy = await validationError(call('copy_object', { ...OK_PUT, CopySource: 'a/b', CopySourceSSECustomerKey: { k: secret } }));
    expect(copy.message).to.include('CopySourceSSECustomerKey, value: ***').and.not.include('TOPSECRETVALUE99');
    nothingSent();
  });

  it('a raw SSE-C key given as a Buffer is sent base64-encoded with its MD5', async () => {
    const key = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) key[i] = (i * 37 + 5) & 0xff; // not valid UTF-8: must not go through a string
    await call('get_object', { ...OK_PUT, SSECustomerAlgorithm: 'AES256', SSECustomerKey: key });
    const sent = server.requests.splice(0)[0]!;
    expect(sent.headers['x-amz-server-side-encryption-customer-algorithm']).to.equal('AES256');
    expect(sent.headers['x-amz-server-side-encryption-customer-key']).to.equal(key.toString('base64'));
    expect(sent.headers['x-amz-server-side-encryption-customer-key-md5']).to.equal(createHash('md5').update(key).digest('base64'));
  });

  it('parameter_validation: false skips the checks (the request is sent as given)', async () => {
    const loose = fakeClient(server.endpoint, { s3: { addressing_style: 'path' }, parameter_validation: false });
    await loose.list_objects_v2({ Bucket: 'b', MaxKeys: '5' } as never);
    const sent = server.requests.splice(0)[0]!;
    expect(sent.query).to.include('max-keys=5');
  });
});
