// The compiled response parsers against the generic one, their definition: for every output shape,
// the wire cases' answers, the fuzzing mutations and random documents give exactly the same output
// (values, types, key order) or exactly the same error.
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { ModelView } from '../../lib/core/model.js';
import { xformName } from '../../lib/core/naming.js';
import { s3Model } from '../../lib/model/s3/service.js';
import type { OperationModel } from '../../lib/model/types.js';
import type { HttpResponse } from '../../lib/core/http-message.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { isoTimestamp, outputsNotCompiled, parseResponseCompiled } from '../../lib/protocol/compiled-parse.js';
import { bucketCases } from '../wire/cases-buckets.js';
import { bucketConfigCases } from '../wire/cases-buckets-config.js';
import { objectCases } from '../wire/cases-objects.js';
import { MUTATIONS, prng, randomAnswer, sampleAnswer, xmlOutputs } from '../helpers/xml-docs.js';

const model = new ModelView(s3Model);
const byMethod = new Map(model.operationNames().map((name) => [xformName(name), model.operation(name)]));

/** The keys of every object inside `v`, in order: deep equality ignores key order, this does not. */
function keyOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(keyOrder);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.entries(v).map(([k, x]) => [k, keyOrder(x)]);
  }
  return null;
}

type Outcome = { output: Record<string, unknown> } | { error: Error };

function outcome(parse: typeof parseResponse, op: OperationModel, response: () => HttpResponse): Outcome {
  try {
    return { output: parse(model, op, response()) };
  } catch (err) {
    return { error: err as Error };
  }
}

/** Both parsers on the same answer: the same output, or the same error. */
function expectSame(op: OperationModel, response: () => HttpResponse, what: string): void {
  const generic = outcome(parseResponse, op, response);
  const compiled = outcome(parseResponseCompiled, op, response);
  if ('error' in generic) {
    expect(compiled, `${what}: the generic parser failed (${generic.error.message})`).to.have.property('error');
    const err = (compiled as { error: Error }).error;
    expect([err.constructor, err.message], what).to.deep.equal([generic.error.constructor, generic.error.message]);
    return;
  }
  expect(compiled, `${what}: ${'error' in compiled ? compiled.error.stack : ''}`).to.have.property('output');
  const out = (compiled as { output: Record<string, unknown> }).output;
  expect(out, what).to.deep.equal(generic.output);
  expect(keyOrder(out), `${what}: key order`).to.deep.equal(keyOrder(generic.output));
}

const xmlAnswer = (body: string) => () => ({ statusCode: 200, headers: { 'x-amz-request-id': 'CMP' }, body: Buffer.from(body) });

describe('protocol: compiled response parsers give the generic parser\'s output', () => {
  it('every output shape of the model compiles (none is left to the generic parser)', () => {
    expect(outputsNotCompiled(model)).to.deep.equal([]);
  });

  it('every wire case: the documented answer (headers, status, body) parses the same', () => {
    const cases = [...bucketCases, ...bucketConfigCases, ...objectCases].filter((c) => byMethod.get(c.operation)?.output);
    expect(cases.length).to.be.greaterThan(60);
    for (const c of cases) {
      const r = c.response ?? {};
      const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const body = Buffer.from(r.body ?? '');
      expectSame(byMethod.get(c.operation)!, () => ({ statusCode: r.status ?? 200, headers, body, stream: Readable.from([body]) }), `${c.operation} ${c.title ?? ''}`);
    }
  });

  for (const op of xmlOutputs(model)) {
    it(`${op.name}: the sample, its mutations and 300 random documents parse the same`, () => {
      const doc = sampleAnswer(op);
      expectSame(op, xmlAnswer(doc), 'sample');
      const r = prng(op.name.length * 104729);
      for (let i = 0; i < 150; i++) {
        const mutated = MUTATIONS[i % MUTATIONS.length]!(doc, r);
        expectSame(op, xmlAnswer(mutated), `mutation ${i}: ${mutated.slice(0, 300)}`);
      }
      for (let i = 0; i < 300; i++) {
        const random = randomAnswer(op, r);
        expectSame(op, xmlAnswer(random), `random ${i}: ${random}`);
      }
    });
  }

  it('header-only answers (HeadObject, PutObject, …): every header member, typed', () => {
    const r = prng(7);
    const headerOps = model.operationNames().map((n) => model.operation(n)).filter((op) => op.output);
    for (const op of headerOps) {
      const out = model.shape(op.output!.shape);
      for (let i = 0; i < 20; i++) {
        const headers: Record<string, string> = {};
        for (const [name, ref] of Object.entries(out.members ?? {})) {
          if (ref.location !== 'header' && ref.location !== 'headers') continue;
          const header = (ref.locationName ?? name).toLowerCase();
          const values = ['42', 'true', 'Tue, 02 Jan 2024 03:04:05 GMT', '2024-01-02T03:04:05.000Z', 'a, b', '', 'x'];
          if (r() < 0.7) headers[ref.location === 'headers' ? `${header}k${i}` : header] = values[Math.floor(r() * values.length)]!;
        }
        expectSame(op, () => ({ statusCode: 200, headers, body: Buffer.alloc(0), stream: Readable.from([]) }), `${op.name} headers ${JSON.stringify(headers)}`);
        // the compiled parser looks up the headers an answer has: their order and unknown ones must not matter
        const shuffled = Object.fromEntries([...Object.entries(headers), ['x-unknown', '1'], ['date', 'x']].reverse());
        expectSame(op, () => ({ statusCode: 200, headers: shuffled, body: Buffer.alloc(0), stream: Readable.from([]) }), `${op.name} shuffled headers ${JSON.stringify(shuffled)}`);
      }
    }
  });

  it('the timestamp fast path reads what Date.parse reads and leaves every other form to the generic parser', () => {
    const r = prng(11);
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 2000; i++) {
      const t = `${1000 + Math.floor(r() * 9000)}-${two(1 + Math.floor(r() * 12))}-${two(1 + Math.floor(r() * 28))}T${two(Math.floor(r() * 24))}:${two(Math.floor(r() * 60))}:${two(Math.floor(r() * 60))}${r() < 0.5 ? `.${String(Math.floor(r() * 1000)).padStart(3, '0')}` : ''}Z`;
      expect(isoTimestamp(t)?.getTime(), t).to.equal(Date.parse(t));
    }
    for (const t of ['2023-02-29T00:00:00Z', '2024-04-31T00:00:00Z', '2024-13-01T00:00:00Z', '2024-01-01T24:00:00Z', '0999-01-01T00:00:00Z', '2024-01-01T00:00:00.1Z', '2024-01-01 00:00:00Z', '2024-01-01T00:00:0xZ', '2024-01-01T0è:00:00Z', '2024-01-01T00:è0:00Z', '2024-01-01T00:00:00.è00Z', ' 2024-01-01T00:00:00Z']) {
      expect(isoTimestamp(t), t).to.equal(undefined);
    }
  });
});
