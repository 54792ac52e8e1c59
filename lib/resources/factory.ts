// ResourceFactory (boto3 factory.py): turns resource definitions into classes, once per type, in
// fixed steps — identifiers, load/reload, actions, attributes, sub-resources and references,
// collections, waiters. Before a class is made, `creating-resource-class.<service>.<Name>` is
// emitted with its attributes, so a service can add or replace methods (its injections).
import type { HierarchicalEmitter } from '../client/events.js';
import type { ResourceCollectionDef, ResourceModel, ServiceModel } from '../model/types.js';
import { ResourceLoadException } from '../errors.js';
import { callOptions, isPlainObject } from '../core/own.js';
import { CLASS_INFO, type ResourceClassInfo, ServiceResource, identifierValue } from './base.js';
import { BatchAction, type CallOptions, ServiceAction, WaiterAction, callOperation } from './action.js';
import { type CollectionClass, CollectionManager, ResourceCollection } from './collection.js';
import { type Named, ResourceModelView, SERVICE_RESOURCE } from './model.js';
import { createRequestParameters } from './params.js';
import { type ResourceBuilder, ResourceHandler, buildIdentifiers, needsData, notLoaded, rawResult } from './response.js';

export interface FactoryOptions {
  /** Prefix of class names (`<service>.<Name>`) and of event names. */
  serviceName: string;
  resourceModel: ResourceModel;
  /** The service model: shapes (attributes) and operation outputs (empty responses). */
  serviceModel?: ServiceModel;
  /** Receives `creating-resource-class.<service>.<Name>` with `class_attributes` to change. */
  events?: HierarchicalEmitter;
  /** The client of resources built without one. */
  defaultClient?: () => unknown;
}

/** Property descriptors of a resource class's prototype, by public name. */
export type ClassAttributes = Record<string, PropertyDescriptor>;

export type ResourceClass = (new (...args: unknown[]) => ServiceResource) & { readonly [CLASS_INFO]: ResourceClassInfo };

type Self = ServiceResource & Record<string, unknown>;
type Params = Record<string, unknown> | undefined;

function hasLoad(resource: ServiceResource): boolean {
  return typeof (resource as Self).load === 'function';
}

function noLoad(resource: ServiceResource): ResourceLoadException {
  return new ResourceLoadException(
    `${resource.constructor.name} has no load method: its attributes come with it from a collection or an action result`,
  );
}

export class ResourceFactory implements ResourceBuilder {
  readonly options: FactoryOptions;
  readonly #classes = new Map<string, ResourceClass>();

  constructor(options: FactoryOptions) {
    this.options = options;
  }

  /** The class of a resource type (`ServiceResource` for the service itself), built on first use. */
  classFor(name: string): ResourceClass {
    let cls = this.#classes.get(name);
    if (!cls) {
      cls = this.#build(name);
      this.#classes.set(name, cls);
    }
    return cls;
  }

  /** A resource by keyword identifiers and `client` (what response handlers use). */
  create(type: string, options: Record<string, unknown>): ServiceResource {
    return new (this.classFor(type))(options);
  }

  /** The service resource for a client. */
  serviceResource(client: unknown): ServiceResource {
    return this.create(SERVICE_RESOURCE, { client });
  }

  #build(name: string): ResourceClass {
    const { serviceName, resourceModel, serviceModel } = this.options;
    const model = new ResourceModelView(name, resourceModel, serviceModel);
    const attrs: ClassAttributes = {};
    this.#identifiers(model, attrs);
    this.#load(model, attrs);
    this.#actions(model, attrs);
    this.#attributes(model, attrs);
    this.#relations(model, attrs);
    this.#collections(model, attrs);
    this.#waiters(model, attrs);
    this.#emit(`creating-resource-class.${serviceName}.${name}`, { class_attributes: attrs, resource_name: name, service_name: serviceName });

