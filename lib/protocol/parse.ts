// Generic REST-XML response parser: status, headers and body + operation model → output object.
import type { Readable } from 'node:stream';
import type { ModelView } from '../core/model.js';
import type { MemberRef, OperationModel, Shape } from '../model/types.js';
import { type XmlNode, XmlError, parseXml, textOf } from '../core/xml.js';
import { ResponseParserError } from '../errors.js';
import type { HttpResponse } from '../core/http-message.js';
import { StreamingBody } from './streaming-body.js';
import { headerScalar, rootText, xmlScalar } from './scalars.js';
import { setOwn } from '../core/own.js';

export function parseResponse(model: ModelView, op: OperationModel, response: HttpResponse): Record<string, unknown> {
  const shape = model.outputShape(op);
  const out: Record<string, unknown> = {};
  if (!shape) return out;
  const members = shape.members ?? {};
  let bodyMembers = false;
  for (const [name, ref] of Object.entries(members)) {
    const memberShape = model.of(ref);
    switch (ref.location) {
      case 'header': {
        const raw = response.headers[(ref.locationName ?? name).toLowerCase()];
        if (raw !== undefined) setIfDefined(out, name, headerScalar(memberShape, raw));
        break;
      }
      case 'headers': {
        const prefix = (ref.locationName ?? name).toLowerCase();
        const map: Record<string, string> = {};
        for (const [h, v] of Object.entries(response.headers)) if (h.startsWith(prefix)) setOwn(map, h.slice(prefix.length), v);
        out[name] = map;
        break;
      }
      case 'statusCode':
        out[name] = response.statusCode;
        break;
      case 'uri':
      case 'querystring':
        break;
      default:
        if (shape.payload === name) parsePayload(model, ref, memberShape, name, response, out);
        else if (!shape.payload) bodyMembers = true;
    }
  }
  if (bodyMembers && response.body?.length) Object.assign(out, parseBodyMembers(model, shape, response));
  return out;
}

/** The output's members from its XML body (the root element), by walking the model over the tree. */
export function parseBodyMembers(model: ModelView, shape: Shape, response: HttpResponse): Record<string, unknown> {
  const { name: rootName, node } = parseDocument(response);
  return new XmlReader(model).rootStructure(shape, rootName, node);
}

/** Parse a buffered XML body; a failure is a ResponseParserError with the status, the first bytes and the request id. */
export function parseDocument(response: HttpResponse): { name: string; node: XmlNode } {
  return documentOf(response, parseXml);
}

/** Read a buffered XML body with `read` (a parser), failures as in parseDocument. */
export function documentOf<T>(response: HttpResponse, read: (text: string) => T): T {
  try {
    return read(response.body!.toString('utf8'));
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    const what = `Unable to parse response (${err.message}), HTTP ${response.statusCode}, body ${bodyExcerpt(response.body!)}`;
    throw new ResponseParserError(what, requestIdOf(response.headers), { cause: err });
  }
}

/** The first bytes of a body, quoted, for messages. */
export function bodyExcerpt(body: Buffer): string {
  return JSON.stringify(body.subarray(0, 200).toString('utf8')) + (body.length > 200 ? '…' : '');
}

/** Whether the operation answers with an XML document (not a blob or string payload, not a stream): one that may be an <Error>. */
export function answersWithDocument(model: ModelView, op: OperationModel): boolean {
  const shape = model.outputShape(op);
  const payload = shape?.payload ? shape.members?.[shape.payload] : undefined;
  return !payload || !['blob', 'string'].includes(model.of(payload).type);
}

export function requestIdOf(headers: Record<string, string>): string | undefined {
  return headers['x-amz-request-id'] ?? headers['x-request-id'];
}

