// A TCP proxy on 127.0.0.1 that holds every chunk for `oneWayMs` in each direction, so a client sees
// the endpoint `2 × oneWayMs` away, as a real store is (loopback has no round trip to speak of, and
// this machine's kernel has no netem). Bytes are forwarded unchanged and in order; bandwidth is not
// limited. For small requests only: copying bulk data through this process costs CPU that the
// contenders would then share.
import { type Server, type Socket, createServer, connect } from 'node:net';

export interface DelayProxy { endpoint: string; close(): Promise<void> }

export async function startDelayProxy(target: URL, oneWayMs: number): Promise<DelayProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer({ noDelay: true }, (client) => {
    const upstream = connect({ host: target.hostname, port: Number(target.port), noDelay: true });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => { client.destroy(); upstream.destroy(); });
      s.on('close', () => { sockets.delete(s); client.destroy(); upstream.destroy(); });
    }
    forwardLate(client, upstream, oneWayMs);
    forwardLate(upstream, client, oneWayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** Writes what `from` sends to `to`, each chunk (and the end) `delayMs` after it arrived; one timer per direction. */
function forwardLate(from: Socket, to: Socket, delayMs: number): void {
  const queue: { due: number; data: Buffer | null }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.due <= now) {
      const { data } = queue.shift()!;
      if (data === null) to.end();
      else to.write(data);
    }
    if (queue.length > 0) timer = setTimeout(release, queue[0]!.due - now);
  };
  const hold = (data: Buffer | null) => {
    queue.push({ due: performance.now() + delayMs, data });
    timer ??= setTimeout(release, delayMs);
  };
  from.on('data', (data: Buffer) => hold(data));
  from.on('end', () => hold(null));
}
