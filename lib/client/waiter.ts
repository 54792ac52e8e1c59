// Generic waiters, driven by WaiterModel data: call an operation until an acceptor says success,
// failure, or the attempts run out (botocore's Waiter). A service error is a response too: its
// status and code are matched like a success's, so HEAD 404 can mean "retry" or "done".
import { compile } from '../core/jmespath.js';
import { ClientError, ParamValidationError, WaiterError } from '../errors.js';
import { abortableSleep, throwIfAborted } from '../core/abort.js';
import type { WaiterAcceptor, WaiterModel } from '../model/types.js';
import type { OptionalIfEmpty } from './paginator.js';
import { callOptions, describe, inputParams, isPlainObject } from '../core/own.js';

export interface WaiterConfig {
  /** Seconds between attempts (fractions allowed). */
  Delay?: number | undefined;
  MaxAttempts?: number | undefined;
}

export type WaiterParams<Input extends object = Record<string, unknown>> = Input & { WaiterConfig?: WaiterConfig | undefined };

/** The operation a waiter polls. */
export type WaiterOperation = (params: Record<string, unknown>, options: { signal?: AbortSignal }) => Promise<object>;

type Response = Record<string, unknown> & { Error?: { Code?: string; Message?: string }; ResponseMetadata?: { HTTPStatusCode?: number } };

export class Waiter<Input extends object = Record<string, unknown>> {
  /** The waiter's model name (`BucketExists`). */
  readonly name: string;
  readonly config: Readonly<WaiterModel>;
  readonly #operation: WaiterOperation;

  constructor(name: string, config: WaiterModel, operation: WaiterOperation) {
    this.name = name;
    this.config = config;
    this.#operation = operation;
  }

  /** Poll until success; throws WaiterError on a failure state, an unexpected error or after MaxAttempts. */
  async wait(...args: OptionalIfEmpty<WaiterParams<Input>>): Promise<void> {
    const [params, options] = args as [Record<string, unknown> | undefined, { signal?: AbortSignal } | undefined];
    const { WaiterConfig: waiterConfig, ...callParams } = inputParams(params) as Record<string, unknown> & { WaiterConfig?: WaiterConfig };
    const { delay, maxAttempts } = this.#settings(waiterConfig);
    const { signal } = callOptions(options);
    let lastMatched: WaiterAcceptor | undefined;
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal);
      let response: Response;
      let error: ClientError | undefined;
      try {
        response = (await this.#operation(callParams, { signal })) as Response;
      } catch (err) {
        if (!(err instanceof ClientError)) throw err; // transport failures and aborts are not states
        error = err;
        response = err.response as unknown as Response;
      }
      const matched = this.config.acceptors.find((a) => matches(a, response));
      if (matched) {
        lastMatched = matched;
        if (matched.state === 'success') return;
        if (matched.state === 'failure') {
          throw new WaiterError(this.name, `Waiter encountered a terminal failure state: ${explain(matched)}`, response, { cause: error });
        }
      } else if (response.Error) {
        const { Code = 'Unknown', Message = 'Unknown' } = response.Error;
        throw new WaiterError(this.name, `An error occurred (${Code}): ${Message}`, response, { cause: error });
      }
      if (attempt >= maxAttempts) {
        const reason = lastMatched ? `Max attempts exceeded. Previously accepted state: ${explain(lastMatched)}` : 'Max attempts exceeded';
        throw new WaiterError(this.name, reason, response, { cause: error });
      }
      await abortableSleep(delay * 1000, signal);
    }
  }

  #settings(config: unknown): { delay: number; maxAttempts: number } {
    if (config === undefined) return { delay: this.config.delay, maxAttempts: this.config.maxAttempts };
    const problems: string[] = [];
    if (!isPlainObject(config)) throw new ParamValidationError([`Invalid type for parameter WaiterConfig, value: ${describe(config)}, valid types: object`]);
    const c = config as Record<string, unknown>;
    for (const key of Object.keys(c)) if (key !== 'Delay' && key !== 'MaxAttempts') problems.push(`Unknown parameter in WaiterConfig: "${key}", must be one of: Delay, MaxAttempts`);
    if (c.Delay !== undefined && !(typeof c.Delay === 'number' && Number.isFinite(c.Delay) && c.Delay >= 0)) {
      problems.push(`Invalid value for parameter WaiterConfig.Delay: ${describe(c.Delay)}, expected a number of seconds >= 0`);
    }
    if (c.MaxAttempts !== undefined && !(Number.isInteger(c.MaxAttempts) && (c.MaxAttempts as number) >= 1)) {
      problems.push(`Invalid value for parameter WaiterConfig.MaxAttempts: ${describe(c.MaxAttempts)}, expected an integer >= 1`);
    }
    if (problems.length) throw new ParamValidationError(problems);
    return { delay: (c.Delay as number | undefined) ?? this.config.delay, maxAttempts: (c.MaxAttempts as number | undefined) ?? this.config.maxAttempts };
  }
}

function matches(acceptor: WaiterAcceptor, response: Response): boolean {
  const { expected } = acceptor;
  switch (acceptor.matcher) {
    case 'status':
      return response.ResponseMetadata?.HTTPStatusCode === expected;
    case 'error':
      // `true`: any error; `false`: no error; a string: that error code
      if (typeof expected === 'boolean') return Boolean(response.Error) === expected;
      return response.Error?.Code === expected;
    case 'path':
      return !response.Error && deepEqual(compile(acceptor.argument ?? '@').search(response), expected);
    case 'pathAll': {
      if (response.Error) return false;
      const values = compile(acceptor.argument ?? '@').search(response);
      return Array.isArray(values) && values.length > 0 && values.every((v) => deepEqual(v, expected));
    }
    case 'pathAny': {
      if (response.Error) return false;
      const values = compile(acceptor.argument ?? '@').search(response);
      return Array.isArray(values) && values.some((v) => deepEqual(v, expected));
    }
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function explain(a: WaiterAcceptor): string {
  const expected = String(a.expected);
  switch (a.matcher) {
    case 'status':
      return `Matched expected HTTP status code: ${expected}`;
    case 'error':
      return `Matched expected service error code: ${expected}`;
    case 'pathAll':
      return `For expression "${a.argument}" all members matched expected path: "${expected}"`;
    case 'pathAny':
      return `For expression "${a.argument}" we matched expected path: "${expected}" at least once`;
    default:
      return `For expression "${a.argument}" we matched expected path: "${expected}"`;
  }
}
