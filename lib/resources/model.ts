// A typed view over one resource definition: its public names (snake_case, with boto3's collision
// renames), identifiers, attributes from the shape, actions, sub-resources vs references,
// collections and waiters. Generic: it knows resource definitions and service shapes, no service.
import { xformName } from '../core/naming.js';
import type {
  ResourceAction, ResourceCollectionDef, ResourceDefinition, ResourceModel, ResourceTarget, ResourceWaiter, ServiceModel,
} from '../model/types.js';

export interface IdentifierInfo {
  /** Public snake_case name (`bucket_name`). */
  name: string;
  /** Name in the definition (`BucketName`). */
  modelName: string;
  memberName?: string;
  type: 'string' | 'integer';
}

export interface AttributeInfo {
  name: string;
  /** Member of the shape, as found in `meta.data`. */
  member: string;
  /** The member's shape name. */
  shape: string;
}

export interface Named<D> {
  name: string;
  modelName: string;
  def: D;
}

/** Names the base class or the engine already uses on every resource. */
const RESERVED = ['meta', 'equals', 'get_available_subresources', 'toJSON', 'toString', 'constructor'];

/** The key of the service resource's own definition. */
export const SERVICE_RESOURCE = 'ServiceResource';

export class ResourceModelView {
  readonly name: string;
  readonly definition: ResourceDefinition;
  readonly shape?: string;
  readonly identifiers: IdentifierInfo[];
  readonly load?: ResourceDefinition['load'];
  readonly actions: Named<ResourceAction>[] = [];
  readonly batch_actions: Named<ResourceAction>[] = [];
  /** `has` entries without data-sourced identifiers: CamelCase methods (`bucket.Object('k')`). */
  readonly subresources: Named<{ resource: ResourceTarget }>[] = [];
  /** `has` entries with a data-sourced identifier: snake_case properties. */
  readonly references: Named<{ resource: ResourceTarget }>[] = [];
  readonly collections: Named<ResourceCollectionDef>[] = [];
  readonly waiters: Named<ResourceWaiter>[] = [];
  readonly attributes: AttributeInfo[] = [];
  /** (category, original snake name) → the renamed public name. */
  readonly renamed = new Map<string, string>();

  constructor(name: string, resourceModel: ResourceModel, serviceModel?: ServiceModel) {
    this.name = name;
    const def = name === SERVICE_RESOURCE ? resourceModel.service : resourceModel.resources[name];
    if (!def) throw new Error(`resource model has no resource '${name}'`);
    this.definition = def;
    this.shape = def.shape;
    this.load = def.load;
    this.identifiers = (def.identifiers ?? []).map((i) => ({
      name: xformName(i.name), modelName: i.name, memberName: i.memberName, type: i.type ?? 'string',
    }));

    // boto3's load_rename_map: the first to claim a name keeps it, later ones get `_<category>`
    const names = new Set(RESERVED);
    if (def.load) names.add('load').add('reload');
    const claim = (modelName: string, category: string, snake = true): string => {
      let name = snake ? xformName(modelName) : modelName;
      if (names.has(name)) {
        const renamed = `${name}_${category}`;
        if (names.has(renamed)) throw new Error(`Problem renaming ${this.name} ${category} to ${renamed}!`);
        this.renamed.set(`${category}:${name}`, renamed);
        name = renamed;
      }
      names.add(name);
      return name;
    };
    for (const i of this.identifiers) i.name = claim(i.modelName, 'identifier');
    for (const [n, a] of Object.entries(def.actions ?? {})) this.actions.push({ name: claim(n, 'action'), modelName: n, def: a });
    for (const [n, h] of Object.entries(this.#hasDefinition(resourceModel))) {
      if ((h.resource.identifiers ?? []).some((i) => i.source === 'data')) {
        this.references.push({ name: claim(n, 'reference'), modelName: n, def: h });
      } else {
        this.subresources.push({ name: claim(n, 'subresource', false), modelName: n, def: h });
      }
    }
    for (const [n, c] of Object.entries(def.hasMany ?? {})) this.collections.push({ name: claim(n, 'collection'), modelName: n, def: c });
    for (const [n, w] of Object.entries(def.waiters ?? {})) this.waiters.push({ name: claim(`WaitUntil${n}`, 'waiter'), modelName: n, def: w });
    // batch actions live on collections of this resource, not on the resource: no name to claim
    for (const [n, a] of Object.entries(def.batchActions ?? {})) this.batch_actions.push({ name: xformName(n), modelName: n, def: a });

    const shape = def.shape && serviceModel ? serviceModel.shapes[def.shape] : undefined;
    if (def.shape && serviceModel && !shape) throw new Error(`resource ${name}: the service model has no shape '${def.shape}'`);
    const identifierNames = new Set(this.identifiers.map((i) => xformName(i.modelName)));
    for (const [member, ref] of Object.entries(shape?.members ?? {})) {
      // members that are identifiers are set through the constructor
      if (identifierNames.has(xformName(member))) continue;
      this.attributes.push({ name: claim(member, 'attribute'), member, shape: ref.shape });
    }
  }

  /** The service resource exposes every resource as a sub-resource whose identifiers are all input. */
  #hasDefinition(model: ResourceModel): Record<string, { resource: ResourceTarget }> {
    if (this.name !== SERVICE_RESOURCE) return this.definition.has ?? {};
    const out: Record<string, { resource: ResourceTarget }> = {};
    const declared = Object.entries(this.definition.has ?? {});
    for (const [type, def] of Object.entries(model.resources)) {
      const named = declared.filter(([, h]) => h.resource.type === type);
      for (const [n, h] of named) out[n] = h;
      if (!named.length) {
        out[type] = { resource: { type, identifiers: (def.identifiers ?? []).map((i) => ({ target: i.name, source: 'input' as const })) } };
      }
    }
    return out;
  }

  /** Every public name this resource has, by category (for docs, checks and the generator). */
  publicNames(): Record<string, string[]> {
    return {
      identifiers: this.identifiers.map((i) => i.name),
      attributes: this.attributes.map((a) => a.name),
      actions: this.actions.map((a) => a.name),
      subresources: this.subresources.map((s) => s.name),
      references: this.references.map((r) => r.name),
      collections: this.collections.map((c) => c.name),
      waiters: this.waiters.map((w) => w.name),
    };
  }
}
