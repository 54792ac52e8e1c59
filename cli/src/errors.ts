// Exit codes as aws s3 uses them: 0 success, 1 a transfer or request failed, 2 usage errors or
// files skipped with a warning, 130 interrupted (Ctrl-C); and 141 when the reader of stdout went
// away (`cos ls | head`), the status of a Unix tool that SIGPIPE stopped, which `set -o pipefail`
// scripts already expect.
export const EXIT = { ok: 0, failed: 1, usage: 2, skipped: 2, interrupted: 130, brokenPipe: 141 } as const;

/** Bad command line: printed with a usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The SDK's hint for a program; a command line user has a flag for it. */
const SDK_ANONYMOUS_HINT = /For anonymous access use Config\(\{ signature_version: 'unsigned' \}\)$/;

/** What a failure prints: the SDK's messages are already botocore's ("An error occurred (Code) when …"). */
export function describe(err: unknown): string {
  if (err instanceof Error) return (err.message || err.name).replace(SDK_ANONYMOUS_HINT, 'For a public bucket use --no-sign-request.');
  return String(err);
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** A command that cannot go on (missing source, no such bucket): "fatal error: …", exit code 1. */
export class FatalError extends Error {
  override name = 'FatalError';
}