/** A payload member: a streaming body, raw bytes, a string or an XML structure. */
export function parsePayload(
  model: ModelView,
  ref: MemberRef,
  shape: Shape,
  name: string,
  response: HttpResponse,
  out: Record<string, unknown>,
): void {
  if (shape.type === 'blob' && shape.streaming) {
    const length = response.headers['content-length'];
    out[name] = new StreamingBody(response.stream!, length === undefined ? undefined : Number(length), response.bodyOptions);
  } else if (shape.type === 'blob') {
    out[name] = response.body ?? Buffer.alloc(0);
  } else if (shape.type === 'string') {
    out[name] = response.body?.toString('utf8') ?? '';
  } else if (response.body?.length) {
    const { node } = parseDocument(response);
    out[name] = new XmlReader(model).value(ref, shape, node);
  } else if (shape.type === 'structure') {
    // as botocore: an empty body is an empty document, so the payload is {} (CopyObjectResult, …)
    out[name] = {};
  }
}

/** A header's value as its member's type (the compiled parser's entry to the same rules). */
export function headerValue(shape: Shape, _ref: MemberRef, raw: string): unknown {
  return headerScalar(shape, raw);
}

function setIfDefined(out: Record<string, unknown>, name: string, value: unknown): void {
  if (value !== undefined) out[name] = value;
}

class XmlReader {
  constructor(private readonly model: ModelView) {}

  /** The output's body members, from the root element; a root whose text is a member's value counts too. */
  rootStructure(shape: Shape, rootName: string, node: XmlNode): Record<string, unknown> {
    const textOnly = typeof node === 'string' || Object.keys(node).every((k) => k === '#text' || k.startsWith('@_'));
    if (textOnly) {
      for (const [name, ref] of Object.entries(shape.members ?? {})) {
        // an empty root (the default region's LocationConstraint) is null, as botocore's None
        if (!ref.location && (ref.locationName ?? name) === rootName) return { [name]: rootText(textOf(node)) };
      }
    }
    return this.structure(shape, node, true);
  }

  structure(shape: Shape, node: XmlNode, topLevel = false): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (typeof node === 'string') return out;
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      if (topLevel && ref.location) continue;
      const wire = ref.locationName ?? name;
      if (ref.xmlAttribute) {
        const attr = node[`@_${wire}`];
        if (typeof attr === 'string') out[name] = xmlScalar(this.model.of(ref), textOf(attr));
        continue;
      }
      const memberShape = this.model.of(ref);
      const raw = node[wire];
      if (memberShape.type === 'list' && memberShape.flattened) {
        if (raw !== undefined) out[name] = this.items(memberShape.member!, raw);
        continue;
      }
      if (raw === undefined) continue;
      out[name] = this.value(ref, memberShape, Array.isArray(raw) ? raw[0]! : raw);
    }
    return out;
  }

  value(ref: MemberRef, shape: Shape, node: XmlNode): unknown {
    switch (shape.type) {
      case 'structure':
        return this.structure(shape, node);
      case 'list': {
        if (typeof node === 'string') return [];
        const item = shape.member!;
        const itemName = item.locationName ?? Object.keys(node).find((k) => !k.startsWith('@_') && k !== '#text');
        const raw = itemName === undefined ? undefined : node[itemName];
        return raw === undefined ? [] : this.items(item, raw);
      }
      case 'map':
        return this.map(shape, node);
      default:
        return xmlScalar(shape, textOf(node));
    }
  }

  private items(item: MemberRef, raw: XmlNode | XmlNode[]): unknown[] {
    const itemShape = this.model.of(item);
    return (Array.isArray(raw) ? raw : [raw]).map((n) => this.value(item, itemShape, n));
  }

  private map(shape: Shape, node: XmlNode): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (typeof node === 'string') return out;
    const keyName = shape.key!.locationName ?? 'key';
    const valueName = shape.value!.locationName ?? 'value';
    const entries = node[shape.flattened ? keyName : 'entry'];
    for (const entry of Array.isArray(entries) ? entries : entries ? [entries] : []) {
      if (typeof entry === 'string') continue;
      const k = textOf(entry[keyName] as XmlNode);
      const v = entry[valueName] as XmlNode | undefined;
      if (v !== undefined) setOwn(out, k, this.value(shape.value!, this.model.of(shape.value!), v)); // the server's keys: data, never a prototype
    }
    return out;
  }
}

/** An element's or attribute's (decoded) text as its member's type (the compiled parser's entry to the same rules). */
export function scalarValue(shape: Shape, _ref: MemberRef, text: string): unknown {
  return xmlScalar(shape, text);
}
