// Generic REST-XML serializer: params + operation model → the request (path, query, headers, body).
import { createHash } from 'node:crypto';
import type { ModelView } from '../core/model.js';
import type { MemberRef, OperationModel, Shape, TimestampFormat } from '../model/types.js';
import { escapeXml } from '../core/xml.js';
import { own } from '../core/own.js';
import { type RequestBody, asBytes, blobPayload, isBinary, isBytes } from '../core/body.js';
import { type SerializedRequest, uriEscape } from '../core/http-message.js';
import { formatTimestamp } from './timestamp.js';

export function serializeRequest(model: ModelView, op: OperationModel, params: Record<string, unknown>): SerializedRequest {
  const plan = planOf(model, op);
  const labels: Record<string, string> = {};
  const request: SerializedRequest = { method: op.http.method, path: '', query: [], headers: {} };

  for (const member of plan.given(params)) {
    const { name, ref, shape, wire } = member;
    const value = params[name];
    switch (ref.location) {
      case 'uri':
        labels[wire] = scalarToString(shape, ref, value, 'iso8601');
        break;
      case 'querystring':
        addQuery(request.query, model, ref, shape, wire, value);
        break;
      case 'header':
        if (shape.type === 'list') request.headers[wire.toLowerCase()] = (value as unknown[]).map(String).join(',');
        else request.headers[wire.toLowerCase()] = scalarToString(shape, ref, value, 'rfc822');
        break;
      case 'headers':
        for (const [k, v] of Object.entries(value as Record<string, string>)) {
          request.headers[`${wire}${k}`.toLowerCase()] = v;
        }
        break;
      default:
        if (plan.payload === name) request.body = payloadBody(model, ref, shape, name, value);
    }
  }

  request.path = plan.fillPath(labels);
  // literal query parts come first, as written in the model (`?uploads`, `?list-type=2`)
  if (plan.literalQuery.length) {
    request.query.unshift(...plan.literalQuery.map(([k, v, label]): [string, string | null] => [k, label === undefined ? v : (own(labels, label) ?? '')]));
  }
  const body = request.body ?? '';
  if (op.httpChecksumRequired && request.headers['content-md5'] === undefined && isBytes(body)) {
    request.headers['content-md5'] = contentMd5(body);
  }
  return request;
}

interface PlannedMember {
  name: string;
  ref: MemberRef;
  shape: Shape;
  wire: string;
  /** Position among the input's members: members are serialized in the model's order. */
  order: number;
}

/** What an operation's requests are built from, worked out once from the model (every call needs it). */
class SerializePlan {
  /** The request URI's path: literal text, then a label, in turn (`/{Bucket}/{Key+}`: '/', Bucket, '/', Key+, ''). */
  readonly #pathParts: string[] = [];
  /** Whether each label (by its index in #pathParts) takes '/' as it is (`{Key+}`). */
  readonly #greedy: boolean[] = [];
  /** `?uploads`, `?list-type=2`: name, value (null: a bare key) and the label the value comes from, if any. */
  readonly literalQuery: [string, string | null, string | undefined][];
  readonly payload: string | undefined;
  readonly #members = new Map<string, PlannedMember>();

  constructor(model: ModelView, op: OperationModel) {
    const [pathTemplate, queryTemplate] = splitOnce(op.http.requestUri, '?');
    let at = 0;
    for (const m of pathTemplate.matchAll(/\{(\w+)(\+?)\}/g)) {
      this.#pathParts.push(pathTemplate.slice(at, m.index), m[1]!);
      this.#greedy[this.#pathParts.length - 1] = m[2] === '+';
      at = m.index + m[0].length;
    }
    this.#pathParts.push(pathTemplate.slice(at));
    this.literalQuery = (queryTemplate ? queryTemplate.split('&') : []).map((part) => {
      const [k, v] = splitOnce(part, '=');
      if (v === undefined) return [k, null, undefined];
      const label = /^\{(\w+)\}$/.exec(v)?.[1];
      return [k, label === undefined ? decodeURIComponent(v) : null, label];
    });
    const input = model.inputShape(op);
    this.payload = input?.payload;
    let order = 0;
    for (const [name, ref] of Object.entries(input?.members ?? {})) {
      this.#members.set(name, { name, ref, shape: model.of(ref), wire: ref.locationName ?? name, order: order++ });
    }
  }

  /** The path with each label's value escaped (a missing one is empty). */
  fillPath(labels: Record<string, string>): string {
    const parts = this.#pathParts;
    let path = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) path += uriEscape(own(labels, parts[i]!) ?? '', this.#greedy[i]) + parts[i + 1]!;
    return path;
  }

