// Where a command argument points: an S3 location (s3://bucket/key), the standard streams (-), or a
// local path. The text of an S3 key is kept exactly as given (unicode, spaces, '+', '%' included).
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export type Location =
  | { kind: 's3'; bucket: string; key: string }
  | { kind: 'stream' }
  | { kind: 'local'; path: string };

export function parseLocation(text: string): Location {
  if (text === '-') return { kind: 'stream' };
  if (/^s3:\/\//i.test(text)) {
    const rest = text.slice(5);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    if (!bucket) throw new UsageError(`'${text}' has no bucket name (expected s3://bucket/key)`);
    return { kind: 's3', bucket, key: slash < 0 ? '' : rest.slice(slash + 1) };
  }
  return { kind: 'local', path: text };
}

export function s3Location(text: string, what: string): { bucket: string; key: string } {
  const loc = parseLocation(text);
  if (loc.kind !== 's3') throw new UsageError(`${what} must be an S3 location (s3://bucket/key), got '${text}'`);
  return loc;
}

export function s3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/**
 * A path in a result line, as aws s3 prints it: the file's directory relative to the working one
 * (`./a.txt`, `dd/a.txt`, `../../etc/hosts`), whatever form it was given in. S3 URIs and `-` as they are.
 */
export function shownPath(path: string): string {
  if (path === '-' || path.startsWith('s3://')) return path;
  const absolute = resolve(path);
  return `${relative(process.cwd(), dirname(absolute)) || '.'}${sep}${basename(absolute)}`;
}

/** A key prefix that names a "directory": empty, or ending in '/'. */
export function isPrefixLike(key: string): boolean {
  return key === '' || key.endsWith('/');
}

/** A local path written as a directory (trailing separator). */
export function endsWithSeparator(path: string): boolean {
  return path.endsWith('/') || path.endsWith(sep);
}

/** The last segment of a key (what aws s3 appends when the destination is a directory). */
export function baseName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}
