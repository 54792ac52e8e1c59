// Generic paginators, driven by PaginatorModel data: page through any operation that returns a
// continuation token. Follows botocore's PageIterator: PaginationConfig { MaxItems, PageSize,
// StartingToken }, MaxItems may stop in the middle of a page (the resume token then records how
// many items of that page were already returned), build_full_result() and search().
import { type CompiledExpression, compile, setPath } from '../core/jmespath.js';
import { PaginationError, ParamValidationError } from '../errors.js';
import { callOptions, describe, inputParams, isPlainObject } from '../core/own.js';
import type { PaginatorModel } from '../model/types.js';

export interface PaginationConfig {
  /** Stop after this many items of the primary result key; the result then carries `NextToken`. */
  MaxItems?: number | undefined;
  /** The page size asked of the service (the operation's limit member, e.g. MaxKeys). */
  PageSize?: number | undefined;
  /** A `NextToken` (resume_token) from an earlier pagination. */
  StartingToken?: string | undefined;
}

/** An operation call: params in, parsed page out. */
export type PageFetcher<Page> = (params: Record<string, unknown>, options: { signal?: AbortSignal }) => Promise<Page>;

type Token = Record<string, unknown>;

/** `(params, options?)`, with params optional when the input has no required member. */
export type OptionalIfEmpty<Params> = {} extends Params
  ? [params?: Params, options?: { signal?: AbortSignal | undefined }]
  : [params: Params, options?: { signal?: AbortSignal | undefined }];

/** The key a resume token uses for "items of this page already returned" (as botocore names it). */
const TRUNCATE_KEY = 'boto_truncate_amount';

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Input: paginate() params; Page: what each page is; Full: what build_full_result() returns. */
export class Paginator<Input extends object = Record<string, unknown>, Page extends object = Record<string, unknown>, Full extends object = Record<string, unknown>> {
  readonly #fetch: PageFetcher<Page>;
  readonly #model: PaginatorModel;

  constructor(fetch: PageFetcher<Page>, model: PaginatorModel) {
    this.#fetch = fetch;
    this.#model = model;
  }

  /** The paginator's data (tokens, limit and result keys). */
  get model(): PaginatorModel {
    return this.#model;
  }

  /** A page iterator for these params; nothing is requested until it is iterated. */
  paginate(...args: OptionalIfEmpty<Input & { PaginationConfig?: PaginationConfig | undefined }>): PageIterator<Page, Full> {
    const [params, options] = args as [Record<string, unknown> | undefined, { signal?: AbortSignal } | undefined];
    const { PaginationConfig: config, ...rest } = inputParams(params) as Record<string, unknown> & { PaginationConfig?: PaginationConfig };
    return new PageIterator<Page, Full>(this.#fetch, this.#model, rest, checkConfig(config, this.#model), callOptions(options).signal);
  }
}

function checkConfig(config: unknown, model: PaginatorModel): PaginationConfig {
  if (config === undefined || config === null) return {};
  const problems: string[] = [];
  if (!isPlainObject(config)) throw new ParamValidationError([`Invalid type for parameter PaginationConfig, value: ${describe(config)}, valid types: object`]);
  const c = config as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!['MaxItems', 'PageSize', 'StartingToken'].includes(key)) problems.push(`Unknown parameter in PaginationConfig: "${key}", must be one of: MaxItems, PageSize, StartingToken`);
  }
  for (const key of ['MaxItems', 'PageSize']) {
    const v = c[key];
    if (v !== undefined && !(Number.isInteger(v) && (v as number) > 0)) problems.push(`Invalid value for parameter PaginationConfig.${key}: ${describe(v)}, expected a positive integer`);
  }
  if (c.StartingToken !== undefined && typeof c.StartingToken !== 'string') problems.push('Invalid type for parameter PaginationConfig.StartingToken: expected a string');
  if (problems.length) throw new ParamValidationError(problems);
  if (c.PageSize !== undefined && !model.limit_key) throw new PaginationError('PageSize parameter is not supported for the pagination interface for this operation.');
  return c as PaginationConfig;
}

