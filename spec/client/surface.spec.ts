// The client's public surface: meta, exceptions, method names, Config semantics, secrets kept out of
// inspect/JSON output, missing credentials and anonymous (unsigned) requests.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ClientError, Config, HierarchicalEmitter, IbmBotoError, InvalidConfigError, NoCredentialsError, S3Client, Session, client } from '../../lib/index.js';
import { xformName } from '../../lib/core/naming.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { RecordingServer } from '../helpers/recording-server.js';

const SECRET = 'sEcReT/Key+ThatMustNeverShow0123456789ab';
const TOKEN = 'SeSsIoNtOkEn-ThatMustNeverShow';

describe('client surface', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  const make = (config?: Config) =>
    client('s3', { endpoint_url: server.endpoint, region_name: 'eu-de', aws_access_key_id: 'AKID', aws_secret_access_key: SECRET, aws_session_token: TOKEN, config });

  describe('meta and methods', () => {
    it("client('s3') has meta with events, config, region, endpoint, model and the method mapping", () => {
      const s3 = make(new Config({ retries: { max_attempts: 1 } }));
      expect(s3).to.be.instanceOf(S3Client);
      expect(s3.meta.events).to.be.instanceOf(HierarchicalEmitter);
      expect(s3.meta.config).to.be.instanceOf(Config);
      expect(s3.meta.config.retries).to.deep.equal({ max_attempts: 1 });
      expect(s3.meta.region_name).to.equal('eu-de');
      expect(s3.meta.endpoint_url).to.equal(server.endpoint);
      expect(s3.meta.service_model.operation('PutObject').http.method).to.equal('PUT');
      expect(s3.meta.method_to_api_mapping.put_object).to.equal('PutObject');
      expect(s3.meta.method_to_api_mapping.list_objects_v2).to.equal('ListObjectsV2');
      expect(Object.isFrozen(s3.meta)).to.equal(true);
    });

    it('has one snake_case method per model operation, and the mapping says which', () => {
      const s3 = make();
      const mapping = s3.meta.method_to_api_mapping;
      expect(Object.values(mapping).sort()).to.deep.equal(Object.keys(s3Model.operations).sort());
      for (const [method, op] of Object.entries(mapping)) {
        expect(method, op).to.equal(xformName(op));
        expect(method).to.match(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(typeof (s3 as unknown as Record<string, unknown>)[method], method).to.equal('function');
      }
      expect(mapping.get_bucket_acl).to.equal('GetBucketAcl');
      expect(mapping.put_bucket_lifecycle_configuration).to.equal('PutBucketLifecycleConfiguration');
    });

    it('exceptions holds the modeled classes, ClientError and from_code', () => {
      const ex = make().exceptions;
      for (const name of ['NoSuchKey', 'NoSuchBucket', 'NoSuchUpload', 'BucketAlreadyExists', 'BucketAlreadyOwnedByYou'] as const) {
        const cls = ex[name];
        expect(cls.prototype, name).to.be.instanceOf(ClientError);
        expect(ex.from_code(name)).to.equal(cls);
      }
      expect(ex.ClientError).to.equal(ClientError);
    });

    it('only s3 is a known service', () => {
      expect(() => client('sqs' as 's3', {})).to.throw(/Unknown service: 'sqs'/);
    });
  });

  describe('Config', () => {
    it('merge: later explicit options win, unset ones do not reset earlier ones, s3 and retries merge', () => {
      const base = new Config({ connect_timeout: 5, read_timeout: 7, s3: { addressing_style: 'path' }, retries: { max_attempts: 2, mode: 'legacy' } });
      const merged = base.merge(new Config({ read_timeout: 30, s3: { payload_signing_enabled: true }, retries: { mode: 'standard' } }));
      expect(merged.connect_timeout).to.equal(5); // the later Config's default (60) does not count as set
      expect(merged.read_timeout).to.equal(30);
      expect(merged.s3).to.deep.equal({ addressing_style: 'path', payload_signing_enabled: true });
      expect(merged.retries).to.deep.equal({ max_attempts: 2, mode: 'standard' });
      expect(base.read_timeout).to.equal(7); // merge makes a new Config
      expect(base.merge(undefined)).to.equal(base);
      expect(base.merge({ max_pool_connections: 3 }).max_pool_connections).to.equal(3);
    });

    it('has botocore defaults and is frozen', () => {
      const c = new Config();
      expect(c).to.include({ connect_timeout: 60, read_timeout: 60, parameter_validation: true, max_pool_connections: 10, tcp_keepalive: false });
      expect(Object.isFrozen(c)).to.equal(true);
      expect(() => {
        (c as { read_timeout: number }).read_timeout = 1;
      }).to.throw(TypeError);
    });

    it('an unknown option is an InvalidConfigError naming it (botocore: TypeError; here every error is an IbmBotoError)', () => {
      expect(() => new Config({ max_pool_connection: 2 } as never)).to.throw(InvalidConfigError, 'Unknown parameter in Config: "max_pool_connection"');
      expect(() => new Config({ retries: {} }).merge({ adressing_style: 'path' } as never)).to.throw(InvalidConfigError, 'adressing_style');
      expect(() => new Config({ retries: { max_attempt: 3 } } as never)).to.throw(InvalidConfigError, 'Unknown parameter in Config.retries: "max_attempt"');
      expect(() => new Config({ s3: { addressing_style: 'host' as never } })).to.throw(InvalidConfigError, 'Config.s3.addressing_style');
    });

    it('values of the wrong kind are refused when the Config is built, every problem at once', () => {
      const err = (() => { try { new Config({ read_timeout: -1, max_pool_connections: 0, parameter_validation: 'no' as never }); } catch (e) { return e; } })();
      expect(err).to.be.instanceOf(InvalidConfigError).and.to.be.instanceOf(IbmBotoError);
      expect((err as InvalidConfigError).problems.map((p) => p.split(',')[0])).to.deep.equal([
        'Invalid value for Config.read_timeout', 'Invalid value for Config.max_pool_connections', 'Invalid value for Config.parameter_validation',
      ]);
      for (const bad of ['x', [], new Date()]) expect(() => new Config(bad as never)).to.throw(InvalidConfigError, 'Invalid type for Config');
    });

    it('the client config is the defaults merged with the one given', () => {
      const s3 = make(new Config({ read_timeout: 3 }));
      expect(s3.meta.config.read_timeout).to.equal(3);
      expect(s3.meta.config.connect_timeout).to.equal(60);
    });
  });

  describe('secrets', () => {
    it('util.inspect and JSON.stringify of a client never show the secret key or token, even after a call', async () => {
      const s3 = make();
      await s3.list_buckets().catch(() => undefined); // the signer caches what it derived from the keys
      const views = [
        inspect(s3),
        inspect(s3, { showHidden: true, depth: Infinity }),
        inspect(s3.meta, { showHidden: true, depth: 6 }),
        inspect(s3.meta.signer, { showHidden: true, depth: Infinity }),
        JSON.stringify(s3),
        String(s3),
      ];
      for (const view of views) {
        expect(view).not.to.include(SECRET);
        expect(view).not.to.include(TOKEN);
      }
      expect(inspect(s3)).to.include(server.endpoint);
    });

    it('util.inspect and JSON.stringify of a Session and its credentials never show the secret', () => {
      const session = new Session({ aws_access_key_id: 'AKID', aws_secret_access_key: SECRET, aws_session_token: TOKEN });
      const views = [
        inspect(session),
        inspect(session, { showHidden: true, depth: Infinity }),
        JSON.stringify(session),
        inspect(session.get_credentials(), { showHidden: true, depth: Infinity }),
        JSON.stringify(session.get_credentials()),
      ];
      for (const view of views) {
        expect(view).not.to.include(SECRET);
        expect(view).not.to.include(TOKEN);
      }
    });
  });

  describe('credentials', () => {
    const VARS = [
      'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE',
      'IBM_API_KEY_ID', 'IBM_TRUSTED_PROFILE_ID', 'IBM_CR_TOKEN_FILE', 'COS_CREDENTIALS_FILE', 'HOME',
    ];
    const saved: Record<string, string | undefined> = {};
    let empty: string;

    before(() => {
      empty = mkdtempSync(join(tmpdir(), 'no-creds-'));
      for (const v of VARS) saved[v] = process.env[v];
    });
    beforeEach(() => {
      // nothing to find anywhere: no variables, credential files that do not exist, an empty HOME
      for (const v of VARS) delete process.env[v];
      process.env.HOME = empty;
      process.env.AWS_SHARED_CREDENTIALS_FILE = join(empty, 'credentials');
      process.env.AWS_CONFIG_FILE = join(empty, 'config');
      process.env.COS_CREDENTIALS_FILE = join(empty, 'cos_credentials');
    });
    after(() => {
      for (const v of VARS) {
        if (saved[v] === undefined) delete process.env[v];
        else process.env[v] = saved[v];
      }
      rmSync(empty, { recursive: true, force: true });
    });

    it('without any credentials a signed call fails with NoCredentialsError and sends nothing', async () => {
      let err: unknown;
      try {
        const s3 = new Session().client('s3', { endpoint_url: server.endpoint, region_name: 'us-east-1' });
        await s3.list_buckets();
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(NoCredentialsError);
      expect((err as Error).message).to.match(/credentials/i);
      expect(server.requests).to.have.length(0);
    });

    it("signature_version 'unsigned' needs no credentials and sends no Authorization header", async () => {
      const s3 = new Session().client('s3', { endpoint_url: server.endpoint, region_name: 'us-east-1', config: new Config({ signature_version: 'unsigned' }) });
      server.respondWith(() => ({ body: '<ListBucketResult><Name>pub</Name><KeyCount>0</KeyCount></ListBucketResult>' }));
      const out = await s3.list_objects_v2({ Bucket: 'pub' });
      expect(out.Name).to.equal('pub');
      expect(server.requests).to.have.length(1);
      expect(server.last.headers).not.to.have.property('authorization');
      expect(server.last.headers).not.to.have.property('x-amz-date');
    });

    it("'unsigned' wins over keys that are given", async () => {
      const s3 = client('s3', {
        endpoint_url: server.endpoint, aws_access_key_id: 'AKID', aws_secret_access_key: SECRET,
        config: new Config({ signature_version: 'unsigned' }),
      });
      await s3.head_bucket({ Bucket: 'pub' });
      expect(server.last.headers).not.to.have.property('authorization');
    });
  });
});
