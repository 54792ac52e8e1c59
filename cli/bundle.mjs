// `npm run build -w cli`, after tsc has type-checked: dist/cos.js, the whole command line in one
// file. Node resolves, reads and links every ES module of a graph at start (about 50 ms for our
// twenty files and commander), which every `cos` run paid before doing anything; one file costs
// one. The SDK stays its own package (cos-boto3, installed beside the CLI); mime-types and
// cli-progress are required lazily, only by the runs that use them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('dist/', import.meta.url));
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [fileURLToPath(new URL('src/cos.ts', import.meta.url))],
  outfile: `${dist}cos.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['cos-boto3', 'mime-types', 'cli-progress'],
  // commander is CommonJS and requires Node built-ins: give the bundle a require of its own
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
