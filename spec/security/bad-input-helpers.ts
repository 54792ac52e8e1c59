// Bad-input cases for everything that is not a plain operation call: transfers, presigning, POST
// policies, paginators, waiters, resources (actions, loads, collections, batch actions, waiters,
// constructors), and the Config / TransferConfig / Session / client() constructors. Generated from
// the paginator, waiter and resource models where there is one.
import { Readable, Writable } from 'node:stream';
import {
  Config, type S3Client, type ServiceResource, Session, TransferConfig, TransferManager, client, resource,
} from '../../lib/index.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { s3Paginators } from '../../lib/model/s3/paginators.js';
import { s3Waiters } from '../../lib/model/s3/waiters.js';
import { s3Resources } from '../../lib/model/s3/resources.js';
import { ResourceModelView, SERVICE_RESOURCE } from '../../lib/resources/model.js';
import { s3ResourceFactory, s3ServiceResource } from '../../lib/s3/resource.js';
import { xformName } from '../../lib/core/naming.js';
import type { Shape } from '../../lib/model/types.js';
import { describeKind } from './bad-input-model.js';

export interface BadRun {
  title: string;
  /** Sync throws count as rejections. */
  run: () => unknown;
  names: string;
}

export interface Fixture {
  s3: S3Client;
  /** A regular fx.file, a directory and a path in a directory that does not exist. */
  file: string;
  dir: string;
  nowhere: string;
}

const nullProto = () => Object.assign(Object.create(null) as object, { a: 1 });
const cycle = () => {
  const o: Record<string, unknown> = { Bucket: 'src', Key: 'k' };
  o.self = o;
  return o;
};
const badSignal = { signal: 42 };
const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

/** Iterate an async iterable to the end (paginators, collections). */
async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it) void _;
}

function requiredParams(operation: string): Record<string, unknown> {
  const op = (s3Model.operations as Record<string, { input?: { shape: string } }>)[operation]!;
  const shape = op.input ? (s3Model.shapes as Record<string, Shape>)[op.input.shape]! : undefined;
  return Object.fromEntries((shape?.required ?? []).map((n) => [n, n === 'PartNumber' ? 1 : n === 'Delete' ? { Objects: [] } : 'x']));
}

