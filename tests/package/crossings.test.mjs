// The happy paths make no call into the module: once the options (or the breaker's state) are
// known, a call that succeeds runs in JS alone. Every export of the instance the shipped entry
// builds, and every import it is given, is wrapped in a counter before the entry loads, so a
// change that adds a crossing to one of these paths fails here, not only as a slower benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';

/**
 * Imports the entry at `path` with every function of its instance's imports and exports
 * counted; `take()` returns the crossings since the last call: JS → wasm (exports) and
 * wasm → JS (imports), by name.
 */
async function countingEntry(path) {
  const seen = { exports: new Map(), imports: new Map() };
  const bump = (counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1);
  const counting = (counts, name, member) =>
    typeof member === 'function'
      ? function (...args) {
          bump(counts, name);
          return member.apply(this, args);
        }
      : member;
  const RealInstance = WebAssembly.Instance;
  WebAssembly.Instance = function CountingInstance(module, imports) {
    const counted = {};
    for (const [space, members] of Object.entries(imports)) {
      counted[space] = {};
      for (const [name, member] of Object.entries(members)) counted[space][name] = counting(seen.imports, name, member);
    }
    const instance = new RealInstance(module, counted);
    const exports = {};
    for (const [name, member] of Object.entries(instance.exports)) exports[name] = counting(seen.exports, name, member);
    return { exports };
  };
  let m;
  try {
    m = await import(path);
  } finally {
    WebAssembly.Instance = RealInstance;
  }
  const take = () => {
    const taken = { exports: Object.fromEntries(seen.exports), imports: Object.fromEntries(seen.imports) };
    seen.exports.clear();
    seen.imports.clear();
    return taken;
  };
  take();
  return { m, take };
}

const total = (counts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

const CALLS = 50;
const fn = async () => 1;
const options = { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' };

/** The crossings of `CALLS` calls of `run`, after one call that may fill the caches. */
async function crossingsOf(take, run) {
  await run();
  take();
  for (let i = 0; i < CALLS; i++) await run();
  return take();
}

const ENTRIES = { 'claude-resilience': '../../pkg/node.mjs', 'claude-resilience/resilience': '../../pkg/resilience.node.mjs' };

for (const [entry, path] of Object.entries(ENTRIES)) {
  const { m, take } = await countingEntry(path);

  const happyPaths = {
    'retryWithBackoff(fn)': () => m.retryWithBackoff(fn),
    'retryWithBackoff(fn, options)': () => m.retryWithBackoff(fn, options),
    'retryWithBackoff(fn, a fresh literal of the same options)': () =>
      m.retryWithBackoff(fn, { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' }),
    'retryWithBackoff(fn, 3, 500, 8000)': () => m.retryWithBackoff(fn, 3, 500, 8000),
    'CircuitBreaker.call(fn)': (() => {
      const breaker = new m.CircuitBreaker({ failureThreshold: 5, recoveryTimeout: 30000 });
      return () => breaker.call(fn);
    })(),
    'retryWithBackoff(() => breaker.call(fn), options)': (() => {
      const breaker = new m.CircuitBreaker();
      return () => m.retryWithBackoff(() => breaker.call(fn), options);
    })(),
    'retryWithBackoff(fn, a fresh literal of options with a shared retryBudget)': (() => {
      const retryBudget = new m.RetryBudget();
      return () => m.retryWithBackoff(fn, { ...options, retryBudget });
    })(),
  };

  for (const [name, run] of Object.entries(happyPaths)) {
    test(`${entry}: ${name} crosses nothing while it succeeds`, async () => {
      const crossed = await crossingsOf(take, run);
      assert.deepEqual(crossed, { exports: {}, imports: {} }, `${CALLS} calls of ${name}`);
    });
  }

  // An OPEN circuit's refusals are foregone until it is due to turn HALF_OPEN: Rust publishes
  // when that is, so they are as cheap as a breaker written in JS.
  test(`${entry}: an OPEN circuit refuses without crossing until it is due to probe`, async () => {
    const failing = () => Promise.reject(Object.assign(new Error('unavailable'), { status: 503 }));
    const open = new m.CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 60000 });
    await open.call(failing).catch(() => {});
    const refusals = [];
    const crossed = await crossingsOf(take, () => open.call(fn).catch((error) => refusals.push(error)));
    assert.deepEqual(crossed, { exports: {}, imports: {} }, `${CALLS} refusals`);
    assert.equal(refusals.length, CALLS + 1);
    for (const error of refusals) {
      assert.ok(error instanceof m.CircuitOpenError);
      assert.equal(error.state, 'OPEN');
      assert.ok(error.retryAfterMs > 59000 && error.retryAfterMs <= 60000, `retryAfterMs ${error.retryAfterMs}`);
    }
  });

  // The counters see the paths that must ask Rust, so the zeros above are measured, not assumed.
  test(`${entry}: a failing call and a circuit due to probe do cross`, async () => {
    const failing = () => Promise.reject(Object.assign(new Error('unavailable'), { status: 503 }));
    const retried = await crossingsOf(take, () =>
      m.retryWithBackoff(failing, { maxRetries: 1, baseDelay: 0, maxDelay: 0, jitter: 'none' }).catch(() => {}),
    );
    assert.ok(total(retried.exports) >= CALLS, `a retry asks the policy: ${JSON.stringify(retried.exports)}`);

    const due = new m.CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 1 });
    await due.call(failing).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    take();
    assert.equal(await due.call(fn), 1, 'the probe was let through');
    assert.ok(total(take().exports) >= 1, 'the probe was admitted by Rust');
    assert.equal(due.state, 'CLOSED');
  });
}
