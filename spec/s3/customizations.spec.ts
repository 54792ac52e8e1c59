// S3 behaviour beyond the wire model (lib/s3/customizations.ts), seen from the wire: URL-encoded
// listings, CopySource forms, extra Content-MD5, SSE-C key encoding, modeled exceptions.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { ClientError } from '../../lib/index.js';
import { fakeClient, recordingClient } from '../helpers/clients.js';

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('base64');

const LIST_V2_ENCODED = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>dir%2F%E6%97%A5</Prefix>
<StartAfter>dir%2Fa%2Bb</StartAfter><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter>
<EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
<Contents><Key>dir%2F%E6%97%A5+%2B1%25.txt</Key><Size>1</Size></Contents>
<Contents><Key>dir%2Fline%0Abreak</Key><Size>2</Size></Contents>
<Contents><Key>dir%2F%20lead%20</Key><Size>3</Size></Contents>
<CommonPrefixes><Prefix>dir%2Fsub%3F%2F</Prefix></CommonPrefixes></ListBucketResult>`;

const VERSIONS_ENCODED = `<?xml version="1.0" encoding="UTF-8"?>
<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix></Prefix>
<KeyMarker>a%26b</KeyMarker><NextKeyMarker>z%3Dz</NextKeyMarker><NextVersionIdMarker>v%2B1</NextVersionIdMarker>
<EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
<Version><Key>x%23y</Key><VersionId>v%2B1</VersionId><IsLatest>true</IsLatest><Size>1</Size></Version>
<DeleteMarker><Key>gone%20key</Key><VersionId>d1</VersionId><IsLatest>true</IsLatest></DeleteMarker></ListVersionsResult>`;

describe('S3 customizations', () => {
  const fx = recordingClient();
  const { server } = fx;

  describe('URL-encoded listings', () => {
    it('list_objects_v2 asks for encoding-type=url and decodes keys, prefixes, delimiter and StartAfter', async () => {
      server.respondWith(() => ({ body: LIST_V2_ENCODED }));
      const out = await fx.s3.list_objects_v2({ Bucket: 'b', Prefix: 'dir/日', Delimiter: '/', StartAfter: 'dir/a+b' });
      expect(server.last.query.split('&')).to.include('encoding-type=url');
      expect(out.Contents!.map((o) => o.Key)).to.deep.equal(['dir/日 +1%.txt', 'dir/line\nbreak', 'dir/ lead ']);
      expect(out.CommonPrefixes!.map((p) => p.Prefix)).to.deep.equal(['dir/sub?/']);
      expect(out.Prefix).to.equal('dir/日');
      expect(out.Delimiter).to.equal('/');
      expect(out.StartAfter).to.equal('dir/a+b');
      expect(out.EncodingType).to.equal('url');
    });

    it('leaves everything encoded when the caller asked for EncodingType url', async () => {
      server.respondWith(() => ({ body: LIST_V2_ENCODED }));
      const out = await fx.s3.list_objects_v2({ Bucket: 'b', EncodingType: 'url' });
      expect(server.last.query.split('&').filter((p) => p.startsWith('encoding-type'))).to.deep.equal(['encoding-type=url']);
      expect(out.Contents!.map((o) => o.Key)).to.deep.equal(['dir%2F%E6%97%A5+%2B1%25.txt', 'dir%2Fline%0Abreak', 'dir%2F%20lead%20']);
      expect(out.CommonPrefixes![0]!.Prefix).to.equal('dir%2Fsub%3F%2F');
    });

    it('list_object_versions decodes version and delete-marker keys and key markers, not version ids', async () => {
      server.respondWith(() => ({ body: VERSIONS_ENCODED }));
      const out = await fx.s3.list_object_versions({ Bucket: 'b', KeyMarker: 'a&b' });
      expect(server.last.query.split('&')).to.include('encoding-type=url').and.include('key-marker=a%26b');
      expect(out.Versions![0]!.Key).to.equal('x#y');
      expect(out.DeleteMarkers![0]!.Key).to.equal('gone key');
      expect(out.KeyMarker).to.equal('a&b');
      expect(out.NextKeyMarker).to.equal('z=z');
      expect(out.NextVersionIdMarker).to.equal('v%2B1');
      expect(out.Versions![0]!.VersionId).to.equal('v%2B1');
    });

    it('list_objects (v1) asks for encoding-type=url too and decodes its keys', async () => {
      server.respondWith(() => ({
        body: '<ListBucketResult><Name>b</Name><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>' +
          '<Contents><Key>%C3%BC%2Bx</Key></Contents></ListBucketResult>',
      }));
      const out = await fx.s3.list_objects({ Bucket: 'b' });
      expect(server.last.query.split('&')).to.include('encoding-type=url');
      expect(out.Contents![0]!.Key).to.equal('ü+x');
    });
  });

  describe('CopySource', () => {
    const header = () => server.last.headers['x-amz-copy-source'];

    it('a string is URL-encoded into the header, slashes kept', async () => {
      await fx.s3.copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/dir/a b+c&d=é.txt' });
      expect(header()).to.equal('src/dir/a%20b%2Bc%26d%3D%C3%A9.txt');
    });

    it('a string with ?versionId= keeps the version query as given', async () => {
      await fx.s3.copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/a b?versionId=3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY' });
      expect(header()).to.equal('src/a%20b?versionId=3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY');
    });

    it('an object { Bucket, Key, VersionId } builds the same header, the version id encoded', async () => {
      await fx.s3.copy_object({ Bucket: 'b', Key: 'k', CopySource: { Bucket: 'src', Key: 'dir/a b+c', VersionId: 'v 1+2' } });
      expect(header()).to.equal('src/dir/a%20b%2Bc?versionId=v%201%2B2');
      await fx.s3.upload_part_copy({ Bucket: 'b', Key: 'k', UploadId: 'u', PartNumber: 2, CopySource: { Bucket: 'src', Key: '日本/%2F' } });
      expect(header()).to.equal('src/%E6%97%A5%E6%9C%AC/%252F');
      expect(server.last.query).to.equal('partNumber=2&uploadId=u');
    });

    it('does not change the caller\'s params object', async () => {
      const params = { Bucket: 'b', Key: 'k', CopySource: { Bucket: 'src', Key: 'a b' } };
      await fx.s3.copy_object(params);
      expect(params.CopySource).to.deep.equal({ Bucket: 'src', Key: 'a b' });
    });
  });

  describe('Content-MD5', () => {
    it('CompleteMultipartUpload always carries the MD5 of its XML body', async () => {
      server.respondWith(() => ({ body: '<CompleteMultipartUploadResult><ETag>"e-2"</ETag></CompleteMultipartUploadResult>' }));
      await fx.s3.complete_multipart_upload({
        Bucket: 'b', Key: 'k', UploadId: 'u',
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"a"' }, { PartNumber: 2, ETag: '"b"' }] },
      });
      const sent = server.last;
      expect(sent.body.toString()).to.include('<PartNumber>2</PartNumber>');
      expect(sent.headers['content-md5']).to.equal(md5(sent.body));
    });

    it('the model\'s checksum-required operations (DeleteObjects, PutBucketCors) carry it too', async () => {
      await fx.s3.delete_objects({ Bucket: 'b', Delete: { Objects: [{ Key: 'a' }, { Key: 'b&c' }], Quiet: true } });
      expect(server.last.headers['content-md5']).to.equal(md5(server.last.body));
      await fx.s3.put_bucket_cors({ Bucket: 'b', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['*'] }] } });
      expect(server.last.headers['content-md5']).to.equal(md5(server.last.body));
      expect(server.last.body.length).to.be.greaterThan(0);
    });
  });

  describe('SSE-C keys', () => {
    const KEY = '0123456789abcdef0123456789ABCDEF';

    it('a raw string key is sent base64-encoded with its MD5', async () => {
      await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x', SSECustomerAlgorithm: 'AES256', SSECustomerKey: KEY });
      const h = server.last.headers;
      expect(h['x-amz-server-side-encryption-customer-key']).to.equal(Buffer.from(KEY).toString('base64'));
      expect(h['x-amz-server-side-encryption-customer-key-md5']).to.equal(md5(KEY));
    });

    it('bytes and the copy-source key are encoded the same way; a given MD5 is kept', async () => {
      const raw = Buffer.from(KEY.split('').reverse().join(''));
      await fx.s3.copy_object({
        Bucket: 'b', Key: 'k', CopySource: 'src/k',
        SSECustomerAlgorithm: 'AES256', SSECustomerKey: new Uint8Array(raw), SSECustomerKeyMD5: 'caller-md5',
        CopySourceSSECustomerAlgorithm: 'AES256', CopySourceSSECustomerKey: KEY,
      });
      const h = server.last.headers;
      expect(h['x-amz-server-side-encryption-customer-key']).to.equal(raw.toString('base64'));
      expect(h['x-amz-server-side-encryption-customer-key-md5']).to.equal('caller-md5');
      expect(h['x-amz-copy-source-server-side-encryption-customer-key']).to.equal(Buffer.from(KEY).toString('base64'));
      expect(h['x-amz-copy-source-server-side-encryption-customer-key-md5']).to.equal(md5(KEY));
    });
  });

  describe('modeled exceptions', () => {
    const NO_SUCH_KEY = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>k</Key></Error>';

    it('client.exceptions has the model\'s error classes and from_code maps codes to them', () => {
      const ex = fx.s3.exceptions;
      expect(ex.from_code('NoSuchKey')).to.equal(ex.NoSuchKey);
      expect(ex.from_code('NoSuchBucket')).to.equal(ex.NoSuchBucket);
      expect(ex.from_code('SomethingUnmodeled')).to.equal(ClientError);
      expect(ex.ClientError).to.equal(ClientError);
      // one class per model, shared by clients
      expect(fakeClient(server.endpoint).exceptions.NoSuchKey).to.equal(ex.NoSuchKey);
    });

    it('a NoSuchKey answer is a client.exceptions.NoSuchKey with boto3\'s message', async () => {
      server.respondWith(() => ({ status: 404, body: NO_SUCH_KEY }));
      let caught: unknown;
      try {
        await fx.s3.get_object({ Bucket: 'b', Key: 'k' });
      } catch (err) {
        caught = err;
      }
      expect(caught).to.be.instanceOf(fx.s3.exceptions.NoSuchKey).and.instanceOf(ClientError);
      const err = caught as ClientError;
      expect(err.name).to.equal('NoSuchKey');
      expect(err.message).to.equal('An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.');
      expect(err.response.Error.Key).to.equal('k');
    });

    it('an unmodeled code is a plain ClientError with the same message format', async () => {
      server.respondWith(() => ({ status: 403, body: '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>' }));
      const err = await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x' }).then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(ClientError);
      expect(err).not.to.be.instanceOf(fx.s3.exceptions.NoSuchKey);
      expect((err as ClientError).message).to.equal('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied');
    });
  });
});
