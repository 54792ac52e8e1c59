// JSDoc for the generated types, written from the model's facts: where a member travels on the
// wire and under which name, whether it is required, its enum values, bounds and units, the
// operation and boto3 method names. Nothing here is copied prose; every line derives from data.
// Also the TypeScript name of each shape (tsName), which the docs and every generator share.
import type { MemberRef, OperationModel, PaginatorModel, ServiceModel, Shape, WaiterModel } from '../lib/model/types.js';
import { xformName } from '../lib/core/naming.js';

/** Enums longer than this list their first values and a count. */
const MAX_ENUM_VALUES = 12;

/** Global type names a shape must not take (they would shadow the built-ins in users' hovers). */
export const GLOBAL_TYPE_NAMES = new Set([
  'Array', 'ArrayBuffer', 'Blob', 'Boolean', 'Credential', 'Crypto', 'Date', 'Document', 'Element', 'Error',
  'Event', 'EventTarget', 'File', 'FormData', 'Function', 'Headers', 'Location', 'Lock', 'Map', 'Node',
  'Notification', 'Number', 'Object', 'Partial', 'Permissions', 'Promise', 'Range', 'Record', 'Request',
  'Response', 'Selection', 'Set', 'Storage', 'String', 'Symbol', 'Text', 'URL',
]);

/** The TypeScript name of a shape: the model's name, with `S3` in front where that is a global's. */
export function tsName(shape: string): string {
  return GLOBAL_TYPE_NAMES.has(shape) ? `S3${shape}` : shape;
}

/** Facts the generator knows about the model as a whole. */
export interface DocContext {
  model: ServiceModel;
  units: Record<string, string>;
  /** URI labels that keep `/` (`Key` in `{Key+}`). */
  greedyLabels: Set<string>;
  /** Where each structure is used: `ListObjectsOutput.Contents`, … */
  usedBy: Map<string, string[]>;
  /** Extra facts for members whose accepted input the SDK widens (CopySource, SSE-C keys). */
  inputNotes: Record<string, string>;
}

export function docContext(model: ServiceModel, units: Record<string, string>, inputNotes: Record<string, string>): DocContext {
  const greedyLabels = new Set<string>();
  for (const op of Object.values(model.operations)) {
    for (const [, name] of op.http.requestUri.matchAll(/\{(\w+)\+\}/g)) greedyLabels.add(name!);
  }
  const usedBy = new Map<string, string[]>();
  const note = (target: string, where: string) => {
    const list = usedBy.get(target) ?? [];
    if (!list.includes(where)) usedBy.set(target, [...list, where]);
  };
  for (const [name, shape] of Object.entries(model.shapes)) {
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const target = model.shapes[ref.shape]!;
      note(target.type === 'list' ? target.member!.shape : ref.shape, `${tsName(name)}.${member}`);
    }
  }
  return { model, units, greedyLabels, usedBy, inputNotes };
}

