// Generic REST-XML response parser: status, headers and body + operation model → output object.
import type { Readable } from 'node:stream';
import type { ModelView } from '../core/model.js';
import type { MemberRef, OperationModel, Shape, TimestampFormat } from '../model/types.js';
import { type XmlNode, XmlError, parseXml, textOf } from '../core/xml.js';
import { ResponseParserError } from '../errors.js';
import { StreamingBody, type StreamingBodyOptions } from './streaming-body.js';

export interface HttpResponse {
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The whole body, for everything but streaming payloads. */
  body?: Buffer;
  /** The unread body, for streaming payloads. */
  stream?: Readable;
  /** How the streamed body maps its read errors and gives its connection back. */
  bodyOptions?: StreamingBodyOptions;
}

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
        if (raw !== undefined) setIfDefined(out, name, headerValue(memberShape, ref, raw));
        break;
      }
      case 'headers': {
        const prefix = (ref.locationName ?? name).toLowerCase();
        const map: Record<string, string> = {};
        for (const [h, v] of Object.entries(response.headers)) if (h.startsWith(prefix)) map[h.slice(prefix.length)] = v;
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
  if (bodyMembers && response.body?.length) {
    const { name: rootName, node } = parseDocument(response);
    Object.assign(out, new XmlReader(model).rootStructure(shape, rootName, node));
  }
  return out;
}

/** Parse a buffered XML body, turning any failure into a ResponseParserError with the request id. */
export function parseDocument(response: HttpResponse): { name: string; node: XmlNode } {
  try {
    return parseXml(response.body!.toString('utf8'));
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    throw new ResponseParserError(`Unable to parse response (${err.message})`, requestIdOf(response.headers), { cause: err });
  }
}

export function requestIdOf(headers: Record<string, string>): string | undefined {
  return headers['x-amz-request-id'] ?? headers['x-request-id'];
}

function parsePayload(
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
  }
}

function headerValue(shape: Shape, ref: MemberRef, raw: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const n = Number(raw);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'boolean':
      return raw.toLowerCase() === 'true';
    case 'timestamp':
      return parseTimestamp(raw, ref.timestampFormat ?? shape.timestampFormat);
    case 'list':
      return raw.split(',').map((s) => s.trim());
    default:
      return raw;
  }
}

function parseTimestamp(text: string, format?: TimestampFormat): Date | undefined {
  const ms = format === 'unixTimestamp' || /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
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
        // an empty root (the default region's LocationConstraint) is an absent value, as in boto3
        if (!ref.location && (ref.locationName ?? name) === rootName) return textOf(node) ? { [name]: textOf(node) } : {};
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
        if (typeof attr === 'string') out[name] = this.scalar(this.model.of(ref), ref, textOf(attr));
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
        return this.scalar(shape, ref, textOf(node));
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
      if (v !== undefined) out[k] = this.value(shape.value!, this.model.of(shape.value!), v);
    }
    return out;
  }

  private scalar(shape: Shape, ref: MemberRef, text: string): unknown {
    switch (shape.type) {
      case 'integer':
      case 'long':
        return text.trim() === '' ? undefined : parseInt(text, 10);
      case 'float':
      case 'double':
        return text.trim() === '' ? undefined : parseFloat(text);
      case 'boolean':
        return text.trim() === 'true';
      case 'timestamp':
        return parseTimestamp(text.trim(), ref.timestampFormat ?? shape.timestampFormat ?? 'iso8601');
      case 'blob':
        return Buffer.from(text, 'base64');
      default:
        return text;
    }
  }
}

