// Every error class a user may meet is importable from the package, so `instanceof` works in a
// catch block. Found by reading lib/ (any `class X extends …Error`/`…Exception`), so a class added
// later without an export fails here.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pkg from '../../lib/index.js';
import { IbmBotoError } from '../../lib/errors.js';
import { repoRoot } from '../helpers/server.js';

/** Classes that never leave the package: what throws them wraps them (ResponseParserError). */
const INTERNAL: Record<string, string> = {
  XmlError: 'parseDocument() turns it into ResponseParserError; parseErrorBody() falls back to the status',
  XmlSyntaxError: 'parseXml() turns it into XmlError',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('error classes a user may catch are exported', () => {
  const root = repoRoot();
  const declared = sources(join(root, 'lib')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export class (\w+) extends (\w*(?:Error|Exception))\b/gm)].map((m) => ({ name: m[1]!, file: relative(root, file) })),
  );

  it('finds the classes (the scan works)', () => {
    expect(declared.map((d) => d.name)).to.include.members(['ClientError', 'IamTokenError', 'JMESPathError', 'XmlError']);
  });

  for (const { name, file } of declared.filter((d) => !INTERNAL[d.name])) {
    it(`${name} (${file}) is exported and is an IbmBotoError`, () => {
      const exported = (pkg as Record<string, unknown>)[name];
      expect(exported, `export ${name} from lib/index.ts`).to.be.a('function');
      if (exported !== IbmBotoError) expect((exported as { prototype: unknown }).prototype).to.be.instanceOf(IbmBotoError);
    });
  }
});
