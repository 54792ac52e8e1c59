// Run by abandon.spec.ts in its own process, as a user's script: GETs whose bodies are abandoned in
// every way, through a 2-connection pool, no garbage collection forced. Before anything kept the
// event loop alive while a call waited for a connection, such a script exited 0 halfway, silently.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { client, Config, type StreamingBody } from '../../lib/index.js';

const [endpoint, accessKey, secretKey, bucket, key] = process.argv.slice(2) as [string, string, string, string, string];

const abandon: Record<string, (body: StreamingBody) => Promise<void>> = {
  break: async (b) => {
    for await (const chunk of b) if (chunk.length) break;
  },
  'read(10)': async (b) => void (await b.read(10)),
  'stream.destroy()': async (b) => void b.stream.destroy(),
  'failed pipeline': (b) => pipeline(b.stream, new Writable({ write: (_c, _e, done) => done(new Error('gone')) })).catch(() => undefined),
  untouched: async () => undefined,
};

async function main(): Promise<void> {
  const s3 = client('s3', {
    endpoint_url: endpoint, aws_access_key_id: accessKey, aws_secret_access_key: secretKey,
    // unread bodies give their connection back after 1 s
    config: new Config({ max_pool_connections: 2, read_timeout: 1, connect_timeout: 10 }),
  });
  let gets = 0;
  for (const [name, run] of Object.entries(abandon)) {
    for (let i = 0; i < 4; i++) {
      const { Body } = await s3.get_object({ Bucket: bucket, Key: key });
      await run(Body!);
      gets++;
    }
    console.log(`${name}: done`);
  }
  await s3.close();
  console.log(JSON.stringify({ gets }));
}

// no top-level await: a script like this exits 0 when nothing is left on the event loop
void main().then(
  () => console.log('last line'),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
