// BaseClient: one generic invoke for every operation of a model —
// hooks → validate → serialize → (sign → send → parse, retried) → hooks.
import { inspect } from 'node:util';
import type { Readable } from 'node:stream';
import type { Config } from '../config.js';
import { ModelView } from '../core/model.js';
import { ParamValidationError, ResponseParserError, type ResponseMetadata } from '../errors.js';
import { abortableSleep, throwIfAborted } from '../core/abort.js';
import type { OperationModel, PaginatorModel, ServiceModel, WaiterModel } from '../model/types.js';
import { type MemberCheck, validateParams } from '../protocol/validate.js';
import { serializeRequest } from '../protocol/serialize.js';
import { type ServiceFailure, foreignBodyExcerpt, responseMetadata, serviceFailure } from '../protocol/parse-error.js';
import { parseResponseCompiled } from '../protocol/compiled-parse.js';
import { reread } from '../core/body.js';
import { type HttpRequest, type HttpResponse, type WireResponse, queryString, wireHeaders } from '../core/http-message.js';
import type { Signer } from '../auth/signers.js';
import type { Dispatcher } from 'undici-types';
import { Transport, mapTransportError } from '../http/transport.js';
import { RetryPolicy, type AttemptOutcome } from '../http/retry.js';
import { bodyForAttempt, knownLength } from '../http/body.js';
import { byteLength, isBytes } from '../core/body.js';
import { HierarchicalEmitter, type OperationEvents, operationEvents } from './events.js';
import type { RequestContext } from './hooks.js';
import { type ClientExceptions, exceptionsFor } from './exceptions.js';
import { Paginator } from './paginator.js';
import { Waiter } from './waiter.js';
import { xformName } from '../core/naming.js';
import { callOptions, describe, inputParams, own } from '../core/own.js';
import { OperationNotPageableError, UnknownWaiterError } from '../errors.js';
import { Log, type UserLogger } from '../core/logging.js';
import { describeAttempt } from './attempt-log.js';
import { type AttemptProgress, uploadProgressOf } from './upload-progress.js';

export type { RequestContext } from './hooks.js';

export interface CallOptions {
  /** Aborts the call and its retries. */
  signal?: AbortSignal | undefined;
}

export interface BaseClientOptions {
  model: ServiceModel;
  endpoint_url: string;
  region_name: string;
  config: Config;
  signer: Signer;
  verify?: boolean | string;
  /** Service-specific checks of top-level members, by member name. */
  memberChecks?: Record<string, MemberCheck>;
  userAgent: string;
  /** Paginators by operation name (`ListObjects`). */
  paginators?: Record<string, PaginatorModel>;
  /** Waiters by waiter name (`BucketExists`). */
  waiters?: Record<string, WaiterModel>;
  /** The proxy for a URL (the endpoint, the IAM endpoint); default: config.proxies by scheme. */
  proxyFor?: (url: string) => string | undefined;
  /** A v3-style logger that gets this client's debug lines too. */
  logger?: UserLogger;
}


export interface ClientMeta {
  readonly events: HierarchicalEmitter;
  readonly config: Config;
  readonly region_name: string;
  readonly endpoint_url: string;
  readonly service_model: ModelView;
  /** snake_case method name → operation name. */
  readonly method_to_api_mapping: Record<string, string>;
  readonly signer: Signer;
  /** The client's `logger` option, if it was given one (transfers log to it too). */
  readonly logger?: UserLogger;
}

/** A buffered (non-streaming) answer larger than this is refused: no listing or error document is that big. */
export const MAX_BUFFERED_RESPONSE = 64 * 1024 * 1024;

