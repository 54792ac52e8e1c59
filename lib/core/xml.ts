// Safe, fast XML: parse with our own strict scanner (no DTDs, no entity expansion, no value
// coercion, nothing trimmed) and decode the predefined entities on use; write with a small escaping builder.
import { type XmlSink, XmlSyntaxError, scanXml, scanXmlInto } from './xml-scan.js';

export type XmlNode = string | XmlElement;
export interface XmlElement {
  [name: string]: XmlNode | XmlNode[] | undefined;
}

/** Documents larger than this are refused rather than parsed (a hostile or broken server). */
export const MAX_XML_BYTES = 64 * 1024 * 1024;

export class XmlError extends Error {}

/** Parse a document; returns its root element name and content. */
export function parseXml(text: string): { name: string; node: XmlNode } {
  return guarded(text, scanXml);
}

/** Scan a document into `sink` (a compiled reader); returns the root element's name. */
export function parseXmlInto(text: string, sink: XmlSink): string {
  return guarded(text, (t) => scanXmlInto(t, sink));
}

/** The size limit and the one error type of both. */
function guarded<T>(text: string, scan: (text: string) => T): T {
  if (text.length > MAX_XML_BYTES) throw new XmlError(`XML document too large (${text.length} bytes)`);
  try {
    return scan(text);
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      const why = /document type/.test(err.message) ? 'XML document type declarations are not accepted' : `malformed XML: ${err.message}`;
      throw new XmlError(why);
    }
    throw err;
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five predefined entities and character references; anything else stays as it is. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) break;
    const decoded = entityValue(s, amp + 1, semi);
    if (decoded === undefined) continue;
    out += s.slice(from, amp) + decoded;
    from = semi + 1;
    amp = semi;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The text of the entity between `&` and `;` (s[start, end)), or undefined when it is none we decode. */
function entityValue(s: string, start: number, end: number): string | undefined {
  if (s.charCodeAt(start) !== 0x23 /* # */) return Object.hasOwn(NAMED, s.slice(start, end)) ? NAMED[s.slice(start, end)] : undefined;
  const hex = s.charCodeAt(start + 1) === 0x78 /* x */;
  const digits = s.slice(start + (hex ? 2 : 1), end);
  if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^\d+$/).test(digits)) return undefined;
  const cp = parseInt(digits, hex ? 16 : 10);
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
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
