// S3Client: the generic BaseClient bound to the S3 model, its addressing and its customizations.
// Typed methods (put_object, …) come from the model; their signatures from lib/generated.
import { BaseClient, type BaseClientOptions, type CallOptions, type ClientMeta, type RequestContext } from '../client/base-client.js';
import type { HierarchicalEmitter } from '../client/events.js';
import type { ServiceOperations } from '../client/hooks.js';
import { xformName } from '../core/naming.js';
import { s3Model } from '../model/s3/service.js';
import type { S3ClientMethods, S3Exceptions, S3Operations, S3Paginators, S3Waiters } from '../generated/s3-client.js';
import { s3Paginators } from '../model/s3/paginators.js';
import { s3Waiters } from '../model/s3/waiters.js';
import type { Paginator } from '../client/paginator.js';
import type { Waiter } from '../client/waiter.js';
import { type PostCondition, checkExpiresIn, hmacKeysNeeded } from '../auth/presign.js';
import { UnknownClientMethodError } from '../errors.js';
import { checkOptions, describe, own } from '../core/own.js';
import { PRESIGNED_POST_OPTIONS, PRESIGNED_URL_OPTIONS, checkKey } from './presign-options.js';
import { chooseStyle, toVirtualHost } from './addressing.js';
import { registerS3Customizations, s3MemberChecks } from './customizations.js';
import { registerFlexibleChecksums } from './flexible-checksums.js';
import { checksumSettings } from '../config.js';
import type { TransferMethods } from '../transfer/client-methods.js';
import { injectS3ClientMethods } from './inject.js';

export type S3ClientOptions = Omit<BaseClientOptions, 'model' | 'memberChecks' | 'paginators' | 'waiters'> & {
  /** Whether the endpoint came from the user (affects 'auto' addressing). */
  customEndpoint: boolean;
  /** Sent as `ibm-service-instance-id` where IBM COS needs it, unless the call gives its own. */
  ibm_service_instance_id?: string;
};

const METHOD_TO_OPERATION: Record<string, string> = Object.fromEntries(
  Object.keys(s3Model.operations).map((op) => [xformName(op), op]),
);

/** The operations' methods, paginators and waiters, and the managed transfers (injected, as in boto3). */
export interface S3Client extends S3ClientMethods, TransferMethods {
  get_paginator<K extends keyof S3Paginators>(operation_name: K): Paginator<S3Paginators[K]['input'], S3Paginators[K]['page'], S3Paginators[K]['result']>;
  can_paginate(operation_name: keyof S3Paginators | (string & {})): boolean;
  get_waiter<K extends keyof S3Waiters>(waiter_name: K): Waiter<S3Waiters[K]['input']>;
}

/** `s3.meta.events`: hooks typed by event name (`before-send.s3.PutObject` gets PutObject's params). */
export type S3Events = HierarchicalEmitter<ServiceOperations<S3Operations, 's3'>>;

/** `s3.meta`: the client's config, endpoint, model and its typed hooks. */
export type S3ClientMeta = Omit<ClientMeta, 'events'> & { readonly events: S3Events };

export interface PresignedUrlOptions<Params = Record<string, unknown>> {
  /** The parameters the method takes (`{ Bucket, Key, VersionId, ResponseContentDisposition }`). */
  Params?: Params | undefined;
  /** Seconds the URL is valid: 1 to 604800, default 3600. */
  ExpiresIn?: number | undefined;
  /** Sign for another HTTP method than the operation's. */
  HttpMethod?: string | undefined;
}

export interface PresignedPostOptions {
  /** Prefilled form fields (acl, Content-Type, x-amz-meta-…); each needs its own condition. */
  Fields?: Record<string, string> | undefined;
  /** Policy conditions: `{ acl: 'public-read' }`, `['content-length-range', 1, 1024]`, `['starts-with', '$key', 'u/']`. */
  Conditions?: PostCondition[] | undefined;
  /** Seconds the policy is valid: 1 to 604800, default 3600. */
  ExpiresIn?: number | undefined;
}

export class S3Client extends BaseClient {
  /** One class per modeled error code: `err instanceof s3.exceptions.NoSuchKey`. */
  declare readonly exceptions: S3Exceptions;
  declare readonly meta: S3ClientMeta;
  readonly #customEndpoint: boolean;

