// Each credential source on its own (temporary HOME and env), then their precedence.
import { expect } from 'chai';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAuth, type ResolvedAuth } from '../../lib/auth/resolve.js';
import { parseIni } from '../../lib/core/ini.js';
import { NoCredentialsError, PartialCredentialsError, Session } from '../../lib/index.js';

describe('auth credential chain', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'cos-home-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    mkdirSync(join(home, rel, '..'), { recursive: true });
    writeFileSync(join(home, rel), text);
  };
  const summary = (a: ResolvedAuth) =>
    a.kind === 'hmac' ? `hmac:${a.credentials.access_key}:${a.source}` : a.kind === 'bearer' ? `bearer:${a.source}` : 'none';

  it('explicit arguments: HMAC keys, an API key (wins over HMAC), a bearer token', () => {
    expect(summary(resolveAuth({ aws_access_key_id: 'AK', aws_secret_access_key: 'SK' }, { HOME: home }))).to.equal('hmac:AK:explicit');
    expect(summary(resolveAuth({ ibm_api_key_id: 'key', aws_access_key_id: 'AK', aws_secret_access_key: 'SK' }, { HOME: home }))).to.equal('bearer:explicit');
    expect(summary(resolveAuth({ ibm_bearer_token: 't' }, { HOME: home }))).to.equal('bearer:explicit');
  });

  it('half a key pair is an error, not a silent fallback', () => {
    expect(() => resolveAuth({ aws_access_key_id: 'AK' }, { HOME: home })).to.throw(PartialCredentialsError, /aws_secret_access_key/);
  });

  it('environment: IBM_API_KEY_ID wins over AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY', () => {
    expect(summary(resolveAuth({}, { HOME: home, AWS_ACCESS_KEY_ID: 'EAK', AWS_SECRET_ACCESS_KEY: 'ESK' }))).to.equal('hmac:EAK:env');
    expect(summary(resolveAuth({}, { HOME: home, IBM_API_KEY_ID: 'k', AWS_ACCESS_KEY_ID: 'EAK', AWS_SECRET_ACCESS_KEY: 'ESK' }))).to.equal('bearer:env');
  });

  it('~/.bluemix/cos_credentials: HMAC keys win there; the service instance id comes along', () => {
    write('.bluemix/cos_credentials', JSON.stringify({
      apikey: 'file-api-key', resource_instance_id: 'crn:v1:instance',
      cos_hmac_keys: { access_key_id: 'FAK', secret_access_key: 'FSK' },
    }));
    const a = resolveAuth({}, { HOME: home });
    expect(summary(a)).to.equal(`hmac:FAK:${join(home, '.bluemix/cos_credentials')}`);
    expect(a.kind !== 'none' && a.service_instance_id).to.equal('crn:v1:instance');
  });

  it('COS_CREDENTIALS_FILE points elsewhere; an API key alone gives bearer auth', () => {
    const file = join(home, 'creds.json');
    writeFileSync(file, JSON.stringify({ apikey: 'k', iam_auth_endpoint: 'http://127.0.0.1:1/identity/token' }));
    expect(summary(resolveAuth({}, { HOME: home, COS_CREDENTIALS_FILE: file }))).to.equal(`bearer:${file}`);
  });

  it('~/.aws/credentials default profile, AWS_PROFILE, ~/.aws/config [profile x], and ibm_* keys in profiles', () => {
    write('.aws/credentials', '[default]\naws_access_key_id = DAK\naws_secret_access_key = DSK\n\n[ibm]\nibm_api_key_id = k\n');
    write('.aws/config', '[profile cfg]\naws_access_key_id = CAK\naws_secret_access_key = CSK\n');
    expect(summary(resolveAuth({}, { HOME: home }))).to.match(/^hmac:DAK:profile default/);
    expect(summary(resolveAuth({}, { HOME: home, AWS_PROFILE: 'ibm' }))).to.match(/^bearer:profile ibm/);
    expect(summary(resolveAuth({}, { HOME: home, AWS_PROFILE: 'cfg' }))).to.match(/^hmac:CAK:profile cfg/);
  });

  it('precedence: explicit → env → cos_credentials → profile; an explicit profile_name skips env and cos_credentials', () => {
    write('.bluemix/cos_credentials', JSON.stringify({ cos_hmac_keys: { access_key_id: 'FAK', secret_access_key: 'FSK' } }));
    write('.aws/credentials', '[default]\naws_access_key_id = DAK\naws_secret_access_key = DSK\n[p]\naws_access_key_id = PAK\naws_secret_access_key = PSK\n');
    const env = { HOME: home, AWS_ACCESS_KEY_ID: 'EAK', AWS_SECRET_ACCESS_KEY: 'ESK' };
    expect(summary(resolveAuth({ aws_access_key_id: 'XAK', aws_secret_access_key: 'XSK' }, env))).to.match(/^hmac:XAK/);
    expect(summary(resolveAuth({}, env))).to.match(/^hmac:EAK/);
    expect(summary(resolveAuth({}, { HOME: home }))).to.match(/^hmac:FAK/);
    expect(summary(resolveAuth({ profile_name: 'p' }, env))).to.match(/^hmac:PAK/);
    rmSync(join(home, '.bluemix'), { recursive: true });
    expect(summary(resolveAuth({}, { HOME: home }))).to.match(/^hmac:DAK/);
  });

  it('nothing found: the client call fails with NoCredentialsError saying what was tried', async () => {
    const saved = { ...process.env };
    try {
      for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'IBM_API_KEY_ID', 'AWS_PROFILE', 'COS_CREDENTIALS_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE']) delete process.env[k];
      process.env.HOME = home;
      const c = new Session().client('s3', { endpoint_url: 'http://127.0.0.1:9' });
      let err: unknown;
      try {
        await c.list_buckets();
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(NoCredentialsError);
      expect((err as Error).message).to.include('cos_credentials').and.include(join(home, '.aws', 'credentials')).and.include('IBM_API_KEY_ID');
    } finally {
      process.env = saved;
    }
  });

  it('what was tried names the shared files actually read: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE move them', () => {
    const env = { HOME: home, AWS_SHARED_CREDENTIALS_FILE: join(home, 'creds.ini'), AWS_CONFIG_FILE: join(home, 'conf.ini') };
    for (const auth of [resolveAuth({}, env), resolveAuth({ profile_name: 'nosuch' }, env)]) {
      expect(auth.kind).to.equal('none');
      const tried = auth.kind === 'none' ? auth.tried.at(-1) : '';
      expect(tried).to.match(new RegExp(`^profile '(default|nosuch)' in ${join(home, 'creds.ini')} and ${join(home, 'conf.ini')}$`));
    }
  });

  it('parses INI with comments and spaces', () => {
    expect(parseIni('# c\n[a]\n k = v = w \n; x\n[ b ]\ny=1')).to.deep.equal({ a: { k: 'v = w' }, b: { y: '1' } });
  });
});
