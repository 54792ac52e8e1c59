// Compile-only: the types as a strict user meets them. The fixture project (spec/types/fixture:
// strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess) imports the package by name, so
// tsc resolves it through package.json `exports` to the built declarations (`npm run build`).
// Each `// @ts-expect-error TSnnnn why` line says which error the next line must raise: the spec
// compiles a copy without the directives and requires exactly those errors, on those lines, and no
// others. A second compile checks that no exported type is named like a global (ES, DOM, Node).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/server.js';

const root = repoRoot();
const FIXTURE = join(root, 'spec', 'types', 'fixture');
/** Same depth below the package root as the fixture, so its tsconfig reads the same. */
const WORK = join(root, 'build', 'spec-types');
const DIRECTIVE = /^(\s*)\/\/ @ts-expect-error (TS\d+)\b/;
const DIAGNOSTIC = /^(.+?)\((\d+),\d+\): error (TS\d+):/;

/** Copies the fixture with each directive turned into a plain comment; returns the errors it promised. */
function stripDirectives(to: string): string[] {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const expected: string[] = [];
  for (const name of readdirSync(FIXTURE)) {
    const lines = readFileSync(join(FIXTURE, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = DIRECTIVE.exec(line);
      if (!m) return;
      expected.push(`${name}:${i + 2} ${m[2]}`);
      lines[i] = `${m[1]}// expected: ${line.slice(m[0].length - m[2]!.length)}`;
    });
    writeFileSync(join(to, name), lines.join('\n'));
  }
  return expected.sort();
}

/** Runs tsc on a project; returns `file:line TSnnnn` per error and the whole output. */
function compile(project: string): { errors: string[]; output: string } {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', project, '--pretty', 'false'], { encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout}${run.stderr}`;
  const errors = output.split('\n').flatMap((line) => {
    const m = DIAGNOSTIC.exec(line);
    return m ? [`${m[1]!.split('/').pop()}:${m[2]} ${m[3]}`] : [];
  });
  if (run.status !== 0 && errors.length === 0) throw new Error(`tsc failed without diagnostics: ${output || run.error?.message}`);
  return { errors: errors.sort(), output };
}

/** Every name the package exports: its values, the generated shapes and the type-only re-exports of lib/index.ts. */
async function exportedNames(): Promise<string[]> {
  const values = Object.keys(await import('../../lib/index.js'));
  const shapes = [...readFileSync(join(root, 'lib', 'generated', 's3-shapes.ts'), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]!);
  const typeOnly = [...readFileSync(join(root, 'lib', 'index.ts'), 'utf8').matchAll(/^export type \{([^}]*)\}/gm)]
    .flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
  return [...new Set([...values, ...shapes, ...typeOnly])].sort();
}

describe('types (compile-only, as a strict TypeScript user)', function () {
  this.timeout(180_000);

  before(function () {
    const types = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { types?: string }).types;
    if (types && !existsSync(join(root, types))) throw new Error(`${types} is not built: run \`npm run build\` first`);
  });

  it('the fixture compiles with exactly the errors its @ts-expect-error lines name, and no others', () => {
    const dir = join(WORK, 'fixture');
    const expected = stripDirectives(dir);
    expect(expected.length, 'the fixture has expected-error lines').to.be.greaterThan(10);
    const { errors, output } = compile(dir);
    expect(errors, `tsc said:\n${output}`).to.deep.equal(expected);
  });

  it('the fixture as written (with its directives) compiles cleanly', () => {
    const { errors, output } = compile(FIXTURE);
    expect(errors, output).to.deep.equal([]);
  });

  it('no exported name is a global type of ES, DOM or Node (hovers would show the built-in)', async () => {
    const names = await exportedNames();
    expect(names).to.include.members(['S3Object', 'S3Error', 'S3Event', 'PutObjectRequest', 'ClientError']);
    const dir = join(WORK, 'globals');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // a script (no imports): each name resolves only if it is a global
    writeFileSync(join(dir, 'probe.ts'), names.map((n, i) => `type _${i} = ${n};`).join('\n') + '\n');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { noEmit: true, strict: true, types: ['node'], lib: ['ESNext', 'DOM', 'DOM.Iterable'], moduleDetection: 'legacy' },
      files: ['probe.ts'],
    }));
    const { output } = compile(dir);
    const unresolved = new Set([...output.matchAll(/Cannot find name '(\w+)'/g)].map((m) => m[1]));
    const globals = names.filter((n) => !unresolved.has(n));
    expect(globals, 'exported names that shadow a global: add them to GLOBAL_TYPE_NAMES in scripts/codegen-docs.ts').to.deep.equal([]);
  });
});
