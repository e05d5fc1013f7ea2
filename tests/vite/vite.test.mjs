// A user's Vite app that imports 'claude-resilience' by name: the package is laid out as npm
// installs it (node_modules/claude-resilience, resolved through its package.json `exports`),
// `vite build` bundles the app, and the built dist/ runs in headless Chromium.
// Needs `make pkg` first.
//
// A second test runs the same app under `vite` (the dev server, with its dependency pre-bundling).
//
//   node --test tests/vite/
//   KEEP_VITE_DIR=1 node --test tests/vite/     (leave the temp project behind for a look)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, createServer } from 'vite';

import { launchChromium, watchPage } from '../browser/chromium.mjs';
import { startStaticServer } from '../browser/server.mjs';

const pkgDir = process.env.PKG_DIR || fileURLToPath(new URL('../../pkg/', import.meta.url));
const appDir = fileURLToPath(new URL('./app/', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Cleanups run last-registered first, once the test ends (servers close before files go). */
function deferrals(t) {
  const stack = [];
  t.after(async () => {
    while (stack.length) await stack.pop()();
  });
  return (fn) => stack.push(fn);
}

/** A temp project: the app, plus the package exactly where `npm install claude-resilience` puts it. */
function makeProject(t, defer) {
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const project = mkdtempSync(join(tmpdir(), 'claude-resilience-vite-'));
  defer(() => {
    if (process.env.KEEP_VITE_DIR) t.diagnostic(`project kept in ${project}`);
    else rmSync(project, { recursive: true, force: true });
  });
  cpSync(appDir, project, { recursive: true });
  cpSync(pkgDir, join(project, 'node_modules', 'claude-resilience'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'vite-user-app', private: true, type: 'module', dependencies: { 'claude-resilience': version } }),
  );
  return { project, version };
}

/** Opens `url` in Chromium and returns what the app wrote to body[data-result]. */
async function appResult(defer, url) {
  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await browser.newPage();
  const pageLog = watchPage(page);
  await page.goto(url);
  try {
    await page.waitForFunction(() => document.body?.dataset.result !== 'pending', null, { timeout: 30_000 });
  } catch (error) {
    assert.fail(`the app never finished: ${error.message}\n${pageLog.join('\n')}`);
  }
  return { result: await page.evaluate(() => document.body.dataset.result), pageLog };
}

test('a Vite production build of an app that imports the package runs in Chromium', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(join(pkgDir, 'browser.mjs')), `${pkgDir}browser.mjs is missing: run \`make pkg\` first`);
  const defer = deferrals(t);
  const { project, version } = makeProject(t, defer);

  const outDir = join(project, 'dist');
  const buildStarted = performance.now();
  const output = await build({
    root: project,
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  t.diagnostic(`vite build: ${(performance.now() - buildStarted).toFixed(0)} ms`);
  assert.ok(output, 'vite build returned its output');

  const files = filesUnder(outDir).map((path) => path.slice(outDir.length + 1));
  t.diagnostic(`dist: ${files.join(', ')}`);
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.ok(wasm.length >= 1, `no .wasm asset in dist/: ${files.join(', ')}`);
  for (const f of wasm) {
    const bytes = readFileSync(join(outDir, f));
    assert.deepEqual([...bytes.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], `${f} is a wasm module`);
  }
  const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
  assert.ok(js.length > 0, 'a JS chunk was emitted');
  // The browser entry was chosen by the `exports` map, not the Node one.
  assert.doesNotMatch(js, /node:fs|readFileSync/, 'the Node entry leaked into the browser bundle');
  for (const f of wasm) assert.ok(js.includes(f.split('/').pop()), `the bundle refers to ${f}`);

  const statics = await startStaticServer({ routes: { '/': { dir: outDir, index: 'index.html' } } });
  defer(() => statics.close());
  const { result, pageLog } = await appResult(defer, `${statics.url}/`);
  assert.equal(result, `ok:${version}`, `the app's result\n${pageLog.join('\n')}`);
});

test('the same app under the Vite dev server runs in Chromium', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(join(pkgDir, 'browser.mjs')), `${pkgDir}browser.mjs is missing: run \`make pkg\` first`);
  const defer = deferrals(t);
  const { project, version } = makeProject(t, defer);
  const server = await createServer({
    root: project,
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  defer(() => server.close());
  await server.listen();
  const url = server.resolvedUrls.local.find((u) => u.startsWith('http://127.0.0.1:'));
  assert.ok(url, `the dev server is not on 127.0.0.1: ${server.resolvedUrls.local}`);
  const { result, pageLog } = await appResult(defer, url);
  assert.equal(result, `ok:${version}`, `the app's result\n${pageLog.join('\n')}`);
});