export class PageIterator<Page extends object = Record<string, unknown>, Full extends object = Record<string, unknown>> implements AsyncIterable<Page> {
  readonly #fetch: PageFetcher<Page>;
  readonly #params: Record<string, unknown>;
  readonly #signal?: AbortSignal;
  readonly #inputTokens: string[];
  readonly #outputTokens: CompiledExpression[];
  readonly #moreResults?: CompiledExpression;
  readonly #limitKey?: string;
  readonly #config: PaginationConfig;
  /** The result keys, primary first (MaxItems counts items of the primary one). */
  readonly result_keys: string[];
  readonly #nonAggregateKeys: string[];
  #resumeToken?: string;
  /** Non-aggregated members of the first page (build_full_result copies them). */
  non_aggregate_part: Record<string, unknown> = {};

  constructor(fetch: PageFetcher<Page>, model: PaginatorModel, params: Record<string, unknown>, config: PaginationConfig, signal?: AbortSignal) {
    this.#fetch = fetch;
    this.#params = params;
    this.#signal = signal;
    this.#inputTokens = asList(model.input_token);
    this.#outputTokens = asList(model.output_token).map(compile);
    this.#moreResults = model.more_results ? compile(model.more_results) : undefined;
    this.#limitKey = model.limit_key;
    this.#config = config;
    this.result_keys = asList(model.result_key);
    this.#nonAggregateKeys = model.non_aggregate_keys ?? [];
  }

