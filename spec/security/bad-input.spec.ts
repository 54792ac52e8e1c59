// The bad-input sweep: every operation of the model (bad-input-model.ts) and every helper, resource
// and collection (bad-input-helpers.ts) fed input of the wrong kind. Each case must be refused with
// one of the package's documented error classes, with a message naming the member, before any
// request: the client points at a closed port and counts every attempt to send.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as api from '../../lib/index.js';
import { Config, HTTPClientError, IbmBotoError, type S3Client, client } from '../../lib/index.js';
import { FAKE_KEYS } from '../helpers/clients.js';
import { type BadCall, modelCases } from './bad-input-model.js';
import { type BadRun, type Fixture, helperCases } from './bad-input-helpers.js';

const DOCUMENTED = new Set<unknown>(Object.values(api).filter((v) => typeof v === 'function' && v.prototype instanceof Error));

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** A port nothing listens on: any connection attempt fails (and is counted anyway). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** What is wrong with how a case ended, or undefined when it was refused properly. */
async function verdict(run: () => unknown, names: string): Promise<string | undefined> {
  let err: unknown;
  let timer: NodeJS.Timeout | undefined;
  // a case that slipped through to the network must not hang the suite
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('hung: no answer in 5 s')), 5000)));
  try {
    await Promise.race([Promise.resolve().then(run), deadline]);
    return 'was accepted';
  } catch (e) {
    err = e;
  } finally {
    clearTimeout(timer);
  }
  if (!(err instanceof IbmBotoError)) return `threw ${String((err as Error)?.name)}: ${String((err as Error)?.message)}`;
  if (!DOCUMENTED.has(err.constructor)) return `threw the undocumented ${err.constructor.name}`;
  if (err instanceof HTTPClientError) return `tried the network: ${err.message}`;
  if (!err.message.includes(names)) return `message does not name ${JSON.stringify(names)}: ${err.message}`;
  return undefined;
}

describe('security: bad input is refused before any request, with our errors naming the member', function () {
  const fx = {} as Fixture;
  let attempts = 0;
  let dir: string;
  const model = modelCases();
  const byMethod = groupBy(model, (c) => c.method);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
    const file = join(dir, 'small.txt');
    writeFileSync(file, 'hello');
    const s3: S3Client = client('s3', {
      endpoint_url: `http://127.0.0.1:${await closedPort()}`,
      region_name: 'us-east-1',
      ...FAKE_KEYS,
      config: new Config({ retries: { max_attempts: 0 }, s3: { addressing_style: 'path' }, connect_timeout: 5 }),
    });
    s3.meta.events.register('before-send', () => {
      attempts++;
    });
    Object.assign(fx, { s3, file, dir, nowhere: join(dir, 'missing', 'file.bin') });
  });
  after(async () => {
    await fx.s3.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('covers every operation of the model with thousands of cases', () => {
    expect(byMethod.size).to.be.at.least(67).and.equal(Object.keys(fx.s3.meta.method_to_api_mapping).length);
    expect(model.length).to.be.at.least(2400);
  });

  for (const [method, cases] of byMethod) {
    it(`${method}: ${cases.length} cases`, async () => {
      const call = (c: BadCall) => () => (fx.s3 as unknown as Record<string, (...a: unknown[]) => unknown>)[c.method]!(...c.args);
      const wrong: string[] = [];
      for (const c of cases) {
        const why = await verdict(call(c), c.names);
        if (why) wrong.push(`${c.title}: ${why}`);
      }
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
      expect(attempts, 'requests attempted').to.equal(0);
    });
  }

  // the helper cases reach the client through the fixture when they run
  const helpers = groupBy(helperCases(fx), (c: BadRun) => c.title.split(/[:.( ]/)[0]!);
  it('has hundreds of helper cases (transfers, presigning, paginators, waiters, resources, constructors)', () => {
    expect([...helpers.values()].flat().length).to.be.at.least(450);
  });

  for (const [group, cases] of helpers) {
    it(`${group}: ${cases.length} cases`, async () => {
      const wrong: string[] = [];
      for (const c of cases) {
        const why = await verdict(c.run, c.names);
        if (why) wrong.push(`${c.title}: ${why}`);
      }
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
      expect(attempts, 'requests attempted').to.equal(0);
    });
  }
});
