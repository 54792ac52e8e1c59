// Request parameters of an action from its definition (boto3 params.py): identifiers, loaded data
// and constants, placed by a small reverse JMESPath (`Delete.Objects[].Key`,
// `VersioningConfiguration.Status`).
import { xformName } from '../core/naming.js';
import { search } from '../core/jmespath.js';
import type { ResourceParam } from '../model/types.js';
import { ResourceLoadException } from '../errors.js';
import { cloneOwn, isPlainObject, own, setOwn } from '../core/own.js';
import type { ServiceResource } from './base.js';

const INDEX = /\[(.*)\]$/;

/**
 * Set `value` at `target` inside `params`. `a.b` creates objects; `a[]` appends a new list item;
 * `a[*]` uses `index` (the position of the resource in a batch), so several targets of one
 * resource fill the same item; `a[2]` a fixed position.
 */
export function buildParamStructure(params: Record<string, unknown>, target: string, value: unknown, index?: number): void {
  let pos = params;
  const parts = target.split('.');
  parts.forEach((raw, i) => {
    const last = i === parts.length - 1;
    const m = INDEX.exec(raw);
    if (!m) {
      if (last) setOwn(pos, raw, value);
      else {
        if (!isPlainObject(own(pos, raw))) setOwn(pos, raw, {});
        pos = own(pos, raw) as Record<string, unknown>;
      }
      return;
    }
    const part = raw.slice(0, m.index);
    let at: number | undefined;
    if (m[1] === '*') at = index;
    else if (m[1] !== '') at = Number(m[1]);
    if (!Array.isArray(own(pos, part))) setOwn(pos, part, []);
    const list = own(pos, part) as unknown[];
    if (at === undefined) at = list.length;
    while (list.length <= at) list.push({});
    if (last) list[at] = value;
    else pos = list[at] as Record<string, unknown>;
  });
}

/** A JMESPath over the resource's data, loading it first when it has a load (boto3 get_data_member). */
export async function getDataMember(parent: ServiceResource, path: string, signal?: AbortSignal): Promise<unknown> {
  if (parent.meta.data === null) {
    const load = (parent as unknown as { load?: (o?: { signal?: AbortSignal }) => Promise<unknown> }).load;
    if (typeof load !== 'function') throw new ResourceLoadException(`${parent.constructor.name} has no load method`);
    await load.call(parent, { signal });
  }
  return search(path, parent.meta.data);
}

/** The value of one parameter, or `undefined` for `input` (the caller supplies it). */
export async function paramValue(parent: ServiceResource, param: ResourceParam, signal?: AbortSignal): Promise<{ value: unknown } | undefined> {
  switch (param.source) {
    case 'identifier':
      return { value: (parent as unknown as Record<string, unknown>)[xformName(param.name!)] };
    case 'data':
      return { value: await getDataMember(parent, param.path!, signal) };
    case 'string':
    case 'integer':
    case 'boolean':
      return { value: param.value };
    case 'input':
      return undefined;
    default:
      throw new Error(`Unsupported source type: ${param.source}`);
  }
}

/** The params an action sends before the caller's own are merged over them. */
export async function createRequestParameters(
  parent: ServiceResource,
  request: { params?: ResourceParam[] },
  params: Record<string, unknown> = {},
  index?: number,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  for (const param of request.params ?? []) {
    const found = await paramValue(parent, param, signal);
    if (found) buildParamStructure(params, param.target, found.value, index);
  }
  return params;
}

/**
 * Deep merge of `b` into a copy of `a`; with appendLists, lists are concatenated (boto3 merge_dicts).
 * Own keys only, defined rather than assigned: a caller's `__proto__` is a member like any other
 * (the validator then refuses it), never a way into Object.prototype.
 */
export function mergeDicts(a: Record<string, unknown>, b: Record<string, unknown>, appendLists = false): Record<string, unknown> {
  const out = cloneOwn(a) as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    const mine = own(out, key);
    if (isPlainObject(mine) && isPlainObject(value)) setOwn(out, key, mergeDicts(mine, value, appendLists));
    else if (appendLists && Array.isArray(mine) && Array.isArray(value)) setOwn(out, key, [...mine, ...(cloneOwn(value) as unknown[])]);
    else setOwn(out, key, cloneOwn(value));
  }
  return out;
}
