// --exclude / --include as aws s3 applies them: every file starts included, the filters are applied
// in the order given and the last one that matches decides. Patterns are matched against the path
// relative to the source root with Python fnmatch rules ('*' crosses '/', '?' one character,
// '[seq]' / '[!seq]' a set).
export interface Filter {
  include: boolean;
  pattern: RegExp;
}

export function compileFilters(argv: readonly string[]): Filter[] {
  const filters: Filter[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const m = /^--(exclude|include)(?:=(.*))?$/s.exec(arg);
    if (!m) continue;
    const glob = m[2] ?? argv[++i];
    if (glob !== undefined) filters.push({ include: m[1] === 'include', pattern: fnmatchToRegExp(glob) });
  }
  return filters;
}

export function isIncluded(filters: readonly Filter[], relativePath: string): boolean {
  let included = true;
  for (const f of filters) if (f.pattern.test(relativePath)) included = f.include;
  return included;
}

/** Python's fnmatch.translate, whole-string match. */
export function fnmatchToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const close = glob.indexOf(']', glob[i + 1] === '!' ? i + 3 : i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let set = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (set.startsWith('!')) set = '^' + set.slice(1);
      else if (set.startsWith('^')) set = '\\' + set;
      out += `[${set}]`;
      i = close;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 's');
}
