// The parts of undici we use, imported module by module: the package index also loads fetch,
// WebSocket, EventSource, caching and mocking (~140 ms of cold start; these ~60 ms). The imports
// are static, so `npm run build` bundles exactly these modules into dist/ (bundlers never see a
// path resolved at run time). The paths are undici internals: undici is pinned to one minor version
// and spec/core/undici.spec.ts checks they still behave as undici's public classes do.
/// <reference path="./undici-modules.d.ts" />
import type * as Undici from 'undici-types';
import AgentModule from 'undici/lib/dispatcher/agent.js';
import connectApi from 'undici/lib/api/api-connect.js';
import requestApi from 'undici/lib/api/api-request.js';
import PoolModule from 'undici/lib/dispatcher/pool.js';
import ProxyAgentModule from 'undici/lib/dispatcher/proxy-agent.js';
import dispatcherGlobal from 'undici/lib/global.js';

export const Agent: typeof Undici.Agent = AgentModule;

/** `dispatcher.request(options)` for any Dispatcher, ours or a user's (ours lack the api mixin). */
export function request(dispatcher: Undici.Dispatcher, options: Undici.Dispatcher.RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
  return requestApi.call(dispatcher, options);
}

/**
 * The proxy agent opens its tunnels with `connect()` on its pool to the proxy, an API method
 * undici's index installs on every dispatcher; we give it to that one pool only.
 */
export function createProxyAgent(options: Undici.ProxyAgent.Options): Undici.ProxyAgent {
  const clientFactory = (origin: URL, opts: object): Undici.Dispatcher =>
    Object.assign(new PoolModule(origin, opts), { connect: connectApi });
  return new ProxyAgentModule({ ...options, clientFactory });
}

/** undici's process-wide dispatcher (what `setGlobalDispatcher` sets), for requests no client owns. */
export function globalDispatcher(): Undici.Dispatcher {
  return dispatcherGlobal.getGlobalDispatcher();
}
