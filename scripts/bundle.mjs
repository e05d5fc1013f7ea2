// The package's JavaScript, from the files `make pkg` staged (the hand-kept entries of
// pkg-template/ and, per module, wasm-bindgen's glue with its JS snippets):
//
//   node scripts/bundle.mjs <stage dir> <out dir>
//
// - `errors.mjs`: the Error classes (src/js/errors.js), in a file of their own that every
//   entry imports, so `instanceof` holds whichever entry threw and whichever the user imported.
// - `node.mjs`, `browser.mjs`: the whole package, one minified bundle per runtime.
// - `resilience.node.mjs`, `resilience.browser.mjs`: `claude-resilience/resilience`, the package
//   without the client, over the smaller module built without the `client` feature. Its public
//   names are derived, never listed: those of the whole package that this module has.
// - `resilience.d.ts`: the same names for TypeScript, re-exported from `index.d.ts`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [stage, out] = process.argv.slice(2);
if (!stage || !out) throw new Error('usage: node scripts/bundle.mjs <stage dir> <out dir>');

/** Where wasm-bindgen staged a snippet of src/js/ for the glue in `glueDir`. */
function snippet(glueDir, file) {
  const [crate] = readdirSync(join(stage, glueDir, 'snippets'));
  return join(stage, glueDir, 'snippets', crate, 'src/js', file);
}

/** Every import of the Error classes' snippet (the glue's, and drivers.js's `./errors.js`
 *  beside it) becomes the shared `./errors.mjs`. */
const sharedErrors = {
  name: 'shared-errors',
  setup(bundler) {
    // By the path resolved: the glue names the snippet by its path, the other snippets as `./errors.js`.
    bundler.onResolve({ filter: /(^|[\\/])errors\.js$/ }, (args) =>
      args.kind !== 'entry-point' && /[\\/]src[\\/]js[\\/]errors\.js$/.test(resolve(args.resolveDir, args.path))
        ? { path: './errors.mjs', external: true }
        : undefined,
    );
  },
};

/** Every name the package's declarations (pkg-template/index.d.ts) give a class, function or
 *  interface. */
const declared = new Set(
  [...readFileSync(join(stage, 'index.d.ts'), 'utf8').matchAll(/\b(?:class|function|interface) (\w+)/g)].map(([, name]) => name),
);

/** The classes and functions of the glue, of drivers.js and of stream.js that the package
 *  declares get their names back after minifying (`CircuitBreaker.name`, what `inspect` shows
 *  of a client's `messages`, a `MessageStream` or an attempt's context): keeping every name
 *  would cost the bundle a call per function, and only these are seen by users. */
const publicNames = {
  name: 'public-names',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/](claude_resilience|drivers|stream)\.js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const named = [...code.matchAll(/^(?:export )?(?:class|function) (\w+)/gm)]
        .map(([, name]) => name)
        .filter((name) => declared.has(name));
      if (named.length === 0) return undefined;
      const list = named.map((name) => `[${name}, ${JSON.stringify(name)}]`).join(', ');
      return {
        contents: `${code}\nfor (const [f, n] of [${list}]) Object.defineProperty(f, 'name', { value: n, configurable: true });\n`,
        loader: 'js',
      };
    });
  },
};

// Names are minified; only the public classes and functions get theirs back (`publicNames`),
// and the Error classes keep theirs in `errors.mjs` (`APIError.name`). The glue imports the
// drivers twice under two names; esbuild flags that harmless duplicate key.
const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  external: ['node:fs'],
  logLevel: 'warning',
  logOverride: { 'duplicate-object-key': 'silent' },
  metafile: true,
  plugins: [sharedErrors, publicNames],
};

/** The names `outfile`'s bundle exports, from esbuild's metafile. */
const exportsOf = (result, outfile) =>
  result.metafile.outputs[Object.keys(result.metafile.outputs).find((path) => path.endsWith(outfile))].exports;

// The error classes come as one `errorClasses` object (src/js/errors.js's list), exported by
// name from it, as pkg-template/api.mjs does for the whole package.
const errorNames = Object.keys((await import(pathToFileURL(snippet('resilience-wasm', 'errors.js')).href)).errorClasses);

await build({ ...common, keepNames: true, entryPoints: [snippet('wasm', 'errors.js')], outfile: join(out, 'errors.mjs') });

const whole = await build({
  ...common,
  entryPoints: ['node', 'browser'].map((entry) => join(stage, `${entry}.mjs`)),
  outdir: out,
  outExtension: { '.js': '.mjs' },
});
const packageNames = new Set(exportsOf(whole, 'node.mjs'));

// The resilience module's glue exports its wasm-bindgen classes and init functions too: only
// the names the whole package also exports are public, but for `default` (there, the client).
const glue = await build({ ...common, entryPoints: [join(stage, 'resilience-wasm/claude_resilience.js')], write: false });
const glueNames = exportsOf(glue, 'claude_resilience.js')
  .filter((name) => packageNames.has(name) && name !== 'default')
  .sort();
const names = [...glueNames, ...errorNames].sort();
const version = JSON.parse(readFileSync(join(stage, 'package.json'), 'utf8')).version;
writeFileSync(
  join(stage, 'resilience.mjs'),
  `// Written by scripts/bundle.mjs: the package's public names that the resilience module has.\n` +
    `import { errorClasses } from './resilience-wasm/claude_resilience.js';\n` +
    `export { ${glueNames.join(', ')} } from './resilience-wasm/claude_resilience.js';\n` +
    `export const { ${errorNames.join(', ')} } = errorClasses;\n` +
    `export const VERSION = ${JSON.stringify(version)};\n`,
);
await build({
  ...common,
  entryPoints: ['resilience.node', 'resilience.browser'].map((entry) => join(stage, `${entry}.mjs`)),
  outdir: out,
  outExtension: { '.js': '.mjs' },
});
// Values and classes by name; every other type of the package as a type only, so that
// importing the client from this entry is a compile error rather than a failure at run time.
writeFileSync(
  join(out, 'resilience.d.ts'),
  `// claude-resilience/resilience: the package without the client (written by make pkg).\n` +
    `export { ${[...names, 'VERSION'].join(', ')} } from './index.js';\n` +
    `export type * from './index.js';\n`,
);
