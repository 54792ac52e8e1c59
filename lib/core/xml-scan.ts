// A small, strict XML scanner for service responses: elements, attributes, text, CDATA, comments and
// processing instructions; no DTDs or entity declarations at all. Text and attribute values stay
// entity-encoded (decoded on use), so nothing can expand. Iterative, so nesting depth cannot blow the stack.
// The scanner reports elements and text to a sink: the generic tree (scanXml) or a compiled reader.
import type { XmlElement, XmlNode } from './xml.js';
import { own, setOwn } from './own.js';

export class XmlSyntaxError extends Error {}

/** What the scanner reports, in document order; values are entity-encoded. */
export interface XmlSink {
  /** A start tag; `attributes` as [name, value, name, value, …], or undefined when it has none. */
  open(name: string, attributes: string[] | undefined): void;
  /** Text (CDATA encoded) inside the innermost open element. */
  text(chunk: string): void;
  /** The end of the innermost open element. */
  close(): void;
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
/**
 * The usual start tag in one native regex step (a fresh process runs the scanner before V8 has
 * optimized it; the regex is compiled to machine code at once): a name, attributes each after
 * whitespace, an optional '/'. Anything else goes to openTag, which reads it character by character.
 */
const START_TAG = /<([A-Za-z_:][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

interface Frame {
  name: string;
  node: XmlElement;
  text: string;
  hasChildren: boolean;
  hasAttributes: boolean;
}

/** The generic tree: an element is its text, or an object of its children (repeated ones as arrays), `@_attributes` and `#text`. */
class TreeBuilder implements XmlSink {
  readonly #stack: Frame[] = [];
  root?: { name: string; node: XmlNode };

  open(name: string, attributes: string[] | undefined): void {
    const frame: Frame = { name, node: {}, text: '', hasChildren: false, hasAttributes: attributes !== undefined };
    if (attributes) for (let i = 0; i < attributes.length; i += 2) frame.node[`@_${attributes[i]}`] = attributes[i + 1];
    this.#stack.push(frame);
  }

  text(chunk: string): void {
    this.#stack[this.#stack.length - 1]!.text += chunk;
  }

  close(): void {
    const frame = this.#stack.pop()!;
    let value: XmlNode;
    if (frame.hasChildren || frame.hasAttributes) {
      value = frame.node;
      if (frame.text && (!frame.hasChildren || frame.text.trim())) frame.node['#text'] = frame.text;
    } else {
      value = frame.text;
    }
    const parent = this.#stack[this.#stack.length - 1];
    if (!parent) {
      this.root = { name: frame.name, node: value };
      return;
    }
    parent.hasChildren = true;
    // element names are the server's: `<__proto__>` or `<constructor>` is an own member like any other
    const existing = own(parent.node, frame.name);
    if (existing === undefined) setOwn(parent.node, frame.name, value);
    else if (Array.isArray(existing)) existing.push(value);
    else setOwn(parent.node, frame.name, [existing, value]);
  }
}

export function scanXml(text: string, fast = true): { name: string; node: XmlNode } {
  const tree = new TreeBuilder();
  scanXmlInto(text, tree, fast);
  return tree.root!;
}

/**
 * Scan a whole document into `sink`; throws XmlSyntaxError unless it is one well-formed root element. Returns the root's name.
 * `fast: false` reads every start tag character by character: the reference the regex step must agree with (specs).
 */
export function scanXmlInto(text: string, sink: XmlSink, fast = true): string {
  const stack: string[] = [];
  let root: string | undefined;
  let i = 0;
  const fail = (why: string): never => {
    throw new XmlSyntaxError(`${why} at offset ${i}`);
  };
  const closed = () => {
    const name = stack.pop()!;
    if (!stack.length) {
      if (root !== undefined) throw new XmlSyntaxError('more than one root element');
      root = name;
    }
    sink.close();
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk) {
      if (stack.length) sink.text(chunk);
      else if (chunk.trim() && chunk !== '\uFEFF') fail('text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    const next = text.charCodeAt(i + 1);
    if (next === 0x2f /* / */) {
      const open = stack[stack.length - 1];
      // the usual case, `</open>`, without slicing; anything else is looked at closely
      const usual = open !== undefined && text.startsWith(open, i + 2) && text.charCodeAt(i + 2 + open.length) === 0x3e;
      const end = usual ? i + 2 + open.length : text.indexOf('>', i + 2);
      if (end < 0) fail('unterminated closing tag');
      const name = usual ? open : text.slice(i + 2, end).trim();
      if (open !== name) fail(`closing tag </${name}> does not match <${open ?? ''}>`);
      i = end + 1;
      closed();
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end < 0 || !stack.length) fail('misplaced CDATA section');
        // keep the invariant "values are entity-encoded": encode what CDATA carried literally
        sink.text(text.slice(i + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
        i = end + 3;
      } else {
        fail('document type declarations are not accepted');
      }
    } else if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else {
      START_TAG.lastIndex = i;
      const tag = fast ? START_TAG.exec(text) : null;
      if (tag) {
        const name = tag[1]!;
        i = START_TAG.lastIndex;
        stack.push(name);
        sink.open(name, tag[2] ? attributesOf(tag[2], name, fail) : undefined);
        if (tag[3]) closed();
      } else {
        i = openTag(text, i, stack, sink, fail, closed);
      }
    }
  }
  if (stack.length) throw new XmlSyntaxError(`unclosed element <${stack[stack.length - 1]!}>`);
  if (root === undefined) throw new XmlSyntaxError('no root element');
  return root;
}

/** [A-Za-z0-9_.:-] */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d;
}

/** [A-Za-z_:] */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

/** Parse `<name attr="v" …>` or `<name …/>` at `start`; returns the offset after it. */
function openTag(text: string, start: number, stack: string[], sink: XmlSink, fail: (why: string) => never, closed: () => void): number {
  // find the tag's end, skipping '>' inside quoted attribute values; a plain name first (the usual tag)
  let end = start + 1;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  let quote = 0;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e /* > */) break;
  }
  if (end >= text.length) fail('unterminated start tag');
  const selfClosing = text.charCodeAt(end - 1) === 0x2f;
  const innerEnd = selfClosing ? end - 1 : end;
  // the usual name (ASCII name characters up to the end or an ASCII space) without a regex
  let nameEnd = start + 1;
  while (nameEnd < innerEnd && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  const stop = nameEnd === innerEnd ? -1 : text.charCodeAt(nameEnd);
  const plain = nameEnd > start + 1 && isNameStart(text.charCodeAt(start + 1)) && (stop === -1 || stop === 0x20 || stop === 0x09 || stop === 0x0a || stop === 0x0d);
  const inner = plain && stop === -1 ? '' : text.slice(start + 1, innerEnd);
  const space = plain ? (stop === -1 ? -1 : nameEnd - start - 1) : inner.search(/\s/);
  const name = plain ? text.slice(start + 1, nameEnd) : space < 0 ? inner : inner.slice(0, space);
  if (!plain && !NAME.test(name)) fail(`invalid element name "${name}"`);
  stack.push(name);
  sink.open(name, space >= 0 ? attributesOf(inner.slice(space), name, fail) : undefined);
  if (selfClosing) closed();
  return end + 1;
}

/** `attrs` (what follows a start tag's name) as [name, value, …], or undefined when it holds none. */
function attributesOf(attrs: string, name: string, fail: (why: string) => never): string[] | undefined {
  let attributes: string[] | undefined;
  let at = 0;
  while (at < attrs.length) {
    while (at < attrs.length && /\s/.test(attrs[at]!)) at++;
    if (at >= attrs.length) break;
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(attrs);
    if (!m) fail(`malformed attribute in <${name}>`);
    (attributes ??= []).push(m![1]!, m![3] ?? m![4] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}
