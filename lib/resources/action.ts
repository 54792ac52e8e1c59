// The callables behind resource methods (boto3 action.py): an action runs one operation with
// params from the resource and the caller; a batch action runs one operation per collection page;
// a waiter action runs a client waiter with the resource's identifiers.
import { xformName } from '../core/naming.js';
import type { ResourceAction, ResourceWaiter, ServiceModel } from '../model/types.js';
import type { ServiceResource } from './base.js';
import { createRequestParameters, getDataMember } from './params.js';
import { assignOwn, callOptions, inputParams } from '../core/own.js';
import { UnknownOperationError } from '../errors.js';
import { type ResourceBuilder, ResourceHandler, needsData, rawResult } from './response.js';

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** What the engine needs of a client: its operation methods (snake_case), paginators and waiters. */
export interface ResourceClient {
  can_paginate(operation_name: string): boolean;
  get_paginator(operation_name: string): {
    paginate(params: Record<string, unknown>, options?: CallOptions): AsyncIterable<Record<string, unknown>>;
  };
  get_waiter(waiter_name: string): { wait(params: Record<string, unknown>, options?: CallOptions): Promise<void> };
}

/** Call the client method of an operation (`ListObjects` → `client.list_objects(params, options)`). */
export async function callOperation(client: unknown, operation: string, params: Record<string, unknown>, options?: CallOptions): Promise<unknown> {
  const method = xformName(operation);
  const fn = (client as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new UnknownOperationError(`the client has no method ${method} (operation ${operation})`);
  return (fn as (p: Record<string, unknown>, o?: CallOptions) => Promise<unknown>).call(client, params, options);
}

export class ServiceAction {
  readonly #handler?: ResourceHandler;

  constructor(
    readonly definition: ResourceAction,
    builder: ResourceBuilder,
    serviceModel?: ServiceModel,
  ) {
    if (definition.resource) this.#handler = new ResourceHandler(definition.resource, builder, definition.request.operation, serviceModel);
  }

  async call(parent: ServiceResource, params?: Record<string, unknown>, options?: CallOptions): Promise<unknown> {
    const { request, resource, path } = this.definition;
    const given = inputParams(params);
    options = callOptions(options);
    const sent = await createRequestParameters(parent, request, {}, undefined, options.signal);
    assignOwn(sent, given); // the caller's params win, as boto3's params.update(kwargs)
    const response = await callOperation(parent.meta.client, request.operation, sent, options);
    if (!this.#handler) return rawResult(path, response);
    if (needsData(resource!.identifiers) && parent.meta.data === null) await getDataMember(parent, '@', options.signal);
    return this.#handler.handle(parent, sent, response);
  }
}

/** Anything whose pages are lists of resources: a collection. */
export interface Paged {
  pages(options?: CallOptions): AsyncIterable<ServiceResource[]>;
}

export class BatchAction {
  constructor(readonly definition: ResourceAction) {}

  /** One request per non-empty page, built from every resource of the page; the responses, in order. */
  async call(collection: Paged, params?: Record<string, unknown>, options?: CallOptions): Promise<unknown[]> {
    const { request } = this.definition;
    const extra = inputParams(params);
    options = callOptions(options);
    const responses: unknown[] = [];
    for await (const page of collection.pages(options)) {
      const sent: Record<string, unknown> = {};
      for (const [index, resource] of page.entries()) await createRequestParameters(resource, request, sent, index, options.signal);
      // an empty page ends the batch: nothing to send
      if (!page.length || !Object.keys(sent).length) break;
      assignOwn(sent, extra);
      responses.push(await callOperation(page[0]!.meta.client, request.operation, sent, options));
    }
    return responses;
  }
}

export class WaiterAction {
  constructor(readonly definition: ResourceWaiter) {}

  async call(parent: ServiceResource, params?: Record<string, unknown>, options?: CallOptions): Promise<void> {
    const given = inputParams(params);
    options = callOptions(options);
    const sent = await createRequestParameters(parent, this.definition, {}, undefined, options.signal);
    assignOwn(sent, given);
    const client = parent.meta.client as ResourceClient;
    await client.get_waiter(xformName(this.definition.waiterName)).wait(sent, options);
  }
}
