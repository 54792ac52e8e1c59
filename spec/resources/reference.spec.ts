// Walks the reference's resource facts (spec/fixtures/reference-index.json → resources) and fails
// when any class, identifier, attribute, action, sub-resource, collection method or waiter is
// missing, misnamed, or bound to another operation than the reference's.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xformName } from '../../lib/core/naming.js';
import { s3Model as s3ModelData } from '../../lib/model/s3/service.js';
import { s3Paginators } from '../../lib/model/s3/paginators.js';
import { s3Waiters } from '../../lib/model/s3/waiters.js';
import type { ResourceParam, ScalarType, ServiceModel, ShapeType } from '../../lib/model/types.js';

const s3Model: ServiceModel = s3ModelData;
import { s3ResourceFactory } from '../../lib/s3/resource.js';
import type { ServiceResource } from '../../lib/resources/base.js';
import { ResourceModelView } from '../../lib/resources/model.js';
import { s3Resources } from '../../lib/model/s3/resources.js';
import { repoRoot } from '../helpers/server.js';
import { spyClient } from '../helpers/spy-client.js';

interface RefAction { signature: string; operation: string | null; params?: string[]; returns?: string; calls?: string }
interface RefClass {
  identifiers: string[];
  attributes: Record<string, string>;
  actions: Record<string, RefAction>;
  subresources: Record<string, { signature: string; returns: string }>;
  collections: Record<string, Record<string, { operation: string; params: string[] }>>;
  waiters: Record<string, { operation: string }>;
}

const reference = JSON.parse(readFileSync(join(repoRoot(), 'spec/fixtures/reference-index.json'), 'utf8')).resources as Record<string, RefClass>;

/** Reference attribute types → the model shape types that carry them. */
const TYPES: Record<string, (ShapeType | ScalarType)[]> = {
  string: ['string'], integer: ['integer', 'long'], boolean: ['boolean'], datetime: ['timestamp'],
  dict: ['structure', 'map'], list: ['list'],
};

/** `(bucket_name,key)` → ['bucket_name', 'key']; `(Filename, Key, ExtraArgs=None)` → required ones only. */
function argNames(signature: string, requiredOnly = false): string[] {
  return signature.replace(/[()]/g, '').split(',').map((s) => s.trim())
    .filter((s) => s && !s.startsWith('*') && !(requiredOnly && s.includes('=')));
}

const argValue = (name: string) => (name === 'part_number' ? 7 : `${name}-value`);

function build(cls: string): ServiceResource {
  const s3 = s3ResourceFactory().serviceResource(spyClient({ paginators: s3Paginators })) as ServiceResource & Record<string, unknown>;
  if (cls === 'ServiceResource') return s3;
  const args = argNames(reference.ServiceResource!.subresources[cls]!.signature).map(argValue);
  return (s3[cls] as (...a: unknown[]) => ServiceResource)(...args);
}

