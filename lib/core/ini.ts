// The shared config files' INI dialect, read as botocore's configloader reads it: `[section]`,
// `key = value` (or `key: value`), full-line `#`/`;` comments, option names lower-cased, and a key
// with an empty value followed by more-indented lines is a nested section (`s3 =\n  addressing_style = path`).

export type IniValue = string | Record<string, string>;
export type IniSection = Record<string, IniValue>;

export function parseIni(text: string): Record<string, IniSection> {
  const sections: Record<string, IniSection> = Object.create(null);
  let current: IniSection | undefined;
  /** The key whose value more-indented lines continue, and its indentation. */
  let open: { key: string; indent: number; lines: string[] } | undefined;
  const close = () => {
    if (open && current) current[open.key] = open.lines.length ? nested(open.lines) : (current[open.key] as string);
    open = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const indent = raw.length - raw.trimStart().length;
    if (open && indent > open.indent) {
      open.lines.push(line);
      continue;
    }
    close();
    const section = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (section) {
      current = sections[section[1]!] ??= Object.create(null);
      continue;
    }
    const at = line.search(/[=:]/);
    if (!current || at <= 0) continue;
    const key = line.slice(0, at).trim().toLowerCase();
    current[key] = line.slice(at + 1).trim();
    if (current[key] === '') open = { key, indent, lines: [] };
  }
  close();
  return sections;
}

/** `key = value` lines of a nested section; lines without `=` are ignored. */
function nested(lines: string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim().toLowerCase()] = line.slice(eq + 1).trim();
  }
  return out;
}
