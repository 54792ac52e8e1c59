// Property: for random valid parameters of every S3 operation (generated from the model), what the
// serializer sends reads back, through our own response parser, as the parameters given: headers
// (as UTF-8 bytes on the wire), header maps, query strings, URI labels and XML or blob payloads.
// Where a wire format loses information (RFC 822 and epoch seconds keep whole seconds) the
// expectation says so. A failure names the operation and the seed.
import { expect } from 'chai';
import { Readable } from 'node:stream';
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import type { MemberRef, OperationModel, Shape, TimestampFormat } from '../../lib/model/types.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { type SerializedRequest as HttpRequest, wireHeaders } from '../../lib/core/http-message.js';
import { serializeRequest } from '../../lib/protocol/serialize.js';
import { parseTimestamp } from '../../lib/protocol/timestamp.js';
import { validateParams } from '../../lib/protocol/validate.js';
import { s3MemberChecks } from '../../lib/s3/customizations.js';
import { StreamingBody } from '../../lib/protocol/streaming-body.js';
import { ParamGenerator, seededRandom } from '../helpers/random-params.js';

const model = new ModelView(s3Model);
const SEEDS_PER_OPERATION = 40;

/** What a value reads back as, given where it travelled: whole seconds where the format has no more. */
function expected(ref: MemberRef, shape: Shape, value: unknown, defaultFormat: TimestampFormat): unknown {
  if (shape.type === 'timestamp') {
    const format = ref.timestampFormat ?? shape.timestampFormat ?? defaultFormat;
    const ms = (value as Date).getTime();
    return new Date(format === 'iso8601' ? ms : Math.floor(ms / 1000) * 1000);
  }
  if (shape.type === 'list') return (value as unknown[]).map((v) => expected(shape.member!, model.of(shape.member!), v, defaultFormat));
  if (shape.type === 'structure') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, expected(shape.members![k]!, model.of(shape.members![k]!), v, defaultFormat)]),
    );
  }
  if (shape.type === 'map') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, expected(shape.value!, model.of(shape.value!), v, defaultFormat)]));
  }
  return value;
}

/** A scalar read back from its query-string or URI text. */
function fromText(shape: Shape, text: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'timestamp':
      return parseTimestamp(text);
    default:
      return text;
  }
}

/** The URI labels of a request, by the operation's template (`/{Bucket}/{Key+}?legalHold&add={Id}`). */
function uriLabels(op: OperationModel, request: HttpRequest): Record<string, string> {
  const [template, queryTemplate] = op.http.requestUri.split('?') as [string, string | undefined];
  const path = request.path;
  const fromQuery = (queryTemplate ?? '').split('&').flatMap((part) => {
    const m = /^([^=]+)=\{(\w+)\}$/.exec(part);
    return m ? [[m[2]!, request.query.find(([k]) => k === m[1])?.[1] ?? '']] : [];
  });
  const literal = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const names: string[] = [];
  let pattern = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)(\+?)\}/g)) {
    pattern += literal(template.slice(last, m.index)) + (m[2] ? '(.*)' : '([^/]*)');
    names.push(m[1]!);
    last = m.index! + m[0].length;
  }
  const match = new RegExp(`^${pattern}${literal(template.slice(last))}$`).exec(path);
  expect(match, `${path} matches ${template}`).to.not.equal(null);
  return Object.fromEntries([...names.map((n, i) => [n, decodeURIComponent(match![i + 1]!)]), ...fromQuery]);
}

/** The request read back as parameters: the input shape parsed as if it were an answer. */
async function readBack(op: OperationModel, request: HttpRequest): Promise<Record<string, unknown>> {
  const wire = wireHeaders(request.headers);
  for (const v of Object.values(wire)) expect(/[^\x20-\xff\t]/.test(v), `header byte string ${JSON.stringify(v)}`).to.equal(false);
  // the server's view: the bytes, read as UTF-8
  const headers = Object.fromEntries(Object.entries(wire).map(([k, v]) => [k, Buffer.from(v, 'latin1').toString('utf8')]));
  const input = model.inputShape(op)!;
  const body = request.body === undefined ? undefined : Buffer.from(request.body as string | Uint8Array);
  const payload = input.payload ? input.members![input.payload] : undefined;
  const streaming = payload !== undefined && model.of(payload).streaming;
  const out = parseResponse(model, { ...op, output: op.input }, {
    statusCode: 200,
    headers,
    body: streaming ? undefined : body,
    stream: streaming ? Readable.from(body ? [body] : []) : undefined,
  });
  for (const [name, value] of Object.entries(out)) if (value instanceof StreamingBody) out[name] = (await value.read()).toString('utf8');
  const labels = uriLabels(op, request);
  for (const [name, ref] of Object.entries(input.members ?? {})) {
    const shape = model.of(ref);
    const wireName = ref.locationName ?? name;
    if (ref.location === 'uri') out[name] = fromText(shape, labels[wireName]!);
    if (ref.location === 'querystring') {
      const values = request.query.filter(([k]) => k === wireName).map(([, v]) => v ?? '');
      if (values.length) out[name] = shape.type === 'list' ? values.map((v) => fromText(model.of(shape.member!), v)) : fromText(shape, values[0]!);
    }
  }
  return out;
}

describe('protocol: serializer output reads back through the parser (random valid params, every operation)', () => {
  for (const name of model.operationNames()) {
    const op = model.operation(name);
    it(`${name}: ${SEEDS_PER_OPERATION} random parameter sets`, async () => {
      for (let seed = 1; seed <= SEEDS_PER_OPERATION; seed++) {
        const params = new ParamGenerator(model, seededRandom(seed * 7919 + name.length)).params(op);
        const where = `${name}, seed ${seed}: ${JSON.stringify(params)}`;
        validateParams(model, model.inputShape(op), params, s3MemberChecks);
        const back = await readBack(op, serializeRequest(model, op, params));
        const input = model.inputShape(op)!;
        for (const [member, value] of Object.entries(params)) {
          const ref = input.members![member]!;
          const shape = model.of(ref);
          const format = ref.location === 'header' ? 'rfc822' : 'iso8601';
          const want = shape.type === 'blob' && typeof value === 'string' ? value : expected(ref, shape, value, format);
          expect(back[member], `${member} of ${where}`).to.deep.equal(want);
        }
      }
    });
  }
});
