// What an action or a collection page turns into (boto3 response.py): the raw response (or a
// JMESPath of it), or new resources whose identifiers come from the request, the response, the
// parent's identifiers or its data — one resource per list element when an identifier is a list.
import { xformName } from '../core/naming.js';
import { search } from '../core/jmespath.js';
import type { ResourceParam, ResourceTarget, ServiceModel, Shape } from '../model/types.js';
import { ResourceNotLoadedError } from '../errors.js';
import { type ServiceResource, identifierValue } from './base.js';

/** Builds a resource of a type by keyword identifiers (the factory). */
export interface ResourceBuilder {
  create(type: string, options: Record<string, unknown>): ServiceResource;
}

/** Whether any identifier reads the parent's data (then the parent must be loaded first). */
export function needsData(identifiers: ResourceParam[] | undefined): boolean {
  return (identifiers ?? []).some((i) => i.source === 'data');
}

/** `[snake_case target, value]` pairs; `input` identifiers are left to the caller. */
export function buildIdentifiers(
  identifiers: ResourceParam[],
  parent: ServiceResource,
  params?: Record<string, unknown>,
  raw?: unknown,
): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const id of identifiers) {
    let value: unknown;
    switch (id.source) {
      case 'response':
        value = search(id.path!, raw);
        break;
      case 'requestParameter':
        value = search(id.path!, params ?? {});
        break;
      case 'identifier':
        value = identifierValue(parent, xformName(id.name!));
        break;
      case 'data':
        if (parent.meta.data === null) throw notLoaded(parent, id.target);
        value = search(id.path!, parent.meta.data);
        break;
      case 'input':
        continue;
      default:
        throw new Error(`Unsupported source type: ${id.source}`);
    }
    out.push([xformName(id.target), value]);
  }
  return out;
}

export function notLoaded(resource: ServiceResource, name: string): ResourceNotLoadedError {
  return new ResourceNotLoadedError(`${resource}.${name} is not loaded: call await obj.load() first`);
}

/** The response, or the JMESPath `path` of it (`$` and `@` mean all of it). */
export function rawResult(path: string | undefined, response: unknown): unknown {
  return path && path !== '$' && path !== '@' ? search(path, response) : response;
}

/** What an action returns when the resource(s) it names could not be identified: an empty value shaped like `path`. */
export function buildEmptyResponse(path: string | undefined, operation: string, model: ServiceModel): unknown {
  const outputName = model.operations[operation]?.output?.shape;
  let shape: Shape | undefined = outputName ? model.shapes[outputName] : undefined;
  for (const item of path ? path.split('.') : []) {
    if (!shape) break;
    const name = item.replace(/^[[\]\d$]+|[[\]\d$]+$/g, '');
    if (shape.type === 'structure') {
      const ref = shape.members?.[name];
      shape = ref ? model.shapes[ref.shape] : undefined;
    } else if (shape.type === 'list') {
      shape = model.shapes[shape.member!.shape];
    } else {
      shape = undefined;
    }
  }
  if (shape?.type === 'structure' || shape?.type === 'map') return {};
  if (shape?.type === 'list') return [];
  return null;
}

/** Turns a response into resources of `target.type` (boto3 ResourceHandler). */
export class ResourceHandler {
  constructor(
    readonly target: ResourceTarget,
    readonly builder: ResourceBuilder,
    readonly operation?: string,
    readonly serviceModel?: ServiceModel,
  ) {}

  handle(parent: ServiceResource, params: Record<string, unknown>, response: unknown): unknown {
    const path = this.target.path;
    const found = path ? search(path, response) : undefined;
    const identifiers = buildIdentifiers(this.target.identifiers ?? [], parent, params, response);
    const plural = identifiers.find(([, v]) => Array.isArray(v));
    if (plural) {
      const count = (plural[1] as unknown[]).length;
      const items = Array.isArray(found) && found.length ? found : undefined;
      return Array.from({ length: count }, (_, i) => this.#item(parent, identifiers, i, items?.[i]));
    }
    if (identifiers.every(([, v]) => v !== null && v !== undefined)) return this.#item(parent, identifiers, undefined, found ?? undefined);
    return this.operation && this.serviceModel ? buildEmptyResponse(path, this.operation, this.serviceModel) : null;
  }

  /** One resource: list-valued identifiers give their i-th element; data only when a path was given. */
  #item(parent: ServiceResource, identifiers: [string, unknown][], i: number | undefined, data: unknown): ServiceResource {
    const options: Record<string, unknown> = { client: parent.meta.client };
    for (const [name, value] of identifiers) options[name] = Array.isArray(value) && i !== undefined ? value[i] : value;
    const resource = this.builder.create(this.target.type, options);
    if (data !== undefined && data !== null) resource.meta.data = data as Record<string, unknown>;
    return resource;
  }
}
