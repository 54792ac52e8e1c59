// Which proxy a URL goes through: Config({ proxies }) when given (as botocore: then the environment is
// not read at all), else HTTPS_PROXY / HTTP_PROXY and NO_PROXY read as Python's urllib reads them.

export type ProxyFor = (url: string) => string | undefined;

/**
 * Proxy URLs by scheme from `*_proxy` variables in any case; the lower-case spelling wins and an
 * empty lower-case one unsets it. Under CGI (REQUEST_METHOD set) HTTP_PROXY may come from a request
 * header (httpoxy), so the upper-case one is ignored there.
 */
export function environmentProxies(env: NodeJS.ProcessEnv): Record<string, string> {
  const proxies: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const lower = name.toLowerCase();
    if (value && lower.endsWith('_proxy')) proxies[lower.slice(0, -6)] = value;
  }
  if (env.REQUEST_METHOD) delete proxies.http;
  for (const [name, value] of Object.entries(env)) {
    if (!name.endsWith('_proxy')) continue;
    const scheme = name.toLowerCase().slice(0, -6);
    if (value) proxies[scheme] = value;
    else delete proxies[scheme];
  }
  return proxies;
}

/** NO_PROXY: `*`, or comma-separated host names / domain suffixes (a leading dot is optional), with or without port. */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  if (noProxy.trim() === '*') return true;
  const hostOnly = url.hostname.toLowerCase();
  const host = url.host.toLowerCase();
  for (const entry of noProxy.split(',')) {
    const name = entry.trim().replace(/^\.+/, '').toLowerCase();
    if (!name) continue;
    if (hostOnly === name || host === name || hostOnly.endsWith(`.${name}`) || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

export function proxyResolver(configured: Readonly<Record<string, string>> | undefined, env: NodeJS.ProcessEnv): ProxyFor {
  const scheme = (url: URL) => url.protocol.slice(0, -1);
  if (configured) return (url) => configured[scheme(new URL(url))];
  const proxies = environmentProxies(env);
  if (!proxies.http && !proxies.https) return () => undefined;
  return (url) => {
    const parsed = new URL(url);
    return bypassesProxy(parsed, proxies.no) ? undefined : proxies[scheme(parsed)];
  };
}
