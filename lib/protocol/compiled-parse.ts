// Compiled response parsers: for each output shape, a tree of readers built once from the model, fed
// straight by the XML scanner's events. Nothing walks the model per element and no document tree is
// built: a listing page costs its output objects and little else. The generic parser (parse.ts)
// stays the definition of the answers: leaf values go through its conversion functions, an answer
// whose root has no child elements (GetBucketLocation's) goes through it whole, and
// spec/protocol/compiled-parse.spec.ts checks both give the same output for every output shape.
import type { ModelView } from '../core/model.js';
import { setOwn } from '../core/own.js';
import { decodeEntities, parseXmlInto } from '../core/xml.js';
import type { XmlSink } from '../core/xml-scan.js';
import type { MemberRef, OperationModel, Shape } from '../model/types.js';
import type { HttpResponse } from '../core/http-message.js';
import { documentOf, headerValue, parseBodyMembers, parsePayload, parseResponse, scalarValue } from './parse.js';

/** How one element becomes a value. */
type Reader = StructureReader | ListReader | ScalarReader;

interface Slot {
  /** The output member. */
  name: string;
  /** Its position among the structure's members (the generic parser's key order). */
  order: number;
  reader: Reader;
  /** A flattened list: every occurrence is an item; otherwise the first occurrence is the value. */
  flattened: boolean;
}

interface StructureReader {
  kind: 'structure';
  children: Map<string, Slot>;
  /** xmlAttribute members: attribute name → member. */
  attributes?: Map<string, { name: string; order: number; convert: (text: string) => unknown }>;
  /** Member names in model order, for answers whose elements come in another order. */
  names: string[];
}

interface ListReader {
  kind: 'list';
  /** The item element's name; undefined: whatever the first child is called. */
  itemName?: string;
  item: Reader;
}

interface ScalarReader {
  kind: 'scalar';
  convert: (text: string) => unknown;
}

/** Sets one output member from the response (or leaves it out). */
interface Step {
  /** Position among the output's members: members are set in model order, as the generic parser sets them. */
  order: number;
  run: (response: HttpResponse, out: Record<string, unknown>) => void;
}

/** A compiled output shape: a step per non-body member, then the body members. */
interface CompiledOutput {
  /** Every non-body member that is not a single header, in model order. */
  steps: Step[];
  /** Single-header members by lower-case header name: looked up from the headers an answer has (a few of GetObject's ~40). */
  headers: Map<string, Step[]>;
  /** The body members, read from the root element. */
  body?: StructureReader;
}

/** null: the shape has what this compiler does not read (see compileValue); the generic parser reads it. */
const compiled = new WeakMap<ModelView, Map<string, CompiledOutput | null>>();

/** The operation's output from a response: status, headers and body. Same answers as parseResponse. */
export function parseResponseCompiled(model: ModelView, op: OperationModel, response: HttpResponse): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const shape = model.outputShape(op);
  if (!shape) return out;
  const c = compiledOutput(model, op.output!.shape, shape);
  if (!c) return parseResponse(model, op, response);
  runSteps(c, response, out);
  if (c.body && response.body?.length) {
    const read = readDocument(response, c.body);
    // a root without child elements may be a member's value itself: the generic rules decide
    Object.assign(out, read.hasChildren ? read.value : parseBodyMembers(model, shape, response));
  }
  return out;
}

/** Operations whose output shape does not compile (they fall back to the generic parser). */
export function outputsNotCompiled(model: ModelView): string[] {
  return model.operationNames().filter((name) => {
    const op = model.operation(name);
    return op.output !== undefined && compiledOutput(model, op.output.shape, model.shape(op.output.shape)) === null;
  });
}

/** The header members the answer has and the other steps, merged in model order. */
function runSteps(c: CompiledOutput, response: HttpResponse, out: Record<string, unknown>): void {
  const found: Step[] = [];
  for (const header of Object.keys(response.headers)) {
    const steps = c.headers.get(header);
    if (steps) found.push(...steps);
  }
  if (found.length > 1) found.sort((a, b) => a.order - b.order);
  const others = c.steps;
  for (let i = 0, j = 0; i < found.length || j < others.length; ) {
    const step = j >= others.length || (i < found.length && found[i]!.order < others[j]!.order) ? found[i++]! : others[j++]!;
    step.run(response, out);
  }
}

function readDocument(response: HttpResponse, root: Reader): { value: unknown; hasChildren: boolean } {
  const sink = new ReadingSink(root);
  documentOf(response, (text) => parseXmlInto(text, sink));
  return sink.result!;
}

function compiledOutput(model: ModelView, name: string, shape: Shape): CompiledOutput | null {
  let byShape = compiled.get(model);
  if (!byShape) compiled.set(model, (byShape = new Map()));
  let c = byShape.get(name);
  if (c === undefined) {
    try {
      c = compileOutput(model, shape);
    } catch (err) {
      if (!(err instanceof NotCompiled)) throw err;
      c = null;
    }
    byShape.set(name, c);
  }
  return c;
}

/** A shape this compiler leaves to the generic parser. */
class NotCompiled extends Error {}

