import { expect } from 'chai';
import { inspect } from 'node:util';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IamTokenManager, IamTokenError } from '../../lib/auth/iam.js';
import { IamServer } from '../helpers/iam-server.js';

describe('auth/IamTokenManager (against a local IAM endpoint)', () => {
  const iam = new IamServer();
  before(() => iam.start());
  after(() => iam.stop());
  beforeEach(() => {
    iam.requests.length = 0;
    iam.queue.length = 0;
    iam.expiresIn = 3600;
  });

  const manager = (extra: Partial<ConstructorParameters<typeof IamTokenManager>[0]> = {}) =>
    new IamTokenManager({ grant: { kind: 'apikey', apiKey: iam.validApiKey }, auth_endpoint: iam.url, retry_delay: 0, ...extra });

  it('sends the documented form request and headers', async () => {
    expect(await manager().get_token()).to.match(/^token-\d+$/);
    const [req] = iam.requests;
    expect(req!.form).to.deep.equal({ response_type: 'cloud_iam', grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey: iam.validApiKey });
    expect(req!.headers.authorization).to.equal('Basic Yng6Yng=');
    expect(req!.headers.accept).to.equal('application/json');
    expect(req!.headers['content-type']).to.equal('application/x-www-form-urlencoded');
    expect(req!.headers['cache-control']).to.equal('no-cache');
  });

  it('shares one token request among 100 concurrent callers', async () => {
    const m = manager();
    const tokens = await Promise.all(Array.from({ length: 100 }, () => m.get_token()));
    expect(new Set(tokens).size).to.equal(1);
    expect(iam.requests).to.have.length(1);
  });

  it('refreshes in the background with the refresh-token grant once a quarter of the lifetime is left', async () => {
    let now = Date.now();
    const m = manager({ now: () => now });
    const first = await m.get_token();
    now += 3600_000 * 0.8; // 20 % left: advisory window
    expect(await m.get_token()).to.equal(first); // served at once, refresh under way
    await new Promise((r) => setTimeout(r, 100));
    expect(iam.requests.map((r) => r.form.grant_type)).to.deep.equal(['urn:ibm:params:oauth:grant-type:apikey', 'refresh_token']);
    expect(iam.requests[1]!.form.refresh_token).to.equal('refresh-' + first.split('-')[1]);
    expect(await m.get_token()).to.not.equal(first);
  });

  it('never hands out an expired token: callers wait for the new one', async () => {
    let now = Date.now();
    const m = manager({ now: () => now });
    const first = await m.get_token();
    now += 3600_000 + 1; // expired
    const next = await m.get_token();
    expect(next).to.not.equal(first);
    expect(iam.requests).to.have.length(2);
  });

  it('retries transient IAM failures (5xx)', async () => {
    iam.queue.push({ status: 503, json: { errorMessage: 'busy' } }, { status: 500, json: {} });
    expect(await manager().get_token()).to.match(/^token-/);
    expect(iam.requests).to.have.length(3);
  });

  it('falls back to the API key when the refresh token is rejected', async () => {
    let now = Date.now();
    const m = manager({ now: () => now });
    await m.get_token();
    now += 3600_000 + 1;
    iam.queue.push({ status: 400, json: { errorCode: 'BXNIM0407E', errorMessage: 'Refresh token expired' } });
    expect(await m.get_token()).to.match(/^token-/);
    expect(iam.requests.map((r) => r.form.grant_type)).to.deep.equal([
      'urn:ibm:params:oauth:grant-type:apikey', 'refresh_token', 'urn:ibm:params:oauth:grant-type:apikey',
    ]);
  });

  it('rejects a bad API key at once with a clear error that contains no secret', async () => {
    const secretKey = 'bad-key-SECRET-9f8e7d';
    const m = new IamTokenManager({ grant: { kind: 'apikey', apiKey: secretKey }, auth_endpoint: iam.url, retry_delay: 0 });
    let err: unknown;
    try {
      await m.get_token();
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(IamTokenError);
    const e = err as IamTokenError;
    expect(e.message).to.include('BXNIM0415E').and.include('Provided API key could not be found').and.include('iam-req-1');
    expect(e.status).to.equal(400);
    expect(iam.requests).to.have.length(1);
    for (const text of [e.message, e.stack ?? '', inspect(e), inspect(m), JSON.stringify(m)]) expect(text).to.not.include(secretKey);
  });

  it('uses the cr-token grant for trusted profiles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cos-cr-'));
    try {
      writeFileSync(join(dir, 'token'), 'cr-token-value\n');
      const m = new IamTokenManager({ grant: { kind: 'cr-token', profileId: 'Profile-1', crTokenFile: join(dir, 'token') }, auth_endpoint: iam.url });
      expect(await m.get_token()).to.match(/^token-/);
      expect(iam.requests[0]!.form).to.include({ grant_type: 'urn:ibm:params:oauth:grant-type:cr-token', profile_id: 'Profile-1', cr_token: 'cr-token-value' });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
