/** A parsed expression. `sub` applies `right` to what `left` gives (a.b, a[0], a.[b, c], a.b(...)). */
export type Node =
  | { type: 'field'; name: string }
  | { type: 'current' }
  | { type: 'literal'; value: unknown }
  | { type: 'sub'; left: Node; right: Node }
  | { type: 'index'; index: number }
  | { type: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { type: 'project'; left: Node; right: Node }
  | { type: 'values'; left: Node; right: Node }
  | { type: 'filter'; left: Node; cond: Node; right: Node }
  | { type: 'flatten'; child: Node }
  | { type: 'or' | 'and' | 'pipe'; left: Node; right: Node }
  | { type: 'not'; child: Node }
  | { type: 'cmp'; op: string; left: Node; right: Node }
  | { type: 'list'; items: Node[] }
  | { type: 'hash'; entries: [string, Node][] }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'expref'; child: Node };

export const CURRENT: Node = Object.freeze({ type: 'current' });
