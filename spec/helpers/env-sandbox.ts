// For a describe block: a temporary HOME (with ~/.aws) and none of the variables that configure
// clients, restored after each test, so specs see only the files and variables they set themselves.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CONFIGURING = /^(HOME|AWS_.*|IBM_.*|COS_CREDENTIALS_FILE|https?_proxy|no_proxy|all_proxy)$/i;

export interface EnvSandbox {
  readonly home: string;
  /** Write `~/.aws/<name>` (a name with a slash: that path under HOME) and return its full path. */
  write(name: string, text: string): string;
  set(vars: Record<string, string | undefined>): void;
}

export function envSandbox(): EnvSandbox {
  let home = '';
  let saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    saved = {};
    for (const name of Object.keys(process.env)) {
      if (!CONFIGURING.test(name)) continue;
      saved[name] = process.env[name];
      delete process.env[name];
    }
    home = mkdtempSync(join(tmpdir(), 'cos-boto3-home-'));
    mkdirSync(join(home, '.aws'));
    process.env.HOME = home;
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (CONFIGURING.test(name)) delete process.env[name];
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
    rmSync(home, { recursive: true, force: true });
  });
  return {
    get home() {
      return home;
    },
    write(name, text) {
      const path = join(home, name.includes('/') ? name : join('.aws', name));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    set(vars) {
      for (const [name, value] of Object.entries(vars)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}
