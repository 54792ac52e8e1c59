// DESIGN.md's layer rules as data, checked against the imports of every lib/ file (static,
// `import type`, `export … from`, `import()`). A unit is a folder of lib/, or a file where one
// folder serves several layers (generated/) or a root file (errors, config). Rows go bottom-up
// and may only name units of earlier rows, so no import points upward and no two units import each
// other, directly or round a circle.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from './helpers/server.js';

/** Each unit (a path under lib/, without `.ts`) with the units it may import (a file of a unit may be named alone). */
const LAYERS: [unit: string, imports: string[]][] = [
  ['model', []], // the service model as data
  ['errors', []],
  ['version', []],
  ['core', ['model', 'errors']],
  ['config', ['core', 'errors']],
  ['protocol', ['core', 'model', 'errors']], // protocol, http and auth: core only, never each other
  ['http', ['core', 'model', 'errors', 'config']],
  ['auth', ['core', 'model', 'errors', 'config']],
  ['settings', ['core', 'errors', 'config']],
  ['generated/s3-shapes', ['core', 'errors', 'protocol/streaming-body']],
  ['client', ['core', 'model', 'errors', 'config', 'protocol', 'http', 'auth', 'generated/s3-shapes']],
  ['generated/s3-client', ['errors', 'client', 'generated/s3-shapes']],
  // transfers and resources: the client's public surface only (its generated types, StreamingBody, the hook emitter,
  // the call options incl. a call's upload progress, the checksum settings of its Config)
  ['transfer', ['core', 'errors', 'config', 'generated/s3-shapes', 'generated/s3-client', 'protocol/streaming-body', 'client/base-client', 'client/upload-progress']],
  ['resources', ['core', 'model', 'errors', 'client/events']],
  // s3 injects transfers and resources into the client (boto3's s3/inject.py), so it sits above them
  ['s3', ['core', 'model', 'errors', 'config', 'protocol', 'auth', 'client', 'generated/s3-shapes', 'generated/s3-client', 'transfer', 'resources']],
];
/** Files of one unit kept in another folder: the S3 resource types name S3Client and the injected transfer methods, and s3/resource.ts returns them. */
const PART_OF: Record<string, string> = { 'generated/s3-resources': 's3' };
/** The public surface (session.ts, index.ts, …): any unit below. */
const SURFACE = ['index', 'session', 'session-options', 'logging'];
/** Forbidden arrows still present, each with the change that removes it (then delete the row: the spec says so). */
const KNOWN_EXCEPTIONS: [from: string, to: string, why: string][] = [];

const lib = join(repoRoot(), 'lib');
const units = LAYERS.map(([unit]) => unit);
const within = (path: string, unit: string) => path === unit || path.startsWith(`${unit}/`);
const unitOf = (path: string): string | undefined => PART_OF[path] ?? (SURFACE.includes(path) ? 'surface' : units.find((u) => within(path, u)));
const IMPORT = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\s*\(?\s*['"](\.[^'"]+)['"]/g;

const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
/** Every relative import of lib/: [from, to], paths under lib/ without `.ts`. */
const found = files.flatMap((file) =>
  [...readFileSync(join(lib, file), 'utf8').matchAll(IMPORT)].map((m): [string, string] => [
    file.replace(/(\.d)?\.ts$/, ''),
    relative(lib, resolve(dirname(join(lib, file)), m[1] ?? m[2]!)).replace(/\.js$/, ''),
  ]),
);

describe('architecture: the imports of lib/ follow the layers', () => {
  const between = found.filter(([from, to]) => unitOf(from) !== unitOf(to));

  it('reads the imports (static, type-only, re-exports) and places every file in a unit', () => {
    expect(found.length).to.be.above(300);
    expect(between).to.deep.include(['index', 'errors']).and.deep.include(['protocol/parse', 'core/http-message']);
    const placed = [...files.map((f) => f.replace(/(\.d)?\.ts$/, '')), ...found.map(([, to]) => to)];
    expect(placed.filter((p) => !unitOf(p))).to.deep.equal([]);
  });

  it('the table only points down (to earlier rows): no import upward, no circle between units', () => {
    const below = (to: string, row: number) => units.includes(unitOf(to) ?? '') && units.indexOf(unitOf(to)!) < row;
    const upward = LAYERS.flatMap(([unit, imports], row) => imports.filter((to) => !below(to, row)).map((to) => `${unit} → ${to}`));
    expect(upward).to.deep.equal([]);
  });

  it('every import between units is an arrow the table allows', () => {
    const allowed = new Map(LAYERS);
    const forbidden = between.filter(([from, to]) => {
      const [a, b] = [unitOf(from)!, unitOf(to)!];
      if (a === 'surface' || KNOWN_EXCEPTIONS.some(([x, y]) => x === a && y === b)) return false;
      return !allowed.get(a)!.some((unit) => within(to, unit));
    });
    expect(forbidden.map(([from, to]) => `${from} → ${to}`)).to.deep.equal([]);
  });

  it('every known exception is still needed', () => {
    const stale = KNOWN_EXCEPTIONS.filter(([a, b]) => !between.some(([from, to]) => unitOf(from) === a && unitOf(to) === b));
    expect(stale.map(([a, b, why]) => `${a} → ${b} is gone: remove it from KNOWN_EXCEPTIONS (${why})`)).to.deep.equal([]);
  });
});
