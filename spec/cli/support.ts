// Running the `cos` command line as a user does: a child process of cli/dist/cos.js (built by
// `npm test`'s pretest), credentials in the environment, the endpoint on the command line.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, type ServerInfo } from '../helpers/server.js';

export const COS = join(repoRoot(), 'cli', 'dist', 'cos.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: Buffer | string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Bound on the run: a hang fails the spec instead of the suite. */
  timeoutMs?: number;
  /** Raw stdout bytes (for `cp s3://… -`). */
  onStdout?: (chunk: Buffer) => void;
}

export function credentialsEnv(server: ServerInfo): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: server.accessKeyId,
    AWS_SECRET_ACCESS_KEY: server.secretAccessKey,
    AWS_CONFIG_FILE: '/nonexistent/cos-cli-spec-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/cos-cli-spec-credentials',
    COS_CREDENTIALS_FILE: '/nonexistent/cos-cli-spec-cos-credentials',
  };
}

/** `cos <args>` with the server's endpoint and keys; resolves when it exits. */
export function cos(server: ServerInfo, args: string[], options: RunOptions = {}): Promise<Run> {
  return startCosOn(server, args, options).done;
}

export function runCos(args: string[], options: RunOptions = {}): Promise<Run> {
  return startCos(args, options).done;
}

/** A running `cos`, to signal (Ctrl-C) while it works. */
export interface Running {
  child: ChildProcessWithoutNullStreams;
  done: Promise<Run>;
}

/** `cos` with the server's endpoint and keys, not awaited. */
export function startCosOn(server: ServerInfo, args: string[], options: RunOptions = {}): Running {
  return startCos(['--endpoint-url', server.endpoint, ...args], { ...options, env: { ...credentialsEnv(server), ...options.env } });
}

export function startCos(args: string[], options: RunOptions = {}): Running {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(process.execPath, [COS, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => (options.onStdout ? options.onStdout(c) : out.push(c)));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.stdin.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
  return { child, done };
}

/** Lines of stdout that start with `action:` ("upload:", "download:", "delete:", …). */
export function actionLines(run: Run, action: string): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`${action}: `));
}

/** For a describe block: a temporary directory made before its tests and removed after them. */
export function withTempDir(label: string): { readonly path: string } {
  let dir: { path: string; remove: () => Promise<void> } | undefined;
  before(async () => {
    dir = await tempDir(label);
  });
  after(async () => dir?.remove());
  return {
    get path() {
      if (!dir) throw new Error('the directory exists once the tests run');
      return dir.path;
    },
  };
}

export async function tempDir(label: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `cos-cli-${label}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
