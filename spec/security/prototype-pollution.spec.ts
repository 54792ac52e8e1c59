// Prototype pollution: every public entry point that takes an object is fed `__proto__` and
// `constructor.prototype` payloads the way they arrive in practice (JSON.parse makes them own keys).
// Afterwards Object.prototype is untouched, nothing went where the payload points (`/hijacked/...`),
// and each call either failed with one of our errors naming the key or treated the key as data.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Config, IbmBotoError, Session, TransferConfig, TransferManager, client, resource } from '../../lib/index.js';
import { s3ServiceResource } from '../../lib/s3/resource.js';
import { parseIni } from '../../lib/core/ini.js';
import { FAKE_KEYS, recordingClient } from '../helpers/clients.js';

// (a list, not an object literal: `{ __proto__: … }` in source sets a prototype, it is no key)
const PAYLOADS: [string, string][] = [
  ['__proto__', '{"__proto__":{"polluted":"yes","Bucket":"hijacked","Key":"hijacked"}}'],
  ['constructor.prototype', '{"constructor":{"prototype":{"polluted":"yes","Bucket":"hijacked","Key":"hijacked"}}}'],
];
const BASELINE = Object.getOwnPropertyNames(Object.prototype).sort();
const ONE_OBJECT = '<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated><Contents><Key>a1</Key></Contents></ListBucketResult>';

function prototypeIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(BASELINE);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).to.equal(undefined);
  expect(probe.Bucket).to.equal(undefined);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
}

type Entry = [name: string, run: (payload: Record<string, unknown>) => unknown];

