// BaseClient: one generic invoke for every operation of a model —
// hooks → validate → serialize → (sign → send → parse, retried) → hooks.
import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';
import type { Config } from '../config.js';
import { ModelView } from '../core/model.js';
import { AbortError, type ResponseMetadata } from '../errors.js';
import type { ServiceModel } from '../model/types.js';
import { type MemberCheck, validateParams } from '../protocol/validate.js';
import { serializeRequest } from '../protocol/serialize.js';
import { type HttpResponse, parseResponse } from '../protocol/parse.js';
import { isErrorDocument, parseErrorBody, responseMetadata } from '../protocol/parse-error.js';
import { queryString } from '../protocol/request.js';
import type { Signer, SigningRequest } from '../auth/signers.js';
import { Transport, mapTransportError } from '../http/transport.js';
import { RetryPolicy, type AttemptOutcome } from '../http/retry.js';
import { bodyForAttempt, knownLength } from '../http/body.js';
import { HierarchicalEmitter } from './events.js';
import { type ClientExceptions, exceptionsFor } from './exceptions.js';

export interface CallOptions {
  signal?: AbortSignal;
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
}

/** What hooks see and may change: the operation, its params, the request being built. */
export interface RequestContext {
  operation_name: string;
  params: Record<string, unknown>;
  request: SigningRequest;
  /** Scratch space shared by the hooks of one call. */
  context: Record<string, unknown>;
  signal?: AbortSignal;
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
}

export class BaseClient {
  readonly meta: ClientMeta;
  readonly exceptions: ClientExceptions;
  readonly #transport: Transport;
  readonly #retry: RetryPolicy;
  readonly #endpoint: URL;
  readonly #memberChecks: Record<string, MemberCheck>;
  readonly #userAgent: string;
  readonly #prefix: string;

