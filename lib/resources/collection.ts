// Collections (boto3 collection.py): immutable, lazily evaluated queries over a listing operation.
// all / filter / limit / page_size return new collections and send nothing; iterating, pages() and
// toArray() send the requests — through the client's paginator when the operation has one
// (limit → MaxItems, page_size → PageSize), else as one call. A manager (`bucket.objects`) has
// the same builders but is not iterable.
import { inspect } from 'node:util';
import { xformName } from '../core/naming.js';
import type { ResourceCollectionDef } from '../model/types.js';
import { ParamValidationError } from '../errors.js';
import type { ServiceResource } from './base.js';
import type { Named } from './model.js';
import { type CallOptions, type ResourceClient, callOperation } from './action.js';
import { createRequestParameters, mergeDicts } from './params.js';
import { callOptions, describe, inputParams } from '../core/own.js';
import type { ResourceHandler } from './response.js';

/** What a collection is built from: its definition, its parent resource and the handler of its pages. */
export interface CollectionSource {
  model: Named<ResourceCollectionDef>;
  parent: ServiceResource;
  handler: ResourceHandler;
}

interface Query {
  params: Record<string, unknown>;
  limit?: number;
  pageSize?: number;
}

function positive(name: string, count: unknown): number {
  if (!Number.isInteger(count) || (count as number) < 1) {
    throw new ParamValidationError([`Invalid value for ${name}: ${describe(count)}, expected a positive integer`]);
  }
  return count as number;
}

const filterParams = (params: unknown) => inputParams(params, 'filter parameters');

export class ResourceCollection<T extends ServiceResource = ServiceResource> implements AsyncIterable<T> {
  readonly #source: CollectionSource;
  readonly #query: Query;

  constructor(source: CollectionSource, query: Query = { params: {} }) {
    this.#source = source;
    this.#query = query;
  }

  #clone(change: Partial<Query>): this {
    const Cls = this.constructor as new (s: CollectionSource, q: Query) => this;
    return new Cls(this.#source, { ...this.#query, ...change });
  }

  /** A copy of this collection (no request). */
  all(): this {
    return this.#clone({});
  }

  /** A copy with these request params merged in (lists appended, as boto3's merge_dicts). */
  filter(params: Record<string, unknown> = {}): this {
    return this.#clone({ params: mergeDicts(this.#query.params, filterParams(params), true) });
  }

  /** A copy that yields at most `count` resources. */
  limit(count: number): this {
    return this.#clone({ limit: positive('limit', count) });
  }

  /** A copy that asks for `count` items per request. */
  page_size(count: number): this {
    return this.#clone({ pageSize: positive('page_size', count) });
  }

  /** The resources page by page; each iteration sends its requests anew. */
  async *pages(options?: CallOptions | null): AsyncGenerator<T[]> {
    options = callOptions(options);
    const { model, parent, handler } = this.#source;
    const client = parent.meta.client as ResourceClient;
    const { limit, pageSize } = this.#query;
    const base = await createRequestParameters(parent, model.def.request, {}, undefined, options.signal);
    const params = mergeDicts(base, this.#query.params, true);
    const method = xformName(model.def.request.operation);
    let responses: AsyncIterable<unknown> | unknown[];
    if (client.can_paginate(method)) {
      const PaginationConfig: Record<string, number> = {};
      if (limit !== undefined) PaginationConfig.MaxItems = limit;
      if (pageSize !== undefined) PaginationConfig.PageSize = pageSize;
      responses = client.get_paginator(method).paginate({ ...params, PaginationConfig }, options);
    } else {
      responses = [await callOperation(client, model.def.request.operation, params, options)];
    }
    let count = 0;
    for await (const response of responses) {
      const items: T[] = [];
      const built = handler.handle(parent, params, response);
      for (const item of Array.isArray(built) ? built : []) {
        items.push(item as T);
        count++;
        if (limit !== undefined && count >= limit) break;
      }
      yield items;
      if (limit !== undefined && count >= limit) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page;
  }

  /** Every resource of the collection, in order (Python's `list(collection)`). */
  async toArray(options?: CallOptions | null): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(options)) out.push(...page);
    return out;
  }

  [inspect.custom](): string {
    return `${this.#source.parent}.${this.#source.model.name}`;
  }
}

export type CollectionClass = new (source: CollectionSource, query?: Query) => ResourceCollection;

/** `bucket.objects`: builds collections; deliberately not iterable (call all() first). */
export class CollectionManager<T extends ServiceResource = ServiceResource> {
  readonly #source: CollectionSource;
  readonly #cls: CollectionClass;

  constructor(source: CollectionSource, cls: CollectionClass) {
    this.#source = source;
    this.#cls = cls;
  }

  /** A collection with these request params. */
  iterator(params: Record<string, unknown> = {}): ResourceCollection<T> {
    return new this.#cls(this.#source, { params: mergeDicts({}, filterParams(params), true) }) as ResourceCollection<T>;
  }

  all(): ResourceCollection<T> {
    return this.iterator();
  }

  filter(params: Record<string, unknown> = {}): ResourceCollection<T> {
    return this.iterator(params);
  }

  limit(count: number): ResourceCollection<T> {
    return this.iterator().limit(count);
  }

  page_size(count: number): ResourceCollection<T> {
    return this.iterator().page_size(count);
  }

  pages(options?: CallOptions | null): AsyncGenerator<T[]> {
    return this.iterator().pages(options);
  }

  [inspect.custom](): string {
    return `${this.#source.parent}.${this.#source.model.name}`;
  }
}
