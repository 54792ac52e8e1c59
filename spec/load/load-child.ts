// Run by load.spec.ts in its own process: 200 concurrent mixed operations through one client and a
// connection-counting TCP relay; prints a JSON summary and must then exit by itself (no handles left).
import { createServer, connect, type Socket } from 'node:net';
import diagnostics from 'node:diagnostics_channel';
import { createHash } from 'node:crypto';
import { client, Config } from '../../lib/index.js';

const [endpoint, accessKey, secretKey, bucket] = process.argv.slice(2) as [string, string, string, string];
const upstream = new URL(endpoint);
let open = 0;
let peak = 0;
let total = 0;
const sockets = new Set<Socket>();
// sockets as the client holds them (the relay below sees closes a little late)
let clientOpen = 0;
let clientPeak = 0;
diagnostics.subscribe('undici:client:connected', (message) => {
  const { socket } = message as { socket: Socket };
  clientPeak = Math.max(clientPeak, ++clientOpen);
  socket.once('close', () => clientOpen--);
});
const relay = createServer((down) => {
  open++;
  total++;
  peak = Math.max(peak, open);
  const up = connect(Number(upstream.port), upstream.hostname);
  sockets.add(down);
  down.pipe(up).pipe(down);
  const done = () => {
    if (sockets.delete(down)) open--;
    up.destroy();
    down.destroy();
  };
  down.on('close', done).on('error', done);
  up.on('close', done).on('error', done);
});

async function main(): Promise<void> {
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  const port = (relay.address() as { port: number }).port;
  const s3 = client('s3', {
    endpoint_url: `http://127.0.0.1:${port}`, aws_access_key_id: accessKey, aws_secret_access_key: secretKey,
    config: new Config({ max_pool_connections: 10, retries: { max_backoff: 0.05 } }),
  });
  const body = (i: number) => Buffer.alloc(1024 + i * 97, i % 251);
  const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
  let failures = 0;
  const ops = Array.from({ length: 200 }, async (_, i) => {
    const key = `load/${i}`;
    try {
      switch (i % 5) {
        case 0: {
          await s3.put_object({ Bucket: bucket, Key: key, Body: body(i) });
          const got = await (await s3.get_object({ Bucket: bucket, Key: key })).Body!.read();
          if (md5(got) !== md5(body(i))) failures++;
          break;
        }
        case 1:
          await s3.put_object({ Bucket: bucket, Key: key, Body: body(i) });
          if ((await s3.head_object({ Bucket: bucket, Key: key })).ContentLength !== body(i).length) failures++;
          break;
        case 2:
          await s3.list_objects_v2({ Bucket: bucket, Prefix: 'load/', MaxKeys: 50 });
          break;
        case 3: {
          const { UploadId } = await s3.create_multipart_upload({ Bucket: bucket, Key: key });
          await s3.abort_multipart_upload({ Bucket: bucket, Key: key, UploadId: UploadId! });
          break;
        }
        default:
          await s3.put_object({ Bucket: bucket, Key: key, Body: 'x' });
          await s3.copy_object({ Bucket: bucket, Key: `${key}.copy`, CopySource: { Bucket: bucket, Key: key } });
      }
    } catch (err) {
      failures++;
      console.error(String(err));
    }
  });
  await Promise.all(ops);
  await s3.close();
  await new Promise<void>((r) => relay.close(() => r()));
  process.stdout.write(`${JSON.stringify({ operations: ops.length, failures, peakSockets: clientPeak, relayPeak: peak, totalSockets: total })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
