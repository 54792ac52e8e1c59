// IBM COS endpoints from a location and an endpoint type, as IBM documents them:
// public  s3.<location>.cloud-object-storage.appdomain.cloud
// private s3.private.<location>.cloud-object-storage.appdomain.cloud
// direct  s3.direct.<location>.cloud-object-storage.appdomain.cloud
// <location> is a region (us-south, eu-de, …), a cross-region code (us, eu, ap) or a single site (ams03, …).

import { InvalidConfigError } from '../errors.js';

export type EndpointType = 'public' | 'private' | 'direct';

const DOMAIN = 'cloud-object-storage.appdomain.cloud';
/** The locations IBM documents endpoints for (regional, cross-region, single data center). */
export const IBM_COS_LOCATIONS: readonly string[] = [
  'us-south', 'us-east', 'eu-gb', 'eu-de', 'au-syd', 'jp-tok', 'jp-osa', 'ca-tor', 'br-sao', 'eu-es', 'ca-mon', 'in-che',
  'us', 'eu', 'ap',
  'ams03', 'che01', 'mon01', 'par01', 'sjc04', 'sng01',
];
/** botocore's region name rule (validate_region_name). */
const REGION_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
/** A DNS host name, as botocore's is_valid_endpoint_url checks it (IP literals aside). */
const HOST_NAME = /^((?!-)[a-z\d-]{1,63}(?<!-)\.)*((?!-)[a-z\d-]{1,63}(?<!-))\.?$/i;

/** botocore's InvalidRegionError: a region name (any, with an endpoint_url) must look like one. */
export function checkRegionName(region: string): void {
  if (!REGION_NAME.test(region)) throw new InvalidConfigError(`Provided region_name '${region}' doesn't match a supported format.`);
}

/**
 * An endpoint_url must be an http(s) URL with a host (as botocore checks when the client is made):
 * 'localhost:7480' or 's3.example.com' without a scheme fail here, naming the value.
 */
export function checkEndpointUrl(endpoint: string): void {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  const host = url?.hostname.replace(/^\[(.*)\]$/, '$1') ?? '';
  const validHost = host.includes(':') ? /^[0-9a-f:.]+$/i.test(host) : HOST_NAME.test(host) && host.length <= 255;
  if (!url || !['http:', 'https:'].includes(url.protocol) || !validHost) {
    const shown = endpoint.replace(/\/\/[^/@]*@/, '//***@'); // never a password in a message
    throw new InvalidConfigError(`Invalid endpoint: ${shown} (an endpoint_url needs a scheme and a host, e.g. https://s3.us-south.${DOMAIN})`);
  }
}

export function ibmEndpoint(location: string, type: EndpointType = 'public', https = true): string {
  if (!IBM_COS_LOCATIONS.includes(location)) {
    throw new InvalidConfigError(`'${location}' is not an IBM COS location (e.g. us-south, eu-de, us, ams03); pass endpoint_url for other endpoints`);
  }
  if (!['public', 'private', 'direct'].includes(type)) throw new InvalidConfigError(`endpoint_type must be public, private or direct, not '${type}'`);
  const infix = type === 'public' ? '' : `${type}.`;
  return `${https ? 'https' : 'http'}://s3.${infix}${location}.${DOMAIN}`;
}
