// The package as a new user gets it: `npm pack`, the tarball installed into a fresh project, and a
// small app run against the real server as an ES module, as CommonJS without require(esm), as
// one-file esbuild bundles (ESM and CJS) in a directory with no node_modules, and as strict
// TypeScript (module node16, CommonJS and ESM) compiled against the shipped declarations. The
// command line the same way: its tarball alone installed, `cos` run from node_modules/.bin.
import { expect } from 'chai';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/server.js';
import { uniqueBucketName, withBucket } from './support.js';

const root = repoRoot();
const fixtures = join(root, 'spec/fixtures/consumer');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const INSTALL_TIMEOUT_MS = 180_000;
const RUN_TIMEOUT_MS = 60_000;

/** npm's own variables from an enclosing `npm test` would steer the nested npm into this repo. */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') || keep.has(k.toLowerCase())));
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd, env: npmEnv(), encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('integration: consumer projects installed from the packed tarball', function () {
  const bucket = uniqueBucketName('it-consumers');
  const fx = withBucket(bucket);
  let work: string;
  let project: string;
  let bare: string;

  before(function () {
    this.timeout(2 * INSTALL_TIMEOUT_MS);
    work = mkdtempSync(join(tmpdir(), 'cos-consumers-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as [{ filename: string }];
    project = join(work, 'project');
    bare = join(work, 'bare');
    mkdirSync(project);
    mkdirSync(bare);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    // from the cache when it holds the dependency (after `npm ci`), else from the registry
    npm(['install', '--prefer-offline', '--no-package-lock', join(work, packed.filename)], project);
    const body = readFileSync(join(fixtures, 'app-body.js'), 'utf8');
    writeFileSync(join(project, 'app.mjs'), `import * as cos from 'cos-boto3';\n${body}`);
    writeFileSync(join(project, 'app.cjs'), `'use strict';\nconst cos = require('cos-boto3');\n${body}`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  function run(consumer: string, file: string, nodeArgs: string[] = []): unknown {
    const env = {
      ...process.env, CONSUMER: consumer, S3_BUCKET: bucket, S3_ENDPOINT: fx.server.endpoint, S3_REGION: fx.server.region,
      S3_ACCESS_KEY_ID: fx.server.accessKeyId, S3_SECRET_ACCESS_KEY: fx.server.secretAccessKey, NODE_OPTIONS: '',
    };
    const out = execFileSync(process.execPath, [...nodeArgs, file], { env, encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
    return JSON.parse(out);
  }

  const expected = (consumer: string) => ({
    text: `hello from ${consumer}`,
    listed: [`${consumer}/hello.txt`],
    error: '404',
  });

  it('ships what it declares and nothing of the repo: entry points, types, LICENSE, notices', () => {
    const pkg = join(project, 'node_modules/cos-boto3');
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).to.deep.equal(['undici-types']);
    for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md', 'CHANGELOG.md', 'README.md', 'dist/index.cjs', 'dist/index.mjs', 'dist/index.d.cts', 'dist/index.d.mts', 'dist/types/lib/index.d.ts']) {
      expect(() => readFileSync(join(pkg, file)), file).not.to.throw();
    }
    expect(() => readFileSync(join(pkg, 'dist/lib/index.js')), 'the unbundled build').to.throw();
  });

  it('runs as an ES module', () => {
    expect(run('esm', join(project, 'app.mjs'))).to.deep.equal(expected('esm'));
  });

  it('runs as CommonJS without require(esm)', () => {
    expect(run('cjs', join(project, 'app.cjs'), ['--no-experimental-require-module'])).to.deep.equal(expected('cjs'));
  });

  for (const [source, format] of [['app.mjs', 'esm'], ['app.cjs', 'cjs'], ['app.mjs', 'cjs']] as const) {
    it(`bundled by esbuild from ${source} into one ${format} file, run with no node_modules beside it`, async function () {
      this.timeout(RUN_TIMEOUT_MS * 2);
      const outfile = join(bare, `${source.replace('.', '-')}.${format === 'esm' ? 'mjs' : 'cjs'}`);
      await build({ entryPoints: [join(project, source)], outfile, bundle: true, platform: 'node', format, target: 'node20', logLevel: 'silent' });
      const consumer = `bundle-${source.replace('.', '-')}-${format}`;
      expect(run(consumer, outfile)).to.deep.equal(expected(consumer));
    });
  }

  const tsProjects = [
    { type: 'commonjs', module: 'node16', moduleResolution: 'node16' },
    { type: 'module', module: 'node16', moduleResolution: 'node16' },
    { type: 'module', module: 'esnext', moduleResolution: 'bundler' },
  ] as const;
  for (const { type, module, moduleResolution } of tsProjects) {
    it(`compiles as strict TypeScript (module ${module}, moduleResolution ${moduleResolution}, a "type": "${type}" project) against the shipped declarations, and runs`, function () {
      this.timeout(RUN_TIMEOUT_MS * 2);
      const consumer = `ts-${type}-${moduleResolution}`;
      const dir = join(project, consumer);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type }));
      copyFileSync(join(fixtures, 'typed-app.mts'), join(dir, 'app.ts'));
      const compilerOptions = {
        strict: true, module, moduleResolution, target: 'es2022', lib: ['es2023'], skipLibCheck: false,
        types: ['node'], typeRoots: [join(root, 'node_modules/@types')], outDir: 'out', noUncheckedIndexedAccess: true,
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.ts'] }));
      try {
        execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
      } catch (err) {
        expect.fail(`tsc failed:\n${(err as { stdout?: string }).stdout ?? String(err)}`);
      }
      const emitted = readFileSync(join(dir, 'out/app.js'), 'utf8');
      expect(emitted).to.match(type === 'commonjs' ? /require\("cos-boto3"\)/ : /from 'cos-boto3'/);
      expect(run(consumer, join(dir, 'out/app.js'), type === 'commonjs' ? ['--no-experimental-require-module'] : [])).to.deep.equal({ text: 'typed', length: 5, error: 'NoSuchKey' });
    });
  }
});

describe('integration: the command line installed from its packed tarball', function () {
  const bucket = uniqueBucketName('it-cli-consumer');
  const fx = withBucket(bucket);
  let work: string;
  let project: string;

  before(function () {
    this.timeout(2 * INSTALL_TIMEOUT_MS);
    work = mkdtempSync(join(tmpdir(), 'cos-cli-consumer-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], join(root, 'cli'))) as [{ filename: string }];
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cli-consumer', private: true }));
    npm(['install', '--prefer-offline', '--no-package-lock', join(work, packed.filename)], project);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  function cosBin(args: string[]): string {
    const env = {
      ...process.env, AWS_ACCESS_KEY_ID: fx.server.accessKeyId, AWS_SECRET_ACCESS_KEY: fx.server.secretAccessKey,
      AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials', COS_COMPILE_CACHE: join(work, 'cache'),
    };
    return execFileSync(join(project, 'node_modules/.bin/cos'), ['--endpoint-url', fx.server.endpoint, ...args], { cwd: project, env, encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
  }

  it('needs no other package of this repo, and copies (guessing the type), lists and reads back', async () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/cos-boto3-cli/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).to.deep.equal(['cli-progress', 'mime-types']);
    expect(() => readFileSync(join(project, 'node_modules/cos-boto3/package.json'))).to.throw();
    writeFileSync(join(project, 'page.html'), '<p>hi</p>');
    expect(cosBin(['cp', 'page.html', `s3://${bucket}/site/page.html`])).to.equal(`upload: ./page.html to s3://${bucket}/site/page.html\n`);
    expect(cosBin(['ls', `s3://${bucket}/site/`])).to.match(/ 9 page\.html\n$/);
    const head = await fx.s3.head_object({ Bucket: bucket, Key: 'site/page.html' });
    expect(head.ContentType).to.equal('text/html');
    expect(cosBin(['cp', `s3://${bucket}/site/page.html`, '-'])).to.equal('<p>hi</p>');
  });
});
