// IBM COS endpoints from a location and an endpoint type, as IBM documents them:
// public  s3.<location>.cloud-object-storage.appdomain.cloud
// private s3.private.<location>.cloud-object-storage.appdomain.cloud
// direct  s3.direct.<location>.cloud-object-storage.appdomain.cloud
// <location> is a region (us-south, eu-de, …), a cross-region code (us, eu, ap) or a single site (ams03, …).

export type EndpointType = 'public' | 'private' | 'direct';

const DOMAIN = 'cloud-object-storage.appdomain.cloud';
const LOCATION = /^[a-z]{2,}(-[a-z]+)?\d*$/;

export function ibmEndpoint(location: string, type: EndpointType = 'public', https = true): string {
  if (!LOCATION.test(location)) {
    throw new TypeError(`'${location}' is not an IBM COS location (e.g. us-south, eu-de, us, ams03); pass endpoint_url for other endpoints`);
  }
  if (!['public', 'private', 'direct'].includes(type)) throw new TypeError(`endpoint_type must be public, private or direct, not '${type}'`);
  const infix = type === 'public' ? '' : `${type}.`;
  return `${https ? 'https' : 'http'}://s3.${infix}${location}.${DOMAIN}`;
}
