// Runs a set of file operations (uploads, downloads, copies, deletes) with bounded concurrency,
// prints one line per finished operation and keeps the progress line. A failure is reported and
// counted, the rest go on (aws s3: exit 1 at the end). On abort (Ctrl-C) nothing new starts and
// the running transfers are aborted through their signal: the SDK aborts their multipart uploads
// and removes their temporary files before they settle.
import type { Context } from './context.js';
import { describe, isAbort } from './errors.js';
import { Progress } from './progress.js';
import { shownPath } from './location.js';

export interface Task {
  /** "upload", "download", "copy", "delete", "move". */
  action: string;
  source: string;
  dest?: string;
  bytes: number;
  run(onBytes: (n: number) => void, signal: AbortSignal): Promise<void>;
}

export interface RunSummary {
  done: number;
  failed: number;
  interrupted: boolean;
}

/** The tasks of a run: all known up front, or batches as a listing goes (the first ones start at once). */
export type TaskSource = readonly Task[] | AsyncIterable<readonly Task[]>;

export async function runTasks(ctx: Context, source: TaskSource, options: { dryrun?: boolean } = {}): Promise<RunSummary> {
  const summary: RunSummary = { done: 0, failed: 0, interrupted: false };
  // --json records keep the paths as they are; the lines for people show them as aws s3 does
  const paths = (t: Task) => `${shownPath(t.source)}${t.dest === undefined ? '' : ` to ${shownPath(t.dest)}`}`;
  const describeTask = (t: Task) => `${t.action}: ${paths(t)}`;
  let progress: Progress | undefined;
  const onAdded = ctx.out.wantsProgress && !options.dryrun
    ? (tasks: readonly Task[]) => {
      progress ??= ctx.out.progress = new Progress();
      progress.expect(tasks.reduce((n, t) => n + t.bytes, 0), tasks.length);
    }
    : undefined;
  const queue = new TaskQueue(source, onAdded);
  if (options.dryrun) {
    for (let t = await queue.take(); t; t = await queue.take()) {
      ctx.out.dryrun(describeTask(t), { action: t.action, source: t.source, dest: t.dest });
    }
    await queue.filled;
    return summary;
  }
  const worker = async (): Promise<void> => {
    while (!ctx.signal.aborted) {
      const task = await queue.take();
      if (!task || ctx.signal.aborted) break;
      try {
        await task.run((n) => progress?.add(n), ctx.signal);
        summary.done++;
        if (ctx.out.showsResults) ctx.out.result(describeTask(task), { action: task.action, source: task.source, dest: task.dest, bytes: task.bytes });
      } catch (err) {
        if (isAbort(err) && ctx.signal.aborted) break;
        summary.failed++;
        ctx.out.error(`${task.action} failed: ${paths(task)} ${describe(err)}`, {
          action: task.action, source: task.source, dest: task.dest,
        });
      } finally {
        progress?.fileDone();
      }
    }
  };
  // workers waiting for the listing stop at once on Ctrl-C
  const stop = () => queue.close();
  ctx.signal.addEventListener('abort', stop, { once: true });
  try {
    await Promise.all(Array.from({ length: ctx.fileConcurrency }, worker));
  } finally {
    ctx.signal.removeEventListener('abort', stop);
    queue.close();
    progress?.stop();
    ctx.out.progress = undefined;
  }
  summary.interrupted = ctx.signal.aborted;
  // a listing that failed fails the run, once what it had started has settled
  if (!summary.interrupted) await queue.filled;
  return summary;
}

/**
 * Tasks handed to the workers as their source yields them. A source that fails (a listing
 * request) fails the run once the running tasks have settled; nothing new starts after it.
 */
class TaskQueue {
  /** Settles once the source is exhausted (rejects with its failure). */
  readonly filled: Promise<void>;
  readonly #onAdded?: (tasks: readonly Task[]) => void;
  readonly #tasks: Task[] = [];
  #next = 0;
  #ended = false;
  #waiting: (() => void)[] = [];

  constructor(source: TaskSource, onAdded?: (tasks: readonly Task[]) => void) {
    this.#onAdded = onAdded;
    this.filled = this.#fill(source).finally(() => this.close());
    this.filled.catch(() => undefined); // awaited by the run once its workers are done
  }

  async #fill(source: TaskSource): Promise<void> {
    for await (const batch of isArray(source) ? [source] : source) {
      if (this.#ended) return;
      if (batch.length === 0) continue;
      this.#tasks.push(...batch);
      this.#onAdded?.(batch);
      for (const wake of this.#waiting.splice(0)) wake();
    }
  }

  /** The next task, once there is one; undefined when there are no more. */
  async take(): Promise<Task | undefined> {
    while (this.#next >= this.#tasks.length) {
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    return this.#tasks[this.#next++];
  }

  close(): void {
    this.#ended = true;
    for (const wake of this.#waiting.splice(0)) wake();
  }
}

function isArray(source: TaskSource): source is readonly Task[] {
  return Array.isArray(source);
}
