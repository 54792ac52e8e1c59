// The static face of factory-built resources: generated interfaces (lib/generated/*-resources.ts)
// extend these, so a resource's client, data, collections and batch actions are typed while the
// runtime classes stay generic.
import type { CallOptions } from './action.js';
import type { ResourceModelView } from './model.js';

export interface TypedMeta<Client, Data> {
  client: Client;
  /** The loaded data, or the item a listing returned; null until then. */
  data: Data | null;
  readonly service_name: string;
  /** Identifier names in declared order. */
  readonly identifiers: string[];
  readonly resource_model: ResourceModelView;
}

export interface Resource<Client = unknown, Data = Record<string, unknown>> {
  readonly meta: TypedMeta<Client, Data>;
  /** Same class and identifiers. */
  equals(other: unknown): boolean;
  /** Names of the sub-resource constructors (`['Acl', 'Bucket', …]`). */
  get_available_subresources(): string[];
  /** The identifiers. */
  toJSON(): Record<string, unknown>;
}

/** An immutable query: builders return new collections and send nothing; iteration sends the requests. */
export interface CollectionBase<T, Filter, Batch> extends AsyncIterable<T> {
  all(): Collection<T, Filter, Batch>;
  filter(params?: Filter): Collection<T, Filter, Batch>;
  /** At most `count` resources (MaxItems when the operation paginates). */
  limit(count: number): Collection<T, Filter, Batch>;
  /** `count` items per request (PageSize). */
  page_size(count: number): Collection<T, Filter, Batch>;
  pages(options?: CallOptions): AsyncGenerator<T[]>;
  toArray(options?: CallOptions): Promise<T[]>;
}

export type Collection<T, Filter, Batch = {}> = CollectionBase<T, Filter, Batch> & Batch;

/** `bucket.objects`: the builders and batch actions of a collection, but not iterable. */
export interface CollectionManagerBase<T, Filter, Batch> {
  iterator(params?: Filter): Collection<T, Filter, Batch>;
  all(): Collection<T, Filter, Batch>;
  filter(params?: Filter): Collection<T, Filter, Batch>;
  limit(count: number): Collection<T, Filter, Batch>;
  page_size(count: number): Collection<T, Filter, Batch>;
  pages(options?: CallOptions): AsyncGenerator<T[]>;
}

export type Manager<T, Filter, Batch = {}> = CollectionManagerBase<T, Filter, Batch> & Batch;
