// The base of every resource class a ResourceFactory builds (boto3 base.py): identifiers set once
// by the constructor (positional in declared order, or by keyword), `meta` with the client and the
// loaded data, equality by class and identifiers.
import { inspect } from 'node:util';
import { ParamValidationError } from '../errors.js';
import type { ResourceModelView } from './model.js';
import { isPlainObject, own } from '../core/own.js';
import { keepClassName } from '../core/naming.js';

/** What a factory-built class carries: its service, its model and how to get a client when none is given. */
export interface ResourceClassInfo {
  serviceName: string;
  model: ResourceModelView;
  defaultClient?: () => unknown;
}

export const CLASS_INFO = Symbol('resource class info');
const VALUES = Symbol('identifier values');

export class ResourceMeta {
  static {
    keepClassName(this, 'ResourceMeta');
  }

  /** The low-level client every request of this resource goes through. */
  client: unknown;
  /** The loaded data (the load response, or the item a listing returned); null until loaded. */
  data: Record<string, unknown> | null;
  readonly service_name: string;
  readonly resource_model: ResourceModelView;

  constructor(service_name: string, resource_model: ResourceModelView, client: unknown, data: Record<string, unknown> | null = null) {
    this.service_name = service_name;
    this.resource_model = resource_model;
    this.client = client;
    this.data = data;
  }

  /** The identifier names, in declared order (`['bucket_name', 'key']`). */
  get identifiers(): string[] {
    return this.resource_model.identifiers.map((i) => i.name);
  }

  copy(): ResourceMeta {
    return new ResourceMeta(this.service_name, this.resource_model, this.client, this.data);
  }
}

/** Keyword identifiers and the client, given as a trailing object. */
export type ResourceOptions = { client?: unknown } & Record<string, unknown>;

export class ServiceResource {
  static {
    keepClassName(this, 'ServiceResource');
  }

  readonly meta: ResourceMeta;
  declare private [VALUES]: Record<string, unknown>;

  constructor(...args: unknown[]) {
    const info = (new.target as unknown as { [CLASS_INFO]?: ResourceClassInfo })[CLASS_INFO];
    if (!info) throw new TypeError('resource classes are built by a ResourceFactory');
    const names = info.model.identifiers.map((i) => i.name);
    const options = args.length && isPlainObject(args.at(-1)) ? (args.pop() as ResourceOptions) : {};
    const problems: string[] = [];
    if (args.length > names.length) problems.push(`Too many positional arguments: ${info.model.name} takes ${names.length} identifier(s) (${names.join(', ')})`);
    const values: Record<string, unknown> = {};
    args.slice(0, names.length).forEach((v, i) => (values[names[i]!] = v));
    for (const [name, value] of Object.entries(options)) {
      if (name === 'client') continue;
      if (!names.includes(name)) problems.push(`Unknown keyword argument: ${name}`);
      else values[name] = value;
    }
    for (const name of names) if (values[name] === undefined || values[name] === null) problems.push(`Required parameter ${name} not set`);
    if (problems.length) throw new ParamValidationError(problems);
    Object.defineProperty(this, VALUES, { value: Object.freeze(values) });
    const client = own(options, 'client') ?? info.defaultClient?.();
    if (client === undefined) throw new ParamValidationError([`${this.constructor.name} needs a client`]);
    this.meta = new ResourceMeta(info.serviceName, info.model, client);
  }

  /** Same class and same identifier values (data does not matter), as boto3's `==`. */
  equals(other: unknown): boolean {
    if (!(other instanceof ServiceResource)) return false;
    if (other.constructor.name !== this.constructor.name || other.meta.service_name !== this.meta.service_name) return false;
    return this.meta.identifiers.every((n) => identifierValue(this, n) === identifierValue(other, n));
  }

  /** The CamelCase names of the sub-resource constructors, sorted. */
  get_available_subresources(): string[] {
    return this.meta.resource_model.subresources.map((s) => s.name).sort();
  }

  toString(): string {
    const ids = this.meta.identifiers.map((n) => `${n}=${inspect(identifierValue(this, n))}`);
    return `${this.constructor.name}(${ids.join(', ')})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /** The identifiers (`{ bucket_name, key }`): what makes this resource this resource. */
  toJSON(): Record<string, unknown> {
    return { ...this[VALUES] };
  }
}

export function identifierValue(resource: ServiceResource, name: string): unknown {
  return (resource as unknown as { [VALUES]: Record<string, unknown> })[VALUES][name];
}