  /** After iteration stopped at MaxItems: the token to pass as StartingToken to continue (else undefined). */
  get resume_token(): string | undefined {
    return this.#resumeToken;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Page> {
    this.#resumeToken = undefined;
    const maxItems = this.#config.MaxItems;
    const params = { ...this.#params };
    const primary = compile(this.result_keys[0]!);
    const resuming = this.#config.StartingToken !== undefined;
    // as botocore: the caller's own markers (Marker, KeyMarker+VersionIdMarker, …) are sent as given
    // unless a StartingToken replaces them. Unlike botocore, a resume token cut from the first page
    // records those markers (botocore records null, so resuming would restart from the beginning).
    let { token, truncation } = resuming
      ? this.#parseToken(this.#config.StartingToken!)
      : { token: Object.fromEntries(this.#inputTokens.map((k) => [k, params[k] ?? null])) as Token, truncation: 0 };
    if (resuming) injectToken(params, token);
    if (this.#config.PageSize !== undefined) params[this.#limitKey!] = this.#config.PageSize;

    let total = 0;
    let first = true;
    let previous: string | undefined;
    for (;;) {
      const page = await this.#fetch({ ...params }, { signal: this.#signal });
      const parsed = page as Record<string, unknown>;
      let skipped = 0;
      if (first) {
        if (resuming && truncation > 0) this.#skipReturned(parsed, truncation);
        skipped = truncation;
        this.#recordNonAggregate(parsed);
        first = false;
      }
      const items = primary.search(parsed);
      const count = Array.isArray(items) ? items.length : 0;
      if (maxItems !== undefined && total + count > maxItems) {
        // keep what fits; the token re-requests this page and skips everything returned so far
        const keep = maxItems - total;
        setPath(parsed, this.result_keys[0]!, (items as unknown[]).slice(0, keep));
        this.#resumeToken = this.#encodeToken({ ...token, [TRUNCATE_KEY]: keep + skipped });
        yield page;
        return;
      }
      yield page;
      total += count;
      const next = this.#nextToken(parsed);
      if (Object.values(next).every((v) => v === null)) return;
      if (maxItems !== undefined && total === maxItems) {
        this.#resumeToken = this.#encodeToken(next);
        return;
      }
      const serialized = JSON.stringify(next);
      if (serialized === previous) throw new PaginationError(`The same next token was received twice: ${serialized}`);
      previous = serialized;
      injectToken(params, next);
      token = next;
    }
  }

  /**
   * Resuming inside a page: drop the primary items already returned; the secondary lists were
   * returned whole (emptied), counts stay (botocore's _handle_first_request).
   */
  #skipReturned(parsed: Record<string, unknown>, truncation: number): void {
    const items = compile(this.result_keys[0]!).search(parsed);
    setPath(parsed, this.result_keys[0]!, Array.isArray(items) || typeof items === 'string' ? items.slice(truncation) : null);
    for (const key of this.result_keys.slice(1)) {
      const v = compile(key).search(parsed);
      setPath(parsed, key, Array.isArray(v) ? [] : typeof v === 'string' ? '' : typeof v === 'number' ? v : null);
    }
  }

  /** The first page's value of every declared non-aggregate key, null ones included (as botocore). */
  #recordNonAggregate(parsed: Record<string, unknown>): void {
    this.non_aggregate_part = {};
    for (const key of this.#nonAggregateKeys) setPath(this.non_aggregate_part, key, compile(key).search(parsed));
  }

  /** Next token per input member; null for absent or empty (`''`, 0) values; `{}`-like all-null when done. */
  #nextToken(parsed: Record<string, unknown>): Token {
    const done = Object.fromEntries(this.#inputTokens.map((k) => [k, null]));
    if (this.#moreResults && !this.#moreResults.search(parsed)) return done;
    return Object.fromEntries(this.#inputTokens.map((k, i) => {
      const v = this.#outputTokens[i]!.search(parsed);
      return [k, v === '' || v === 0 || v === false || v === undefined ? null : v];
    }));
  }

  /** Opaque resume token: base64 of JSON `{ <input member>: value, …, boto_truncate_amount? }`, byte for byte botocore's. */
  #encodeToken(token: Token): string {
    return Buffer.from(pythonJson(token), 'utf8').toString('base64');
  }

  #parseToken(raw: string): { token: Token; truncation: number } {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch {
      decoded = undefined;
    }
    let token: Token;
    if (isPlainObject(decoded)) {
      token = { ...(decoded as Token) };
    } else {
      // a plain value (e.g. a marker key) or a legacy `a___b___3` token
      const parts = raw.split('___');
      token = {};
      this.#inputTokens.forEach((k, i) => (token[k] = this.#inputTokens.length === 1 && i === 0 ? (parts.length > 1 ? parts[0] : raw) : (parts[i] ?? null)));
      const extra = parts[this.#inputTokens.length];
      if (extra !== undefined && /^\d+$/.test(extra)) token[TRUNCATE_KEY] = Number(extra);
    }
    const truncation = Number(token[TRUNCATE_KEY] ?? 0);
    delete token[TRUNCATE_KEY];
    const unknown = Object.keys(token).filter((k) => !this.#inputTokens.includes(k));
    if (unknown.length || !Number.isInteger(truncation) || truncation < 0) throw new ParamValidationError([`Invalid value for parameter PaginationConfig.StartingToken: ${raw}`]);
    return { token, truncation };
  }

  /** Every page merged: result keys concatenated, non-aggregate keys of the first page, NextToken if MaxItems cut it. */
  async build_full_result(): Promise<Full> {
    const full: Record<string, unknown> = {};
    for await (const page of this) {
      for (const key of this.result_keys) {
        const value = compile(key).search(page);
        if (value === null || value === undefined) continue;
        const existing = compile(key).search(full);
        if (existing === null) setPath(full, key, Array.isArray(value) ? [...value] : value);
        else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
        else if (typeof value === 'number' || typeof value === 'string') setPath(full, key, (existing as number) + (value as number));
      }
    }
    Object.assign(full, structuredClone(this.non_aggregate_part));
    if (this.#resumeToken !== undefined) full.NextToken = this.#resumeToken;
    return full as Full;
  }

  /** Values of a JMESPath expression over every page: lists are flattened into their items. */
  async *search(expression: string): AsyncGenerator<unknown> {
    const compiled = compile(expression);
    for await (const page of this) {
      const result = compiled.search(page);
      if (Array.isArray(result)) yield* result;
      else yield result;
    }
  }
}

function injectToken(params: Record<string, unknown>, token: Token): void {
  for (const [name, value] of Object.entries(token)) {
    if (value !== null && value !== undefined && value !== 'None') params[name] = value;
    else delete params[name];
  }
}

/** JSON as Python's json.dumps writes it (`", "` and `": "` separators, non-ASCII as \uXXXX escapes), so tokens match botocore's. */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return JSON.stringify(value ?? null);
}
