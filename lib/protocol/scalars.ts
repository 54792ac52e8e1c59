// Answer values from their wire text, as botocore's RestXMLParser converts them: the leaf rules
// every response parser (the generic one and any compiled one) must share to give the same output.
import type { Shape } from '../model/types.js';
import { parseTimestamp } from './timestamp.js';

/** A header's value; undefined when it is no value of the member's type. */
export function headerScalar(shape: Shape, raw: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const n = Number(raw);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'list':
      return raw.split(',').map((s) => s.trim());
    default:
      return xmlScalar(shape, raw);
  }
}

/** An element's (or attribute's) text; undefined when it is no value of the member's type. */
export function xmlScalar(shape: Shape, text: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return text.trim() === '' ? undefined : parseInt(text, 10);
    case 'float':
    case 'double':
      return text.trim() === '' ? undefined : parseFloat(text);
    case 'boolean':
      // botocore: exactly 'true' is true
      return text === 'true';
    case 'timestamp':
      // as botocore, whatever the member's timestampFormat: the format is recognised
      return parseTimestamp(text);
    case 'blob':
      return Buffer.from(text, 'base64');
    default:
      return text;
  }
}

/** A member carried as the root element's text (GetBucketLocation): an empty root is null, botocore's None. */
export function rootText(text: string): string | null {
  return text === '' ? null : text;
}
