// S3Client: the generic BaseClient bound to the S3 model, its addressing and its customizations.
// Typed methods (put_object, …) come from the model; their signatures from lib/generated.
import { BaseClient, type BaseClientOptions, type CallOptions, type RequestContext } from '../client/base-client.js';
import { xformName } from '../core/naming.js';
import { s3Model } from '../model/s3/service.js';
import type { S3ClientMethods } from '../generated/s3-client.js';
import { chooseStyle, toVirtualHost } from './addressing.js';
import { registerS3Customizations, s3MemberChecks } from './customizations.js';

export type S3ClientOptions = Omit<BaseClientOptions, 'model' | 'memberChecks'> & {
  /** Whether the endpoint came from the user (affects 'auto' addressing). */
  customEndpoint: boolean;
  /** Sent as `ibm-service-instance-id` where IBM COS needs it, unless the call gives its own. */
  ibm_service_instance_id?: string;
};

const METHOD_TO_OPERATION: Record<string, string> = Object.fromEntries(
  Object.keys(s3Model.operations).map((op) => [xformName(op), op]),
);

export interface S3Client extends S3ClientMethods {}

export class S3Client extends BaseClient {
  readonly #customEndpoint: boolean;

  constructor(options: S3ClientOptions) {
    super({ ...options, model: s3Model, memberChecks: s3MemberChecks }, METHOD_TO_OPERATION);
    this.#customEndpoint = options.customEndpoint;
    registerS3Customizations(this.meta.events, { serviceInstanceId: options.ibm_service_instance_id, bearer: this.meta.signer.name === 'oauth' });
  }

  protected override addressRequest(ctx: RequestContext): void {
    const bucket = ctx.params.Bucket;
    if (typeof bucket !== 'string') return;
    const https = ctx.request.protocol === 'https:';
    const style = chooseStyle(this.meta.config.s3?.addressing_style ?? 'auto', bucket, https, this.#customEndpoint);
    if (style === 'virtual') toVirtualHost(ctx.request, bucket, new URL(this.meta.endpoint_url).pathname.replace(/\/$/, ''));
  }
}

// one method per operation, on the prototype: client.put_object(params, { signal })
for (const [method, operation] of Object.entries(METHOD_TO_OPERATION)) {
  Object.defineProperty(S3Client.prototype, method, {
    value: function (this: S3Client, params?: Record<string, unknown>, options?: CallOptions) {
      return this._make_api_call(operation, params ?? {}, options);
    },
    writable: true,
    configurable: true,
  });
}
