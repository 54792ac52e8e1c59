// Hostile responses: thousands of mutated documents for every output shape of the model go through
// the real parser. Each must parse or fail with ResponseParserError — no other exception, no hang.
import { expect } from 'chai';
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import type { MemberRef, OperationModel, Shape } from '../../lib/model/types.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { parseErrorBody } from '../../lib/protocol/parse-error.js';
import { ResponseParserError } from '../../lib/errors.js';

const model = new ModelView(s3Model);

/** A deterministic PRNG (mulberry32), so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid sample document for an output shape, every member present, lists of two. */
function sample(shape: Shape, name: string, depth = 0): string {
  if (depth > 6) return `<${name}/>`;
  switch (shape.type) {
    case 'structure': {
      const inner = Object.entries(shape.members ?? {})
        .filter(([, ref]) => !ref.location && !ref.xmlAttribute)
        .map(([m, ref]) => member(ref, ref.locationName ?? m, depth + 1))
        .join('');
      return `<${name}>${inner}</${name}>`;
    }
    case 'list': {
      const item = shape.member!;
      const items = [0, 1].map(() => sample(model.of(item), item.locationName ?? 'member', depth + 1)).join('');
      return shape.flattened ? items : `<${name}>${items}</${name}>`;
    }
    case 'map':
      return `<${name}><entry><key>k</key><value>v</value></entry></${name}>`;
    case 'integer': case 'long': return `<${name}>42</${name}>`;
    case 'float': case 'double': return `<${name}>4.5</${name}>`;
    case 'boolean': return `<${name}>true</${name}>`;
    case 'timestamp': return `<${name}>2024-01-02T03:04:05.000Z</${name}>`;
    default: return `<${name}>v &amp; w</${name}>`;
  }
}

function member(ref: MemberRef, wire: string, depth: number): string {
  const shape = model.of(ref);
  if (shape.type === 'list' && shape.flattened) {
    const item = model.of(shape.member!);
    return [0, 1].map(() => sample(item, wire, depth)).join('');
  }
  return sample(shape, wire, depth);
}

const MUTATIONS: ((doc: string, r: () => number) => string)[] = [
  (d, r) => d.slice(0, Math.floor(r() * d.length)), // truncated
  (d, r) => { const i = Math.floor(r() * d.length); return d.slice(0, i) + String.fromCharCode(Math.floor(r() * 256)) + d.slice(i + 1); },
  (d, r) => { const i = Math.floor(r() * d.length); return `${d.slice(0, i)}<${d.slice(i)}`; },
  (d, r) => { const i = Math.floor(r() * d.length); return `${d.slice(0, i)}&bogus;${d.slice(i)}`; },
  (d) => d.replace(/<\/[^>]+>$/, ''), // unclosed root
  (d) => d.replace(/>(\d+)</g, '>99999999999999999999999999<'), // huge numbers
  (d) => d.replace(/>true</g, '>maybe<').replace(/>2024-[^<]+</g, '>not-a-date<'), // wrong scalar text
  (d, r) => { const i = Math.floor(r() * d.length); return `${d.slice(0, i)}<Unknown a="1"><Deep><Deeper/></Deep></Unknown>${d.slice(i)}`; },
  (d) => `${'<a>'.repeat(5000)}${d}${'</a>'.repeat(5000)}`, // deep nesting
  (d) => d.replace(/></g, '><!-- c --><![CDATA[x]]><'),
  (d) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${d}`,
  (d) => d.replace(/<(\w+)>/, '<$1 xmlns:x="urn:x" x:attr="&#x0;">'),
];

const outputs = Object.values(s3Model.operations as Record<string, OperationModel>).filter((op) => {
  const out = op.output ? model.shape(op.output.shape) : undefined;
  if (!out) return false;
  const payload = out.payload ? model.of(out.members![out.payload]!) : undefined;
  return payload ? payload.type === 'structure' : Object.values(out.members ?? {}).some((m) => !m.location);
});

describe('security: XML fuzzing of every output shape', () => {
  it(`covers the ${outputs.length} operations whose answers are XML documents`, () => expect(outputs.length).to.be.greaterThan(30));

  for (const op of outputs) {
    it(`${op.name}: the valid document parses and 150 mutations parse or fail typed`, () => {
      const out = model.shape(op.output!.shape);
      const root = out.payload ? model.of(out.members![out.payload]!) : out;
      const doc = sample(root, out.payload ? (out.members![out.payload]!.locationName ?? out.payload) : 'Root');
      const parse = (body: string) => parseResponse(model, op, { statusCode: 200, headers: { 'x-amz-request-id': 'FUZZ' }, body: Buffer.from(body) });
      expect(parse(doc)).to.be.an('object');
      const r = prng(op.name.length * 7919);
      let typed = 0;
      for (let i = 0; i < 150; i++) {
        const mutated = MUTATIONS[i % MUTATIONS.length]!(doc, r);
        try {
          parse(mutated);
        } catch (err) {
          expect(err, `${op.name} mutation ${i}: ${String(err)}`).to.be.instanceOf(ResponseParserError);
          expect((err as Error).message).to.include('FUZZ');
          typed++;
        }
        // error documents never throw: a garbled one falls back to the status code
        expect(parseErrorBody({ statusCode: 500, headers: {}, body: Buffer.from(mutated) }).Code).to.be.a('string');
      }
      expect(typed).to.be.greaterThan(0);
    });
  }
});

describe('security: entity expansion and DOCTYPE tricks are refused', () => {
  const op = model.operation('ListObjectsV2');
  const parse = (body: string) => () => parseResponse(model, op, { statusCode: 200, headers: {}, body: Buffer.from(body) });
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><ListBucketResult><Name>&lol9;</Name></ListBucketResult>`;

  it('billion laughs', () => expect(parse(laughs)).to.throw(ResponseParserError, /document type/));
  it('external entities (XXE) never read files', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><ListBucketResult><Name>&x;</Name></ListBucketResult>';
    expect(parse(xxe)).to.throw(ResponseParserError);
  });
  it('parameter entities and a lower-case doctype', () => {
    expect(parse('<!doctype r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x"> %p;]><ListBucketResult/>')).to.throw(ResponseParserError);
  });
  it('undeclared entities stay literal text instead of expanding', () => {
    const out = parseResponse(model, op, { statusCode: 200, headers: {}, body: Buffer.from('<ListBucketResult><Name>&evil;&amp;</Name></ListBucketResult>') });
    expect(out.Name).to.equal('&evil;&');
  });
  it('an error body with a DOCTYPE falls back to the status code, unexpanded', () => {
    const e = parseErrorBody({ statusCode: 403, headers: {}, body: Buffer.from(laughs.replace('ListBucketResult', 'Error')) });
    expect(e.Code).to.equal('403');
    expect(JSON.stringify(e)).to.not.include('lollol');
  });
});