function transferCases(fx: Fixture): BadRun[] {
  const cases: BadRun[] = [];
  const add = (title: string, run: () => unknown, names: string) => cases.push({ title, run, names });
  const junkNames = ['', 42, null, Symbol('n'), nullProto(), 10n];
  for (const v of junkNames) {
    add(`upload_file Filename ${describeKind(v)}`, () => fx.s3.upload_file(v as never, 'b', 'k'), 'Filename');
    add(`upload_file Bucket ${describeKind(v)}`, () => fx.s3.upload_file(fx.file, v as never, 'k'), 'Bucket');
    add(`download_file Key ${describeKind(v)}`, () => fx.s3.download_file('b', v as never, fx.file), 'Key');
    add(`download_file Filename ${describeKind(v)}`, () => fx.s3.download_file('b', 'k', v as never), 'Filename');
    add(`copy Key ${describeKind(v)}`, () => fx.s3.copy('src/k', 'b', v as never), 'Key');
  }
  add('upload_file of a missing file', () => fx.s3.upload_file(fx.nowhere, 'b', 'k'), 'Filename');
  add('upload_file of a directory', () => fx.s3.upload_file(fx.dir, 'b', 'k'), 'Filename');
  add('upload_file to a bad bucket name', () => fx.s3.upload_file(fx.file, 'bad/name', 'k'), 'bad/name');
  add('download_file onto a directory', () => fx.s3.download_file('b', 'k', fx.dir), 'Filename');
  add('download_file into a missing directory', () => fx.s3.download_file('b', 'k', fx.nowhere), 'Filename');
  for (const v of ['a/file/name', 42, {}, null, Symbol('f')]) {
    add(`upload_fileobj Fileobj ${describeKind(v)}`, () => fx.s3.upload_fileobj(v as never, 'b', 'k'), 'Fileobj');
    add(`download_fileobj Fileobj ${describeKind(v)}`, () => fx.s3.download_fileobj('b', 'k', v as never), 'Fileobj');
  }
  for (const v of [42, 10n, cycle(), { Bucket: 'src' }, 'nokey', { Bucket: 'src', Key: 'k', Version: 'v' }, nullProto(), Symbol('c')]) {
    add(`copy CopySource ${describeKind(v)}`, () => fx.s3.copy(v as never, 'b', 'k'), 'CopySource');
  }
  add('copy to a bad bucket name (before the HEAD of the source)', () => fx.s3.copy('src/k', 'bad/name', 'k'), 'bad/name');
  const options: [string, unknown, string][] = [
    ['a string', 'fast', 'options'],
    ['a Date', new Date(0), 'options'],
    ['an unknown key', { Extra: 1 }, 'Extra'],
    ['ExtraArgs a string', { ExtraArgs: 'x' }, 'ExtraArgs'],
    ['ExtraArgs with an unknown key', { ExtraArgs: { Bogus: 1 } }, 'Bogus'],
    ['ExtraArgs with an own __proto__', { ExtraArgs: JSON.parse('{"__proto__":{"ACL":"public-read"}}') }, '__proto__'],
    ['Callback not a function', { Callback: 5 }, 'Callback'],
    ['Config a plain object', { Config: { max_concurrency: 2 } }, 'Config'],
    ['a signal that is no AbortSignal', badSignal, 'signal'],
  ];
  const valueChecks: [string, unknown, string][] = [
    ['ExtraArgs ContentType a number', { ExtraArgs: { ContentType: 5 } }, 'ContentType'],
    ['ExtraArgs Metadata value a number', { ExtraArgs: { Metadata: { a: 1 } } }, 'Metadata.a'],
  ];
  const calls: [string, (o: unknown) => unknown, boolean][] = [
    ['upload_file', (o) => fx.s3.upload_file(fx.file, 'b', 'k', o as never), true],
    ['upload_fileobj', (o) => fx.s3.upload_fileobj(Buffer.from('x'), 'b', 'k', o as never), true],
    ['download_file', (o) => fx.s3.download_file('b', 'k', fx.file, o as never), false],
    ['download_fileobj', (o) => fx.s3.download_fileobj('b', 'k', sink(), o as never), false],
    ['copy', (o) => fx.s3.copy('src/k', 'b', 'k', o as never), true],
  ];
  for (const [method, call, takesValues] of calls) {
    for (const [what, o, names] of [...options, ...(takesValues ? valueChecks : [])]) add(`${method} options: ${what}`, () => call(o), names);
    if (!takesValues) add(`${method} ExtraArgs ContentType (not a download argument)`, () => call({ ExtraArgs: { ContentType: 'x' } }), 'ContentType');
  }
  add('copy SourceClient 42', () => fx.s3.copy('src/k', 'b', 'k', { SourceClient: 42 as never }), 'SourceClient');
  add('TransferManager with a plain-object config', () => new TransferManager(fx.s3, { max_concurrency: 1 } as never), 'Config');
  add('TransferManager.upload options a string', () => new TransferManager(fx.s3).upload(Buffer.from('x'), 'b', 'k', 'x' as never), 'upload options');
  add('TransferManager.upload of a number', () => new TransferManager(fx.s3).upload(5 as never, 'b', 'k'), 'Fileobj');
  return cases;
}

