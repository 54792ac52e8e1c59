// Request parameters of an action from its definition (boto3 params.py): identifiers, loaded data
// and constants, placed by a small reverse JMESPath (`Delete.Objects[].Key`,
// `VersioningConfiguration.Status`).
import { xformName } from '../core/naming.js';
import { search } from '../core/jmespath.js';
import type { ResourceParam } from '../model/types.js';
import { ResourceLoadException } from '../errors.js';
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
      if (last) pos[raw] = value;
      else {
        if (!isObject(pos[raw])) pos[raw] = {};
        pos = pos[raw] as Record<string, unknown>;
      }
      return;
    }
    const part = raw.slice(0, m.index);
    let at: number | undefined;
    if (m[1] === '*') at = index;
    else if (m[1] !== '') at = Number(m[1]);
    if (!Array.isArray(pos[part])) pos[part] = [];
    const list = pos[part] as unknown[];
    if (at === undefined) at = list.length;
    while (list.length <= at) list.push({});
    if (last) list[at] = value;
    else pos = list[at] as Record<string, unknown>;
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** Deep merge of `b` into a copy of `a`; with appendLists, lists are concatenated (boto3 merge_dicts). */
export function mergeDicts(a: Record<string, unknown>, b: Record<string, unknown>, appendLists = false): Record<string, unknown> {
  const out = cloneValue(a) as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (isObject(mine) && isObject(value)) out[key] = mergeDicts(mine, value, appendLists);
    else if (appendLists && Array.isArray(mine) && Array.isArray(value)) out[key] = [...mine, ...(cloneValue(value) as unknown[])];
    else out[key] = cloneValue(value);
  }
  return out;
}

/** Plain data is copied; anything else (streams, buffers, class instances) is kept by reference. */
function cloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneValue);
  if (isObject(v) && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloneValue(x)]));
  }
  return v;
}
