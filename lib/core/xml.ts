// Safe, fast XML: parse with our own strict scanner (no DTDs, no entity expansion, no value
// coercion, nothing trimmed) and decode the predefined entities on use; write with a small escaping builder.
import { XmlSyntaxError, scanXml } from './xml-scan.js';

export type XmlNode = string | XmlElement;
export interface XmlElement {
  [name: string]: XmlNode | XmlNode[] | undefined;
}

/** Documents larger than this are refused rather than parsed (a hostile or broken server). */
export const MAX_XML_BYTES = 64 * 1024 * 1024;

export class XmlError extends Error {}

/** Parse a document; returns its root element name and content. */
export function parseXml(text: string): { name: string; node: XmlNode } {
  if (text.length > MAX_XML_BYTES) throw new XmlError(`XML document too large (${text.length} bytes)`);
  try {
    return scanXml(text);
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      const why = /document type/.test(err.message) ? 'XML document type declarations are not accepted' : `malformed XML: ${err.message}`;
      throw new XmlError(why);
    }
    throw err;
  }
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
