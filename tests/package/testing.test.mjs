// claude-resilience/testing as an installed package resolves it: pkg/ copied into the
// node_modules of a scratch project. Node's import and require get the Node entry; a browser
// build gets the browser entry, which has no node:* import; both export the same names, and
// testing.d.ts declares them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const declared = new Set([...readFileSync(join(repo, 'pkg/testing.d.ts'), 'utf8')
  .matchAll(/^export declare function (\w+)/gm)].map(([, name]) => name));

function scratchProject(t) {
  const dir = mkdtempSync(join(tmpdir(), 'claude-resilience-testing-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(repo, 'pkg'), join(dir, 'node_modules/claude-resilience'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  return dir;
}

const run = (dir, file, source) => {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [join(dir, file)], { cwd: dir, encoding: 'utf8' });
};

test('Node: import and require of claude-resilience/testing give the Node entry', (t) => {
  const dir = scratchProject(t);
  const imported = JSON.parse(run(dir, 'esm.mjs', `
    import * as testing from 'claude-resilience/testing';
    const mock = await testing.startMockClaude();
    const answer = await fetch(mock.url + '/v1/messages', { method: 'POST', body: '{}' });
    await mock.close();
    console.log(JSON.stringify({ names: Object.keys(testing).sort(), status: answer.status, url: mock.url,
      path: import.meta.resolve('claude-resilience/testing') }));
  `));
  assert.deepEqual(imported.names, ['chaosFetch', 'createMockClaude', 'startMockClaude']);
  assert.match(imported.path, /\/node_modules\/claude-resilience\/testing\.mjs$/);
  assert.match(imported.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(imported.status, 400, 'the mock answered (an invalid request)');
  const required = JSON.parse(run(dir, 'cjs.cjs', `
    const testing = require('claude-resilience/testing');
    console.log(JSON.stringify(Object.keys(testing).filter((k) => k !== '__esModule').sort()));
  `));
  assert.deepEqual(required, imported.names);
  assert.deepEqual([...declared].sort(), imported.names, 'testing.d.ts declares exactly these');
});

test('browsers: a browser build resolves the browser entry, with no node:* import', (t) => {
  const dir = scratchProject(t);
  writeFileSync(join(dir, 'page.mjs'), `export * from 'claude-resilience/testing';\n`);
  const out = join(dir, 'bundle.mjs');
  execFileSync(join(repo, 'node_modules/.bin/esbuild'), [
    join(dir, 'page.mjs'), '--bundle', '--format=esm', '--platform=browser', `--outfile=${out}`, '--log-level=error',
  ], { cwd: dir, encoding: 'utf8' });
  const bundle = readFileSync(out, 'utf8');
  assert.doesNotMatch(bundle, /from ['"]node:|import\(['"]node:|require\(/, 'nothing of Node in the browser build');
  assert.match(bundle, /needs Node \(node:http\)/, 'the browser entry was picked');
  const shipped = readFileSync(join(repo, 'pkg/testing-browser.mjs'), 'utf8');
  assert.doesNotMatch(shipped, /from ['"]node:/);
  const names = [...shipped.matchAll(/export \{([^}]*)\}/g)].flatMap(([, list]) => list.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()));
  assert.deepEqual(names.filter(Boolean).sort(), [...declared].sort(), 'the same names as the Node entry');
});