async function readLimited(raw: WireResponse, signal?: AbortSignal, method?: string): Promise<Buffer> {
  // a HEAD answer declares the object's length but has no body
  const declared = method === 'HEAD' ? 0 : Number(raw.headers['content-length'] ?? 0);
  const tooLarge = () =>
    new ResponseParserError(`response body exceeds ${MAX_BUFFERED_RESPONSE} bytes`, raw.headers['x-amz-request-id']);
  if (declared > MAX_BUFFERED_RESPONSE) {
    raw.stream.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of raw.stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BUFFERED_RESPONSE) {
        raw.stream.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof ResponseParserError) throw err;
    throw mapTransportError(err, signal);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

/** mapTransportError for one call's signal, as a function (returned, not assigned: no name to define per request). */
function transportErrorsOf(signal: AbortSignal | undefined): (err: unknown) => unknown {
  return (err) => mapTransportError(err, signal);
}

/** Drop a streamed answer nobody will read (undici errors a body destroyed early: expected here). */
function discard(stream: Readable): void {
  stream.on('error', () => {});
  stream.destroy();
}

export class BaseClient {
  readonly meta: ClientMeta;
  readonly exceptions: ClientExceptions;
  readonly #transport: Transport;
  /** Transports to other origins (the IAM endpoint behind a proxy), by scheme. */
  readonly #sideTransports = new Map<string, Transport>();
  readonly #retry: RetryPolicy;
  readonly #endpoint: URL;
  readonly #memberChecks: Record<string, MemberCheck>;
  readonly #userAgent: string;
  readonly #prefix: string;
  readonly #streamingOutput = new Map<string, boolean>();
  readonly #paginators: Record<string, PaginatorModel>;
  readonly #waiters: Record<string, WaiterModel>;
  readonly #proxyFor: (url: string) => string | undefined;
  readonly #log: Log;
  readonly #tokenLog: Log;
  /** The endpoint's parts every request starts from (URL getters are not free, and asked on every call). */
  readonly #origin: { protocol: string; hostname: string; port: number | undefined; basePath: string };
  /** Each operation's hook event names, built once (every call emits up to seven). */
  readonly #eventNames = new Map<string, OperationEvents>();

  constructor(options: BaseClientOptions, methodMap: Record<string, string>) {
    const model = new ModelView(options.model);
    this.#endpoint = new URL(options.endpoint_url);
    this.#origin = {
      protocol: this.#endpoint.protocol,
      hostname: this.#endpoint.hostname,
      port: this.#endpoint.port ? Number(this.#endpoint.port) : undefined,
      basePath: this.#endpoint.pathname.replace(/\/$/, ''),
    };
    const config = options.config;
    this.meta = Object.freeze({
      events: new HierarchicalEmitter(),
      config,
      region_name: options.region_name,
      endpoint_url: options.endpoint_url,
      service_model: model,
      method_to_api_mapping: methodMap,
      signer: options.signer,
      logger: options.logger,
    });
    this.#proxyFor = options.proxyFor ?? ((url) => config.proxies?.[new URL(url).protocol.slice(0, -1)]);
    this.#log = new Log('ibm_botocore.endpoint', options.logger);
    this.#tokenLog = new Log('ibm_botocore.credentials', options.logger);
    this.exceptions = exceptionsFor(options.model, model.exceptionNames());
    this.#transport = new Transport({
      max_pool_connections: config.max_pool_connections,
      connect_timeout: config.connect_timeout,
      read_timeout: config.read_timeout,
      verify: options.verify,
      proxy: this.#proxyFor(options.endpoint_url),
      tcp_keepalive: config.tcp_keepalive,
      dispatcher: config.dispatcher,
    });
    this.#retry = new RetryPolicy(config.retries, { log: new Log('ibm_botocore.retries.adaptive', options.logger) });
    this.#memberChecks = options.memberChecks ?? {};
    this.#userAgent = [options.userAgent, config.user_agent_extra].filter(Boolean).join(' ');
    this.#prefix = `.${model.data.metadata.endpointPrefix}.`;
    this.#paginators = options.paginators ?? {};
    this.#waiters = options.waiters ?? {};
  }

  /** The undici dispatcher requests go through (shared by transfers for socket reuse). */
  get dispatcher() {
    return this.#transport.dispatcher;
  }

  /**
   * How this client reaches another origin (the IAM token endpoint): a custom dispatcher if the
   * config has one, else, when the config has a proxy for that URL's scheme, through that proxy with
   * this client's timeouts. TLS stays verified the default way there: `verify` (off, or a private CA
   * bundle) is about the storage endpoint, and applying it to IAM would weaken or break that check.
   * Undefined: no opinion (the caller's default applies).
   */
  readonly #dispatcherFor = (url: string): Dispatcher | undefined => {
    const config = this.meta.config;
    if (config.dispatcher) return config.dispatcher;
    const proxy = this.#proxyFor(url);
    if (!proxy) return undefined;
    const scheme = new URL(url).protocol.slice(0, -1);
    let side = this.#sideTransports.get(scheme);
    if (!side) {
      side = new Transport({ max_pool_connections: 2, connect_timeout: config.connect_timeout, read_timeout: config.read_timeout, proxy });
      this.#sideTransports.set(scheme, side);
    }
    return side.dispatcher;
  };

  /** Close the connection pools. Pending requests finish first. */
  async close(): Promise<void> {
    const sides = [...this.#sideTransports.values()];
    this.#sideTransports.clear();
    await Promise.all([this.#transport.close(), ...sides.map((t) => t.close())]);
  }

  /** Whether `get_paginator(operation_name)` works (`list_objects`: snake_case method name). */
  can_paginate(operation_name: string): boolean {
    const op = typeof operation_name === 'string' ? own(this.meta.method_to_api_mapping, operation_name) : undefined;
    return op !== undefined && Object.hasOwn(this.#paginators, op);
  }

  /**
   * A paginator for a pageable operation, by method name (`list_objects_v2`). Pages are loosely
   * typed here (`any` values, so service clients can narrow them to their output interfaces).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get_paginator(operation_name: string): Paginator<Record<string, unknown>, Record<string, any>> {
    if (!this.can_paginate(operation_name)) throw new OperationNotPageableError(`Operation cannot be paginated: ${describe(operation_name)}`);
    const op = this.meta.method_to_api_mapping[operation_name]!;
    return new Paginator((params, options) => this._make_api_call(op, params, options), this.#paginators[op]!);
  }

  /** The snake_case names get_waiter accepts. */
  get waiter_names(): string[] {
    return Object.keys(this.#waiters).map(xformName).sort();
  }

  /** A waiter by snake_case name (`bucket_exists`); params loosely typed, as for get_paginator. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get_waiter(waiter_name: string): Waiter<Record<string, any>> {
    const name = Object.keys(this.#waiters).find((n) => xformName(n) === waiter_name);
    if (!name) throw new UnknownWaiterError(`Waiter does not exist: ${describe(waiter_name)}`);
    const config = this.#waiters[name]!;
    return new Waiter(name, config, (params, options) => this._make_api_call(config.operation, params, options));
  }

  /** Hook point for services: where the request is addressed (host, path) before hooks run. */
  protected addressRequest(_ctx: RequestContext): void {}

  /** Hooks, validation, serialization and addressing: the request that is then signed and sent (or presigned). */
  protected async prepareRequest(operationName: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<RequestContext> {
    const model = this.meta.service_model;
    const op = model.operation(operationName);
    params = { ...inputParams(params) }; // own keys only (an own `__proto__` stays data), and the caller's object is left alone
    const context: Record<string, unknown> = {};
    const events = this.meta.events;
    const eventName = this.#events(operationName).beforeParameterBuild;
    if (events.hasHandlers(eventName)) await events.emitHooks(eventName, { params, model: op, context });
    if (this.meta.config.parameter_validation) validateParams(model, model.inputShape(op), params, this.#memberChecks);

    const serialized = serializeRequest(model, op, params);
    const origin = this.#origin;
    const request: HttpRequest = { ...serialized, path: origin.basePath + serialized.path, protocol: origin.protocol, hostname: origin.hostname, port: origin.port };
    request.headers['user-agent'] = this.#userAgent;
    const ctx: RequestContext = { operation_name: operationName, params, request, context, signal };
    this.addressRequest(ctx);
    return ctx;
  }

  /**
   * Everything a call of `operationName` does before signing (before-parameter-build hooks,
   * validation, serialization, addressing) with nothing sent: managed transfers check the requests
   * they will make later (the copy's destination, ExtraArgs values) before their first one.
   */
  async _validate_call(operationName: string, params: Record<string, unknown>): Promise<void> {
    await this.prepareRequest(operationName, params);
  }

  /** Invoke any operation of the model by name. */
  async _make_api_call(operationName: string, params: Record<string, unknown> = {}, options?: CallOptions | null): Promise<Record<string, unknown>> {
    const model = this.meta.service_model;
    const op = model.operation(operationName);
    const events = this.meta.events;
    const names = this.#events(operationName);
    const { signal } = callOptions(options);
    throwIfAborted(signal);
    const ctx = await this.prepareRequest(operationName, params, signal);
    const { request, context } = ctx;
    if (request.headers['content-length'] === undefined) {
      const body = request.body;
      const length = isBytes(body) ? byteLength(body) : await knownLength(body);
      if (length !== undefined && (length > 0 || request.body !== undefined || op.http.method === 'PUT' || op.http.method === 'POST')) {
        request.headers['content-length'] = String(length);
      }
    }

    const shortCircuit = events.hasHandlers(names.beforeCall) ? await events.emitUntilResponse(names.beforeCall, { ...ctx, model: op }) : undefined;
    const { response, attempts, failure, exhausted } = shortCircuit
      ? { response: shortCircuit as HttpResponse, attempts: 0, failure: serviceFailure(model, op, shortCircuit as HttpResponse), exhausted: false }
      : await this.#sendWithRetries(ctx, names, uploadProgressOf(options));

    const metadata = responseMetadata(response, attempts);
    if (exhausted) metadata.MaxAttemptsReached = true;
    if (failure) {
      const error = failure.error;
      // as botocore, which turns such an answer into a 500 before parsing it
      if (failure.in200) metadata.HTTPStatusCode = 500;
      const cls = this.exceptions.from_code(error.Code);
      const err = new cls({ Error: error, ResponseMetadata: metadata }, operationName, foreignBodyExcerpt(response.body));
      await events.emitHooks(names.afterCallError, { exception: err, context });
      throw err;
    }
    try {
      const parsed = parseResponseCompiled(model, op, response) as Record<string, unknown> & { ResponseMetadata: ResponseMetadata };
      parsed.ResponseMetadata = metadata;
      if (events.hasHandlers(names.afterCall)) await events.emitHooks(names.afterCall, { http_response: response, parsed, params, model: op, context });
      return parsed;
    } catch (err) {
      // the caller never gets the body: its connection must not wait for it
      if (response.stream) discard(response.stream);
      throw err;
    }
  }

  async #sendWithRetries(ctx: RequestContext, names: OperationEvents, progress?: AttemptProgress): Promise<{ response: HttpResponse; attempts: number; failure: ServiceFailure | undefined; exhausted: boolean }> {
    const { request, signal } = ctx;
    const events = this.meta.events;
    const op = this.meta.service_model.operation(ctx.operation_name);
    const streaming = this.#hasStreamingOutput(ctx.operation_name);
    const originalBody = request.body;
    const logging = this.#log.enabled();
    let lastError: unknown;
    for (let attempt = 1; ; attempt++) {
      const outcome: AttemptOutcome = {};
      let response: HttpResponse | undefined;
      let failure: ServiceFailure | undefined;
      const started = logging ? performance.now() : 0;
      try {
        request.body = bodyForAttempt(originalBody, attempt, lastError);
        const slowDown = this.#retry.beforeAttempt(signal);
        if (slowDown) await slowDown;
        if (events.hasHandlers(names.beforeSign)) await events.emitHooks(names.beforeSign, { ...ctx, attempt });
        await this.meta.signer.sign(request, { signal, dispatcherFor: this.#dispatcherFor, log: this.#tokenLog });
        const sent = events.hasHandlers(names.beforeSend) ? await events.emitUntilResponse(names.beforeSend, { ...ctx, attempt }) : undefined;
        response = (sent as HttpResponse | undefined) ?? (await this.#send(ctx, streaming, progress));
        outcome.statusCode = response.statusCode;
        failure = serviceFailure(this.meta.service_model, op, response);
        if (failure) {
          if (failure.in200) outcome.errorIn200 = true;
          outcome.code = failure.error.Code;
        }
      } catch (err) {
        outcome.error = err;
        lastError = err;
      }
      progress?.settle(request.body);
      const policyDelay = this.#retry.delayBefore(attempt, outcome);
      const override = events.hasHandlers(names.needsRetry)
        ? await events.emitUntilResponse(names.needsRetry, { ...ctx, attempt, response, caught_exception: outcome.error, policy_delay: policyDelay })
        : undefined;
      const delay = typeof override === 'number' ? override : override === false ? undefined : policyDelay;
      if (logging) {
        const ms = performance.now() - started;
        this.#log.debug(describeAttempt({ operation: ctx.operation_name, request, attempt, maxAttempts: this.#retry.maxAttempts, outcome, response, ms, delay }));
      }
      if (delay === undefined) {
        if (outcome.error !== undefined) throw outcome.error;
        this.#retry.recordSuccess();
        return { response: response!, attempts: attempt - 1, failure, exhausted: this.#retry.maxAttemptsReached(attempt, outcome) };
      }
      if (response?.stream) discard(response.stream);
      await abortableSleep(delay * 1000, signal);
    }
  }

  async #send(ctx: RequestContext, streaming: boolean, progress?: AttemptProgress): Promise<HttpResponse> {
    const r = ctx.request;
    const qs = queryString(r.query);
    // undici would read a Blob whole into memory first: stream it
    const body = r.body instanceof Blob ? reread(r.body) : r.body;
    const raw = await this.#transport.send({
      origin: `${r.protocol}//${r.hostname}${r.port ? `:${r.port}` : ''}`,
      method: r.method,
      path: qs ? `${r.path}?${qs}` : r.path,
      headers: wireHeaders(r.headers),
      body: progress ? progress.send(body, ctx.signal) : body,
      signal: ctx.signal,
    });
    if (streaming && raw.statusCode < 300) {
      const bodyOptions = {
        mapError: transportErrorsOf(ctx.signal),
        idleTimeoutMs: this.meta.config.read_timeout * 1000,
        holdsConnection: raw.holdsConnection,
      };
      return { statusCode: raw.statusCode, headers: raw.headers, stream: raw.stream, bodyOptions };
    }
    return { statusCode: raw.statusCode, headers: raw.headers, body: await readLimited(raw, ctx.signal, r.method) };
  }

  #events(operationName: string): OperationEvents {
    let names = this.#eventNames.get(operationName);
    if (!names) this.#eventNames.set(operationName, (names = operationEvents(`${this.#prefix}${operationName}`)));
    return names;
  }

  /** Whether the operation's answer is a streamed body (memoized: asked on every call). */
  #hasStreamingOutput(operationName: string): boolean {
    let streaming = this.#streamingOutput.get(operationName);
    if (streaming === undefined) {
      streaming = this.#computeStreamingOutput(operationName);
      this.#streamingOutput.set(operationName, streaming);
    }
    return streaming;
  }

  #computeStreamingOutput(operationName: string): boolean {
    const model = this.meta.service_model;
    const output = model.outputShape(model.operation(operationName));
    const payload = output?.payload ? output.members?.[output.payload] : undefined;
    return Boolean(payload && model.of(payload).streaming);
  }

  [inspect.custom](): string {
    return `${this.constructor.name} { endpoint_url: '${this.meta.endpoint_url}', region_name: '${this.meta.region_name}', signer: '${this.meta.signer.name}' }`;
  }

  toJSON(): Record<string, string> {
    return { endpoint_url: this.meta.endpoint_url, region_name: this.meta.region_name };
  }
}
