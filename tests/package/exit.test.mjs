// Nothing the package does keeps a Node process alive once the calls have settled: a child
// process that uses timeouts of 60 s, an aborted 10 s wait and a breaker open for a minute must
// exit by itself, with code 0, within a few seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('./fixtures/exits.mjs', import.meta.url));
const LIMIT_MS = 5_000;

test('a process using retries, timeouts, aborts and an open breaker exits by itself', async () => {
  const started = performance.now();
  const child = spawn(process.execPath, [fixture], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  const [code, signal] = await new Promise((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  clearTimeout(killer);
  const took = performance.now() - started;
  const output = `stdout:\n${stdout}\nstderr:\n${stderr}`;
  assert.equal(signal, null, `still alive after ${LIMIT_MS} ms, so something holds the event loop\n${output}`);
  assert.equal(code, 0, output);
  assert.match(stdout, /^done$/m, output);
  assert.ok(took < LIMIT_MS, `took ${took.toFixed(0)} ms`);
  for (const line of ['aborted wait: cancelled', 'aborted server wait: AbortError', 'timed out:', 'breaker: OPEN',
    'refused: true', 'aborted breaker wait', 'fallback: degraded', 'fallback fn: degraded']) {
    assert.ok(stdout.includes(line), `the fixture printed "${line}"\n${output}`);
  }
});
