// A client double for resource specs: any snake_case method records its call and answers from a
// handler (default `{}`); paginators are the real engine (lib/client/paginator.ts) over the same
// recorded calls, so PaginationConfig behaves as on a real client; waiters record their wait().
import { Paginator } from '../../lib/client/paginator.js';
import { xformName } from '../../lib/core/naming.js';
import type { PaginatorModel } from '../../lib/model/types.js';

export interface Call {
  method: string;
  params: Record<string, unknown>;
  options?: { signal?: AbortSignal };
}

/** Answers one call; `index` counts the calls of this method so far (0-based). */
export type Handler = (params: Record<string, unknown>, index: number) => unknown;

export interface SpyClient {
  readonly calls: Call[];
  readonly handlers: Record<string, Handler>;
  /** Calls of one method (a waiter's wait() is recorded as `wait:<waiter_name>`). */
  callsOf(method: string): Call[];
  reset(): void;
  can_paginate(method: string): boolean;
  get_paginator(method: string): Paginator;
  get_waiter(name: string): { wait(params?: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<void> };
  [method: string]: unknown;
}

/** Copies plain data so a recorded call keeps its params as they were sent. */
function snapshot<T>(v: T): T {
  if (Array.isArray(v)) return v.map(snapshot) as T;
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, snapshot(x)])) as T;
  }
  return v;
}

/** `paginators` by operation name (`ListObjects`), as the service's paginator data. */
export function spyClient(options: { handlers?: Record<string, Handler>; paginators?: Record<string, PaginatorModel> } = {}): SpyClient {
  const calls: Call[] = [];
  const handlers: Record<string, Handler> = { ...options.handlers };
  const byMethod = new Map(Object.entries(options.paginators ?? {}).map(([op, p]) => [xformName(op), p]));
  const invoke = async (method: string, params: Record<string, unknown> = {}, callOptions?: { signal?: AbortSignal }) => {
    const index = calls.filter((c) => c.method === method).length;
    calls.push({ method, params: snapshot(params), options: callOptions });
    const handler = handlers[method];
    return ((handler ? await handler(params, index) : undefined) ?? {}) as Record<string, unknown>;
  };
  const base = {
    calls,
    handlers,
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    reset: () => void calls.splice(0),
    can_paginate: (method: string) => byMethod.has(method),
    get_paginator: (method: string) => {
      const model = byMethod.get(method);
      if (!model) throw new Error(`spy client: no paginator for ${method}`);
      return new Paginator((params, o) => invoke(method, params, o), model);
    },
    get_waiter: (name: string) => ({
      wait: async (params: Record<string, unknown> = {}, o?: { signal?: AbortSignal }) => {
        await invoke(`wait:${name}`, params, o);
      },
    }),
  };
  return new Proxy(base, {
    get(target, prop, receiver) {
      if (typeof prop !== 'string' || prop in target) return Reflect.get(target, prop, receiver);
      // operation methods are snake_case; anything else (then, toJSON, …) is absent, as on a real client
      if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(prop) || prop === 'then') return undefined;
      return (params?: Record<string, unknown>, o?: { signal?: AbortSignal }) => invoke(prop, params, o);
    },
  }) as unknown as SpyClient;
}
