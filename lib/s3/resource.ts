// The S3 service resource: the generic resource factory fed with the S3 resource model, the S3
// service model and the S3 injections. Classes are built once per process and shared; every
// resource carries its own client in `meta.client`.
import { HierarchicalEmitter } from '../client/events.js';
import { s3Resources } from '../model/s3/resources.js';
import { s3Model } from '../model/s3/service.js';
import { ResourceFactory } from '../resources/factory.js';
import type { ServiceResource } from '../generated/s3-resources.js';
import type { S3Client } from './client.js';
import { registerS3Injections } from './inject.js';

let defaultClient: (() => S3Client) | undefined;
let factory: ResourceFactory | undefined;

/** How resources built without a client get one (the session registers `client('s3')`). */
export function setDefaultResourceClient(make: () => S3Client): void {
  defaultClient = make;
}

/** The factory of the S3 resource classes. */
export function s3ResourceFactory(): ResourceFactory {
  if (!factory) {
    const events = new HierarchicalEmitter();
    registerS3Injections(events);
    factory = new ResourceFactory({
      serviceName: 's3',
      resourceModel: s3Resources,
      serviceModel: s3Model,
      events,
      defaultClient: () => {
        if (!defaultClient) throw new TypeError('no default client: build resources through resource("s3") or a service resource');
        return defaultClient();
      },
    });
  }
  return factory;
}

/** The service resource over an existing client (`s3.meta.client === client`). */
export function s3ServiceResource(client: S3Client): ServiceResource {
  return s3ResourceFactory().serviceResource(client) as unknown as ServiceResource;
}