function presignCases(fx: Fixture): BadRun[] {
  const cases: BadRun[] = [];
  const add = (title: string, run: () => unknown, names: string) => cases.push({ title, run, names });
  for (const m of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'no_such_method', 42, Symbol('m')]) {
    add(`generate_presigned_url(${describeKind(m)})`, () => fx.s3.generate_presigned_url(m as never), typeof m === 'string' ? m : '');
  }
  const url: [string, unknown, string][] = [
    ['options a string', 'x', 'options'],
    ['Params a string', { Params: 'b/k' }, 'Params'],
    ['Params a Date', { Params: new Date(0) }, 'Params'],
    ['Params with a wrong member', { Params: { Bucket: 'b', Key: 5 } }, 'Key'],
    ['Params with an own __proto__', { Params: JSON.parse('{"Bucket":"b","Key":"k","__proto__":{"Bucket":"evil"}}') }, '__proto__'],
    ['ExpiresIn 0', { ExpiresIn: 0 }, 'ExpiresIn'],
    ['ExpiresIn a null-prototype object', { ExpiresIn: nullProto() }, 'ExpiresIn'],
    ['HttpMethod a number', { HttpMethod: 42 }, 'HttpMethod'],
    ['HttpMethod with a space', { HttpMethod: 'G ET' }, 'HttpMethod'],
    ['an unknown option', { Expires: 60 }, 'Expires'],
  ];
  for (const [what, o, names] of url) add(`generate_presigned_url options: ${what}`, () => fx.s3.generate_presigned_url('get_object', o as never), names);
  add('generate_presigned_post Bucket 42', () => fx.s3.generate_presigned_post(42 as never, 'k'), 'Bucket');
  add('generate_presigned_post bad bucket name', () => fx.s3.generate_presigned_post('bad/name', 'k'), 'bad/name');
  add('generate_presigned_post Key 42', () => fx.s3.generate_presigned_post('b', 42 as never), 'Key');
  add('generate_presigned_post Key empty', () => fx.s3.generate_presigned_post('b', ''), 'Key');
  const post: [string, unknown, string][] = [
    ['options a number', 7, 'options'],
    ['Fields a string', { Fields: 'acl=private' }, 'Fields'],
    ['Fields with a number value', { Fields: { acl: 1 } }, 'Fields'],
    ['Conditions not a list', { Conditions: { acl: 'private' } }, 'Conditions'],
    ['Conditions with a number', { Conditions: [42] }, 'Conditions'],
    ['Conditions with a short list', { Conditions: [['eq', '$acl']] }, 'Conditions'],
    ['Conditions with an empty object', { Conditions: [{}] }, 'Conditions'],
    ['Conditions with an object value', { Conditions: [JSON.parse('{"__proto__":{"acl":"x"}}')] }, 'Conditions'],
    ['Conditions with a non-string operator', { Conditions: [[1, '$key', 'x']] }, 'Conditions'],
    ['Conditions an iterable that is no array', { Conditions: new Set([{ acl: 'x' }]) }, 'Conditions'],
    ['ExpiresIn too long', { ExpiresIn: 604_801 }, 'ExpiresIn'],
    ['an unknown option', { Policy: 'x' }, 'Policy'],
  ];
  for (const [what, o, names] of post) add(`generate_presigned_post options: ${what}`, () => fx.s3.generate_presigned_post('b', 'k', o as never), names);
  return cases;
}

function paginatorWaiterCases(fx: Fixture): BadRun[] {
  const cases: BadRun[] = [];
  const add = (title: string, run: () => unknown, names: string) => cases.push({ title, run, names });
  for (const operation of Object.keys(s3Paginators)) {
    const name = xformName(operation);
    const base = requiredParams(operation);
    const pages = (params: unknown, options?: unknown) => drain(fx.s3.get_paginator(name as never).paginate(params as never, options as never));
    add(`${name} paginator: params a Date`, () => pages(new Date(0)), 'parameter input');
    add(`${name} paginator: an unknown member`, () => pages({ ...base, Bogus: 1 }), 'Bogus');
    add(`${name} paginator: PaginationConfig a string`, () => pages({ ...base, PaginationConfig: 'x' }), 'PaginationConfig');
    add(`${name} paginator: MaxItems 0`, () => pages({ ...base, PaginationConfig: { MaxItems: 0 } }), 'MaxItems');
    add(`${name} paginator: PageSize a null-prototype object`, () => pages({ ...base, PaginationConfig: { PageSize: nullProto() } }), 'PageSize');
    add(`${name} paginator: a signal that is no AbortSignal`, () => pages(base, badSignal), 'signal');
    add(`${name} paginator: options a string`, () => pages(base, 'x'), 'call options');
  }
  add('get_paginator("toString")', () => fx.s3.get_paginator('toString' as never), 'toString');
  for (const [waiterName, model] of Object.entries(s3Waiters)) {
    const name = xformName(waiterName);
    const base = requiredParams(model.operation);
    const wait = (params: unknown, options?: unknown) => fx.s3.get_waiter(name as never).wait(params as never, options as never);
    add(`${name} waiter: params a Date`, () => wait(new Date(0)), 'parameter input');
    add(`${name} waiter: an unknown member`, () => wait({ ...base, Bogus: 1 }), 'Bogus');
    add(`${name} waiter: WaiterConfig a Date`, () => wait({ ...base, WaiterConfig: new Date(0) }), 'WaiterConfig');
    add(`${name} waiter: Delay a symbol`, () => wait({ ...base, WaiterConfig: { Delay: Symbol('d') } }), 'Delay');
    add(`${name} waiter: a signal that is no AbortSignal`, () => wait(base, badSignal), 'signal');
    add(`${name} waiter: options a Date`, () => wait(base, new Date(0)), 'call options');
  }
  add('get_waiter("constructor")', () => fx.s3.get_waiter('constructor' as never), 'constructor');
  return cases;
}

