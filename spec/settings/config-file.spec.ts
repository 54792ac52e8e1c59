// Settings from ~/.aws/config (AWS_CONFIG_FILE), ~/.aws/credentials and the environment, with
// botocore's precedence: explicit argument > Config > environment > config file > default.
// Every test runs with a temporary HOME and none of the configuring variables of the machine.
import { expect } from 'chai';
import { Config, InvalidConfigError, Session, SSLError } from '../../lib/index.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { envSandbox } from '../helpers/env-sandbox.js';
import { failure } from '../helpers/failure.js';
import { TlsServer } from '../helpers/tls-server.js';

const client = (options: Parameters<Session['client']>[1] = {}) => new Session().client('s3', { ...FAKE_KEYS, ...options });
const NO_BACKOFF = new Config({ retries: { max_backoff: 0 } });

describe('settings: shared config file and environment', () => {
  const env = envSandbox();
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('reads region, endpoint_url, retry_mode, max_attempts and the nested s3 section of the default profile', async () => {
    env.write('config', [
      '[default]',
      'region = eu-de',
      `endpoint_url = ${server.endpoint}`,
      'retry_mode = standard',
      'max_attempts = 2',
      's3 =',
      '    addressing_style = path',
      '    payload_signing_enabled = true',
      '',
    ].join('\n'));
    const s3 = client({ config: NO_BACKOFF });
    expect(s3.meta.region_name).to.equal('eu-de');
    expect(s3.meta.endpoint_url).to.equal(server.endpoint);
    expect(s3.meta.config.retries).to.deep.equal({ mode: 'standard', total_max_attempts: 2, max_backoff: 0 });
    expect(s3.meta.config.s3).to.deep.equal({ addressing_style: 'path', payload_signing_enabled: true });
    server.respondWith(() => ({ status: 500 }));
    await failure(s3.put_object({ Bucket: 'bkt', Key: 'k', Body: 'x' }));
    expect(server.requests).to.have.length(2);
    expect(server.last.path).to.equal('/bkt/k');
    expect(server.last.headers.authorization).to.include('/eu-de/s3/aws4_request');
    expect(server.last.headers['x-amz-content-sha256']).to.match(/^[0-9a-f]{64}$/);
  });

  it('the environment beats the file, Config beats the environment, an explicit argument beats Config', () => {
    env.write('config', '[default]\nregion = eu-de\nretry_mode = standard\nmax_attempts = 2\n');
    expect(client().meta.region_name).to.equal('eu-de');
    env.set({ AWS_DEFAULT_REGION: 'us-south', AWS_RETRY_MODE: 'adaptive', AWS_MAX_ATTEMPTS: '4' });
    expect(client().meta.region_name).to.equal('us-south');
    expect(client().meta.config.retries).to.deep.equal({ mode: 'adaptive', total_max_attempts: 4 });
    const config = new Config({ region_name: 'jp-tok', retries: { mode: 'legacy', max_attempts: 1 } });
    expect(client({ config }).meta.region_name).to.equal('jp-tok');
    // the Config's max_attempts (retries) replaces AWS_MAX_ATTEMPTS (total attempts) altogether
    expect(client({ config }).meta.config.retries).to.deep.equal({ mode: 'legacy', max_attempts: 1 });
    expect(client({ config, region_name: 'br-sao' }).meta.region_name).to.equal('br-sao');
  });

  it("AWS_DEFAULT_REGION before AWS_REGION; a Session's region_name before both, under Config", () => {
    env.set({ AWS_REGION: 'eu-gb' });
    expect(new Session().region_name).to.equal('eu-gb');
    env.set({ AWS_DEFAULT_REGION: 'us-east' });
    expect(client().meta.region_name).to.equal('us-east');
    const session = new Session({ region_name: 'ca-tor' });
    expect(session.region_name).to.equal('ca-tor');
    expect(session.client('s3', FAKE_KEYS).meta.region_name).to.equal('ca-tor');
    expect(session.client('s3', { ...FAKE_KEYS, config: new Config({ region_name: 'jp-osa' }) }).meta.region_name).to.equal('jp-osa');
  });

  it("without an endpoint URL anywhere, the profile's region picks the IBM COS location", () => {
    env.write('config', '[default]\nregion = eu-gb\n');
    expect(client().meta.endpoint_url).to.equal('https://s3.eu-gb.cloud-object-storage.appdomain.cloud');
    expect(client({ endpoint_type: 'private' }).meta.endpoint_url).to.equal('https://s3.private.eu-gb.cloud-object-storage.appdomain.cloud');
  });

  it('endpoint URL order: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, the services section, the profile; endpoint_url beats all', () => {
    env.write('config', [
      '[profile dev]',
      'endpoint_url = http://profile.example:1',
      'services = my-services',
      '[services my-services]',
      'dynamodb =',
      '  endpoint_url = http://other-service.example:9',
      's3 =',
      '  endpoint_url = http://services.example:2',
    ].join('\n'));
    env.set({ AWS_PROFILE: 'dev' });
    expect(client().meta.endpoint_url).to.equal('http://services.example:2');
    env.set({ AWS_ENDPOINT_URL: 'http://env-global.example:3' });
    expect(client().meta.endpoint_url).to.equal('http://env-global.example:3');
    env.set({ AWS_ENDPOINT_URL_S3: 'http://env-s3.example:4' });
    expect(client().meta.endpoint_url).to.equal('http://env-s3.example:4');
    expect(client({ endpoint_url: 'http://explicit.example:5' }).meta.endpoint_url).to.equal('http://explicit.example:5');
  });

  it("a profile without a services section uses its endpoint_url; one naming a missing section is an error", () => {
    env.write('config', '[profile a]\nendpoint_url = http://profile.example:1\n[profile b]\nservices = nowhere\n');
    expect(new Session({ profile_name: 'a' }).client('s3', FAKE_KEYS).meta.endpoint_url).to.equal('http://profile.example:1');
    const err = failureOf(() => new Session({ profile_name: 'b' }).client('s3', FAKE_KEYS));
    expect(err).to.be.instanceOf(InvalidConfigError);
    expect((err as Error).message).to.include("services section 'nowhere'").and.include("'b'");
  });

  it('ignore_configured_endpoint_urls: Config, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile; Config false wins over env true', () => {
    env.write('config', '[default]\nendpoint_url = http://profile.example:1\n');
    env.set({ AWS_ENDPOINT_URL: 'http://env.example:2' });
    const ibm = 'https://s3.us.cloud-object-storage.appdomain.cloud';
    expect(client({ config: new Config({ ignore_configured_endpoint_urls: true }) }).meta.endpoint_url).to.equal(ibm);
    env.set({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'TRUE' });
    expect(client().meta.endpoint_url).to.equal(ibm);
    expect(client({ config: new Config({ ignore_configured_endpoint_urls: false }) }).meta.endpoint_url).to.equal('http://env.example:2');
    env.set({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined, AWS_ENDPOINT_URL: undefined });
    env.write('config', '[default]\nendpoint_url = http://profile.example:1\nignore_configured_endpoint_urls = true\n');
    expect(client().meta.endpoint_url).to.equal(ibm);
  });

  it('AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE move the files; credentials-file keys merge over the config profile', () => {
    const config = env.write('elsewhere/config', '[profile p]\nregion = eu-de\nretry_mode = standard\n');
    const credentials = env.write('elsewhere/credentials', '[p]\nregion = eu-es\n');
    env.set({ AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials });
    const s3 = new Session({ profile_name: 'p' }).client('s3', FAKE_KEYS);
    expect(s3.meta.region_name).to.equal('eu-es');
    expect(s3.meta.config.retries?.mode).to.equal('standard');
  });

  it('the profile: profile_name, else AWS_DEFAULT_PROFILE, else AWS_PROFILE, else default', () => {
    env.write('config', '[default]\nregion = eu-de\n[profile one]\nregion = eu-gb\n[profile "two words"]\nregion = jp-tok\n');
    expect(client().meta.region_name).to.equal('eu-de');
    env.set({ AWS_PROFILE: 'one' });
    expect(client().meta.region_name).to.equal('eu-gb');
    env.set({ AWS_DEFAULT_PROFILE: 'two words' });
    expect(client().meta.region_name).to.equal('jp-tok');
    expect(new Session({ profile_name: 'one' }).client('s3', FAKE_KEYS).meta.region_name).to.equal('eu-gb');
  });

  it('bad values fail at client creation with InvalidConfigError naming the variable or the profile key', () => {
    env.set({ AWS_MAX_ATTEMPTS: 'three' });
    expect((failureOf(() => client()) as Error).message).to.include('AWS_MAX_ATTEMPTS').and.include("'three'");
    env.set({ AWS_MAX_ATTEMPTS: '0' });
    expect(failureOf(() => client())).to.be.instanceOf(InvalidConfigError);
    env.set({ AWS_MAX_ATTEMPTS: undefined, AWS_RETRY_MODE: 'fast' });
    expect((failureOf(() => client()) as Error).message).to.include('AWS_RETRY_MODE').and.include('legacy, standard, adaptive');
    env.set({ AWS_RETRY_MODE: undefined });
    env.write('config', '[default]\ns3 =\n  addressing_style = sideways\n');
    const err = failureOf(() => client()) as Error;
    expect(err).to.be.instanceOf(InvalidConfigError);
    expect(err.message).to.include('s3.addressing_style').and.include("profile 'default'");
  });
});

