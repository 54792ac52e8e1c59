// Hostile responses: thousands of mutated documents for every output shape of the model go through
// the real parser. Each must parse or fail with ResponseParserError — no other exception, no hang.
import { expect } from 'chai';
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { parseErrorBody } from '../../lib/protocol/parse-error.js';
import { ResponseParserError } from '../../lib/errors.js';
import { MUTATIONS, prng, sampleAnswer, xmlOutputs } from '../helpers/xml-docs.js';

const model = new ModelView(s3Model);
const outputs = xmlOutputs(model);

describe('security: XML fuzzing of every output shape', () => {
  it(`covers the ${outputs.length} operations whose answers are XML documents`, () => expect(outputs.length).to.be.greaterThan(30));

  for (const op of outputs) {
    it(`${op.name}: the valid document parses and 150 mutations parse or fail typed`, () => {
      const doc = sampleAnswer(op);
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
