// The public surface of cos-boto3.
export { Config } from './config.js';
export type { ConfigOptions, S3Options, RetryOptions, AddressingStyle, SignatureVersion } from './config.js';
export { Session, client, setup_default_session } from './session.js';
export type { ClientOptions, SessionOptions } from './session.js';
export { S3Client } from './s3/client.js';
export type { CallOptions, RequestContext } from './client/base-client.js';
export { HierarchicalEmitter } from './client/events.js';
export { Paginator, PageIterator } from './client/paginator.js';
export type { PaginationConfig } from './client/paginator.js';
export { Waiter } from './client/waiter.js';
export type { WaiterConfig, WaiterParams } from './client/waiter.js';
export type { PresignedUrlOptions, PresignedPostOptions } from './s3/client.js';
export type { PostCondition } from './auth/presign.js';
export type { S3Paginators, S3Waiters } from './generated/s3-client.js';
export { StreamingBody } from './protocol/streaming-body.js';
export { Credentials } from './auth/credentials.js';
export * from './errors.js';
export type * from './generated/s3-shapes.js';
