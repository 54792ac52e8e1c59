// The files below a local directory, as sync and recursive cp see them: regular files only (empty
// directories carry nothing, as with aws s3), paths relative to the root with '/' separators,
// symbolic links followed (with loop protection) or skipped.
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export interface LocalFile {
  /** Relative to the walked root, '/'-separated: the key suffix it maps to. */
  rel: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export interface WalkOptions {
  followSymlinks: boolean;
  /** Called for entries that are not read (permission denied, dangling link, FIFO): aws s3 skips and warns. */
  onSkip: (path: string, reason: string) => void;
}

/** aws s3's reasons for skipping an entry, word for word. */
const SPECIAL_FILE = 'File is character special device, block special device, FIFO, or socket.';

function unreadable(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'File does not exist.' : code === 'EACCES' || code === 'EPERM' ? 'File/Directory is not readable.' : (err as Error).message;
}

export async function walkLocal(root: string, options: WalkOptions): Promise<LocalFile[]> {
  const files: LocalFile[] = [];
  // the real paths of the directories being visited: a link back to one of them is a loop
  const ancestors = new Set<string>();
  async function visit(dir: string, rel: string): Promise<void> {
    const real = await realpath(dir);
    if (ancestors.has(real)) return options.onSkip(dir, 'symbolic link loop');
    ancestors.add(real);
    try {
      await visitEntries(dir, rel);
    } finally {
      ancestors.delete(real);
    }
  }
  async function visitEntries(dir: string, rel: string): Promise<void> {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      return options.onSkip(dir, unreadable(err));
    }
    for await (const entry of handle) {
      const path = join(dir, entry.name);
      const childRel = rel + entry.name;
      if (entry.isSymbolicLink() && !options.followSymlinks) continue;
      let info;
      try {
        info = entry.isSymbolicLink() ? await stat(path) : entry.isDirectory() ? null : await stat(path);
      } catch (err) {
        options.onSkip(path, unreadable(err));
        continue;
      }
      if (entry.isDirectory() || info?.isDirectory()) await visit(path, childRel + '/');
      else if (info?.isFile()) files.push({ rel: childRel, path, size: info.size, mtimeMs: info.mtimeMs });
      else options.onSkip(path, SPECIAL_FILE);
    }
  }
  await visit(root.endsWith(sep) && root.length > 1 ? root.slice(0, -1) : root, '');
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