type Callable = Record<string, (...args: unknown[]) => unknown>;

/** Every resource class: its actions, load, collections (and their batch actions), waiters and constructor. */
function resourceCases(fx: Fixture): BadRun[] {
  const cases: BadRun[] = [];
  const add = (title: string, run: () => unknown, names: string) => cases.push({ title, run, names });
  const factory = s3ResourceFactory();
  for (const type of [SERVICE_RESOURCE, ...Object.keys(s3Resources.resources)]) {
    const view = new ResourceModelView(type, s3Resources, s3Model);
    const ids = view.identifiers.map((i) => (i.type === 'integer' ? 1 : 'x'));
    const make = () => (type === SERVICE_RESOURCE ? s3ServiceResource(fx.s3) : new (factory.classFor(type))(...ids, { client: fx.s3 })) as unknown as Callable;
    const r = make; // a fresh resource per case
    if (type !== SERVICE_RESOURCE) {
      add(`${type}(): an unknown keyword identifier`, () => new (factory.classFor(type))(...ids, { colour: 'red', client: fx.s3 }), 'colour');
      add(`${type}(): an identifier missing`, () => new (factory.classFor(type))({ client: fx.s3 }), 'Required parameter');
    }
    for (const { name } of view.actions) {
      add(`${type}.${name}: params a Date`, () => r()[name]!(new Date(0)), 'parameter input');
      add(`${type}.${name}: an unknown member`, () => r()[name]!({ Bogus: 1 }), 'Bogus');
      add(`${type}.${name}: a signal that is no AbortSignal`, () => r()[name]!({}, badSignal), 'signal');
    }
    if (view.load || type === 'Bucket' || type === 'ObjectSummary') {
      add(`${type}.load: options a string`, () => r().load!('x'), 'call options');
      add(`${type}.load: a signal that is no AbortSignal`, () => r().load!(badSignal), 'signal');
    }
    for (const { name, def } of view.collections) {
      const manager = () => r()[name] as unknown as Callable;
      add(`${type}.${name}.filter: a Date`, () => manager().filter!(new Date(0)), 'filter parameters');
      add(`${type}.${name}.filter: an unknown member`, () => drain(manager().filter!({ Bogus: 1 }) as AsyncIterable<unknown>), 'Bogus');
      add(`${type}.${name}.limit(0)`, () => manager().limit!(0), 'limit');
      add(`${type}.${name}.page_size("10")`, () => manager().page_size!('10'), 'page_size');
      add(`${type}.${name}.toArray: a signal that is no AbortSignal`, () => (manager().all!() as Callable).toArray!(badSignal), 'signal');
      add(`${type}.${name}.pages: options a string`, () => drain(manager().pages!('x') as AsyncIterable<unknown>), 'call options');
      const target = new ResourceModelView(def.resource.type, s3Resources, s3Model);
      for (const { name: batch } of target.batch_actions) {
        add(`${type}.${name}.${batch}: params a Date`, () => (manager().all!() as Callable)[batch]!(new Date(0)), 'parameter input');
        add(`${type}.${name}.${batch}: a signal that is no AbortSignal`, () => manager()[batch]!({}, badSignal), 'signal');
      }
    }
    for (const { name } of view.waiters) {
      add(`${type}.${name}: params a Date`, () => r()[name]!(new Date(0)), 'parameter input');
      add(`${type}.${name}: WaiterConfig a string`, () => r()[name]!({ WaiterConfig: 'x' }), 'WaiterConfig');
      add(`${type}.${name}: a signal that is no AbortSignal`, () => r()[name]!({}, badSignal), 'signal');
    }
  }
  const s3r = () => s3ServiceResource(fx.s3) as unknown as ServiceResource & Callable;
  const bucket = () => s3r().Bucket!('b') as Callable;
  const obj = () => s3r().Object!('b', 'k') as Callable;
  add('Bucket.upload_file of a directory', () => bucket().upload_file!(fx.dir, 'k'), 'Filename');
  add('Bucket.upload_fileobj of a string', () => bucket().upload_fileobj!('x', 'k'), 'Fileobj');
  add('Bucket.download_fileobj into a number', () => bucket().download_fileobj!('k', 7), 'Fileobj');
  add('Bucket.copy with a cyclic CopySource', () => bucket().copy!(cycle(), 'k'), 'CopySource');
  add('Object.upload_fileobj with options a Date', () => obj().upload_fileobj!(Readable.from([]), new Date(0)), 'options');
  add('Object.download_file Callback a string', () => obj().download_file!(fx.file, { Callback: 'log' }), 'Callback');
  return cases;
}

