// Safe, fast XML: parse with fast-xml-parser (no entity expansion, no value coercion, nothing trimmed)
// and decode the predefined entities ourselves; write with a small escaping builder.
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = string | XmlElement;
export interface XmlElement {
  [name: string]: XmlNode | XmlNode[] | undefined;
}

/** Documents larger than this are refused rather than parsed (a hostile or broken server). */
export const MAX_XML_BYTES = 64 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  textNodeName: '#text',
});

export class XmlError extends Error {}

/** Parse a document; returns its root element name and content. */
export function parseXml(text: string): { name: string; node: XmlNode } {
  if (text.length > MAX_XML_BYTES) throw new XmlError(`XML document too large (${text.length} bytes)`);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlError('XML document type declarations are not accepted');
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text, true) as Record<string, unknown>;
  } catch (err) {
    throw new XmlError(`malformed XML: ${(err as Error).message}`);
  }
  const roots = Object.keys(doc).filter((k) => k !== '#text' && !k.startsWith('?'));
  if (roots.length !== 1) throw new XmlError(`expected one root element, found ${roots.length}`);
  const name = roots[0]!;
  const node = doc[name];
  return { name, node: (Array.isArray(node) ? node[0] : node) as XmlNode };
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five predefined entities and character references; anything else stays as it is. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const cp = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** The text content of a parsed node (an element with attributes keeps its text under '#text'). */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return decodeEntities(node);
  const t = node['#text'];
  return typeof t === 'string' ? decodeEntities(t) : '';
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === "'" ? '&apos;' : '&#13;',
  );
}