function compileOutput(model: ModelView, shape: Shape): CompiledOutput {
  const c: CompiledOutput = { steps: [], headers: new Map() };
  const bodyMembers: [string, MemberRef][] = [];
  let order = 0;
  const step = (run: Step['run']) => void c.steps.push({ order, run });
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    order++;
    const memberShape = model.of(ref);
    if (ref.location === 'header') {
      const header = (ref.locationName ?? name).toLowerCase();
      const steps = c.headers.get(header) ?? [];
      c.headers.set(header, steps);
      steps.push({
        order,
        run: (response, out) => {
          const raw = response.headers[header];
          const value = raw === undefined ? undefined : headerValue(memberShape, ref, raw);
          if (value !== undefined) out[name] = value;
        },
      });
    } else if (ref.location === 'headers') {
      const prefix = (ref.locationName ?? name).toLowerCase();
      step((response, out) => {
        const map: Record<string, string> = {};
        // the server's names: data, never a prototype
        for (const [h, v] of Object.entries(response.headers)) if (h.startsWith(prefix)) setOwn(map, h.slice(prefix.length), v);
        out[name] = map;
      });
    } else if (ref.location === 'statusCode') {
      step((response, out) => void (out[name] = response.statusCode));
    } else if (ref.location) {
      continue;
    } else if (shape.payload === name && memberShape.type === 'structure') {
      const reader = compileValue(model, ref, memberShape);
      step((response, out) => {
        // as botocore: an empty body is an empty document, so the payload is {} (CopyObjectResult, …)
        out[name] = response.body?.length ? readDocument(response, reader).value : {};
      });
    } else if (shape.payload === name) {
      step((response, out) => parsePayload(model, ref, memberShape, name, response, out));
    } else if (!shape.payload) {
      bodyMembers.push([name, ref]);
    }
  }
  if (bodyMembers.length) c.body = compileStructure(model, Object.fromEntries(bodyMembers));
  return c;
}

function compileValue(model: ModelView, ref: MemberRef, shape: Shape): Reader {
  switch (shape.type) {
    case 'structure':
      return compileStructure(model, shape.members ?? {});
    case 'list': {
      const item = shape.member!;
      return { kind: 'list', itemName: item.locationName, item: compileValue(model, item, model.of(item)) };
    }
    case 'map':
      // no S3 answer has a map in its XML (metadata comes as headers)
      throw new NotCompiled(`map ${ref.shape}`);
    default:
      return { kind: 'scalar', convert: scalarConverter(shape, ref) };
  }
}

function compileStructure(model: ModelView, members: Record<string, MemberRef>): StructureReader {
  const reader: StructureReader = { kind: 'structure', children: new Map(), names: Object.keys(members) };
  Object.entries(members).forEach(([name, ref], order) => {
    const shape = model.of(ref);
    const wire = ref.locationName ?? name;
    if (ref.xmlAttribute) {
      const convert = scalarConverter(shape, ref);
      (reader.attributes ??= new Map()).set(wire, { name, order, convert });
      return;
    }
    const flattened = shape.type === 'list' && Boolean(shape.flattened);
    // a flattened list's items are the member's own elements
    const itemReader = flattened ? compileValue(model, shape.member!, model.of(shape.member!)) : compileValue(model, ref, shape);
    // two members on one element name (none in S3) would both read it: one slot each cannot say that
    if (reader.children.has(wire)) throw new NotCompiled(`two members on <${wire}>`);
    reader.children.set(wire, { name, order, reader: itemReader, flattened });
  });
  return reader;
}

