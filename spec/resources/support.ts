// The S3 service resource over a spy client (no network): what the behaviour specs drive.
import { Config, resource, type S3, type S3Client } from '../../lib/index.js';
import type { ServerInfo } from '../helpers/server.js';
import { s3Paginators } from '../../lib/model/s3/paginators.js';
import { s3ServiceResource } from '../../lib/s3/resource.js';
import { type Handler, type SpyClient, spyClient } from '../helpers/spy-client.js';

export function s3WithSpy(handlers: Record<string, Handler> = {}): { s3: S3.ServiceResource; spy: SpyClient } {
  const spy = spyClient({ handlers, paginators: s3Paginators });
  return { s3: s3ServiceResource(spy as unknown as S3Client), spy };
}

/** A listing page of ListObjects with these keys (sizes = key length), truncated if `next` is given. */
export function objectsPage(keys: string[], next?: string): Record<string, unknown> {
  return {
    Contents: keys.map((Key) => ({ Key, Size: Key.length, ETag: `"${Key}"`, LastModified: new Date(0), StorageClass: 'STANDARD' })),
    IsTruncated: next !== undefined,
    ...(next ? { NextMarker: next } : {}),
  };
}

/** The service resource for the real server (integration walk-throughs). */
export function serverResource(server: ServerInfo): S3.ServiceResource {
  return resource('s3', {
    endpoint_url: server.endpoint,
    region_name: server.region,
    aws_access_key_id: server.accessKeyId,
    aws_secret_access_key: server.secretAccessKey,
    config: new Config({ retries: { max_backoff: 0.05 } }),
  });
}
