// Generates lib/generated/s3-shapes.ts: one interface per structure the operations reach, one open
// union per enum, each with JSDoc from the model's facts (scripts/codegen-docs.ts). Optional
// members are `?: T | undefined`, so users with exactOptionalPropertyTypes may pass `undefined`.
import type { MemberRef, ServiceModel } from '../lib/model/types.js';
import { type DocContext, enumDoc, jsdoc, memberDoc, shapeDoc, tsName } from './codegen-docs.js';

/** Members whose accepted input is wider than their wire type (S3 customizations convert them). */
export const INPUT_OVERRIDES: Record<string, { type: string; note: string }> = {
  CopySource: {
    type: 'string | CopySourceDict',
    note: '`bucket/key`, `bucket/key?versionId=…` or `{ Bucket, Key, VersionId }`; the SDK URL-encodes it.',
  },
  SSECustomerKey: {
    type: 'string | Uint8Array',
    note: 'The raw key; the SDK base64-encodes it and fills SSECustomerKeyMD5 (a string given with its MD5 is sent as it is).',
  },
  CopySourceSSECustomerKey: {
    type: 'string | Uint8Array',
    note: 'The raw key; the SDK base64-encodes it and fills CopySourceSSECustomerKeyMD5 (a string given with its MD5 is sent as it is).',
  },
};

export const INPUT_NOTES: Record<string, string> = Object.fromEntries(Object.entries(INPUT_OVERRIDES).map(([m, o]) => [m, o.note]));

type Direction = 'input' | 'output';

function reachable(model: ServiceModel, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = model.shapes[name]!;
    for (const ref of [...Object.values(s.members ?? {}), s.member, s.key, s.value]) if (ref) visit(ref.shape);
  };
  roots.forEach(visit);
  return seen;
}

/** The TypeScript type of a member (shape names as generated). */
export function typeOf(model: ServiceModel, ref: MemberRef, direction: Direction, topInput: boolean): string {
  const shape = model.shapes[ref.shape]!;
  if (shape.enum) return tsName(ref.shape);
  switch (shape.type) {
    case 'structure':
      return tsName(ref.shape);
    case 'list':
      return `${wrap(typeOf(model, shape.member!, direction, false))}[]`;
    case 'map':
      return `Record<string, ${typeOf(model, shape.value!, direction, false)}>`;
    case 'string':
      return 'string';
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return topInput ? 'Date | string' : 'Date';
    case 'blob':
      if (direction === 'output') return shape.streaming ? 'StreamingBody' : 'Buffer';
      return shape.streaming ? 'StreamingBlobInput' : 'BlobInput';
  }
}

function wrap(t: string): string {
  return t.includes(' ') ? `(${t})` : t;
}

export function generateShapes(ctx: DocContext, header: string): string {
  const model = ctx.model;
  for (const name of Object.keys(model.shapes)) {
    if (tsName(name) !== name && model.shapes[tsName(name)]) throw new Error(`shape ${name} would be renamed to ${tsName(name)}, which exists`);
  }
  const ops = Object.values(model.operations);
  const operationOf = new Map<string, { op: string; role: 'input' | 'output' }>();
  for (const o of ops) {
    if (o.input) operationOf.set(o.input.shape, { op: o.name, role: 'input' });
    if (o.output) operationOf.set(o.output.shape, { op: o.name, role: 'output' });
  }
  const inputs = new Set(ops.flatMap((o) => (o.input ? [o.input.shape] : [])));
  const outputs = new Set(ops.flatMap((o) => (o.output ? [o.output.shape] : [])));
  const inputReach = reachable(model, [...inputs]);
  const outputReach = reachable(model, [...outputs]);
  const lines: string[] = [
    header,
    "import type { BlobInput, StreamingBlobInput } from '../core/body.js';",
    "import type { StreamingBody } from '../protocol/streaming-body.js';",
    "import type { ResponseMetadata } from '../errors.js';",
    '',
    '/** CopySource given as an object: the SDK builds the URL-encoded header. */',
    'export interface CopySourceDict {',
    '  /** Required. The source bucket. */',
    '  Bucket: string;',
    '  /** Required. The source key. */',
    '  Key: string;',
    '  /** The source version (sent as `?versionId=`). */',
    '  VersionId?: string | undefined;',
    '}',
    '',
    '/** Every successful response carries the HTTP metadata. */',
    'export interface WithMetadata {',
    '  /** Request id, HTTP status and headers, and how many retries the call took. */',
    '  ResponseMetadata: ResponseMetadata;',
    '}',
    '',
  ];
  for (const name of Object.keys(model.shapes).sort()) {
    const shape = model.shapes[name]!;
    if (shape.enum) {
      // open unions: the known values complete in editors, and new service values still type-check
      lines.push(...jsdoc(enumDoc(ctx, name, shape.enum)));
      lines.push(`export type ${tsName(name)} = ${shape.enum.map((v) => `'${v.replace(/'/g, "\\'")}'`).join(' | ')} | (string & {});`, '');
      continue;
    }
    if (shape.type !== 'structure' || shape.exception) continue;
    if (!inputReach.has(name) && !outputReach.has(name)) continue;
    const direction: Direction = inputReach.has(name) && !outputReach.has(name) ? 'input' : 'output';
    const topInput = inputs.has(name);
    const required = new Set(shape.required ?? []);
    lines.push(...jsdoc(shapeDoc(ctx, name, operationOf)), `export interface ${tsName(name)} {`);
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      let type = typeOf(model, ref, direction, topInput);
      if (topInput && INPUT_OVERRIDES[member]) type = INPUT_OVERRIDES[member]!.type;
      lines.push(...jsdoc(memberDoc(ctx, shape, member, ref, topInput), '  '));
      lines.push(required.has(member) ? `  ${member}: ${type};` : `  ${member}?: ${type} | undefined;`);
    }
    lines.push('}', '');
  }
  return lines.join('\n');
}