  /** The members `params` sets (own properties, not null or undefined), in the model's order. */
  given(params: Record<string, unknown>): PlannedMember[] {
    const given: PlannedMember[] = [];
    // a call sets a few of an operation's many members: look up its keys rather than every member
    for (const name of Object.getOwnPropertyNames(params)) {
      const member = this.#members.get(name);
      const value = params[name];
      if (member && value !== undefined && value !== null) given.push(member);
    }
    return given.length > 1 ? given.sort((a, b) => a.order - b.order) : given;
  }
}

const plans = new WeakMap<OperationModel, SerializePlan>();

function planOf(model: ModelView, op: OperationModel): SerializePlan {
  let plan = plans.get(op);
  if (!plan) plans.set(op, (plan = new SerializePlan(model, op)));
  return plan;
}

/** Base64 MD5 of a byte body (Content-MD5). */
export function contentMd5(body: string | Uint8Array): string {
  return createHash('md5').update(body).digest('base64');
}


function addQuery(
  query: [string, string | null][],
  model: ModelView,
  ref: MemberRef,
  shape: Shape,
  wire: string,
  value: unknown,
): void {
  if (shape.type === 'list') {
    for (const item of value as unknown[]) query.push([wire, scalarToString(model.of(shape.member!), shape.member!, item, 'iso8601')]);
  } else if (shape.type === 'map') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) query.push([k, String(v)]);
  } else {
    query.push([wire, scalarToString(shape, ref, value, 'iso8601')]);
  }
}

function payloadBody(model: ModelView, ref: MemberRef, shape: Shape, name: string, value: unknown): RequestBody {
  if (shape.type === 'blob') return blobPayload(value);
  if (shape.type === 'string') return value as string;
  const root = ref.locationName ?? shape.locationName ?? name;
  const ns = ref.xmlNamespace ?? shape.xmlNamespace;
  return new XmlWriter(model).element(root, ref, shape, value, ns ? nsAttr(ns) : '');
}

function nsAttr(ns: { uri: string; prefix?: string }): string {
  return ns.prefix ? ` xmlns:${ns.prefix}="${escapeXml(ns.uri)}"` : ` xmlns="${escapeXml(ns.uri)}"`;
}

class XmlWriter {
  constructor(private readonly model: ModelView) {}

  element(name: string, ref: MemberRef, shape: Shape, value: unknown, extraAttrs = ''): string {
    switch (shape.type) {
      case 'structure':
        return this.structure(name, shape, value as Record<string, unknown>, extraAttrs);
      case 'list': {
        const item = shape.member!;
        const itemShape = this.model.of(item);
        const itemName = item.locationName ?? 'member';
        const inner = (value as unknown[]).map((v) => this.element(itemName, item, itemShape, v)).join('');
        return `<${name}${extraAttrs}>${inner}</${name}>`;
      }
      case 'map': {
        const entries = Object.entries(value as Record<string, unknown>).map(
          ([k, v]) =>
            `<entry>${this.element(shape.key!.locationName ?? 'key', shape.key!, this.model.of(shape.key!), k)}` +
            `${this.element(shape.value!.locationName ?? 'value', shape.value!, this.model.of(shape.value!), v)}</entry>`,
        );
        return `<${name}${extraAttrs}>${entries.join('')}</${name}>`;
      }
      default:
        return `<${name}${extraAttrs}>${escapeXml(scalarToString(shape, ref, value, 'iso8601'))}</${name}>`;
    }
  }

  private structure(name: string, shape: Shape, value: Record<string, unknown>, extraAttrs: string): string {
    let attrs = extraAttrs;
    if (shape.xmlNamespace && !extraAttrs) attrs += nsAttr(shape.xmlNamespace);
    let inner = '';
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const v = own(value, member);
      if (v === undefined || v === null) continue;
      const memberShape = this.model.of(ref);
      const wire = ref.locationName ?? member;
      if (ref.xmlAttribute) {
        attrs += ` ${wire}="${escapeXml(scalarToString(memberShape, ref, v, 'iso8601'))}"`;
      } else if (memberShape.type === 'list' && memberShape.flattened) {
        const item = memberShape.member!;
        const itemShape = this.model.of(item);
        for (const x of v as unknown[]) inner += this.element(wire, item, itemShape, x);
      } else {
        inner += this.element(wire, ref, memberShape, v, ref.xmlNamespace ? nsAttr(ref.xmlNamespace) : '');
      }
    }
    return `<${name}${attrs}>${inner}</${name}>`;
  }
}

function scalarToString(shape: Shape, ref: MemberRef, value: unknown, defaultFormat: TimestampFormat): string {
  if (shape.type === 'timestamp') return formatTimestamp(value, ref.timestampFormat ?? shape.timestampFormat ?? defaultFormat);
  if (shape.type === 'blob' && isBinary(value)) {
    const bytes = asBytes(value);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  }
  return String(value);
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
