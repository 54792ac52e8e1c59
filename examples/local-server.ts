// The endpoint the examples talk to. With S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY
// set, that endpoint (IBM COS, or any S3 server). Otherwise the project's local Ceph RADOS Gateway
// (scripts/radosgw.sh), started if it is not running — and stopped again by stop().
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { client, Config, resource, type S3Client } from 'cos-boto3';

export interface ExampleServer {
  /** S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION (and what else the script exports). */
  env: Record<string, string>;
  /** Stops the local gateway if this process started it; otherwise does nothing. */
  stop(): void;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

function localServer(): { env: Record<string, string>; started: boolean } {
  const script = join(repoRoot(), 'scripts/radosgw.sh');
  let started = false;
  try {
    execFileSync('bash', [script, 'status'], { stdio: 'ignore' });
  } catch {
    console.log('starting the local RADOS Gateway (installs it with apt on first use)…');
    execFileSync('bash', [script, 'start'], { stdio: 'inherit' });
    started = true;
  }
  const env: Record<string, string> = {};
  for (const line of execFileSync('bash', [script, 'env'], { encoding: 'utf8' }).split('\n')) {
    const m = /^export (\w+)=(.*)$/.exec(line);
    if (m) env[m[1]!] = m[2]!;
  }
  return { env, started };
}

export function exampleServer(): ExampleServer {
  const configured = process.env.S3_ENDPOINT && process.env.S3_ACCESS_KEY_ID && process.env.S3_SECRET_ACCESS_KEY;
  if (configured) return { env: process.env as Record<string, string>, stop: () => undefined };
  const local = localServer();
  return {
    env: local.env,
    stop: () => {
      if (local.started) execFileSync('bash', [join(repoRoot(), 'scripts/radosgw.sh'), 'stop'], { stdio: 'inherit' });
    },
  };
}

/**
 * Runs `body` with a client for the example endpoint and a fresh bucket; afterwards deletes what is
 * in the bucket, the bucket, and stops a gateway this process started.
 */
export async function withExampleBucket(name: string, body: (s3: S3Client, bucket: string) => Promise<void>): Promise<void> {
  const server = exampleServer();
  const env = server.env;
  const options = {
    endpoint_url: env.S3_ENDPOINT,
    aws_access_key_id: env.S3_ACCESS_KEY_ID,
    aws_secret_access_key: env.S3_SECRET_ACCESS_KEY,
    region_name: env.S3_REGION ?? 'us-east-1',
    config: new Config({ s3: { addressing_style: 'path' } }),
  };
  const s3 = client('s3', options);
  const bucket = `cos-boto3-${name}-${Date.now().toString(36)}`;
  try {
    await s3.create_bucket({ Bucket: bucket });
    await body(s3, bucket);
  } finally {
    await resource('s3', options).Bucket(bucket).objects.all().delete().catch(() => undefined);
    await s3.delete_bucket({ Bucket: bucket }).catch(() => undefined);
    await s3.close();
    server.stop();
  }
}
