// The static face of a client's hooks: what each event passes its handlers and may get back,
// by event name. `before-send.s3.PutObject` gets PutObject's params; `before-send`, `before-send.s3`
// and any other name of the kind (`before-send.*.PutObject`) get the kind's arguments with untyped
// params; names of no known kind (resource events) stay allowed, untyped, as botocore takes any name.
import type { ClientError } from '../errors.js';
import type { HttpRequest, HttpResponse } from '../core/http-message.js';
import type { OperationModel } from '../model/types.js';
import type { HookHandler } from './events.js';

/** What hooks of the request's life see and may change: the operation, its params, the request being built. */
export interface RequestContext<Params = Record<string, unknown>> {
  operation_name: string;
  params: Params;
  request: HttpRequest;
  /** Scratch space shared by the hooks of one call. */
  context: Record<string, unknown>;
  signal?: AbortSignal | undefined;
}

/** Each event kind's arguments, for an operation's input and output. */
export interface HookArgsByKind<Input, Output> {
  /** Before validation: `params` may still be changed (defaults, conversions). */
  'before-parameter-build': { params: Input; model: OperationModel; context: Record<string, unknown> };
  /** Serialized and addressed, before any attempt: returning a response answers the call without sending. */
  'before-call': RequestContext<Input> & { model: OperationModel };
  /** Each attempt, before signing: the request may still be changed. */
  'before-sign': RequestContext<Input> & { attempt: number };
  /** Each attempt, signed: returning a response answers this attempt without sending. */
  'before-send': RequestContext<Input> & { attempt: number };
  /** After each attempt: return seconds to wait before retrying, `false` to stop, nothing to keep the policy's answer. */
  'needs-retry': RequestContext<Input> & {
    attempt: number;
    response: HttpResponse | undefined;
    caught_exception: unknown;
    /** What the retry policy decided: seconds before the next attempt, undefined for none. */
    policy_delay: number | undefined;
  };
  /** A successful answer, parsed. */
  'after-call': { http_response: HttpResponse; parsed: Output; params: Input; model: OperationModel; context: Record<string, unknown> };
  /** An error answer, as the ClientError about to be thrown. */
  'after-call-error': { exception: ClientError; context: Record<string, unknown> };
}

export type HookKind = keyof HookArgsByKind<unknown, unknown>;

type Awaitable<T> = T | Promise<T>;

/** What a handler may return: a response for the short-circuit events, a delay for needs-retry. */
export interface HookResultByKind {
  'before-call': Awaitable<HttpResponse | null | undefined | void>;
  'before-send': Awaitable<HttpResponse | null | undefined | void>;
  'needs-retry': Awaitable<number | false | null | undefined | void>;
}

type ResultOf<Kind> = Kind extends keyof HookResultByKind ? HookResultByKind[Kind] : unknown;

/**
 * A service's operations keyed as in event names: `s3.PutObject` → PutObject's input and output.
 * `HierarchicalEmitter<ServiceOperations<S3Operations, 's3'>>` types its registrations from it.
 */
export type ServiceOperations<Ops, Prefix extends string> = { [Op in keyof Ops & string as `${Prefix}.${Op}`]: Ops[Op] };

type ServiceOf<Key> = Key extends `${infer Service}.${string}` ? Service : never;

/** Every typed event name: `${kind}.${service}.${Operation}`, and the kind and kind.service names. */
export type HookEventName<Ops> = HookKind | `${HookKind}.${ServiceOf<keyof Ops>}` | `${HookKind}.${keyof Ops & string}`;

type KindOf<E extends string> = E extends `${infer K extends HookKind}.${string}` ? K : E & HookKind;

/** Handlers of `kind`, `kind.service` and wildcard names run for many operations: params and output untyped. */
type AnyOperationArgs<Kind extends HookKind> = HookArgsByKind<Record<string, unknown>, Record<string, unknown>>[Kind];

/** The handler type for an event name; untyped (any name, any arguments) for an emitter without an operations table. */
export type HookHandlerFor<Ops, E extends string> = 0 extends 1 & Ops
  ? HookHandler
  : E extends `${infer Kind extends HookKind}.${infer Op extends keyof Ops & string}`
    ? Ops[Op] extends { input: infer I; output: infer O }
      ? HookHandler<HookArgsByKind<I, O>[Kind] & { event_name: E }, ResultOf<Kind>>
      : never
    : E extends HookKind | `${HookKind}.${string}`
      ? HookHandler<AnyOperationArgs<KindOf<E>> & { event_name: string }, ResultOf<KindOf<E>>>
      : HookHandler;
