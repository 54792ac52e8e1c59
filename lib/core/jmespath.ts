// JMESPath (https://jmespath.org/specification.html), as boto3's paginator.search(), waiters and
// resource paths use it through the python `jmespath` library: lexer (jmespath/lexer.ts), Pratt
// parser (jmespath/parser.ts), interpreter (jmespath/interpreter.ts) and the built-in functions
// (jmespath/functions.ts). Errors carry the compliance suite's kind: syntax, invalid-type,
// invalid-arity, invalid-value, unknown-function.
import { isPlainObject } from './own.js';
import { evaluate } from './jmespath/interpreter.js';
import { parse } from './jmespath/parser.js';

export { JMESPathError, type JMESPathErrorKind } from './jmespath/errors.js';
export { truthy } from './jmespath/values.js';

export interface CompiledExpression {
  readonly expression: string;
  search(data: unknown): unknown;
}

// search() runs once per page and waiters poll: parse each expression once
const cache = new Map<string, CompiledExpression>();
const CACHE_LIMIT = 512;

/** Parse once (cached); throws JMESPathError on a malformed expression or a bad function call. */
export function compile(expression: string): CompiledExpression {
  let found = cache.get(expression);
  if (!found) {
    const ast = parse(expression);
    found = Object.freeze({ expression, search: (data: unknown) => evaluate(ast, data) });
    // user expressions are unbounded: drop the oldest rather than grow forever
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(expression, found);
  }
  return found;
}

export function search(expression: string, data: unknown): unknown {
  return compile(expression).search(data);
}

/** Set a value at a plain dotted path (`a.b.c`), creating objects on the way (result keys). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(obj[part])) obj[part] = {};
    obj = obj[part] as Record<string, unknown>;
  }
  obj[parts.at(-1)!] = value;
}
