// Requests as botocore makes them, against a local recording server: header text goes out as its
// UTF-8 bytes (not Latin-1, not refused), non-ASCII user metadata fails before any request, and a
// client is refused at construction for an endpoint_url without a scheme or an unknown location.
import { expect } from 'chai';
import { Config, InvalidConfigError, ParamValidationError, client } from '../../lib/index.js';
import { FAKE_KEYS, recordingClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

describe('client: requests as botocore makes them', () => {
  const fx = recordingClient();
  const { server } = fx;
  const failureOf = (f: () => unknown): Error => {
    try {
      f();
    } catch (err) {
      return err as Error;
    }
    throw new Error('expected a throw');
  };
  /** The bytes a header arrived as (Node's server reads header bytes one character each). */
  const bytesOf = (name: string) => Buffer.from(server.requests[0]!.headers[name]!, 'latin1');

  it('non-ASCII header text (a grant, an SSE-C algorithm, a content disposition) is sent as UTF-8 bytes', async () => {
    const grant = 'id=ü日本語';
    const disposition = 'attachment; filename="日本語ü.txt"';
    await fx.s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x', GrantRead: grant, ContentDisposition: disposition, SSECustomerAlgorithm: 'AES256ü', SSECustomerKey: 'k'.repeat(32) });
    expect(bytesOf('x-amz-grant-read')).to.deep.equal(Buffer.from(grant, 'utf8'));
    expect(bytesOf('content-disposition')).to.deep.equal(Buffer.from(disposition, 'utf8'));
    expect(bytesOf('x-amz-server-side-encryption-customer-algorithm')).to.deep.equal(Buffer.from('AES256ü', 'utf8'));
    // the signature names the headers it covers; RGW checks it over these bytes (integration spec)
    expect(server.requests[0]!.headers.authorization).to.include('x-amz-grant-read');
  });

  it('answers\' header bytes read as botocore reads them (one character per byte)', async () => {
    server.respondWith(() => ({ headers: { 'content-disposition': Buffer.from('a; filename="ü"', 'utf8').toString('latin1') } }));
    const out = await fx.s3.head_object({ Bucket: 'b', Key: 'k' });
    expect(out.ContentDisposition).to.equal('a; filename="Ã¼"');
  });

  for (const [op, call] of [
    ['put_object', () => fx.s3.put_object({ Bucket: 'b', Key: 'k', Metadata: { k: 'välue' } })],
    ['copy_object', () => fx.s3.copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/k', Metadata: { 'ключ': 'v' } })],
    ['create_multipart_upload', () => fx.s3.create_multipart_upload({ Bucket: 'b', Key: 'k', Metadata: { k: '日本' } })],
  ] as const) {
    it(`${op}: non-ASCII Metadata is refused before any request, with botocore's message`, async () => {
      const err = await failure(call());
      expect(err).to.be.instanceOf(ParamValidationError);
      expect(err.message).to.match(/^Parameter validation failed:\nNon ascii characters found in S3 metadata for key "[^"]+", value: "[^"]+"\. {2}\nS3 metadata can only contain ASCII characters\. $/);
      expect(server.requests).to.have.length(0);
    });
  }

  it('even with parameter_validation off (botocore\'s check is a handler, not the validator)', async () => {
    const c = client('s3', { endpoint_url: server.endpoint, region_name: 'us-east-1', ...FAKE_KEYS, config: new Config({ parameter_validation: false }) });
    try {
      expect(await failure(c.put_object({ Bucket: 'b', Key: 'k', Metadata: { k: 'ü' } }))).to.be.instanceOf(ParamValidationError);
      expect(server.requests).to.have.length(0);
    } finally {
      await c.close();
    }
  });

  describe('construction-time checks', () => {
    for (const endpoint_url of ['localhost:7480', 's3.example.com', '127.0.0.1:7480', 'ftp://s3.example.com', 'http://', 'http://bad_host!']) {
      it(`endpoint_url ${JSON.stringify(endpoint_url)} fails when the client is made, naming the value`, () => {
        expect(() => client('s3', { endpoint_url, ...FAKE_KEYS })).to.throw(InvalidConfigError, `Invalid endpoint: ${endpoint_url}`);
      });
    }

    it('an endpoint_url with a password is refused without showing it', () => {
      const err = failureOf(() => client('s3', { endpoint_url: 'ftp://user:hunter2@host', ...FAKE_KEYS }));
      expect(err).to.be.instanceOf(InvalidConfigError);
      expect(err.message).to.include('Invalid endpoint: ftp://***@host').and.not.include('hunter2');
    });

    it('good endpoints are accepted: hosts, IPv4 and IPv6 literals, ports, paths', () => {
      for (const endpoint_url of ['http://127.0.0.1:7480', 'https://s3.us-south.cloud-object-storage.appdomain.cloud', 'http://[::1]:7480/base', 'http://localhost']) {
        expect(client('s3', { endpoint_url, ...FAKE_KEYS }).meta.endpoint_url).to.equal(endpoint_url);
      }
    });

    it('an unknown region_name with no endpoint is refused like any bad location; with an endpoint, any well-formed region signs', () => {
      for (const region_name of ['us-east-1', 'moon-base', 'eu-west', 'jp-tok-2']) {
        expect(() => client('s3', { region_name, ...FAKE_KEYS }), region_name).to.throw(InvalidConfigError, `'${region_name}' is not an IBM COS location`);
      }
      expect(client('s3', { region_name: 'moon-base', endpoint_url: 'http://127.0.0.1:1', ...FAKE_KEYS }).meta.region_name).to.equal('moon-base');
      expect(() => client('s3', { region_name: 'bad region/', endpoint_url: 'http://127.0.0.1:1', ...FAKE_KEYS })).to.throw(InvalidConfigError, "Provided region_name 'bad region/' doesn't match a supported format.");
    });
  });
});