/** `/** … *\/` lines at an indent; one line when the text is one line. */
export function jsdoc(lines: string[], indent = ''): string[] {
  const safe = lines.filter(Boolean).map((l) => l.replace(/\*\//g, '*\\/'));
  if (safe.length === 0) return [];
  if (safe.length === 1) return [`${indent}/** ${safe[0]} */`];
  return [`${indent}/**`, ...safe.map((l) => `${indent} * ${l}`), `${indent} */`];
}

const code = (s: string | number) => `\`${s}\``;

function enumLine(values: string[]): string {
  const shown = values.slice(0, MAX_ENUM_VALUES).map(code).join(', ');
  return values.length > MAX_ENUM_VALUES ? `One of: ${shown}, … (${values.length} values).` : `One of: ${shown}.`;
}

function boundsLine(shape: Shape): string {
  if (shape.min === undefined && shape.max === undefined) return '';
  const range = shape.max === undefined ? `at least ${shape.min}` : shape.min === undefined ? `at most ${shape.max}` : `${shape.min} to ${shape.max}`;
  const what = shape.type === 'string' ? 'Length' : shape.type === 'list' ? 'Items' : 'Value';
  return `${what}: ${range}.`;
}

function timestampLine(ref: MemberRef, shape: Shape, topInput: boolean): string {
  const format = ref.timestampFormat ?? shape.timestampFormat ?? (ref.location === 'header' ? 'rfc822' : 'iso8601');
  const wire = { rfc822: 'an HTTP date (RFC 822)', iso8601: 'ISO 8601', unixTimestamp: 'seconds since the epoch' }[format];
  return `${topInput ? 'A `Date` (or a date string)' : 'A `Date`'}; on the wire ${wire}.`;
}

/** Where a member travels: `header \`Content-Type\``, `URI label \`{Key+}\``, `XML element \`<Name>\``. */
function wireLine(ctx: DocContext, member: string, ref: MemberRef, parent: Shape): string {
  const wire = ref.locationName ?? member;
  const shape = ctx.model.shapes[ref.shape]!;
  switch (ref.location) {
    case 'uri':
      return ctx.greedyLabels.has(wire) ? `URI label \`{${wire}+}\` (slashes kept).` : `URI label \`{${wire}}\`.`;
    case 'querystring':
      return `Query parameter ${code(wire)}.`;
    case 'header':
      return `Header ${code(wire)}.`;
    case 'headers':
      return `Headers \`${wire}<name>\`, one per entry.`;
    case 'statusCode':
      return 'The HTTP status code.';
  }
  if (parent.payload === member) {
    if (shape.type === 'blob') return shape.streaming ? 'The HTTP body, streamed.' : 'The HTTP body.';
    return `The HTTP body: XML \`<${shape.locationName ?? wire}>\`.`;
  }
  if (ref.xmlAttribute) return `XML attribute ${code(wire)}.`;
  if (shape.type === 'list') {
    const item = shape.member!.locationName ?? 'member';
    return shape.flattened ? `XML elements \`<${wire}>\`, one per item.` : `XML element \`<${wire}>\` holding one \`<${item}>\` per item.`;
  }
  if (shape.type === 'map') return `XML element \`<${wire}>\` of \`<entry>\` key/value pairs.`;
  return `XML element \`<${wire}>\`.`;
}

/** The JSDoc lines of one structure member. */
export function memberDoc(ctx: DocContext, parent: Shape, member: string, ref: MemberRef, topInput: boolean): string[] {
  const shape = ctx.model.shapes[ref.shape]!;
  const item = shape.type === 'list' ? ctx.model.shapes[shape.member!.shape]! : undefined;
  const required = (parent.required ?? []).includes(member);
  const valueShape = item ?? shape;
  const unit = ctx.units[member];
  return [
    `${required ? 'Required. ' : ''}${wireLine(ctx, member, ref, parent)}`,
    unit ? `Unit: ${unit}.` : '',
    valueShape.enum ? enumLine(valueShape.enum) : '',
    boundsLine(shape),
    item && item !== shape ? boundsLine(item) : '',
    shape.type === 'timestamp' ? timestampLine(ref, shape, topInput) : '',
    ref.location === 'headers' && !topInput ? 'Names arrive lower-cased (HTTP header names are case-insensitive).' : '',
    ref.sensitive || shape.sensitive ? 'Secret: never shown in errors, logs or inspect output.' : '',
    topInput ? (ctx.inputNotes[member] ?? '') : '',
  ];
}

/** The JSDoc lines of a structure: which operation it belongs to, or where it is used. */
export function shapeDoc(ctx: DocContext, name: string, operationOf: Map<string, { op: string; role: 'input' | 'output' }>): string[] {
  const renamed = tsName(name) !== name ? `The model's \`${name}\` shape (named \`${tsName(name)}\` here: \`${name}\` is a global).` : '';
  const owner = operationOf.get(name);
  if (owner) {
    const call = `\`client.${xformName(owner.op)}()\``;
    return [owner.role === 'input' ? `Parameters of ${owner.op} (${call}).` : `Response of ${owner.op} (${call}), without ResponseMetadata.`, renamed];
  }
  const uses = ctx.usedBy.get(name) ?? [];
  const shown = uses.slice(0, 4).map(code).join(', ');
  return [uses.length ? `Used in ${shown}${uses.length > 4 ? `, … (${uses.length} places)` : ''}.` : '', renamed];
}

export function enumDoc(ctx: DocContext, name: string, values: string[]): string[] {
  const uses = ctx.usedBy.get(name) ?? [];
  return [`${enumLine(values)} Other strings the service may add are accepted too.`, uses.length ? `Used in ${uses.slice(0, 4).map(code).join(', ')}${uses.length > 4 ? ', …' : ''}.` : ''];
}

export interface OperationFacts {
  paginator?: string;
  waiters: string[];
}

/** The JSDoc lines of a client method. */
export function operationDoc(ctx: DocContext, op: OperationModel, facts: OperationFacts): string[] {
  const input = op.input ? ctx.model.shapes[op.input.shape] : undefined;
  const required = input?.required ?? [];
  const errors = op.errors ?? [];
  return [
    `${op.name}: \`${op.http.method} ${op.http.requestUri}\` (boto3 \`client.${xformName(op.name)}(**kwargs)\`).`,
    required.length ? `Required: ${required.map(code).join(', ')}.` : 'No required parameters.',
    op.http.responseCode ? `Succeeds with HTTP ${op.http.responseCode}.` : '',
    op.httpChecksumRequired ? 'The service requires a body checksum: the SDK adds it.' : '',
    errors.length ? `Modeled errors: ${errors.map((e) => `\`s3.exceptions.${e}\``).join(', ')}.` : '',
    op.http.method === 'HEAD' ? 'A HEAD answer has no body: its errors are ClientErrors whose code is the status (`\'404\'`).' : '',
    facts.paginator ? `Pageable: \`get_paginator('${facts.paginator}')\`.` : '',
    facts.waiters.length ? `Polled by ${facts.waiters.map((w) => `\`get_waiter('${w}')\``).join(', ')}.` : '',
    `@param params ${op.input ? `\`${tsName(op.input.shape)}\`` : 'none'}`,
    '@param options `{ signal }`: an AbortSignal that cancels the call and its retries.',
  ];
}

export function exceptionDoc(model: ServiceModel, name: string): string[] {
  const raisedBy = Object.values(model.operations).filter((o) => (o.errors ?? []).includes(name)).map((o) => o.name);
  return [
    `Error code ${code(name)}: a ClientError subclass, for \`err instanceof s3.exceptions.${name}\`.`,
    raisedBy.length ? `Modeled on ${raisedBy.map(code).join(', ')}; raised by any operation answering with this code.` : 'Raised by any operation answering with this code.',
  ];
}

export function paginatorDoc(op: string, p: PaginatorModel): string[] {
  const list = (v: string | string[]) => [v].flat().map(code).join(', ');
  return [
    `${op}: sends ${list(p.input_token)} from ${list(p.output_token)}${p.limit_key ? `; PageSize sets ${code(p.limit_key)}` : ''}.`,
    `build_full_result() concatenates ${list(p.result_key)}${p.non_aggregate_keys?.length ? ` and keeps ${list(p.non_aggregate_keys)} of the first page` : ''}.`,
  ];
}

export function waiterDoc(name: string, w: WaiterModel): string[] {
  return [`${name}: polls ${w.operation} every ${w.delay} s, at most ${w.maxAttempts} times (WaiterConfig: Delay, MaxAttempts).`];
}
