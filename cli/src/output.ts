// What a command prints. Result lines ("upload: a to s3://b/a") go to stdout unless --quiet or
// --only-show-errors; errors and warnings go to stderr unless --quiet; --json turns every line into one JSON
// object (NDJSON) for scripts. While a progress line is drawn, lines are printed above it.
import type { GlobalOptions } from './context.js';
import type { Progress } from './progress.js';

export type Record_ = Record<string, unknown>;

export class Output {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly onlyErrors: boolean;
  progress?: Progress;

  constructor(g: Pick<GlobalOptions, 'json' | 'quiet' | 'onlyShowErrors'>) {
    this.json = g.json === true;
    this.quiet = g.quiet === true;
    this.onlyErrors = g.onlyShowErrors === true;
  }

  /** Progress is for people: only on a terminal, never with --json, --quiet or --only-show-errors. */
  get wantsProgress(): boolean {
    return process.stdout.isTTY === true && !this.json && !this.quiet && !this.onlyErrors;
  }

  /** Whether result lines are printed at all (callers skip building them otherwise). */
  get showsResults(): boolean {
    return !this.quiet && !this.onlyErrors;
  }

  /** A result: `text` for people, `record` for --json. */
  result(text: string, record: Record_): void {
    if (!this.showsResults) return;
    this.#write(process.stdout, this.json ? JSON.stringify(record) : text);
  }

  /** A "(dryrun) …" line: what a run would do is its whole answer, so --only-show-errors shows it too (aws s3 does). */
  dryrun(text: string, record: Record_): void {
    this.data(`(dryrun) ${text}`, { dryrun: true, ...record });
  }

  /** Listing output and the like: printed even with --only-show-errors (it is the answer). */
  data(text: string, record: Record_): void {
    if (this.quiet) return;
    this.#write(process.stdout, this.json ? JSON.stringify(record) : text);
  }

  error(text: string, record: Record_ = {}): void {
    if (this.quiet) return;
    this.#write(process.stderr, this.json ? JSON.stringify({ error: text, ...record }) : text);
  }

  /** Shown with --only-show-errors too ("only errors and warnings", as aws s3 has it). */
  warning(text: string): void {
    if (this.quiet) return;
    this.#write(process.stderr, this.json ? JSON.stringify({ warning: text }) : `warning: ${text}`);
  }

  #write(stream: NodeJS.WriteStream, line: string): void {
    if (this.progress && stream === process.stdout) this.progress.log(line);
    else stream.write(line + '\n');
  }
}