function constructorCases(): BadRun[] {
  const cases: BadRun[] = [];
  const add = (title: string, run: () => unknown, names: string) => cases.push({ title, run, names });
  const endpoint = { endpoint_url: 'http://127.0.0.1:9', region_name: 'us-east-1' };
  add('Config: a string', () => new Config('fast' as never), 'Config');
  add('Config: an unknown option', () => new Config({ max_pool_connection: 2 } as never), 'max_pool_connection');
  add('Config: an own __proto__', () => new Config(JSON.parse('{"__proto__":{"read_timeout":1}}')), '__proto__');
  add('Config: read_timeout a string', () => new Config({ read_timeout: '5' as never }), 'read_timeout');
  add('Config: retries with an unknown key', () => new Config({ retries: { max_attempt: 3 } as never }), 'max_attempt');
  add('Config: retries.mode unknown', () => new Config({ retries: { mode: 'fast' as never } }), 'mode');
  add('Config: s3 a string', () => new Config({ s3: 'path' as never }), 's3');
  add('Config: max_pool_connections a BigInt', () => new Config({ max_pool_connections: 10n as never }), 'max_pool_connections');
  add('Config.merge: an unknown option', () => new Config().merge({ adressing_style: 'path' } as never), 'adressing_style');
  add('TransferConfig: a number', () => new TransferConfig(5 as never), 'TransferConfig');
  add('TransferConfig: a camelCase slip', () => new TransferConfig({ maxConcurrency: 2 } as never), 'maxConcurrency');
  add('TransferConfig: use_threads a symbol', () => new TransferConfig({ use_threads: Symbol('t') as never }), 'use_threads');
  add('Session: a string', () => new Session('default' as never), 'Session options');
  add('Session: an unknown option', () => new Session({ region: 'us-south' } as never), 'region');
  add('client: options a string', () => client('s3', 'x' as never), 'client options');
  add('client: an unknown option', () => client('s3', { ...endpoint, endpointUrl: 'x' } as never), 'endpointUrl');
  add('client: config a plain object', () => client('s3', { ...endpoint, config: { read_timeout: 1 } as never }), 'config');
  add('client: endpoint_type unknown', () => client('s3', { region_name: 'us-south', endpoint_type: 'secret' as never }), 'endpoint_type');
  add('client: aws_access_key_id a number', () => client('s3', { ...endpoint, aws_access_key_id: 1 as never }), 'aws_access_key_id');
  add('client: service a symbol', () => client(Symbol('s3') as never), 'Unknown service');
  add('resource: an unknown option', () => resource('s3', { ...endpoint, colour: 'red' } as never), 'colour');
  return cases;
}

export function helperCases(fx: Fixture): BadRun[] {
  return [...transferCases(fx), ...presignCases(fx), ...paginatorWaiterCases(fx), ...resourceCases(fx), ...constructorCases()];
}
