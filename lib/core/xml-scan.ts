// A small, strict XML scanner for service responses: elements, attributes, text, CDATA, comments and
// processing instructions; no DTDs or entity declarations at all. Text and attribute values stay
// entity-encoded (decoded on use), so nothing can expand. Iterative, so nesting depth cannot blow the stack.
import type { XmlElement, XmlNode } from './xml.js';
import { own, setOwn } from './own.js';

export class XmlSyntaxError extends Error {}

interface Frame {
  name: string;
  node: XmlElement;
  text: string;
  hasChildren: boolean;
  hasAttributes: boolean;
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

export function scanXml(text: string): { name: string; node: XmlNode } {
  const stack: Frame[] = [];
  let root: { name: string; node: XmlNode } | undefined;
  let i = 0;
  const fail = (why: string): never => {
    throw new XmlSyntaxError(`${why} at offset ${i}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk) {
      if (stack.length) stack[stack.length - 1]!.text += chunk;
      else if (chunk.trim() && chunk !== '\uFEFF') fail('text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    const next = text.charCodeAt(i + 1);
    if (next === 0x3f /* ? */) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0 || !stack.length) fail('misplaced CDATA section');
      // keep the invariant "values are entity-encoded": encode what CDATA carried literally
      stack[stack.length - 1]!.text += text.slice(i + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;');
      i = end + 3;
    } else if (next === 0x21 /* ! */) {
      fail('document type declarations are not accepted');
    } else if (next === 0x2f /* / */) {
      const end = text.indexOf('>', i + 2);
      if (end < 0) fail('unterminated closing tag');
      const name = text.slice(i + 2, end).trim();
      const frame = stack.pop();
      if (!frame || frame.name !== name) fail(`closing tag </${name}> does not match <${frame?.name ?? ''}>`);
      i = end + 1;
      close(frame!);
    } else {
      i = openTag(text, i, stack, fail, (frame) => close(frame));
    }
  }
  if (stack.length) throw new XmlSyntaxError(`unclosed element <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new XmlSyntaxError('no root element');
  return root;

  function close(frame: Frame): void {
    let value: XmlNode;
    if (frame.hasChildren || frame.hasAttributes) {
      value = frame.node;
      if (frame.text && (!frame.hasChildren || frame.text.trim())) frame.node['#text'] = frame.text;
    } else {
      value = frame.text;
    }
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root) throw new XmlSyntaxError('more than one root element');
      root = { name: frame.name, node: value };
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

/** Parse `<name attr="v" …>` or `<name …/>` at `start`; returns the offset after it. */
function openTag(text: string, start: number, stack: Frame[], fail: (why: string) => never, close: (f: Frame) => void): number {
  // find the tag's end, skipping '>' inside quoted attribute values
  let end = start + 1;
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
  const inner = text.slice(start + 1, selfClosing ? end - 1 : end);
  const space = inner.search(/\s/);
  const name = space < 0 ? inner : inner.slice(0, space);
  if (!NAME.test(name)) fail(`invalid element name "${name}"`);
  const frame: Frame = { name, node: {}, text: '', hasChildren: false, hasAttributes: false };
  if (space >= 0) {
    const attrs = inner.slice(space);
    ATTRIBUTE.lastIndex = 0;
    let at = 0;
    while (at < attrs.length) {
      while (at < attrs.length && /\s/.test(attrs[at]!)) at++;
      if (at >= attrs.length) break;
      ATTRIBUTE.lastIndex = at;
      const m = ATTRIBUTE.exec(attrs);
      if (!m) fail(`malformed attribute in <${name}>`);
      setOwn(frame.node, `@_${m![1]}`, m![3] ?? m![4] ?? '');
      frame.hasAttributes = true;
      at = ATTRIBUTE.lastIndex;
    }
  }
  if (selfClosing) {
    stack.push(frame);
    close(stack.pop()!);
  } else {
    stack.push(frame);
  }
  return end + 1;
}
