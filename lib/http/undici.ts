// The parts of undici we use, loaded from its own modules: the package index also loads fetch,
// WebSocket, EventSource, caching and mocking (~140 ms of cold start; these ~60 ms). The paths are
// undici internals, so package.json pins undici to one minor version and spec/http/undici.spec.ts
// checks they still resolve to what we expect.
import { createRequire } from 'node:module';
import type * as Undici from 'undici';

const load = createRequire(import.meta.url);

export const Agent = load('undici/lib/dispatcher/agent.js') as typeof Undici.Agent;

type RequestApi = (this: Undici.Dispatcher, options: Undici.Dispatcher.RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;
const requestApi = load('undici/lib/api/api-request.js') as RequestApi;

/** `dispatcher.request(options)` for any Dispatcher, ours or a user's (ours lack the api mixin). */
export function request(dispatcher: Undici.Dispatcher, options: Undici.Dispatcher.RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
  return requestApi.call(dispatcher, options);
}

/**
 * Only clients configured with a proxy load the proxy agent, and they load undici's index: the
 * proxy agent opens its tunnels with `connect()`, an API method the index installs on every
 * dispatcher.
 */
export function createProxyAgent(options: Undici.ProxyAgent.Options): Undici.ProxyAgent {
  const { ProxyAgent } = load('undici') as typeof Undici;
  return new ProxyAgent(options);
}

/** undici's process-wide dispatcher (what `setGlobalDispatcher` sets), for requests no client owns. */
export function globalDispatcher(): Undici.Dispatcher {
  return (load('undici/lib/global.js') as { getGlobalDispatcher(): Undici.Dispatcher }).getGlobalDispatcher();
}