/** Decoded text → the member's value: the generic conversion, with a fast path for the usual timestamps. */
function scalarConverter(shape: Shape, ref: MemberRef): (text: string) => unknown {
  const generic = (text: string) => scalarValue(shape, ref, decodeEntities(text));
  if (shape.type === 'timestamp' && (ref.timestampFormat ?? shape.timestampFormat ?? 'iso8601') === 'iso8601') {
    return (text) => isoTimestamp(text) ?? generic(text);
  }
  return generic;
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` or `…:SS.mmmZ` (what S3 sends) read by position; anything else (other
 * forms, out-of-range fields) is left to the generic parser (undefined).
 */
export function isoTimestamp(t: string): Date | undefined {
  const long = t.length === 24;
  if ((t.length !== 20 && !long) || t.charCodeAt(t.length - 1) !== 0x5a /* Z */) return undefined;
  const c = (i: number) => t.charCodeAt(i);
  if (c(4) !== 0x2d || c(7) !== 0x2d || c(10) !== 0x54 || c(13) !== 0x3a || c(16) !== 0x3a || (long && c(19) !== 0x2e)) return undefined;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  const hour = digits(t, 11, 2);
  const minute = digits(t, 14, 2);
  const second = digits(t, 17, 2);
  const ms = long ? digits(t, 20, 3) : 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The number written by `n` ASCII digits at `at`, or -1. */
function digits(t: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = t.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Whether a structure frame has the member's value already (the first occurrence wins). */
function isSet(frame: Frame, slot: Slot): boolean {
  return slot.order < 31 ? (frame.set & (1 << slot.order)) !== 0 : Object.hasOwn(frame.value as object, slot.name);
}

interface Frame {
  reader: Reader;
  /** The object, array or text being built. */
  value: Record<string, unknown> | unknown[] | string;
  /** Where the value goes in the parent structure (undefined: a list item or the root). */
  slot?: Slot;
  hasChildren: boolean;
  /** A list without a modeled item name takes the first child's. */
  itemName?: string;
  /** The latest member position set in a structure, to notice elements out of model order. */
  lastOrder: number;
  /** Bit `order` set: that member (of the first 31) has its value. */
  set: number;
  reordered: boolean;
}

/**
 * Builds the output from the scanner's events; elements no member reads are skipped whole. A scalar
 * element (most of them) needs no frame: its text is gathered in place until it closes.
 */
class ReadingSink implements XmlSink {
  readonly #root: Reader;
  readonly #stack: Frame[] = [];
  /** Depth inside an element being skipped (0: not skipping). */
  #skip = 0;
  /** The scalar element open now, if any: its reader, member (undefined in a list), text and whether it had children. */
  #scalar?: ScalarReader;
  #scalarSlot?: Slot;
  #scalarText = '';
  #scalarChildren = false;
  result?: { value: unknown; hasChildren: boolean };

  constructor(root: Reader) {
    this.#root = root;
  }

  open(name: string, attributes: string[] | undefined): void {
    if (this.#skip) {
      this.#skip++;
      return;
    }
    if (this.#scalar) {
      this.#scalarChildren = true;
      this.#skip = 1;
      return;
    }
    const top = this.#stack[this.#stack.length - 1];
    if (!top) return this.#push(this.#root, undefined, attributes);
    top.hasChildren = true;
    const reader = top.reader;
    let child: Reader | undefined;
    let slot: Slot | undefined;
    if (reader.kind === 'structure') {
      slot = reader.children.get(name);
      if (slot && (slot.flattened || !isSet(top, slot))) child = slot.reader;
    } else if (reader.kind === 'list') {
      top.itemName ??= reader.itemName ?? name;
      if (name === top.itemName) child = reader.item;
    }
    if (!child) this.#skip = 1;
    else if (child.kind === 'scalar') {
      this.#scalar = child;
      this.#scalarSlot = slot;
      this.#scalarText = '';
      this.#scalarChildren = false;
    } else {
      this.#push(child, slot, attributes);
    }
  }

  text(chunk: string): void {
    if (this.#skip) return;
    if (this.#scalar) this.#scalarText += chunk;
  }

  close(): void {
    if (this.#skip) {
      this.#skip--;
      return;
    }
    let value: unknown;
    let slot: Slot | undefined;
    if (this.#scalar) {
      const text = this.#scalarText;
      // text between child elements counts only when it is more than whitespace (as in the tree)
      value = this.#scalar.convert(this.#scalarChildren && !text.trim() ? '' : text);
      slot = this.#scalarSlot;
      this.#scalar = undefined;
    } else {
      const frame = this.#stack.pop()!;
      value = this.#valueOf(frame);
      slot = frame.slot;
      if (!this.#stack.length) return void (this.result = { value, hasChildren: frame.hasChildren });
    }
    const parent = this.#stack[this.#stack.length - 1]!;
    if (parent.reader.kind === 'list') (parent.value as unknown[]).push(value);
    else this.#set(parent, slot!, value);
  }

  /** A structure or list element (the root: whatever its reader). */
  #push(reader: Reader, slot: Slot | undefined, attributes: string[] | undefined): void {
    const value = reader.kind === 'structure' ? {} : reader.kind === 'list' ? [] : '';
    const frame: Frame = { reader, value, slot, hasChildren: false, lastOrder: -1, set: 0, reordered: false };
    this.#stack.push(frame);
    if (reader.kind === 'structure' && reader.attributes && attributes) {
      for (let i = 0; i < attributes.length; i += 2) {
        const member = reader.attributes.get(attributes[i]!);
        if (member) this.#set(frame, member, member.convert(attributes[i + 1]!));
      }
    }
  }

  #set(frame: Frame, slot: { name: string; order: number; flattened?: boolean }, value: unknown): void {
    const out = frame.value as Record<string, unknown>;
    if (slot.flattened) {
      const items = out[slot.name] as unknown[] | undefined;
      if (items) return void items.push(value);
      out[slot.name] = [value];
    } else {
      out[slot.name] = value;
    }
    if (slot.order < frame.lastOrder) frame.reordered = true;
    frame.lastOrder = slot.order;
    if (slot.order < 31) frame.set |= 1 << slot.order;
  }

  #valueOf(frame: Frame): unknown {
    const reader = frame.reader;
    if (reader.kind !== 'structure' || !frame.reordered) return frame.value;
    // the members in model order, as the generic parser lists them
    const out = frame.value as Record<string, unknown>;
    const ordered: Record<string, unknown> = {};
    for (const name of reader.names) if (Object.hasOwn(out, name)) ordered[name] = out[name];
    return ordered;
  }
}
