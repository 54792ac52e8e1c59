// The real S3 server integration specs run against.
//
// - If S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set, that server is used as is
//   and nothing is ever started or stopped.
// - Otherwise the project's Ceph RADOS Gateway (scripts/radosgw.sh) is used: if its endpoint does
//   not answer, it is started (installing the Debian packages on first use, which can take a few
//   minutes) and stopped again by stopServerIfStarted() from the root afterAll hook (spec/setup.ts).
//
// Integration specs call ensureServer() in their own `before` hook, with a long enough timeout:
//
//   before(async function () {
//     this.timeout(SERVER_START_TIMEOUT_MS);
//     server = await ensureServer();
//   });

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerInfo {
  /** Path-style endpoint, e.g. `http://127.0.0.1:7480`. */
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Region to sign with. */
  region: string;
  /** A second user, for ACL / cross-account specs. */
  otherAccessKeyId: string;
  otherSecretAccessKey: string;
  otherCanonicalId: string;
  /** The LocationConstraint CreateBucket accepts (RGW accepts exactly one). */
  locationConstraint: string;
  /**
   * Base for virtual-hosted addressing, e.g. `http://localhost:7480` (buckets become
   * `<bucket>.localhost:7480`). glibc does not resolve `*.localhost`: connect to 127.0.0.1 and send
   * the `Host` header (a custom `lookup`), as the endpoint's host is what the server parses.
   */
  vhostEndpoint: string;
}

/** Enough for a first run that installs the packages with apt (~35 s here, more on slow mirrors). */
export const SERVER_START_TIMEOUT_MS = 300_000;

const SCRIPT = 'scripts/radosgw.sh';

let pending: Promise<ServerInfo> | undefined;
let startedByUs = false;

/** The repository root: the nearest directory above this file holding package.json (works from build/ too). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The S3 server for integration specs, started if necessary. Memoized (also a failure). */
export function ensureServer(): Promise<ServerInfo> {
  pending ??= resolveServer();
  return pending;
}

/** Stops the local server if ensureServer() started it; a server found running is left alone. */
export async function stopServerIfStarted(): Promise<void> {
  if (!startedByUs) return;
  startedByUs = false;
  pending = undefined;
  await runScript('stop', 60_000);
}

/** Whether `endpoint` answers an anonymous `GET /` with 200 (RGW's anonymous ListBuckets). */
export function answers(endpoint: string, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    let req: ReturnType<typeof request>;
    try {
      // agent: false: a fresh connection that is closed afterwards, so nothing keeps mocha alive
      req = request(new URL('/', endpoint), { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
        res.on('error', () => resolve(false));
      });
    } catch {
      resolve(false);
      return;
    }
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

let counter = 0;

/**
 * A fresh bucket name: `<prefix>-<time>-<pid>-<n>-<random>`, lowercase letters, digits and
 * hyphens only, starting and ending with a letter or digit, at most 63 characters.
 */
export function uniqueBucketName(prefix = 'cos'): string {
  counter += 1;
  const suffix = [Date.now().toString(36), process.pid.toString(36), counter.toString(36), randomBytes(3).toString('hex')].join('-');
  let head = prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (head === '' || head.startsWith('xn-')) head = `cos${head === '' ? '' : `-${head}`}`;
  head = head.slice(0, 63 - suffix.length - 1).replace(/-+$/, '');
  return `${head}-${suffix}`;
}

async function resolveServer(): Promise<ServerInfo> {
  const env = process.env;
  if (env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY) {
    return fromEnv(env); // someone else's server: never started or stopped here
  }
  const info = fromEnv({ ...env, ...parseExports(await runScript('env', 30_000)) });
  if (!(await answers(info.endpoint))) {
    await runScript('start', SERVER_START_TIMEOUT_MS - 10_000);
    startedByUs = true;
    if (!(await answers(info.endpoint, 5000))) {
      throw new Error(`${SCRIPT} start returned but ${info.endpoint} does not answer`);
    }
  }
  return info;
}

function fromEnv(env: NodeJS.ProcessEnv): ServerInfo {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const endpoint = need('S3_ENDPOINT').replace(/\/+$/, '');
  const accessKeyId = need('S3_ACCESS_KEY_ID');
  const secretAccessKey = need('S3_SECRET_ACCESS_KEY');
  let vhostEndpoint = env.S3_VHOST_ENDPOINT;
  if (!vhostEndpoint) {
    const url = new URL(endpoint);
    url.hostname = 'localhost';
    vhostEndpoint = url.origin;
  }
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    region: env.S3_REGION || 'us-east-1',
    otherAccessKeyId: env.S3_OTHER_ACCESS_KEY_ID || accessKeyId,
    otherSecretAccessKey: env.S3_OTHER_SECRET_ACCESS_KEY || secretAccessKey,
    otherCanonicalId: env.S3_OTHER_CANONICAL_ID || '',
    locationConstraint: env.S3_LOCATION_CONSTRAINT || 'us-standard',
    vhostEndpoint: vhostEndpoint.replace(/\/+$/, ''),
  };
}

/** `export NAME=value` lines (the script's `env` output) as a record. */
function parseExports(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^export ([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/**
 * Runs `bash scripts/radosgw.sh <command>` and resolves with its stdout once it exits; its progress
 * lines (stderr) go to ours. The script detaches its daemons and hands them none of our pipes, so
 * nothing it starts outlives this call here or keeps mocha from exiting.
 */
function runScript(command: 'start' | 'stop' | 'env', timeoutMs: number): Promise<string> {
  const root = repoRoot();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(root, SCRIPT), command], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: timeoutMs,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => reject(new Error(`bash ${SCRIPT} ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`bash ${SCRIPT} ${command} failed (${signal ? `killed by ${signal} after ${timeoutMs} ms` : `exit ${code}`}); see the [radosgw] lines above`));
    });
  });
}
