// What the managed transfers are handed, checked for what it is before any request: names are
// strings, a Filename is a regular file (or, to download into, a path in an existing directory), a
// Fileobj is a stream, options have known keys with values of the right kind.
import { isBinary } from '../core/body.js';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { ParamValidationError } from '../errors.js';
import { type OptionCheck, checkOptions, describe, isPlainObject, isSignal, typeName } from '../core/own.js';
import { TransferConfig } from './config.js';
import { isAsyncIterable } from './upload-parts.js';
import type { CopyOptions, TransferOptions } from './manager.js';

const invalidType = (name: string, value: unknown, valid: string) =>
  new ParamValidationError([`Invalid type for parameter ${name}, value: ${describe(value)}, type: ${typeName(value)}, valid types: ${valid}`]);

/** Bucket, Key, Filename: non-empty strings. */
export function checkNames(names: Record<string, unknown>): void {
  const problems = Object.entries(names)
    .filter(([, v]) => typeof v !== 'string' || v === '')
    .map(([k, v]) => `Invalid type for parameter ${k}, value: ${describe(v)}, type: ${typeName(v)}, valid types: string (not empty)`);
  if (problems.length) throw new ParamValidationError(problems);
}

const fileProblem = (path: string, what: string) => new ParamValidationError([`Invalid value for parameter Filename, value: ${describe(path)}: ${what}`]);

/**
 * upload_file's Filename: an existing regular file (boto3 fails the same way, but with an OSError).
 * `stats` is the transfer's own stat of it (the upload's size comes from it too).
 */
export async function checkUploadFile(path: string, stats: Promise<Stats>): Promise<void> {
  const file = await stats.catch((err: NodeJS.ErrnoException) => {
    throw fileProblem(path, `cannot be read (${err.code ?? err.message})`);
  });
  if (!file.isFile()) throw fileProblem(path, 'not a regular file');
}

/** download_file's Filename: not a directory, in a directory that exists (the temporary file goes beside it). */
export async function checkDownloadFile(path: string): Promise<void> {
  const [target, parent] = await Promise.all([stat(path).catch(() => undefined), stat(dirname(path)).catch(() => undefined)]);
  if (target?.isDirectory()) throw fileProblem(path, 'is a directory');
  if (!parent?.isDirectory()) throw fileProblem(path, 'its directory does not exist');
}

/** upload_fileobj's Fileobj: bytes, a Blob, a Node or Web stream, or an async iterable of bytes (a string is a file name: upload_file). */
export function checkUploadFileobj(fileobj: unknown): void {
  const ok = isBinary(fileobj) || fileobj instanceof Blob || fileobj instanceof ReadableStream || fileobj instanceof Readable || isAsyncIterable(fileobj);
  if (!ok) throw invalidType('Fileobj', fileobj, 'Buffer, Uint8Array, ArrayBuffer, DataView, Blob, Readable, ReadableStream, AsyncIterable of bytes');
}

/** download_fileobj's Fileobj: a Writable (a string is a file name: download_file). */
export function checkWritable(fileobj: unknown): void {
  const ok = fileobj !== null && typeof fileobj === 'object' && typeof (fileobj as { write?: unknown }).write === 'function' && typeof (fileobj as { once?: unknown }).once === 'function';
  if (!ok) throw invalidType('Fileobj', fileobj, 'Writable');
}

/** The options every managed transfer takes; ExtraArgs keys are checked against the transfer's allow-list. */
export const TRANSFER_OPTIONS: Record<keyof TransferOptions<unknown>, OptionCheck> = {
  ExtraArgs: (v) => (isPlainObject(v) ? undefined : 'expected an object of request members'),
  Callback: (v) => (typeof v === 'function' ? undefined : 'expected a function'),
  signal: isSignal,
};

/** copy's extra option: the client the source is read through. */
export const COPY_OPTIONS: Record<keyof CopyOptions, OptionCheck> = {
  ...TRANSFER_OPTIONS,
  SourceClient: (v) => (v !== null && typeof v === 'object' && typeof (v as { head_object?: unknown }).head_object === 'function' ? undefined : 'expected an S3 client'),
};

/** The client methods' options: the manager's plus the TransferConfig. */
export function clientTransferOptions(options: unknown, method: string, checks: Record<string, OptionCheck>): Record<string, unknown> {
  const isConfig: OptionCheck = (v) => (v instanceof TransferConfig ? undefined : 'expected a TransferConfig');
  return checkOptions(options, `${method} options`, { ...checks, Config: isConfig });
}
