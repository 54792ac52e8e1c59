// One wire-format case (at least) per operation of the reference and of today's ibm_boto3, run against a local recording server.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WireCase } from './case.js';
import { bucketCases } from './cases-buckets.js';
import { bucketConfigCases } from './cases-buckets-config.js';
import { objectCases } from './cases-objects.js';
import { todayCases } from './cases-today.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';
import { repoRoot } from '../helpers/server.js';

const cases: WireCase[] = [...bucketCases, ...bucketConfigCases, ...objectCases, ...todayCases];

describe('wire format of every operation', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('has a case for each of the reference operations', () => {
    const reference = JSON.parse(readFileSync(join(repoRoot(), 'spec/fixtures/reference-index.json'), 'utf8')) as {
      client: Record<string, { operation: string | null }>;
    };
    const names = Object.entries(reference.client).filter(([, m]) => m.operation).map(([n]) => n);
    const covered = new Set(cases.map((c) => c.operation));
    expect(names.filter((n) => !covered.has(n))).to.deep.equal([]);
  });

  it("has a case for each of the 14 operations of today's ibm_boto3 beyond the reference", () => {
    const today = JSON.parse(readFileSync(join(repoRoot(), 'spec/fixtures/today-ibm-cos.json'), 'utf8')) as { new_operations: Record<string, unknown> };
    const covered = new Set(cases.map((c) => c.operation));
    expect(Object.keys(today.new_operations).filter((n) => !covered.has(n))).to.deep.equal([]);
  });

  for (const c of cases) {
    it(`${c.operation}${c.title ? `: ${c.title}` : ''}`, async () => {
      const r = c.response ?? {};
      server.respondWith(() => ({ status: r.status ?? 200, headers: r.headers, body: r.body }));
      const client = fakeClient(server.endpoint, { s3: { addressing_style: 'path' }, ...c.config });
      const call = (client as unknown as Record<string, (p: unknown) => Promise<Record<string, unknown>>>)[c.operation]!;
      const out = await call.call(client, c.params);
      expect(server.requests, 'exactly one request').to.have.length(1);
      const sent = server.last;
      expect(sent.method).to.equal(c.request.method);
      expect(sent.path).to.equal(c.request.path);
      expect(sent.query).to.equal(c.request.query);
      for (const [h, v] of Object.entries(c.request.headers ?? {})) expect(sent.headers[h], `header ${h}`).to.equal(v);
      for (const h of c.request.absentHeaders ?? []) expect(sent.headers, `header ${h} must be absent`).to.not.have.property(h);
      expect(sent.body.toString('utf8')).to.equal(c.request.body ?? '');
      expect(sent.headers.authorization).to.match(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
      for (const [k, v] of Object.entries(c.output ?? {})) {
        const actual = out[k];
        if (actual && typeof actual === 'object' && 'read' in actual) {
          expect((await (actual as { read(): Promise<Buffer> }).read()).toString('utf8'), k).to.equal(v);
        } else {
          expect(actual, `output ${k}`).to.deep.equal(v);
        }
      }
      expect(out.ResponseMetadata).to.have.property('HTTPStatusCode', r.status ?? 200);
    });
  }
});
