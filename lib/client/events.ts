// Named, hierarchical hooks (botocore style): a handler registered for 'before-call' or
// 'before-call.s3' also runs for 'before-call.s3.PutObject', and a `*` part matches any one part
// ('before-call.*.PutObject'). Handlers run in registration order, general names first, and may be async (each is awaited). Given a service's operations table
// (HierarchicalEmitter<ServiceOperations<S3Operations, 's3'>>), registration is typed by event name (see hooks.ts).
import type { HookEventName, HookHandlerFor } from './hooks.js';

/** A hook: gets the event's arguments (typed by event name on a client's meta.events, see hooks.ts). */
export type HookHandler<Args = Record<string, unknown> & { event_name: string }, Result = unknown> = (args: Args) => Result;

/** An event name: the service's typed names complete in editors; any other string is allowed too. */
type EventName<Ops> = HookEventName<Ops> | (string & {});

// Ops: the operations table hooks are typed from (ServiceOperations); the default `any` leaves them untyped.
export class HierarchicalEmitter<Ops = any> {
  readonly #handlers = new Map<string, HookHandler[]>();
  /** Registered names with a `*` part, split into parts (none: emitting costs nothing more). */
  readonly #wildcards = new Map<string, string[]>();
  /** handlersFor's answers (every call asks for ~6 names), dropped whenever a registration changes. */
  readonly #resolved = new Map<string, readonly HookHandler[]>();

  /** Add a handler for an event name or any prefix of it (`before-send`, `before-send.s3.GetObject`). */
  register<E extends EventName<Ops>>(eventName: E, handler: HookHandlerFor<Ops, E>): this {
    // stored untyped: the arguments' types are for the caller, the emitter passes whatever the event has
    const list = this.#handlers.get(eventName);
    if (list) list.push(handler as HookHandler);
    else this.#handlers.set(eventName, [handler as HookHandler]);
    if (eventName.split('.').includes('*')) this.#wildcards.set(eventName, eventName.split('.'));
    this.#resolved.clear();
    return this;
  }

  /** Remove one registration of the handler (the latest), as botocore's unregister. */
  unregister<E extends EventName<Ops>>(eventName: E, handler: HookHandlerFor<Ops, E>): this {
    const list = this.#handlers.get(eventName);
    const at = list ? list.lastIndexOf(handler as HookHandler) : -1;
    if (at >= 0) {
      list!.splice(at, 1);
      if (list!.length === 0) {
        this.#handlers.delete(eventName);
        this.#wildcards.delete(eventName);
      }
      this.#resolved.clear();
    }
    return this;
  }

  /** The handlers registered for exactly this name (a copy). */
  listeners(eventName: string): HookHandler[] {
    return [...(this.#handlers.get(eventName) ?? [])];
  }

  /** Run every handler for the name and its prefixes (general first), awaiting each; returns their results. */
  async emitHooks(eventName: string, args: Record<string, unknown>): Promise<unknown[]> {
    const handlers = this.handlersFor(eventName);
    const results: unknown[] = [];
    for (const handler of handlers) {
      // a plain value is not awaited: a microtask per synchronous hook adds up on every call
      const result = handler({ ...args, event_name: eventName });
      results.push(isThenable(result) ? await result : result);
    }
    return results;
  }

  /** Run handlers until one returns something other than undefined/null, and return that. */
  async emitUntilResponse(eventName: string, args: Record<string, unknown>): Promise<unknown> {
    for (const handler of this.handlersFor(eventName)) {
      const returned = handler({ ...args, event_name: eventName });
      const result = isThenable(returned) ? await returned : returned;
      if (result !== undefined && result !== null) return result;
    }
    return undefined;
  }

  /** Whether any handler runs for the name: callers skip building an event's arguments when none does. */
  hasHandlers(eventName: string): boolean {
    return this.handlersFor(eventName).length > 0;
  }

  /** The handlers that run for a name: those of each prefix, general first, a prefix's wildcard names after it (a snapshot, never changed). */
  handlersFor(eventName: string): readonly HookHandler[] {
    let handlers = this.#resolved.get(eventName);
    if (handlers) return handlers;
    const found: HookHandler[] = [];
    const parts = this.#wildcards.size ? eventName.split('.') : [];
    let end = eventName.indexOf('.');
    for (let depth = 1; ; depth++) {
      const list = this.#handlers.get(end < 0 ? eventName : eventName.slice(0, end));
      if (list) found.push(...list);
      if (parts.length) this.#pushWildcards(parts, depth, found);
      if (end < 0) break;
      end = eventName.indexOf('.', end + 1);
    }
    handlers = Object.freeze(found);
    this.#resolved.set(eventName, handlers);
    return handlers;
  }

  #pushWildcards(parts: string[], depth: number, handlers: HookHandler[]): void {
    for (const [name, pattern] of this.#wildcards) {
      if (pattern.length === depth && pattern.every((p, i) => p === '*' || p === parts[i])) handlers.push(...this.#handlers.get(name)!);
    }
  }
}

/** The hook events of one operation's calls, by when they fire. */
export interface OperationEvents {
  beforeParameterBuild: string;
  beforeCall: string;
  beforeSign: string;
  beforeSend: string;
  needsRetry: string;
  afterCall: string;
  afterCallError: string;
}

/** The event names of an operation's calls; `suffix` is `.<service>.<Operation>`. */
export function operationEvents(suffix: string): OperationEvents {
  return {
    beforeParameterBuild: `before-parameter-build${suffix}`,
    beforeCall: `before-call${suffix}`,
    beforeSign: `before-sign${suffix}`,
    beforeSend: `before-send${suffix}`,
    needsRetry: `needs-retry${suffix}`,
    afterCall: `after-call${suffix}`,
    afterCallError: `after-call-error${suffix}`,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as PromiseLike<unknown>).then === 'function';
}