describe('security: prototype pollution through every public entry point', () => {
  const fx = recordingClient();
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pollution-'));
    file = join(dir, 'f.txt');
    writeFileSync(file, 'hello');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(prototypeIntact);

  const s3 = () => fx.s3;
  const s3r = () => s3ServiceResource(fx.s3);
  const bucket = () => s3r().Bucket('b');
  const obj = () => s3r().Object('b', 'k');
  const drain = async (it: AsyncIterable<unknown>) => {
    for await (const _ of it) void _;
  };
  const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
  const endpoint = () => ({ endpoint_url: fx.server.endpoint, region_name: 'us-east-1', ...FAKE_KEYS });
  const entries: Entry[] = [
    ['client operation params', (p) => s3().head_object({ Key: 'k', ...p } as never)],
    ['a nested structure', (p) => s3().put_bucket_tagging({ Bucket: 'b', Tagging: { TagSet: [], ...p } } as never)],
    ['a list item', (p) => s3().delete_objects({ Bucket: 'b', Delete: { Objects: [{ Key: 'k', ...p }] } } as never)],
    ['the Metadata map', (p) => s3().put_object({ Bucket: 'b', Key: 'k', Metadata: p } as never)],
    ['a CopySource object', (p) => s3().copy_object({ Bucket: 'b', Key: 'k', CopySource: { Bucket: 's', Key: 'k', ...p } } as never)],
    ['call options', (p) => s3().list_buckets({}, p as never)],
    ['paginate params', (p) => drain(s3().get_paginator('list_objects_v2').paginate({ Bucket: 'b', ...p } as never))],
    ['PaginationConfig', (p) => drain(s3().get_paginator('list_objects_v2').paginate({ Bucket: 'b', PaginationConfig: p } as never))],
    ['waiter params', (p) => s3().get_waiter('bucket_exists').wait({ Bucket: 'b', ...p } as never)],
    ['WaiterConfig', (p) => s3().get_waiter('bucket_exists').wait({ Bucket: 'b', WaiterConfig: p } as never)],
    ['generate_presigned_url options', (p) => s3().generate_presigned_url('get_object', p as never)],
    ['generate_presigned_url Params', (p) => s3().generate_presigned_url('get_object', { Params: { Bucket: 'b', Key: 'k', ...p } } as never)],
    ['generate_presigned_post options', (p) => s3().generate_presigned_post('b', 'k', p as never)],
    ['generate_presigned_post Conditions', (p) => s3().generate_presigned_post('b', 'k', { Conditions: [p] } as never)],
    ['upload_file options', (p) => s3().upload_file(file, 'b', 'k', p as never)],
    ['upload_file ExtraArgs', (p) => s3().upload_file(file, 'b', 'k', { ExtraArgs: p } as never)],
    ['upload_fileobj ExtraArgs Metadata', (p) => s3().upload_fileobj(Buffer.from('x'), 'b', 'k', { ExtraArgs: { Metadata: p } } as never)],
    ['download_file options', (p) => s3().download_file('b', 'k', join(dir, 'out'), p as never)],
    ['download_fileobj ExtraArgs', (p) => s3().download_fileobj('b', 'k', sink(), { ExtraArgs: p } as never)],
    ['copy CopySource', (p) => s3().copy({ Bucket: 's', Key: 'k', ...p } as never, 'b', 'k2')],
    ['copy ExtraArgs', (p) => s3().copy('s/k', 'b', 'k2', { ExtraArgs: p } as never)],
    ['TransferManager.upload options', (p) => new TransferManager(s3()).upload(Buffer.from('x'), 'b', 'k', p as never).result()],
    ['Config', (p) => new Config(p as never)],
    ['Config.merge', (p) => new Config().merge(p as never)],
    ['Config retries', (p) => new Config({ retries: p } as never)],
    ['Config s3', (p) => new Config({ s3: p } as never)],
    ['TransferConfig', (p) => new TransferConfig(p as never)],
    ['Session', (p) => new Session(p as never)],
    ['client() options', (p) => client('s3', { ...endpoint(), ...p } as never)],
    ['resource() options', (p) => resource('s3', { ...endpoint(), ...p } as never)],
    ['resource constructor keywords', (p) => (s3r().Object as unknown as (kw: unknown) => unknown)({ bucket_name: 'b', key: 'k', ...p })],
    ['sub-resource keywords', (p) => bucket().Object({ key: 'k', ...p } as never)],
    ['collection filter', (p) => bucket().objects.filter(p).toArray()],
    ['a filter over a filter', (p) => bucket().objects.filter({ Prefix: 'a' }).filter(p).toArray()],
    ['collection toArray options', (p) => bucket().objects.all().toArray(p as never)],
    ['batch action params', (p) => {
      fx.server.enqueue({ status: 200, body: ONE_OBJECT }); // a page to delete, so the batch request is built
      return bucket().objects.filter({ Prefix: 'a' }).delete(p);
    }],
    ['resource action params', (p) => obj().put(p as never)],
    ['resource load options', (p) => obj().load(p as never)],
    ['resource waiter params', (p) => bucket().wait_until_exists(p as never)],
    ['Bucket.upload_fileobj ExtraArgs', (p) => bucket().upload_fileobj(Buffer.from('x'), 'k', { ExtraArgs: p } as never)],
  ];

  for (const [payloadName, text] of PAYLOADS) {
    describe(`payload ${payloadName}`, () => {
      const key = payloadName.split('.')[0]!;
      for (const [name, run] of entries) {
        it(`${name}: refused naming "${key}", or taken as data; nothing sent where it points`, async () => {
          const payload = JSON.parse(text) as Record<string, unknown>;
          expect(Object.keys(payload)).to.deep.equal([key]); // an own key, as JSON.parse makes it
          let error: unknown;
          try {
            await run(payload);
          } catch (err) {
            error = err;
          }
          prototypeIntact();
          expect(error, 'an error of ours').to.be.instanceOf(IbmBotoError);
          expect((error as Error).message).to.include(key);
          for (const r of fx.server.requests) expect(`${r.headers.host} ${r.url}`).not.to.include('hijacked');
          // the next ordinary call goes where it says
          await s3().head_object({ Bucket: 'b', Key: 'k' });
          expect(fx.server.last.url).to.equal('/b/k');
        });
      }
    });
  }

  it('where the model allows any key (Metadata), "__proto__" and "constructor" are sent as ordinary names', async () => {
    const Metadata = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t"}') as Record<string, string>;
    await s3().put_object({ Bucket: 'b', Key: 'k', Body: 'x', Metadata });
    const headers = fx.server.last.headers;
    expect([headers['x-amz-meta-__proto__'], headers['x-amz-meta-constructor'], headers['x-amz-meta-tostring']]).to.deep.equal(['p', 'c', 't']);
  });

  it('POST Fields named __proto__ stay form fields, signed into the policy', async () => {
    const { fields } = await s3().generate_presigned_post('b', 'k', { Fields: JSON.parse('{"__proto__":"x"}') });
    expect(Object.hasOwn(fields, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(fields)).to.equal(Object.prototype);
    expect(fields.__proto__).to.equal('x');
  });

  it('a hostile server: XML elements and headers named __proto__ or constructor are data, error code "constructor" a ClientError', async () => {
    const xml =
      '<ListBucketResult><Name>b</Name><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>' +
      '<Contents><Key>k</Key><__proto__>x</__proto__></Contents></ListBucketResult>';
    fx.server.enqueue({ status: 200, body: xml });
    const page = await s3().list_objects_v2({ Bucket: 'b' });
    expect(page.Contents?.[0]?.Key).to.equal('k');
    fx.server.enqueue({ status: 200, headers: { 'x-amz-meta-__proto__': 'x', 'x-amz-meta-constructor': 'y' } });
    const head = await s3().head_object({ Bucket: 'b', Key: 'k' });
    expect(head.Metadata).to.deep.equal(JSON.parse('{"__proto__":"x","constructor":"y"}'));
    for (const code of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      fx.server.enqueue({ status: 400, body: `<Error><Code>${code}</Code><Message>m</Message><__proto__>p</__proto__></Error>` });
      const err = await s3().get_bucket_acl({ Bucket: 'b' }).catch((e: unknown) => e);
      expect(err, code).to.be.instanceOf(IbmBotoError).and.to.have.property('code', code);
    }
    prototypeIntact();
  });

  it('a credentials file with [__proto__] and [constructor] sections is data', () => {
    const sections = parseIni('[__proto__]\npolluted = yes\n[constructor]\nprototype = yes\n[default]\naws_access_key_id = A\n');
    expect(Object.keys(sections)).to.deep.equal(['__proto__', 'constructor', 'default']);
    expect(sections.__proto__).to.deep.equal({ polluted: 'yes' });
    prototypeIntact();
  });
});