    const cls = class extends ServiceResource {};
    Object.defineProperty(cls, 'name', { value: `${serviceName}.${name}` });
    const info: ResourceClassInfo = { serviceName, model, defaultClient: this.options.defaultClient };
    Object.defineProperty(cls, CLASS_INFO, { value: info });
    for (const [key, descriptor] of Object.entries(attrs)) {
      Object.defineProperty(cls.prototype, key, { configurable: true, enumerable: false, ...descriptor });
    }
    return cls as unknown as ResourceClass;
  }

  /** Handlers of the event and of its prefixes, run synchronously (classes are built synchronously). */
  #emit(event: string, args: Record<string, unknown>): void {
    const events = this.options.events;
    if (!events) return;
    for (const handler of events.handlersFor(event)) handler({ ...args, event_name: event });
  }

  #identifiers(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const { name } of model.identifiers) {
      attrs[name] = { get(this: ServiceResource) { return identifierValue(this, name); } };
    }
  }

  #load(model: ResourceModelView, attrs: ClassAttributes): void {
    const def = model.load;
    if (!def) return;
    const load = async function (this: ServiceResource, options?: CallOptions | null) {
      options = callOptions(options);
      const params = await createRequestParameters(this, def.request, {}, undefined, options.signal);
      const response = await callOperation(this.meta.client, def.request.operation, params, options);
      this.meta.data = rawResult(def.path, response) as Record<string, unknown>;
      return this;
    };
    attrs.load = { value: load, writable: true };
    attrs.reload = { value: load, writable: true };
  }

  #actions(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const { name, def } of model.actions) {
      const action = new ServiceAction(def, this, this.options.serviceModel);
      const fn = async function (this: ServiceResource, params?: Params, options?: CallOptions) {
        const result = await action.call(this, params, options);
        // the resource may have changed: attributes must be loaded again
        if (hasLoad(this)) this.meta.data = null;
        return result;
      };
      attrs[name] = { value: fn, writable: true };
    }
  }

  #attributes(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const { name, member } of model.attributes) {
      attrs[name] = {
        get(this: ServiceResource) {
          const data = this.meta.data;
          if (data === null) throw hasLoad(this) ? notLoaded(this, name) : noLoad(this);
          return data[member];
        },
      };
    }
  }

  #relations(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const { name, def } of model.subresources) {
      const factory = this;
      // identifiers from the parent, positionally in declared order, then the caller's
      const fn = function (this: ServiceResource, ...args: unknown[]) {
        const positional = buildIdentifiers(def.resource.identifiers ?? [], this).map(([, v]) => v);
        const cls = factory.classFor(def.resource.type);
        const last = args.at(-1);
        const keywords = isPlainObject(last);
        const options = { client: this.meta.client, ...(keywords ? (args.pop() as object) : {}) };
        return new cls(...positional, ...args, options);
      };
      attrs[name] = { value: fn, writable: true };
    }
    for (const { name, def } of model.references) {
      const handler = new ResourceHandler(def.resource, this);
      attrs[name] = {
        get(this: ServiceResource) {
          if (needsData(def.resource.identifiers) && this.meta.data === null) throw hasLoad(this) ? notLoaded(this, name) : noLoad(this);
          return handler.handle(this, {}, this.meta.data);
        },
      };
    }
  }

  #collections(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const collection of model.collections) {
      const { collectionCls, managerCls } = this.#collectionClasses(model, collection);
      const handler = new ResourceHandler(collection.def.resource, this, collection.def.request.operation, this.options.serviceModel);
      attrs[collection.name] = {
        get(this: ServiceResource) {
          return new managerCls({ model: collection, parent: this, handler }, collectionCls);
        },
      };
    }
  }

  /** A collection class and a manager class carrying the batch actions of the collected type. */
  #collectionClasses(model: ResourceModelView, collection: Named<ResourceCollectionDef>) {
    const collectionCls = class extends ResourceCollection {};
    const managerCls = class extends CollectionManager {};
    const label = `${this.options.serviceName}.${model.name}.${collection.name}`;
    Object.defineProperty(collectionCls, 'name', { value: `${label}Collection` });
    Object.defineProperty(managerCls, 'name', { value: `${label}CollectionManager` });
    const target = new ResourceModelView(collection.def.resource.type, this.options.resourceModel, this.options.serviceModel);
    for (const { name, def } of target.batch_actions) {
      const action = new BatchAction(def);
      Object.defineProperty(collectionCls.prototype, name, {
        configurable: true, writable: true,
        value: function (this: ResourceCollection, params?: Params, options?: CallOptions) { return action.call(this, params, options); },
      });
      Object.defineProperty(managerCls.prototype, name, {
        configurable: true, writable: true,
        value: function (this: CollectionManager, params?: Params, options?: CallOptions) { return action.call(this.all(), params, options); },
      });
    }
    return { collectionCls: collectionCls as CollectionClass, managerCls };
  }

  #waiters(model: ResourceModelView, attrs: ClassAttributes): void {
    for (const { name, def } of model.waiters) {
      const waiter = new WaiterAction(def);
      const fn = function (this: ServiceResource, params?: Params, options?: CallOptions) { return waiter.call(this, params, options); };
      attrs[name] = { value: fn, writable: true };
    }
  }
}
