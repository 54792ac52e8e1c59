// Mocha root-hook plugin, loaded through `.mocharc.json` ("require": ["build/spec/setup.js"]).
//
// - The S3 server is NOT started here: unit-only runs must not pay for it. Integration specs call
//   `await ensureServer()` (spec/helpers/server.ts) in their own `before`, with
//   `this.timeout(SERVER_START_TIMEOUT_MS)`.
// - After the run, a server that ensureServer() had to start is stopped again.
// - Any unhandled promise rejection during the run fails it: it is reported at once and the root
//   afterAll hook throws. One that comes even later still makes the process exit non-zero.

import { stopServerIfStarted } from './helpers/server.js';

const unhandled: unknown[] = [];
let reported = 0;

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  try {
    return `non-Error rejection: ${JSON.stringify(reason)}`;
  } catch {
    return `non-Error rejection: ${String(reason)}`;
  }
}

// mocha's runner listens too and re-emits the event on `process`, so each promise arrives twice
const seen = new WeakSet<Promise<unknown>>();

process.on('unhandledRejection', (reason, promise) => {
  if (seen.has(promise)) return;
  seen.add(promise);
  unhandled.push(reason);
  console.error(`\n[setup] unhandled promise rejection #${unhandled.length}:\n${describeReason(reason)}\n`);
});

process.on('exit', (code) => {
  if (unhandled.length > reported && code === 0) {
    console.error(`[setup] ${unhandled.length - reported} unhandled promise rejection(s) after the last test`);
    process.exitCode = 1;
  }
});

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    // nothing eager; see the header comment
  },

  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(90_000);
    try {
      await stopServerIfStarted();
    } finally {
      if (unhandled.length > reported) {
        const fresh = unhandled.slice(reported);
        reported = unhandled.length;
        throw new Error(
          `${fresh.length} unhandled promise rejection(s) during the run:\n` + fresh.map(describeReason).join('\n---\n'),
        );
      }
    }
  },
};
