// `npm run build`, after tsc: the package's entry points, one implementation.
//   dist/index.cjs  everything (our code and the undici modules we use) in one CommonJS file
//   dist/index.mjs  the ES module entry: re-exports index.cjs, so a process that both imports and
//                   requires the package still has one copy (one ClientError class, one pool).
//                   It goes through esm-bridge.cjs because Node scans a CommonJS file imported
//                   from an ES module for its export names, which costs ~400 ms on index.cjs.
//   dist/index.d.cts / .d.mts over one declaration tree in dist/types (a CommonJS scope)
// Node built-ins are reached through process.getBuiltinModule, not require(): the file then holds
// no require() at all, so bundling it into an ES module app (where esbuild's require shim throws
// "Dynamic require of ... is not supported") or into a CommonJS one works the same.
import { build } from 'esbuild';
import { createRequire, builtinModules } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const escape = (s) => s.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
const builtin = new RegExp(`^node:|^(${builtinModules.map(escape).join('|')})$`);

/** Each Node built-in becomes a tiny CommonJS module that asks the runtime for it. */
const builtinsWithoutRequire = {
  name: 'builtins-without-require',
  setup(b) {
    b.onResolve({ filter: builtin }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'node-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
      // an unknown one throws as require() would (undici probes optional ones such as node:sqlite)
      contents: `const id = ${JSON.stringify(`node:${args.path}`)};
        module.exports = process.getBuiltinModule(id) ?? (() => {
          throw Object.assign(new Error('No such built-in module: ' + id), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
        })();`,
      loader: 'js',
    }));
  },
};

/**
 * undici's HTTP/2 client (and node:http2 with it, ~3 ms of every start) is loaded when a connection
 * first negotiates h2, not at import: undici's client.js requires it at its top only to call it then.
 */
const lazyHttp2Client = {
  name: 'lazy-http2-client',
  setup(b) {
    b.onResolve({ filter: /^\.\/client-h2\.js$/ }, (args) =>
      args.importer.endsWith('/undici/lib/dispatcher/client.js')
        ? { path: 'undici/lib/dispatcher/client-h2.js', namespace: 'lazy', pluginData: { dir: dirname(args.importer) } }
        : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: "module.exports = function connectH2(...args) { return require('./client-h2.js')(...args); };",
      resolveDir: args.pluginData.dir,
      loader: 'js',
    }));
  },
};

const undiciVersion = JSON.parse(readFileSync(new URL('../node_modules/undici/package.json', import.meta.url), 'utf8')).version;

await build({
  entryPoints: [fileURLToPath(new URL('lib/index.js', dist))],
  outfile: fileURLToPath(new URL('index.cjs', dist)),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  keepNames: false,
  sourcemap: true,
  plugins: [builtinsWithoutRequire, lazyHttp2Client],
  banner: { js: `/*! cos-boto3 (Apache-2.0). Includes undici ${undiciVersion} (MIT, Matteo Collina and Undici contributors): see THIRD_PARTY_NOTICES.md */` },
  logLevel: 'warning',
});

const names = Object.keys(createRequire(import.meta.url)(fileURLToPath(new URL('index.cjs', dist)))).sort();
// not `module.exports = require(...)`: Node would follow that re-export and scan index.cjs after all
writeFileSync(new URL('esm-bridge.cjs', dist), "const implementation = require('./index.cjs');\nmodule.exports = implementation;\n");
writeFileSync(
  new URL('index.mjs', dist),
  `import cjs from './esm-bridge.cjs';\nexport const {\n${names.map((n) => `  ${n},\n`).join('')}} = cjs;\n`,
);
for (const types of ['index.d.cts', 'index.d.mts']) writeFileSync(new URL(types, dist), "export * from './types/lib/index.js';\n");
writeFileSync(new URL('types/package.json', dist), '{ "type": "commonjs" }\n');
