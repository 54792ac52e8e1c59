// cos sync SRC DEST: makes DEST hold what SRC holds, transferring only what differs (compare.ts),
// in both directions and between buckets; --delete removes what SRC does not have. Every transfer
// is atomic where it lands, so an interrupted sync leaves no partial object or file and running it
// again converges.
import { stat } from 'node:fs/promises';
import { deleteKeys } from '../batch-delete.js';
import { needsTransfer, type CompareMode } from '../compare.js';
import type { Context } from '../context.js';
import { EXIT, FatalError, UsageError } from '../errors.js';
import { isIncluded, type Filter } from '../filters.js';
import { walkLocal } from '../local-tree.js';
import { parseLocation, type Location } from '../location.js';
import { isFolderMarker, remotePages } from '../remote-tree.js';
import { runTasks, type Task } from '../runner.js';
import { destinationFor, dirPrefix, isFileFor, skippedEscaping, skippedLocal, type SourceItem } from '../sources.js';
import { type ContentTypeRule, deleteLocalTask } from '../tasks.js';
import { transferTask } from './cp.js';

export interface SyncFlags extends ContentTypeRule {
  dryrun?: boolean;
  delete?: boolean;
  followSymlinks: boolean;
  filters: Filter[];
  mode: CompareMode;
}

/** What a side of the sync holds, a batch at a time: an S3 prefix page by page, a directory at once. */
async function* listTree(ctx: Context, loc: Location, followSymlinks: boolean, mustExist: boolean): AsyncGenerator<SourceItem[]> {
  if (loc.kind === 's3') {
    const bucket = loc.bucket;
    for await (const page of remotePages(ctx, bucket, dirPrefix(loc.key))) {
      yield page.filter((o) => o.rel !== '' && !isFolderMarker(o)).map((object) => ({ kind: 's3', rel: object.rel, bucket, object }));
    }
    return;
  }
  if (loc.kind !== 'local') throw new UsageError('sync works between directories and S3 prefixes, not streams');
  const info = await stat(loc.path).catch(() => undefined);
  if (!info) {
    if (mustExist) throw new FatalError(`The user-provided path ${loc.path} does not exist.`);
    return;
  }
  if (!info.isDirectory()) throw new FatalError(`${loc.path} is not a directory`);
  const files = await walkLocal(loc.path, { followSymlinks, onSkip: skippedLocal(ctx) });
  yield files.map((file) => ({ kind: 'local', rel: file.rel, file }));
}

async function listAll(batches: AsyncIterable<SourceItem[]>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}

export async function sync(ctx: Context, source: string, target: string, flags: SyncFlags): Promise<number> {
  const src = parseLocation(source);
  const dest = parseLocation(target);
  if (src.kind !== 's3' && dest.kind !== 's3') throw new UsageError('sync needs at least one S3 location (s3://bucket/prefix)');
  const keep = (i: SourceItem) => isIncluded(flags.filters, i.rel) && isFileFor(i, dest);
  // the destination whole and the source's first page, together; the source's later pages are
  // compared (and their transfers started) as they come
  const from = listTree(ctx, src, flags.followSymlinks, true);
  const [first, to] = await Promise.all([from.next(), listAll(listTree(ctx, dest, flags.followSymlinks, false))]);
  const existing = new Map(to.filter((i) => isIncluded(flags.filters, i.rel)).map((i) => [i.rel, i]));

  async function* transfers(): AsyncGenerator<Task[]> {
    for (let page = first; !page.done; page = await from.next()) {
      const tasks: Task[] = [];
      for (const item of page.value.filter(keep)) {
        const there = existing.get(item.rel);
        existing.delete(item.rel);
        if (!(await needsTransfer(item, there, flags.mode))) continue;
        const to = await destinationFor(dest, item.rel, true);
        if (to) tasks.push(transferTask(ctx, item, to, flags));
        else skippedEscaping(ctx, item);
      }
      yield tasks;
    }
  }
  const summary = await runTasks(ctx, transfers(), { dryrun: flags.dryrun === true });
  if (summary.interrupted) return EXIT.interrupted;
  let failed = summary.failed;
  if (flags.delete && existing.size > 0 && !failed) failed += await deleteExtra(ctx, dest, [...existing.values()], flags.dryrun === true);
  if (ctx.signal.aborted) return EXIT.interrupted;
  return failed ? EXIT.failed : ctx.skipped ? EXIT.skipped : EXIT.ok;
}

/** --delete: what the destination has and the source does not (after the filters). */
async function deleteExtra(ctx: Context, dest: Location, extra: SourceItem[], dryrun: boolean): Promise<number> {
  if (dest.kind === 's3') {
    const keys = extra.flatMap((i) => (i.kind === 's3' ? [i.object.key] : []));
    return (await deleteKeys(ctx, dest.bucket, keys, dryrun)).failed;
  }
  const tasks = extra.flatMap((i) => (i.kind === 'local' ? [deleteLocalTask(i.file.path)] : []));
  return (await runTasks(ctx, tasks, { dryrun })).failed;
}
