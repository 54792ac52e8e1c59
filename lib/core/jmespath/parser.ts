// A top-down operator precedence (Pratt) parser with the binding powers of the specification and
// of the python library, so projections stop where they do there.
import type { Node } from './ast.js';
import { CURRENT } from './ast.js';
import { JMESPathError } from './errors.js';
import { checkArity, isFunction } from './functions.js';
import { type Token, type TokenType, syntaxError, tokenize } from './lexer.js';

const BP: Partial<Record<TokenType, number>> = {
  pipe: 1, or: 2, and: 3, cmp: 5, flatten: 9, star: 20, filter: 21, dot: 40, not: 45, lbrace: 50, lbracket: 55, lparen: 60,
};
const bp = (t: TokenType): number => BP[t] ?? 0;
/** Tokens binding looser than this end a projection: `a[*].b | c` applies `.b` to each item, `| c` to the list. */
const PROJECTION_STOP = 10;

export function parse(expr: string): Node {
  return new Parser(expr).parse();
}

class Parser {
  #tokens: Token[];
  #i = 0;
  constructor(readonly expr: string) {
    this.#tokens = tokenize(expr);
  }

  parse(): Node {
    const node = this.#expression(0);
    if (this.#peek().type !== 'eof') this.#fail(`unexpected ${this.#describe(this.#peek())}`);
    return node;
  }

  #peek(ahead = 0): Token {
    return this.#tokens[Math.min(this.#i + ahead, this.#tokens.length - 1)]!;
  }
  #next(): Token {
    const t = this.#peek();
    this.#i++;
    return t;
  }
  #expect(type: TokenType): Token {
    const t = this.#next();
    if (t.type !== type) this.#fail(`expected ${type}, found ${this.#describe(t)}`, t);
    return t;
  }
  #describe(t: Token): string {
    return t.type === 'eof' ? 'the end of the expression' : `${t.type} ${JSON.stringify(this.expr.slice(t.pos, t.pos + 10))}`;
  }
  #fail(msg: string, t: Token = this.#peek()): never {
    throw syntaxError(this.expr, t.pos, msg);
  }

  #expression(rbp: number): Node {
    let left = this.#nud(this.#next());
    while (rbp < bp(this.#peek().type)) left = this.#led(this.#next(), left);
    return left;
  }

  #nud(t: Token): Node {
    switch (t.type) {
      case 'literal':
        return { type: 'literal', value: t.value };
      case 'ident':
        return { type: 'field', name: t.value as string };
      case 'quoted':
        if (this.#peek().type === 'lparen') this.#fail('a quoted identifier cannot name a function', t);
        return { type: 'field', name: t.value as string };
      case 'current':
        return CURRENT;
      case 'star':
        return { type: 'values', left: CURRENT, right: this.#peek().type === 'rbracket' ? CURRENT : this.#projectionRhs(bp('star')) };
      case 'filter':
        return this.#filter(CURRENT);
      case 'flatten':
        return { type: 'project', left: { type: 'flatten', child: CURRENT }, right: this.#projectionRhs(bp('flatten')) };
      case 'lbrace':
        return this.#hash();
      case 'lparen': {
        const inner = this.#expression(0);
        this.#expect('rparen');
        return inner;
      }
      case 'not':
        return { type: 'not', child: this.#expression(bp('not')) };
      case 'expref':
        return { type: 'expref', child: this.#expression(0) };
      case 'lbracket': {
        const next = this.#peek().type;
        if (next === 'number' || next === 'colon') return this.#indexOrSlice(CURRENT);
        if (next === 'star' && this.#peek(1).type === 'rbracket') {
          this.#i += 2;
          return { type: 'project', left: CURRENT, right: this.#projectionRhs(bp('star')) };
        }
        return this.#list();
      }
      default:
        return this.#fail(`unexpected ${this.#describe(t)}`, t);
    }
  }

  #led(t: Token, left: Node): Node {
    switch (t.type) {
      case 'dot':
        if (this.#peek().type === 'star') {
          this.#next();
          return { type: 'values', left, right: this.#projectionRhs(bp('dot')) };
        }
        return { type: 'sub', left, right: this.#dotRhs(bp('dot')) };
      case 'pipe':
      case 'or':
      case 'and':
        return { type: t.type, left, right: this.#expression(bp(t.type)) };
      case 'cmp':
        return { type: 'cmp', op: t.value as string, left, right: this.#expression(bp('cmp')) };
      case 'flatten':
        return { type: 'project', left: { type: 'flatten', child: left }, right: this.#projectionRhs(bp('flatten')) };
      case 'filter':
        return this.#filter(left);
      case 'lparen':
        return this.#call(left, t);
      case 'lbracket': {
        const next = this.#peek().type;
        if (next === 'number' || next === 'colon') return this.#indexOrSlice(left);
        this.#expect('star');
        this.#expect('rbracket');
        return { type: 'project', left, right: this.#projectionRhs(bp('star')) };
      }
      default:
        return this.#fail(`unexpected ${this.#describe(t)}`, t);
    }
  }

  /** After `[` with a number or `:` next: `[n]` is an index; a slice projects like `[*]`. */
  #indexOrSlice(left: Node): Node {
    const colonAhead = this.#peek().type === 'colon' || this.#peek(1).type === 'colon';
    if (!colonAhead) {
      const index = this.#expect('number').value as number;
      this.#expect('rbracket');
      return left === CURRENT ? { type: 'index', index } : { type: 'sub', left, right: { type: 'index', index } };
    }
    const parts: (number | null)[] = [null, null, null];
    let part = 0;
    while (this.#peek().type !== 'rbracket') {
      const t = this.#next();
      if (t.type === 'colon' && part < 2) part++;
      else if (t.type === 'number' && parts[part] === null) parts[part] = t.value as number;
      else this.#fail(`unexpected ${this.#describe(t)} in a slice`, t);
    }
    this.#expect('rbracket');
    if (parts[2] === 0) throw new JMESPathError(`Invalid JMESPath expression ${JSON.stringify(this.expr)}: a slice step cannot be 0`, 'invalid-value');
    const slice: Node = { type: 'slice', start: parts[0]!, stop: parts[1]!, step: parts[2]! };
    const sliced: Node = left === CURRENT ? slice : { type: 'sub', left, right: slice };
    return { type: 'project', left: sliced, right: this.#projectionRhs(bp('star')) };
  }

  #filter(left: Node): Node {
    const cond = this.#expression(0);
    this.#expect('rbracket');
    const right = this.#peek().type === 'flatten' ? CURRENT : this.#projectionRhs(bp('filter'));
    return { type: 'filter', left, cond, right };
  }

  /** What a projection applies to each element: nothing (`@`) when a looser token ends it. */
  #projectionRhs(rbp: number): Node {
    const t = this.#peek().type;
    if (bp(t) < PROJECTION_STOP) return CURRENT;
    if (t === 'lbracket' || t === 'filter') return this.#expression(rbp);
    if (t === 'dot') {
      this.#next();
      return this.#dotRhs(rbp);
    }
    return this.#fail(`unexpected ${this.#describe(this.#peek())} after a projection`);
  }

  /** After `.`: an identifier, `*`, a multi-select list or hash; never an index or a literal. */
  #dotRhs(rbp: number): Node {
    const t = this.#peek().type;
    if (t === 'ident' || t === 'quoted' || t === 'star') return this.#expression(rbp);
    if (t === 'lbracket') {
      this.#next();
      return this.#list();
    }
    if (t === 'lbrace') {
      this.#next();
      return this.#hash();
    }
    return this.#fail(`unexpected ${this.#describe(this.#peek())} after '.'`);
  }

  #list(): Node {
    const items = this.#commaSeparated('rbracket', () => this.#expression(0));
    if (items.length === 0) this.#fail('a multi-select list needs at least one expression');
    return { type: 'list', items };
  }

  #hash(): Node {
    const entries = this.#commaSeparated('rbrace', (): [string, Node] => {
      const key = this.#next();
      if (key.type !== 'ident' && key.type !== 'quoted') this.#fail(`expected a key, found ${this.#describe(key)}`, key);
      this.#expect('colon');
      return [key.value as string, this.#expression(0)];
    });
    if (entries.length === 0) this.#fail('a multi-select hash needs at least one key');
    return { type: 'hash', entries };
  }

  /** `item (, item)* close`, or just `close` (the callers reject an empty list where the grammar does). */
  #commaSeparated<T>(close: TokenType, item: () => T): T[] {
    const items: T[] = [];
    if (this.#peek().type === close) {
      this.#next();
      return items;
    }
    for (;;) {
      items.push(item());
      const t = this.#next();
      if (t.type === close) return items;
      if (t.type !== 'comma') this.#fail(`expected ',' or ${close}, found ${this.#describe(t)}`, t);
    }
  }

  #call(left: Node, t: Token): Node {
    if (left.type !== 'field') this.#fail('only a name can be called as a function', t);
    const name = left.name;
    if (!isFunction(name)) throw new JMESPathError(`Unknown function: ${name}()`, 'unknown-function');
    const args = this.#commaSeparated('rparen', () => this.#expression(0));
    checkArity(name, args.length);
    return { type: 'call', name, args };
  }
}
