// Named, hierarchical hooks (botocore style): a handler registered for 'before-call' or
// 'before-call.s3' also runs for 'before-call.s3.PutObject'. Built on eventemitter3.
import { EventEmitter } from 'eventemitter3';

export type HookHandler = (args: Record<string, unknown> & { event_name: string }) => unknown;

export class HierarchicalEmitter extends EventEmitter<string> {
  /** Add a handler for an event name or any prefix of it (`before-send`, `before-send.s3.GetObject`). */
  register(eventName: string, handler: HookHandler): this {
    return this.on(eventName, handler);
  }

  unregister(eventName: string, handler: HookHandler): this {
    return this.off(eventName, handler);
  }

  /** Run every handler for the name and its prefixes (general first), awaiting each; returns their results. */
  async emitHooks(eventName: string, args: Record<string, unknown>): Promise<unknown[]> {
    const results: unknown[] = [];
    for (const handler of this.#handlersFor(eventName)) {
      results.push(await handler({ ...args, event_name: eventName }));
    }
    return results;
  }

  /** Run handlers until one returns something other than undefined/null, and return that. */
  async emitUntilResponse(eventName: string, args: Record<string, unknown>): Promise<unknown> {
    for (const handler of this.#handlersFor(eventName)) {
      const result = await handler({ ...args, event_name: eventName });
      if (result !== undefined && result !== null) return result;
    }
    return undefined;
  }

  #handlersFor(eventName: string): HookHandler[] {
    const parts = eventName.split('.');
    const handlers: HookHandler[] = [];
    for (let i = 1; i <= parts.length; i++) {
      handlers.push(...(this.listeners(parts.slice(0, i).join('.')) as HookHandler[]));
    }
    return handlers;
  }
}
