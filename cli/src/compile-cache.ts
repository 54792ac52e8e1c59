// A V8 code cache for the command line's bundle (the SDK in it), which every `cos` run loads:
// ~1.3 MB of JavaScript that V8 would otherwise parse and compile again on each start (a no-change
// sync: ~195 ms without the cache, ~145 ms with it, here). The first run compiles it as usual and,
// at exit, saves the compiled code (its lazily compiled functions included); later runs hand that
// to V8, which checks it against the source, the V8 version and flags, and silently compiles afresh
// when it does not match (the cache is then rewritten). Node 22 has this built in
// (module.enableCompileCache); Node 20 does not.
// The cache lives in $XDG_CACHE_HOME/cos-boto3 (or ~/.cache/cos-boto3); COS_COMPILE_CACHE=0 turns it
// off, COS_COMPILE_CACHE=<dir> moves it. Any failure to read or write it only costs the saving.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.COS_COMPILE_CACHE;
  if (setting === '0') return undefined;
  if (setting) return setting;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
  return base ? join(base, 'cos-boto3') : undefined;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The cache file of one source: `<path's digest>-<version's digest>.v8cache`, a new name whenever
 * the file, Node or the V8 flags change (the first part stays, so older versions can be found).
 */
export function cacheFileFor(dir: string, filename: string, flags: string): string {
  const { size, mtimeMs } = statSync(filename);
  return join(dir, `${digest(filename)}-${digest(`${size}\0${mtimeMs}\0${process.version}\0${process.arch}\0${flags}`)}.v8cache`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache file (atomically: runs in parallel each write whole files) and drops its older versions. */
function writeCache(file: string, data: Buffer): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
    const source = basename(file).split('-')[0]!;
    for (const old of readdirSync(dir)) {
      if (old.startsWith(`${source}-`) && old.endsWith('.v8cache') && old !== basename(file)) rmSync(join(dir, old), { force: true });
    }
  } catch {
    // a read-only or missing home: the next run compiles again, as without a cache
  }
}

/**
 * Loads the CommonJS file `filename` as require() would (one module object, in require.cache, so
 * a later require or import of it gets these exports), compiled with the cached code when there is
 * some. Falls back to a plain require when there is no cache directory.
 */
export function requireWithCodeCache(filename: string, flags: string, dir = cacheDir()): unknown {
  const require = createRequire(filename);
  if (!dir || require.cache[filename]) return require(filename);
  const file = cacheFileFor(dir, filename, flags);
  const cachedData = readCache(file);
  const script = new Script(Module.wrap(readFileSync(filename, 'utf8')), { filename, cachedData });
  const mod = new Module(filename);
  mod.filename = filename;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(filename));
  require.cache[filename] = mod;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(mod.exports, mod.exports, require, mod, filename, dirname(filename));
  } catch (err) {
    delete require.cache[filename];
    throw err;
  }
  mod.loaded = true;
  // saved once the run is over, so the functions it compiled lazily are in it too
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(file, script.createCachedData()));
  return mod.exports;
}
