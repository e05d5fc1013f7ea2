// What the client keeps once calls settle, measured after GC in a child process of its own
// (--expose-gc): calls refused by an open breaker, finished streams sharing one signal, and a
// client dropped after a refusal. The bounds are an order of magnitude under what a leak
// costs (a refused call kept ~820 B of heap and ~560 B of wasm memory, and its client's logger
// for good; every stream left its listener on the shared signal) and far above the noise of a
// healthy run (a few bytes per refusal; a few hundred either way per stream, the HTTP pool's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const fixture = fileURLToPath(new URL('./fixtures/retention.mjs', import.meta.url));

const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', fixture], { timeout: 120_000 });
const figures = JSON.parse(stdout.trim().split('\n').at(-1));

test('calls refused by the open breaker retain next to nothing', () => {
  assert.equal(figures.refused, 5000, 'every call was refused with a CircuitOpenError');
  assert.ok(figures.heapPerRefusal < 200, `heap per refused call: ${figures.heapPerRefusal} B`);
  assert.ok(figures.wasmPerRefusal < 50, `wasm memory per refused call: ${figures.wasmPerRefusal} B`);
});

test('a client that had a call refused is collected, and the logger it held', () => {
  assert.equal(figures.refusedClientCollected, true);
  assert.equal(figures.refusedClientLoggerCollected, true);
});

test('finished streams leave no listener on the shared signal and retain next to nothing', () => {
  assert.equal(figures.listenersLeft, 0, 'abort listeners left on the shared signal');
  assert.ok(figures.heapPerStream < 2048, `heap per stream: ${figures.heapPerStream} B`);
  assert.ok(figures.wasmPerStream < 256, `wasm memory per stream: ${figures.wasmPerStream} B`);
});

test('streams left with break or abort() are collected once dropped', () => {
  // One may still be referenced by the engine's last stack frame when the GC runs.
  assert.ok(figures.leftStreamsAlive <= 1, `${figures.leftStreamsAlive} of 40 streams still alive after GC`);
});