  constructor(options: BaseClientOptions, methodMap: Record<string, string>) {
    const model = new ModelView(options.model);
    this.#endpoint = new URL(options.endpoint_url);
    const config = options.config;
    this.meta = Object.freeze({
      events: new HierarchicalEmitter(),
      config,
      region_name: options.region_name,
      endpoint_url: options.endpoint_url,
      service_model: model,
      method_to_api_mapping: methodMap,
      signer: options.signer,
    });
    this.exceptions = exceptionsFor(options.model, model.exceptionNames());
    this.#transport = new Transport({
      max_pool_connections: config.max_pool_connections,
      connect_timeout: config.connect_timeout,
      read_timeout: config.read_timeout,
      verify: options.verify,
      proxy: config.proxies?.[this.#endpoint.protocol.slice(0, -1)],
      tcp_keepalive: config.tcp_keepalive,
      dispatcher: config.dispatcher,
    });
    this.#retry = new RetryPolicy(config.retries);
    this.#memberChecks = options.memberChecks ?? {};
    this.#userAgent = [options.userAgent, config.user_agent_extra].filter(Boolean).join(' ');
    this.#prefix = `.${model.data.metadata.endpointPrefix}.`;
  }

  /** The undici dispatcher requests go through (shared by transfers for socket reuse). */
  get dispatcher() {
    return this.#transport.dispatcher;
  }

  /** Close the connection pool. Pending requests finish first. */
  async close(): Promise<void> {
    await this.#transport.close();
  }

  /** Hook point for services: where the request is addressed (host, path) before hooks run. */
  protected addressRequest(_ctx: RequestContext): void {}

  /** Invoke any operation of the model by name. */
  async _make_api_call(operationName: string, params: Record<string, unknown> = {}, options: CallOptions = {}): Promise<Record<string, unknown>> {
    const model = this.meta.service_model;
    const op = model.operation(operationName);
    const events = this.meta.events;
    const suffix = `${this.#prefix}${operationName}`;
    const signal = options.signal;
    if (signal?.aborted) throw new AbortError('The operation was aborted', { cause: signal.reason });
    params = { ...params };
    const context: Record<string, unknown> = {};
    await events.emitHooks(`before-parameter-build${suffix}`, { params, model: op, context });
    if (this.meta.config.parameter_validation) validateParams(model, model.inputShape(op), params, this.#memberChecks);

    const serialized = serializeRequest(model, op, params);
    const basePath = this.#endpoint.pathname.replace(/\/$/, '');
    const request: SigningRequest = {
      ...serialized,
      path: basePath + serialized.path,
      protocol: this.#endpoint.protocol,
      hostname: this.#endpoint.hostname,
      port: this.#endpoint.port ? Number(this.#endpoint.port) : undefined,
    };
    request.headers['user-agent'] = this.#userAgent;
    const ctx: RequestContext = { operation_name: operationName, params, request, context, signal };
    this.addressRequest(ctx);
    if (request.headers['content-length'] === undefined) {
      const length = await knownLength(request.body);
      if (length !== undefined && (length > 0 || request.body !== undefined || op.http.method === 'PUT' || op.http.method === 'POST')) {
        request.headers['content-length'] = String(length);
      }
    }

    const shortCircuit = await events.emitUntilResponse(`before-call${suffix}`, { ...ctx, model: op });
    const { response, attempts } = shortCircuit
      ? { response: shortCircuit as HttpResponse, attempts: 0 }
      : await this.#sendWithRetries(ctx, suffix);

    const metadata = responseMetadata(response, attempts);
    const isError = response.statusCode >= 300 || (op.errorIn200 && isErrorDocument(response.body));
    if (isError) {
      const error = parseErrorBody(response);
      const cls = this.exceptions.from_code(error.Code);
      const err = new cls({ Error: error, ResponseMetadata: metadata }, operationName);
      await events.emitHooks(`after-call-error${suffix}`, { exception: err, context });
      throw err;
    }
    if (response.stream) response.onStreamError = (e: unknown) => mapTransportError(e, signal);
    const parsed = parseResponse(model, op, response) as Record<string, unknown> & { ResponseMetadata: ResponseMetadata };
    parsed.ResponseMetadata = metadata;
    await events.emitHooks(`after-call${suffix}`, { http_response: response, parsed, model: op, context });
    return parsed;
  }

  async #sendWithRetries(ctx: RequestContext, suffix: string): Promise<{ response: HttpResponse; attempts: number }> {
    const { request, signal } = ctx;
    const events = this.meta.events;
    const op = this.meta.service_model.operation(ctx.operation_name);
    const streaming = this.#hasStreamingOutput(ctx.operation_name);
    const originalBody = request.body;
    let lastError: unknown;
    for (let attempt = 1; ; attempt++) {
      const outcome: AttemptOutcome = {};
      let response: HttpResponse | undefined;
      try {
        request.body = bodyForAttempt(originalBody, attempt, lastError);
        await events.emitHooks(`before-sign${suffix}`, { ...ctx, attempt });
        await this.meta.signer.sign(request);
        const sent = await events.emitUntilResponse(`before-send${suffix}`, { ...ctx, attempt });
        response = (sent as HttpResponse | undefined) ?? (await this.#send(ctx, streaming));
        outcome.statusCode = response.statusCode;
        if (response.statusCode >= 300) {
          outcome.code = parseErrorBody(response).Code;
        } else if (op.errorIn200 && isErrorDocument(response.body)) {
          outcome.errorIn200 = true;
          outcome.code = parseErrorBody(response).Code;
        }
      } catch (err) {
        outcome.error = err;
        lastError = err;
      }
      const policyDelay = this.#retry.delayBefore(attempt, outcome);
      const override = await events.emitUntilResponse(`needs-retry${suffix}`, {
        ...ctx, attempt, response, caught_exception: outcome.error, policy_delay: policyDelay,
      });
      const delay = typeof override === 'number' ? override : override === false ? undefined : policyDelay;
      if (delay === undefined) {
        if (outcome.error !== undefined) throw outcome.error;
        this.#retry.recordSuccess();
        return { response: response!, attempts: attempt - 1 };
      }
      if (response?.stream) response.stream.destroy();
      try {
        await sleep(delay * 1000, undefined, { signal });
      } catch (err) {
        throw new AbortError('The operation was aborted', { cause: signal?.reason ?? err });
      }
    }
  }

  async #send(ctx: RequestContext, streaming: boolean): Promise<HttpResponse> {
    const r = ctx.request;
    const qs = queryString(r.query);
    const raw = await this.#transport.send({
      origin: `${r.protocol}//${r.hostname}${r.port ? `:${r.port}` : ''}`,
      method: r.method,
      path: qs ? `${r.path}?${qs}` : r.path,
      headers: r.headers,
      body: r.body,
      signal: ctx.signal,
    });
    if (streaming && raw.statusCode < 300) return { statusCode: raw.statusCode, headers: raw.headers, stream: raw.body };
    try {
      return { statusCode: raw.statusCode, headers: raw.headers, body: Buffer.from(await raw.body.arrayBuffer()) };
    } catch (err) {
      throw mapTransportError(err, ctx.signal);
    }
  }

  #hasStreamingOutput(operationName: string): boolean {
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
