// XML documents for the parser specs: a valid sample of every output shape, mutations of it, and
// deterministic randomness to replay a failing case.
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import type { MemberRef, OperationModel, Shape } from '../../lib/model/types.js';

const model = new ModelView(s3Model);

/** A deterministic PRNG (mulberry32), so a failing case can be replayed. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid sample document for an output shape, every member present, lists of two. */
export function sample(shape: Shape, name: string, depth = 0): string {
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

export const MUTATIONS: ((doc: string, r: () => number) => string)[] = [
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

/** The operations whose answers are XML documents. */
export function xmlOutputs(view: ModelView = model): OperationModel[] {
  return Object.values(view.data.operations as Record<string, OperationModel>).filter((op) => {
    const out = op.output ? view.shape(op.output.shape) : undefined;
    if (!out) return false;
    const payload = out.payload ? view.of(out.members![out.payload]!) : undefined;
    return payload ? payload.type === 'structure' : Object.values(out.members ?? {}).some((m) => !m.location);
  });
}

/** The root element and a valid sample document of an operation's answer. */
export function sampleAnswer(op: OperationModel): string {
  const out = model.shape(op.output!.shape);
  const root = out.payload ? model.of(out.members![out.payload]!) : out;
  return sample(root, out.payload ? (out.members![out.payload]!.locationName ?? out.payload) : 'Root');
}


const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Texts a server (or a broken one) may send for a scalar of each type: well-formed, odd and wrong. */
const SCALAR_TEXTS: Record<string, readonly string[]> = {
  integer: ['42', '0', '-7', ' 12 ', '', '1e3', 'abc', '99999999999999999999'],
  float: ['4.5', '-0.25', '1e-3', ' 2 ', '', 'x'],
  boolean: ['true', 'false', ' true ', 'TRUE', 'maybe', ''],
  timestamp: [
    '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05Z', '1999-12-31T23:59:59.999Z', '2024-02-29T12:00:00.000Z',
    '2023-02-29T00:00:00.000Z', '2024-13-01T00:00:00.000Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00:60Z',
    '0999-01-01T00:00:00Z', ' 2024-01-02T03:04:05.000Z ', '2024-01-02T03:04:05.1Z', '2024-01-02T03:04:05+01:00',
    '2024-01-02', 'Tue, 02 Jan 2024 03:04:05 GMT', '1704164645', '1704164645.5', '-1', 'not-a-date', '',
  ],
  string: ['v', '', ' spaced ', 'a &amp; b', '&lt;x&gt;', '&#x41;&#66;', '&bogus;', 'ü€😀', '<![CDATA[a<b&c]]>'],
  blob: ['aGVsbG8=', '', '!!'],
};

function scalarText(shape: Shape, r: () => number): string {
  if (shape.enum && r() < 0.6) return pick(r, shape.enum);
  const kind = shape.type === 'long' ? 'integer' : shape.type === 'double' ? 'float' : shape.type;
  return pick(r, SCALAR_TEXTS[kind] ?? SCALAR_TEXTS.string!);
}

/**
 * A random document for `shape` as element `name`: members present or not, repeated, in any order,
 * unknown elements and attributes, whitespace, odd scalar texts, scalars with child elements.
 */
export function randomDocument(shape: Shape, name: string, r: () => number, depth = 0): string {
  const attrs = r() < 0.1 ? ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"' : '';
  const ws = () => (r() < 0.2 ? pick(r, ['\n  ', ' ', '\t']) : '');
  if (depth > 5 || r() < 0.03) return r() < 0.5 ? `<${name}${attrs}/>` : `<${name}${attrs}>${pick(r, SCALAR_TEXTS.string!)}</${name}>`;
  switch (shape.type) {
    case 'structure': {
      const parts: string[] = [];
      for (const [m, ref] of Object.entries(shape.members ?? {})) {
        if (ref.location || ref.xmlAttribute || r() < 0.3) continue;
        const copies = r() < 0.1 ? 2 : 1;
        for (let i = 0; i < copies; i++) parts.push(randomMember(ref, ref.locationName ?? m, r, depth + 1));
      }
      if (r() < 0.15) parts.push('<Unknown><Key>x</Key></Unknown>');
      if (r() < 0.3) parts.sort(() => r() - 0.5);
      return `<${name}${attrs}>${ws()}${parts.join(ws())}${ws()}</${name}>`;
    }
    case 'list': {
      const item = shape.member!;
      const n = Math.floor(r() * 4);
      const itemName = item.locationName ?? (r() < 0.8 ? 'member' : 'Other');
      const items = Array.from({ length: n }, () => randomDocument(model.of(item), r() < 0.05 ? 'Stray' : itemName, r, depth + 1));
      return shape.flattened ? items.join('') : `<${name}${attrs}>${items.join(ws())}</${name}>`;
    }
    case 'map':
      return `<${name}><entry><key>k</key><value>v</value></entry></${name}>`;
    default: {
      const text = scalarText(shape, r);
      if (r() < 0.05) return `<${name}${attrs}>${text}<Child>c</Child>${pick(r, ['', ' ', 'tail'])}</${name}>`;
      return `<${name}${attrs}>${text}</${name}>`;
    }
  }
}

function randomMember(ref: MemberRef, wire: string, r: () => number, depth: number): string {
  const shape = model.of(ref);
  if (shape.type === 'list' && shape.flattened) {
    const item = model.of(shape.member!);
    return Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomDocument(item, wire, r, depth)).join('');
  }
  return randomDocument(shape, wire, r, depth);
}

/** A random answer document of an operation (the root as the generic parser names it, or any name). */
export function randomAnswer(op: OperationModel, r: () => number): string {
  const out = model.shape(op.output!.shape);
  const payload = out.payload ? out.members![out.payload]! : undefined;
  const root = payload ? model.of(payload) : out;
  const rootName = payload ? (payload.locationName ?? out.payload!) : pick(r, ['Root', ...Object.keys(out.members ?? {})]);
  // sometimes a root that is only text (GetBucketLocation's form)
  if (r() < 0.05) return `<${rootName}>${pick(r, ['', 'us-south', ' ', '&amp;'])}</${rootName}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${randomDocument(root, rootName, r)}`;
}
