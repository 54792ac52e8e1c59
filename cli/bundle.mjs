// `npm run build -w cli`, after tsc has type-checked: the whole command line in two files.
//   dist/cos.js       the executable (src/boot.ts): process settings, then cos-main.cjs loaded
//                     through the V8 code cache (src/compile-cache.ts)
//   dist/cos-main.cjs everything else: our code, commander and the SDK as this repo builds it
//                     (dist/index.cjs, so `npm run build` first). CommonJS, so that it can be loaded
//                     from the code cache (Node 20 has none for ES modules).
// Node resolves, reads and links every module of a graph at start (about 50 ms for our twenty files
// and commander), which every `cos` run paid before doing anything; a bundle costs one. With the
// SDK inside, the published package needs no `cos-boto3` beside it (a `file:..` dependency
// cannot be installed from a tarball). mime-types and cli-progress stay packages, required lazily,
// only by the runs that use them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('dist/', import.meta.url));
const versionOf = (manifest) => JSON.parse(readFileSync(new URL(manifest, import.meta.url), 'utf8')).version;
rmSync(dist, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
await build({
  ...common,
  entryPoints: [fileURLToPath(new URL('src/boot.ts', import.meta.url))],
  outfile: `${dist}cos.js`,
  format: 'esm',
});
await build({
  ...common,
  entryPoints: [fileURLToPath(new URL('src/cos.ts', import.meta.url))],
  outfile: `${dist}cos-main.cjs`,
  format: 'cjs',
  external: ['mime-types', 'cli-progress'],
  // the sources are ES modules that find their lazily required packages from import.meta.url;
  // `cos --version` names the versions built in (the SDK's package.json is not shipped with it)
  define: {
    'import.meta.url': 'importMetaUrl',
    COS_CLI_VERSION: JSON.stringify(versionOf('package.json')),
    COS_BOTO3_VERSION: JSON.stringify(versionOf('../package.json')),
  },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
