// Where an S3 request goes: path-style (`host/bucket/key`) or virtual-hosted (`bucket.host/key`).
import type { AddressingStyle } from '../config.js';
import { type HttpRequest, uriEscape } from '../core/http-message.js';
import { InvalidDNSNameError } from '../errors.js';

const DNS_COMPATIBLE = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** A bucket name usable as a host label (no dots over https: certificates would not match). */
export function isDnsCompatible(bucket: string, https: boolean): boolean {
  const labels = bucket.split('.');
  if (https && labels.length > 1) return false;
  return bucket.length >= 3 && bucket.length <= 63 && labels.every((l) => l.length > 0 && (DNS_COMPATIBLE.test(l) || /^[a-z0-9]$/.test(l)));
}

export function chooseStyle(style: AddressingStyle, bucket: string, https: boolean, customEndpoint: boolean): 'path' | 'virtual' {
  if (style === 'path') return 'path';
  if (style === 'virtual') {
    if (!isDnsCompatible(bucket, https)) {
      throw new InvalidDNSNameError(`Bucket named "${bucket}" is not DNS compatible, so it cannot be addressed virtual-hosted style; use addressing_style 'path'`);
    }
    return 'virtual';
  }
  // like botocore: a custom endpoint_url is addressed path-style unless virtual is asked for
  return !customEndpoint && isDnsCompatible(bucket, https) ? 'virtual' : 'path';
}

/** Move `/{bucket}` from the path into the host name. `basePath` is the endpoint's own path prefix. */
export function toVirtualHost(request: HttpRequest, bucket: string, basePath: string): void {
  const prefix = `${basePath}/${uriEscape(bucket)}`;
  if (!request.path.startsWith(prefix)) return;
  const rest = request.path.slice(prefix.length);
  request.path = basePath + (rest.startsWith('/') ? rest : `/${rest}`);
  request.hostname = `${bucket}.${request.hostname}`;
}