  constructor(options: S3ClientOptions) {
    super({ ...options, model: s3Model, memberChecks: s3MemberChecks, paginators: s3Paginators, waiters: s3Waiters }, METHOD_TO_OPERATION);
    this.#customEndpoint = options.customEndpoint;
    const checksums = checksumSettings(this.meta.config);
    registerS3Customizations(this.meta.events, {
      serviceInstanceId: options.ibm_service_instance_id,
      bearer: this.meta.signer.name === 'oauth',
      verifyMd5Etags: checksums.response_checksum_validation !== 'when_required',
    });
    registerFlexibleChecksums(this.meta.events, this.meta.service_model, checksums);
  }

  /**
   * A presigned URL (query-string SigV4) for any client method. Headers the call serializes (SSE-C,
   * Content-Type, x-amz-meta-…) are signed: whoever uses the URL must send them unchanged.
   */
  async generate_presigned_url<K extends keyof S3ClientMethods>(
    ClientMethod: K,
    options: PresignedUrlOptions<Parameters<S3ClientMethods[K]>[0]> = {},
  ): Promise<string> {
    const operation = typeof ClientMethod === 'string' ? own(METHOD_TO_OPERATION, ClientMethod) : undefined;
    if (!operation) throw new UnknownClientMethodError(`Client does not have method: ${describe(ClientMethod)}`);
    const { Params = {}, ExpiresIn, HttpMethod } = checkOptions(options, 'generate_presigned_url options', PRESIGNED_URL_OPTIONS) as PresignedUrlOptions;
    const expiresIn = checkExpiresIn(ExpiresIn);
    const signer = this.meta.signer;
    if (!signer.presign) throw hmacKeysNeeded(signer.name);
    const { request } = await this.prepareRequest(operation, Params as Record<string, unknown>);
    if (HttpMethod !== undefined) request.method = HttpMethod.toUpperCase();
    return (await signer.presign(request, { expiresIn })).url;
  }

  /** URL and form fields for a browser POST upload, with a SigV4-signed policy. A Key ending in `${filename}` takes the uploaded file's name. */
  async generate_presigned_post(Bucket: string, Key: string, options: PresignedPostOptions = {}): Promise<{ url: string; fields: Record<string, string> }> {
    checkKey(Key);
    const { Fields, Conditions = [], ExpiresIn } = checkOptions(options, 'generate_presigned_post options', PRESIGNED_POST_OPTIONS) as PresignedPostOptions;
    const expiresIn = checkExpiresIn(ExpiresIn);
    const signer = this.meta.signer;
    if (!signer.presignPost) throw hmacKeysNeeded(signer.name);
    // CreateBucket's request is `/{Bucket}`: its address is where the form goes
    const { request } = await this.prepareRequest('CreateBucket', { Bucket });
    const port = request.port && request.port !== (request.protocol === 'https:' ? 443 : 80) ? `:${request.port}` : '';
    const url = `${request.protocol}//${request.hostname}${port}${request.path}`;
    const conditions: PostCondition[] = [...Conditions, { bucket: Bucket }];
    const filename = '${filename}';
    conditions.push(Key.endsWith(filename) ? ['starts-with', '$key', Key.slice(0, -filename.length)] : { key: Key });
    return signer.presignPost({ url, fields: { ...Fields, key: Key }, conditions, expiresIn });
  }

  protected override addressRequest(ctx: RequestContext): void {
    const bucket = ctx.params.Bucket;
    if (typeof bucket !== 'string') return;
    const https = ctx.request.protocol === 'https:';
    const style = chooseStyle(this.meta.config.s3?.addressing_style ?? 'auto', bucket, https, this.#customEndpoint);
    if (style === 'virtual') toVirtualHost(ctx.request, bucket, new URL(this.meta.endpoint_url).pathname.replace(/\/$/, ''));
  }
}

// the class attributes: one method per operation (client.put_object(params, { signal })), then
// what boto3 injects on creating-client-class.s3
const attributes: Record<string, PropertyDescriptor> = {};
for (const [method, operation] of Object.entries(METHOD_TO_OPERATION)) {
  attributes[method] = {
    value: function (this: S3Client, params?: Record<string, unknown>, options?: CallOptions) {
      return this._make_api_call(operation, params ?? {}, options);
    },
    writable: true,
    configurable: true,
  };
}
injectS3ClientMethods(attributes);
Object.defineProperties(S3Client.prototype, attributes);
