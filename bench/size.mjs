// Measure 4 — what a browser downloads.
//   node bench/size.mjs
// Ours, per public entry: the files a browser loads (its bundle, the shared errors.mjs and its
// .wasm, as tests/package/size.mjs lists them), each compressed on its own as a static server
// would, summed; and, for a like-for-like comparison with the peers, the same JS re-bundled by
// esbuild as a user's build would (the .wasm stays a separate asset, as bundlers ship it).
// Peers: esbuild bundles for the browser platform, minified. gzip level 9, brotli quality 11
// (node:zlib defaults otherwise).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { parseArgs, report, ROOT, pkgDir } from './lib/common.mjs';
import { ENTRIES } from '../tests/package/size.mjs';

parseArgs(); // no options; rejects stray ones

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (parts) =>
  parts.reduce((t, p) => ({ raw: t.raw + p.raw, gzip: t.gzip + p.gzip, brotli: t.brotli + p.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

async function bundle(contents, { resolveDir = ROOT, external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    external,
  });
  return result.outputFiles[0].contents;
}

/** One entry as shipped, and its JS re-bundled by esbuild beside the same .wasm. */
async function entrySize(files) {
  const perFile = Object.fromEntries(files.map((file) => [file, measure(readFileSync(join(pkgDir(), file)))]));
  const wasmFile = files.find((file) => file.endsWith('.wasm'));
  const jsFiles = files.filter((file) => file !== wasmFile);
  const bundledJs = measure(await bundle(`export * from './${jsFiles[0]}';`, { resolveDir: pkgDir() }));
  return {
    shipped: { total: sum(Object.values(perFile)), wasm: perFile[wasmFile], js: sum(jsFiles.map((file) => perFile[file])), files: perFile },
    bundled: { total: sum([bundledJs, perFile[wasmFile]]), js: bundledJs, wasm: perFile[wasmFile] },
  };
}

const entries = {};
for (const [entry, files] of Object.entries(ENTRIES)) entries[entry] = await entrySize(files);

// Peers.
const peers = {
  'cockatiel (retry + breaker)': `export { retry, circuitBreaker, wrap, handleAll, ExponentialBackoff, ConsecutiveBreaker } from 'cockatiel';`,
  // opossum's main entry needs Node's 'events'; its package ships a browser build with a
  // polyfill (dist/opossum.js, webpack), which is what a browser user loads: that, re-minified.
  'opossum (its browser build)': `export { default } from 'opossum/dist/opossum.js';`,
  'p-retry': `export { default } from 'p-retry';`,
  'exponential-backoff': `export { backOff } from 'exponential-backoff';`,
  '@anthropic-ai/sdk (one-call client)': `
    import Anthropic from '@anthropic-ai/sdk';
    const client = new Anthropic({ apiKey: 'sk-placeholder', dangerouslyAllowBrowser: true });
    export const ask = (text) =>
      client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user', content: text }] });`,
};
const peerSizes = {};
for (const [name, entry] of Object.entries(peers)) peerSizes[name] = measure(await bundle(entry));

// The same one-call client for ours, bundled: what a user of `Anthropic` ships.
const oursClient = measure(
  await bundle(
    `import Anthropic from './browser.mjs';
     const client = new Anthropic({ apiKey: 'sk-placeholder', dangerouslyAllowBrowser: true });
     export const ask = (text) =>
       client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user', content: text }] });`,
    { resolveDir: pkgDir() },
  ),
);

report({
  ours: { entries, oneCallClientJs: oursClient },
  peers: peerSizes,
  compression: 'gzip -9, brotli q11, each file on its own',
});