/** Top-level request members a definition fills itself (the caller does not pass them). */
const filled = (params: ResourceParam[] | undefined) => (params ?? []).filter((p) => p.source !== 'input').map((p) => p.target.split(/[.[]/)[0]!);

function expectCallerParams(operation: string, params: string[] | undefined, own: string[], where: string): void {
  const input = s3Model.operations[operation]!.input?.shape;
  const members = Object.keys((input && s3Model.shapes[input]!.members) || {});
  for (const p of params ?? []) {
    expect(members, `${where}: ${operation} has no member ${p}`).to.include(p);
    expect(own, `${where}: ${p} is the caller's, but the definition fills it`).not.to.include(p);
  }
}

const model = (r: ServiceResource): ResourceModelView => r.meta.resource_model;

/**
 * What we have beyond the reference, each for a reason: the three classes the reference names as
 * Bucket sub-resources without documenting them, and members our service model's shapes carry
 * (checksums, IBM's CreationTemplateId) that the reference's older shapes lack, and the attributes
 * today's ibm_boto3 shapes add (flexible checksums, Object Lock: HeadObject's new members).
 */
const TODAY_OBJECT_ATTRIBUTES = [
  'checksum_crc32', 'checksum_crc32_c', 'checksum_crc64_nvme', 'checksum_sha1', 'checksum_sha256', 'checksum_type',
  'object_lock_mode', 'object_lock_retain_until_date', 'object_lock_legal_hold_status',
];
const EXTRAS: Record<string, string[]> = {
  ServiceResource: ['BucketLogging', 'BucketNotification', 'BucketPolicy'],
  Bucket: ['creation_template_id'],
  MultipartUpload: ['checksum_algorithm'],
  MultipartUploadPart: ['checksum_crc32', 'checksum_crc32_c', 'checksum_sha1', 'checksum_sha256', 'checksum_crc64_nvme'],
  Object: TODAY_OBJECT_ATTRIBUTES,
  ObjectSummary: ['checksum_algorithm'],
  ObjectVersion: ['checksum_algorithm'],
};

describe('resources: every fact of the reference', () => {
  it('covers the 16 classes of the reference', () => {
    expect(Object.keys(reference)).to.have.length(16);
  });

  it('adds nothing to a class of the reference beyond the listed extras', () => {
    for (const [cls, ref] of Object.entries(reference)) {
      const names = model(build(cls)).publicNames();
      const known = [...ref.identifiers, ...Object.keys(ref.attributes), ...Object.keys(ref.actions), ...Object.keys(ref.subresources),
        ...Object.keys(ref.collections), ...Object.keys(ref.waiters)];
      const extra = Object.values(names).flat().filter((n) => !known.includes(n));
      expect(extra, cls).to.deep.equal(EXTRAS[cls] ?? []);
    }
  });

  for (const [cls, ref] of Object.entries(reference)) {
    describe(cls, () => {
      it('is a class of its name with the identifiers in declared order', () => {
        const r = build(cls);
        expect(r.constructor.name).to.equal(`s3.${cls}`);
        expect(r.meta.identifiers).to.deep.equal(ref.identifiers);
        if (cls === 'ServiceResource') return;
        const given = argNames(reference.ServiceResource!.subresources[cls]!.signature).map(argValue);
        expect(ref.identifiers.map((n) => (r as unknown as Record<string, unknown>)[n])).to.deep.equal(given);
      });

      it('has every attribute, of the reference type, read from meta.data', () => {
        const r = build(cls) as ServiceResource & Record<string, unknown>;
        const attributes = model(r).attributes;
        r.meta.data = Object.fromEntries(attributes.map((a) => [a.member, `value of ${a.member}`]));
        for (const [name, type] of Object.entries(ref.attributes)) {
          const info = attributes.find((a) => a.name === name);
          expect(info, `${cls}.${name} is missing`).to.not.equal(undefined);
          expect(TYPES[type], `${cls}.${name}`).to.include(s3Model.shapes[info!.shape]!.type);
          expect(r[name]).to.equal(`value of ${info!.member}`);
        }
      });

      for (const [name, action] of Object.entries(ref.actions)) {
        it(`has the action ${name}${action.operation ? ` (${action.operation})` : ''}`, async () => {
          const r = build(cls) as ServiceResource & Record<string, unknown>;
          expect(r[name], `${cls}.${name}`).to.be.a('function');
          if (name === 'get_available_subresources') {
            expect((r[name] as () => string[])()).to.include.members(Object.keys(ref.subresources));
            return;
          }
          const spy = r.meta.client as ReturnType<typeof spyClient>;
          if (action.calls) {
            // load/reload: the operation the reference says they call
            await (r[name] as () => Promise<unknown>)();
            expect(spy.calls.map((c) => c.method)).to.deep.equal([action.calls]);
            return;
          }
          if (!action.operation) {
            // injected transfer methods: the positional parameters of the reference, then one options object
            expect((r[name] as () => unknown).length, `${cls}.${name} arity`).to.equal(argNames(action.signature, true).length + 1);
            return;
          }
          const def = model(r).actions.find((a) => a.name === name)!.def;
          expect(def.request.operation).to.equal(action.operation);
          expectCallerParams(action.operation, action.params, filled(def.request.params), `${cls}.${name}`);
          const returned = await (r[name] as (p: object) => Promise<unknown>)({});
          expect(spy.calls.at(-1)!.method).to.equal(xformName(action.operation));
          const m = /s3\.(\w+)/.exec(action.returns ?? '');
          if (m) {
            expect(def.resource?.type).to.equal(m[1]);
            // `{}` as params identifies no resource for put_object: the handler then answers an empty response
            if (returned && typeof returned === 'object' && 'meta' in returned) expect(returned.constructor.name).to.equal(`s3.${m[1]}`);
          } else {
            expect(def.resource, `${cls}.${name} returns no resource`).to.equal(undefined);
          }
        });
      }

      for (const [name, sub] of Object.entries(ref.subresources)) {
        it(`has the sub-resource ${name}${sub.signature} → ${sub.returns}`, () => {
          const r = build(cls) as ServiceResource & Record<string, unknown>;
          expect(r[name], `${cls}.${name}`).to.be.a('function');
          const args = argNames(sub.signature).map(argValue);
          const child = (r[name] as (...a: unknown[]) => ServiceResource)(...args);
          expect(child.constructor.name).to.equal(`s3.${sub.returns}`);
          const ids = child.meta.identifiers.map((n) => (child as unknown as Record<string, unknown>)[n]);
          expect(ids.slice(ids.length - args.length)).to.deep.equal(args);
          expect(child.meta.client).to.equal(r.meta.client);
        });
      }

      for (const [name, methods] of Object.entries(ref.collections)) {
        it(`has the collection ${name} with ${Object.keys(methods).join(', ')}`, () => {
          const r = build(cls) as ServiceResource & Record<string, unknown>;
          const manager = r[name] as Record<string, unknown>;
          expect(manager, `${cls}.${name}`).to.be.an('object');
          const collection = (manager.all as () => Record<string, unknown>)();
          const def = model(r).collections.find((c) => c.name === name)!.def;
          for (const [method, fact] of Object.entries(methods)) {
            expect(manager[method], `${cls}.${name}.${method}`).to.be.a('function');
            expect(collection[method], `${cls}.${name}.all().${method}`).to.be.a('function');
            if (method === 'delete') {
              // the batch action is the collected resource's
              const batch = new ResourceModelView(def.resource.type, s3Resources, s3Model).batch_actions.find((b) => b.name === method)!.def;
              expect(batch.request.operation).to.equal(fact.operation);
              expectCallerParams(fact.operation, fact.params, filled(batch.request.params), `${cls}.${name}.delete`);
              continue;
            }
            expect(def.request.operation, `${cls}.${name}.${method}`).to.equal(fact.operation);
            if (method === 'filter') expectCallerParams(fact.operation, fact.params, filled(def.request.params), `${cls}.${name}.filter`);
          }
          // no batch action beyond the reference's
          expect('delete' in methods).to.equal(typeof manager.delete === 'function');
        });
      }

      for (const [name, waiter] of Object.entries(ref.waiters)) {
        it(`has the waiter ${name} (${waiter.operation})`, () => {
          const r = build(cls) as ServiceResource & Record<string, unknown>;
          expect(r[name], `${cls}.${name}`).to.be.a('function');
          const def = model(r).waiters.find((w) => w.name === name)!.def;
          expect(s3Waiters[def.waiterName as keyof typeof s3Waiters].operation).to.equal(waiter.operation);
        });
      }
    });
  }
});
