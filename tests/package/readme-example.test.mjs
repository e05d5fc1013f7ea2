// The example test of README.md's "Testing your error handling" section, run as a user runs it:
// the block after `<!-- readme-example: testing -->`, in a scratch project with pkg/ installed
// as node_modules/claude-resilience, under `node --test`. Every test in it must pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

test("README's testing example passes", (t) => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const block = /<!-- readme-example: testing -->\n```js\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, 'README.md has the marked example block');
  const source = block[1];
  const declared = source.match(/^test\(/gm)?.length ?? 0;
  assert.ok(declared >= 3, `the example declares ${declared} tests`);

  const dir = mkdtempSync(join(tmpdir(), 'claude-resilience-readme-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(repo, 'pkg'), join(dir, 'node_modules/claude-resilience'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  writeFileSync(join(dir, 'example.test.mjs'), source);
  // A run of its own: neither this runner's context nor a key or base URL of the environment.
  const env = { ...process.env };
  for (const name of ['NODE_TEST_CONTEXT', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL']) delete env[name];
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'example.test.mjs'], {
    cwd: dir, env, encoding: 'utf8', timeout: 60_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  assert.match(run.stdout, new RegExp(`^# pass ${declared}$`, 'm'), output);
  assert.match(run.stdout, /^# fail 0$/m, output);
});
