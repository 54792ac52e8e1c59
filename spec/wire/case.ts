// The shape of one wire-format case: params → the exact request; a documented response → the output.
import type { ConfigOptions } from '../../lib/index.js';

export interface WireCase {
  /** The client method, e.g. 'put_object'. */
  operation: string;
  /** What the case shows, when an operation has several. */
  title?: string;
  params: Record<string, unknown>;
  config?: ConfigOptions;
  request: {
    method: string;
    /** The raw path as sent (percent-encoded). */
    path: string;
    /** The raw query string as sent, without '?'; '' when none. */
    query: string;
    /** Headers that must be present with exactly these values (lower-case names). */
    headers?: Record<string, string>;
    /** Headers that must not be sent. */
    absentHeaders?: string[];
    /** The exact body; omitted means empty. */
    body?: string;
  };
  response?: { status?: number; headers?: Record<string, string>; body?: string };
  /** Members that must be in the parsed output with exactly these values (deep equality per member). */
  output?: Record<string, unknown>;
}
