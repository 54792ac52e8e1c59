import { expect } from 'chai';
import { createHmac } from 'node:crypto';
import { Config, NoCredentialsError, ParamValidationError, UnknownClientMethodError, client } from '../../lib/index.js';
import { Credentials } from '../../lib/auth/credentials.js';
import { SigV4Signer } from '../../lib/auth/signers.js';
import { signingKey } from '../../lib/auth/presign.js';
import { FAKE_KEYS, fakeClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

const ENDPOINT = 'https://s3.us-south.example.com';
// the example keys of the AWS SigV4 documentation
const DOC_KEY = 'AKIAIOSFODNN7EXAMPLE';
const DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function signer(token?: string): SigV4Signer {
  return new SigV4Signer({ service: 's3', region: 'us-east-1', payloadSigning: false, credentials: async () => new Credentials(DOC_KEY, DOC_SECRET, token) });
}

const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('auth/presign', () => {
  describe('known vectors', () => {
    it('the AWS documentation presigned GET (examplebucket/test.txt, 86400 s)', async () => {
      const { url, headers } = await signer().presign(
        { method: 'GET', protocol: 'https:', hostname: 'examplebucket.s3.amazonaws.com', path: '/test.txt', query: [], headers: { 'user-agent': 'x', 'content-length': '0' } },
        { expiresIn: 86400, signingDate: new Date('2013-05-24T00:00:00Z') },
      );
      expect(url).to.equal(
        'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
          '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z' +
          '&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
      );
      expect(headers).to.deep.equal({});
    });

    it('the AWS documentation signing-key derivation (20120215/us-east-1/iam)', async () => {
      const key = await signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', 'AKID', '20120215', 'us-east-1', 'iam');
      expect(Buffer.from(key).toString('hex')).to.equal('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
    });

    it('a session token travels as X-Amz-Security-Token', async () => {
      const { url } = await signer('the-token').presign(
        { method: 'GET', protocol: 'https:', hostname: 'h.example.com', path: '/b/k', query: [], headers: {} },
        { expiresIn: 60, signingDate: new Date('2013-05-24T00:00:00Z') },
      );
      expect(query(url)['X-Amz-Security-Token']).to.equal('the-token');
    });

    it('the POST policy: fields, conditions, expiration, and HMAC(signing key, base64 policy)', async () => {
      const now = new Date('2015-12-29T00:00:00Z');
      const { url, fields } = await signer().presignPost({
        url: 'https://b.example.com/',
        fields: { key: 'user/${filename}', acl: 'public-read' },
        conditions: [{ acl: 'public-read' }, ['content-length-range', 1, 10], ['starts-with', '$key', 'user/']],
        expiresIn: 3600,
        now,
      });
      expect(url).to.equal('https://b.example.com/');
      const credential = `${DOC_KEY}/20151229/us-east-1/s3/aws4_request`;
      expect(fields).to.include({ key: 'user/${filename}', acl: 'public-read', 'x-amz-algorithm': 'AWS4-HMAC-SHA256', 'x-amz-credential': credential, 'x-amz-date': '20151229T000000Z' });
      expect(JSON.parse(Buffer.from(fields.policy!, 'base64').toString('utf8'))).to.deep.equal({
        expiration: '2015-12-29T01:00:00Z',
        conditions: [
          { acl: 'public-read' },
          ['content-length-range', 1, 10],
          ['starts-with', '$key', 'user/'],
          { 'x-amz-algorithm': 'AWS4-HMAC-SHA256' },
          { 'x-amz-credential': credential },
          { 'x-amz-date': '20151229T000000Z' },
        ],
      });
      const key = await signingKey(DOC_SECRET, DOC_KEY, '20151229', 'us-east-1', 's3');
      expect(fields['x-amz-signature']).to.equal(createHmac('sha256', key).update(fields.policy!).digest('hex'));
    });
  });

  describe('generate_presigned_url', () => {
    const s3 = fakeClient(ENDPOINT, { s3: { addressing_style: 'path' } });

    it('signs the operation\'s path and query, with the default 3600 s and only host signed', async () => {
      const url = await s3.generate_presigned_url('get_object', {
        Params: { Bucket: 'photos', Key: 'cats/a b+ü.jpg', VersionId: 'v 1', ResponseContentDisposition: 'attachment; filename="x.jpg"' },
      });
      const u = new URL(url);
      expect(`${u.origin}${u.pathname}`).to.equal(`${ENDPOINT}/photos/cats/a%20b%2B%C3%BC.jpg`);
      const q = query(url);
      expect(q).to.include({
        versionId: 'v 1',
        'response-content-disposition': 'attachment; filename="x.jpg"',
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Expires': '3600',
        'X-Amz-SignedHeaders': 'host',
      });
      expect(q['X-Amz-Credential']).to.match(new RegExp(`^${FAKE_KEYS.aws_access_key_id}/\\d{8}/us-east-1/s3/aws4_request$`));
      expect(q['X-Amz-Signature']).to.match(/^[0-9a-f]{64}$/);
      expect(Object.keys(q).map((k) => k.toLowerCase())).to.not.include('x-amz-content-sha256');
      expect(url).to.not.contain('+'); // spaces are %20, never '+'
    });

    it('SSE-C headers are signed headers, not query parameters (the URL user must send them)', async () => {
      const url = await s3.generate_presigned_url('get_object', {
        Params: { Bucket: 'photos', Key: 'k', SSECustomerAlgorithm: 'AES256', SSECustomerKey: '01234567890123456789012345678901' },
        ExpiresIn: 600,
      });
      const q = query(url);
      expect(q['X-Amz-SignedHeaders']).to.equal(
        'host;x-amz-server-side-encryption-customer-algorithm;x-amz-server-side-encryption-customer-key;x-amz-server-side-encryption-customer-key-md5',
      );
      expect(q['X-Amz-Expires']).to.equal('600');
      expect(url).to.not.contain(Buffer.from('01234567890123456789012345678901').toString('base64').slice(0, 20));
    });

    it('a put_object URL signs the Content-Type given, never a Content-Length', async () => {
      const q = query(await s3.generate_presigned_url('put_object', { Params: { Bucket: 'photos', Key: 'k', ContentType: 'text/plain' } }));
      expect(q['X-Amz-SignedHeaders']).to.equal('content-type;host');
    });

    it('bare sub-resources stay in the query (create_multipart_upload → ?uploads)', async () => {
      const url = await s3.generate_presigned_url('create_multipart_upload', { Params: { Bucket: 'photos', Key: 'big' } });
      expect(new URL(url).search).to.match(/^\?uploads=&X-Amz-Algorithm=/);
    });

    it('virtual-hosted addressing puts the bucket in the host', async () => {
      const vs3 = fakeClient(ENDPOINT, { s3: { addressing_style: 'virtual' } });
      const u = new URL(await vs3.generate_presigned_url('get_object', { Params: { Bucket: 'photos', Key: 'k' } }));
      expect(`${u.host}${u.pathname}`).to.equal('photos.s3.us-south.example.com/k');
    });

    it('ExpiresIn must be an integer from 1 to 604800', async () => {
      for (const ExpiresIn of [0, -5, 604801, 1.5, '60' as unknown as number]) {
        const err = await failure(s3.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k' }, ExpiresIn }));
        expect(err, String(ExpiresIn)).to.be.instanceOf(ParamValidationError);
        expect((err as Error).message).to.contain('ExpiresIn');
      }
      expect(query(await s3.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k' }, ExpiresIn: 604800 }))['X-Amz-Expires']).to.equal('604800');
      expect(query(await s3.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k' }, ExpiresIn: 1 }))['X-Amz-Expires']).to.equal('1');
    });

    it('params are validated like the call itself', async () => {
      const err = (await failure(s3.generate_presigned_url('get_object', { Params: { Bucket: 'b' } as never }))) as ParamValidationError;
      expect(err).to.be.instanceOf(ParamValidationError);
      expect(err.message).to.contain('Key');
    });

    it('an unknown client method is UnknownClientMethodError', async () => {
      expect(await failure(s3.generate_presigned_url('fly_away' as 'get_object'))).to.be.instanceOf(UnknownClientMethodError);
    });
  });

  describe('without HMAC keys', () => {
    const saved: Record<string, string | undefined> = {};
    before(() => {
      for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        saved[k] = process.env[k];
        delete process.env[k];
      }
    });
    after(() => {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    });

    const clients = () => ({
      unsigned: client('s3', { endpoint_url: ENDPOINT, config: new Config({ signature_version: 'unsigned' }) }),
      'no keys found': client('s3', { endpoint_url: ENDPOINT, config: new Config({ signature_version: 's3v4' }) }),
    });

    it('generate_presigned_url says HMAC keys are needed', async () => {
      for (const [name, c] of Object.entries(clients())) {
        const err = await failure(c.generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k' } }));
        expect(err, name).to.be.instanceOf(NoCredentialsError);
        expect((err as Error).message, name).to.contain('HMAC');
      }
    });

    it('generate_presigned_post says HMAC keys are needed', async () => {
      for (const [name, c] of Object.entries(clients())) {
        const err = await failure(c.generate_presigned_post('b', 'k'));
        expect(err, name).to.be.instanceOf(NoCredentialsError);
        expect((err as Error).message, name).to.contain('HMAC');
      }
    });
  });

  describe('generate_presigned_post', () => {
    it('posts to the bucket URL; a ${filename} key becomes a starts-with condition', async () => {
      const s3 = fakeClient(ENDPOINT, { s3: { addressing_style: 'path' } });
      const { url, fields } = await s3.generate_presigned_post('photos', 'uploads/${filename}', {
        Fields: { 'Content-Type': 'image/png' },
        Conditions: [{ 'Content-Type': 'image/png' }],
        ExpiresIn: 120,
      });
      expect(url).to.equal(`${ENDPOINT}/photos`);
      expect(fields).to.include({ key: 'uploads/${filename}', 'Content-Type': 'image/png' });
      expect(Object.keys(fields)).to.include.members(['policy', 'x-amz-signature', 'x-amz-credential', 'x-amz-date', 'x-amz-algorithm']);
      const policy = JSON.parse(Buffer.from(fields.policy!, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };
      expect(policy.conditions.slice(0, 3)).to.deep.equal([{ 'Content-Type': 'image/png' }, { bucket: 'photos' }, ['starts-with', '$key', 'uploads/']]);
      const lifetime = Date.parse(policy.expiration) - Date.parse(fields['x-amz-date']!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
      expect(lifetime).to.equal(120_000);
    });

    it('a plain key is an exact condition; virtual addressing posts to the bucket host', async () => {
      const s3 = fakeClient(ENDPOINT, { s3: { addressing_style: 'virtual' } });
      const { url, fields } = await s3.generate_presigned_post('photos', 'a.txt');
      expect(url).to.equal('https://photos.s3.us-south.example.com/');
      const policy = JSON.parse(Buffer.from(fields.policy!, 'base64').toString('utf8')) as { conditions: unknown[] };
      expect(policy.conditions.slice(0, 2)).to.deep.equal([{ bucket: 'photos' }, { key: 'a.txt' }]);
    });

    it('ExpiresIn is validated as for URLs', async () => {
      const s3 = fakeClient(ENDPOINT);
      expect(await failure(s3.generate_presigned_post('photos', 'k', { ExpiresIn: 0 }))).to.be.instanceOf(ParamValidationError);
    });
  });
});
