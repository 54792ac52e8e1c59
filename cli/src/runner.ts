// Runs a set of file operations (uploads, downloads, copies, deletes) with bounded concurrency,
// prints one line per finished operation and keeps the progress line. A failure is reported and
// counted, the rest go on (aws s3: exit 1 at the end). On abort (Ctrl-C) nothing new starts and
// the running transfers are aborted through their signal: the SDK aborts their multipart uploads
// and removes their temporary files before they settle.
import type { Context } from './context.js';
import { describe, isAbort } from './errors.js';
import { Progress } from './progress.js';

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

export async function runTasks(ctx: Context, tasks: readonly Task[], options: { dryrun?: boolean } = {}): Promise<RunSummary> {
  const summary: RunSummary = { done: 0, failed: 0, interrupted: false };
  const describeTask = (t: Task) => `${t.action}: ${t.source}${t.dest === undefined ? '' : ` to ${t.dest}`}`;
  if (options.dryrun) {
    for (const t of tasks) ctx.out.result(`(dryrun) ${describeTask(t)}`, { dryrun: true, action: t.action, source: t.source, dest: t.dest });
    return summary;
  }
  const total = tasks.reduce((n, t) => n + t.bytes, 0);
  const progress = ctx.out.wantsProgress && tasks.length > 0 ? new Progress(total, tasks.length) : undefined;
  ctx.out.progress = progress;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !ctx.signal.aborted) {
      const task = tasks[next++]!;
      try {
        await task.run((n) => progress?.add(n), ctx.signal);
        summary.done++;
        ctx.out.result(describeTask(task), { action: task.action, source: task.source, dest: task.dest, bytes: task.bytes });
      } catch (err) {
        if (isAbort(err) && ctx.signal.aborted) break;
        summary.failed++;
        ctx.out.error(`${task.action} failed: ${task.source}${task.dest === undefined ? '' : ` to ${task.dest}`} ${describe(err)}`, {
          action: task.action, source: task.source, dest: task.dest,
        });
      } finally {
        progress?.fileDone();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(ctx.fileConcurrency, tasks.length) }, worker));
  } finally {
    progress?.stop();
    ctx.out.progress = undefined;
  }
  summary.interrupted = ctx.signal.aborted;
  return summary;
}
