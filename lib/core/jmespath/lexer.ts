// Tokens of the JMESPath grammar (https://jmespath.org/specification.html).
import { JMESPathError } from './errors.js';

export type TokenType =
  | 'ident' | 'quoted' | 'number' | 'literal' | 'eof'
  | 'dot' | 'star' | 'flatten' | 'filter' | 'lbracket' | 'rbracket' | 'lbrace' | 'rbrace'
  | 'lparen' | 'rparen' | 'comma' | 'colon' | 'current' | 'expref'
  | 'pipe' | 'or' | 'and' | 'not' | 'cmp';

export interface Token {
  type: TokenType;
  value?: unknown;
  pos: number;
}

/** Punctuation, longest first so `||` is not read as two pipes. */
const PUNCTUATION: [string, TokenType][] = [
  ['[]', 'flatten'], ['[?', 'filter'], ['||', 'or'], ['&&', 'and'],
  ['==', 'cmp'], ['!=', 'cmp'], ['<=', 'cmp'], ['>=', 'cmp'], ['<', 'cmp'], ['>', 'cmp'],
  ['!', 'not'], ['|', 'pipe'], ['&', 'expref'], ['[', 'lbracket'], [']', 'rbracket'], ['{', 'lbrace'], ['}', 'rbrace'],
  ['(', 'lparen'], [')', 'rparen'], [',', 'comma'], [':', 'colon'], ['@', 'current'], ['.', 'dot'], ['*', 'star'],
];

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function syntaxError(expr: string, pos: number, msg: string): JMESPathError {
  return new JMESPathError(`Invalid JMESPath expression ${JSON.stringify(expr)} at ${pos}: ${msg}`, 'syntax');
}

export function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  /** The text up to the next unescaped `end` (a backslash escapes anything); i moves past `end`. */
  const delimited = (end: string): string => {
    const start = i;
    let j = i + 1;
    while (j < expr.length && expr[j] !== end) j += expr[j] === '\\' ? 2 : 1;
    if (j >= expr.length) throw syntaxError(expr, start, `unterminated ${end}`);
    i = j + 1;
    return expr.slice(start + 1, j);
  };
  while (i < expr.length) {
    const c = expr[i]!;
    const pos = i;
    if (WHITESPACE.has(c)) i++;
    else if (/[A-Za-z_]/.test(c)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i))![0];
      tokens.push({ type: 'ident', value: name, pos });
      i += name.length;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?[0-9]+/.exec(expr.slice(i));
      if (!m) throw syntaxError(expr, pos, "expected a digit after '-'");
      tokens.push({ type: 'number', value: Number(m[0]), pos });
      i += m[0].length;
    } else if (c === '"') tokens.push({ type: 'quoted', value: quotedIdentifier(expr, pos, delimited('"')), pos });
    else if (c === "'") tokens.push({ type: 'literal', value: delimited("'").replace(/\\'/g, "'"), pos });
    else if (c === '`') tokens.push({ type: 'literal', value: jsonLiteral(expr, pos, delimited('`').replace(/\\`/g, '`')), pos });
    else {
      const op = PUNCTUATION.find(([text]) => expr.startsWith(text, i));
      if (!op) throw syntaxError(expr, pos, `unexpected character ${JSON.stringify(c)}`);
      tokens.push({ type: op[1], value: op[1] === 'cmp' ? op[0] : undefined, pos });
      i += op[0].length;
    }
  }
  tokens.push({ type: 'eof', pos: expr.length });
  return tokens;
}

/** A quoted identifier is a JSON string: JSON.parse gives its escapes, \uXXXX surrogate pairs included. */
function quotedIdentifier(expr: string, pos: number, body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    throw syntaxError(expr, pos, `invalid quoted identifier "${body}"`);
  }
}

/** `json`; like the python library, text that is not JSON is still read as a string (the spec's deprecated form). */
function jsonLiteral(expr: string, pos: number, body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(`"${body.trimStart()}"`);
    } catch {
      throw syntaxError(expr, pos, `invalid JSON literal \`${body}\``);
    }
  }
}
