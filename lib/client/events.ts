// Named, hierarchical hooks (botocore style): a handler registered for 'before-call' or
// 'before-call.s3' also runs for 'before-call.s3.PutObject'. Handlers run in registration order,
// general names first, and may be async (each is awaited).
export type HookHandler = (args: Record<string, unknown> & { event_name: string }) => unknown;

export class HierarchicalEmitter {
  readonly #handlers = new Map<string, HookHandler[]>();
  /** handlersFor's answers (every call asks for ~6 names), dropped whenever a registration changes. */
  readonly #resolved = new Map<string, readonly HookHandler[]>();

  /** Add a handler for an event name or any prefix of it (`before-send`, `before-send.s3.GetObject`). */
  register(eventName: string, handler: HookHandler): this {
    const list = this.#handlers.get(eventName);
    if (list) list.push(handler);
    else this.#handlers.set(eventName, [handler]);
    this.#resolved.clear();
    return this;
  }

  /** Remove one registration of the handler (the latest), as botocore's unregister. */
  unregister(eventName: string, handler: HookHandler): this {
    const list = this.#handlers.get(eventName);
    const at = list ? list.lastIndexOf(handler) : -1;
    if (at >= 0) {
      list!.splice(at, 1);
      if (list!.length === 0) this.#handlers.delete(eventName);
      this.#resolved.clear();
    }
    return this;
  }

  /** EventEmitter-style aliases. */
  on(eventName: string, handler: HookHandler): this {
    return this.register(eventName, handler);
  }

  off(eventName: string, handler: HookHandler): this {
    return this.unregister(eventName, handler);
  }

  /** The handlers registered for exactly this name (a copy). */
  listeners(eventName: string): HookHandler[] {
    return [...(this.#handlers.get(eventName) ?? [])];
  }

  /** Run every handler for the name and its prefixes (general first), awaiting each; returns their results. */
  async emitHooks(eventName: string, args: Record<string, unknown>): Promise<unknown[]> {
    const results: unknown[] = [];
    for (const handler of this.handlersFor(eventName)) {
      results.push(await handler({ ...args, event_name: eventName }));
    }
    return results;
  }

  /** Run handlers until one returns something other than undefined/null, and return that. */
  async emitUntilResponse(eventName: string, args: Record<string, unknown>): Promise<unknown> {
    for (const handler of this.handlersFor(eventName)) {
      const result = await handler({ ...args, event_name: eventName });
      if (result !== undefined && result !== null) return result;
    }
    return undefined;
  }

  /** The handlers that run for a name: those of each prefix, general first (a snapshot, never changed). */
  handlersFor(eventName: string): readonly HookHandler[] {
    let handlers = this.#resolved.get(eventName);
    if (handlers) return handlers;
    const found: HookHandler[] = [];
    let end = eventName.indexOf('.');
    for (;;) {
      const list = this.#handlers.get(end < 0 ? eventName : eventName.slice(0, end));
      if (list) found.push(...list);
      if (end < 0) break;
      end = eventName.indexOf('.', end + 1);
    }
    handlers = Object.freeze(found);
    this.#resolved.set(eventName, handlers);
    return handlers;
  }
}