describe('settings: CA bundle (verify > AWS_CA_BUNDLE > profile ca_bundle)', () => {
  const env = envSandbox();
  const tls = new TlsServer();
  before(() => tls.start());
  after(() => tls.stop());
  const once = new Config({ retries: { total_max_attempts: 1 } });

  it('a self-signed endpoint fails verification by default and passes with its certificate as the bundle', async () => {
    expect(await failure(client({ endpoint_url: tls.endpoint, config: once }).head_bucket({ Bucket: 'b' }))).to.be.instanceOf(SSLError);
    env.set({ AWS_CA_BUNDLE: tls.caFile });
    await client({ endpoint_url: tls.endpoint, config: once }).head_bucket({ Bucket: 'b' });
    env.set({ AWS_CA_BUNDLE: undefined });
    env.write('config', `[default]\nca_bundle = ${tls.caFile}\n`);
    await client({ endpoint_url: tls.endpoint, config: once }).head_bucket({ Bucket: 'b' });
  });

  it('an explicit verify wins over AWS_CA_BUNDLE', async () => {
    env.set({ AWS_CA_BUNDLE: tls.caFile });
    const err = await failure(client({ endpoint_url: tls.endpoint, config: once, verify: env.write('empty.pem', '') }).head_bucket({ Bucket: 'b' }));
    expect(err).to.be.instanceOf(SSLError);
    await client({ endpoint_url: tls.endpoint, config: once, verify: false }).head_bucket({ Bucket: 'b' });
  });
});

function failureOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}
