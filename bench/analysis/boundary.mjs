// Prices the pieces of the happy path, one variant per child process (fresh JIT each):
//
//   node bench/analysis/boundary.mjs            # all variants, table on stdout
//   node bench/analysis/boundary.mjs --json     # the same as JSON
//
// Sync variants time a tight loop of the operation; async variants time `await op()` in a
// row, as bench/overhead.mjs does. Numbers are medians of 7 rounds of ~50 ms after 200 ms of
// warm-up.
import { fileURLToPath } from 'node:url';
import { median, parseArgs, runChild, report, nowNs, pkgUrl } from '../lib/common.mjs';

const PKG = pkgUrl('node.mjs');

const fn = async () => 1;
const opts = { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' };

// name → [kind, what it shows, async () => op]
const VARIANTS = {
  'js Date.now()': ['sync', 'what the `now` import does', async () => () => Date.now()],
  'wasm getter failureCount': ['sync', '1 JS→wasm call, no import: the bare boundary', async () => {
    const { CircuitBreaker } = await import(PKG);
    const b = new CircuitBreaker();
    return () => b.failureCount;
  }],
  'wasm getter state': ['sync', '1 export + Date.now import + String out (decode + free)', async () => {
    const { CircuitBreaker } = await import(PKG);
    const b = new CircuitBreaker();
    return () => b.state;
  }],
  'TextDecoder 10-byte decode': ['sync', 'what each option-name string from Rust costs (JsValue::from_str)', async () => {
    const d = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    const bytes = new TextEncoder().encode('maxRetries0123456789');
    return () => d.decode(bytes.subarray(0, 10));
  }],
  'handleError(Reflect.get)': ['sync', 'the glue around each Reflect::get import (try + apply(arguments))', async () => {
    function handleError(f, args) { try { return f.apply(this, args); } catch (e) { return undefined; } }
    const get = function () { return handleError(function (a, b) { return Reflect.get(a, b); }, arguments); };
    const o = { maxRetries: 3 };
    return () => get(o, 'maxRetries');
  }],
  'plain o.maxRetries': ['sync', 'the same read done in JS', async () => {
    const o = { maxRetries: 3 };
    return () => o.maxRetries;
  }],
  'Object.create + FR.register': ['sync', 'what __wrap does per Rust object handed to JS (GC + cleanup amortised)', async () => {
    const registry = new FinalizationRegistry(() => {});
    class P {}
    return () => { const o = Object.create(P.prototype); o.p = 1; registry.register(o, 1, o); return o; };
  }],
  'Object.create only': ['sync', 'the same without the registry', async () => {
    class P {}
    return () => { const o = Object.create(P.prototype); o.p = 1; return o; };
  }],
  'new CircuitBreaker({2 opts})': ['sync', 'construction: option reads in Rust + FinalizationRegistry', async () => {
    const { CircuitBreaker } = await import(PKG);
    const o = { failureThreshold: 5, recoveryTimeout: 30000 };
    return () => new CircuitBreaker(o);
  }],

  'new CircuitOpenError (in JS)': ['sync', 'the open-circuit error built in JS (stack captured without wasm frames)', async () => {
    const { CircuitOpenError } = await import(PKG);
    return () => new CircuitOpenError('Circuit breaker is OPEN', 'OPEN', 30000);
  }],
  'async bare': ['async', 'await fn()', async () => fn],
  'async JS-only retry loop': ['async', 'a minimal JS retry loop (no wasm): the floor for retryWithBackoff', async () => {
    class Context { constructor(attempt) { this.attempt = attempt; } }
    async function loop(f) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await f(new Context(attempt));
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    }
    return () => loop(fn);
  }],
  'async retryWithBackoff(fn)': ['async', 'no options: the shared default policy', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn);
  }],
  'async retryWithBackoff(fn,3,500,8000)': ['async', 'positional options: accepted once, then JS alone', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn, 3, 500, 8000);
  }],
  'async retryWithBackoff(fn,opts)': ['async', 'an options object: compared in JS with the accepted sets', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn, opts);
  }],
  'async JS-only guard': ['async', 'an async guard with no-op admit/record (no wasm): the floor for breaker.call', async () => {
    const core = { admit: () => 0, failed: () => {}, succeeded: () => {} };
    async function call(f) {
      const ticket = core.admit();
      let value;
      try {
        value = await f();
      } catch (error) {
        core.failed(ticket, error);
        throw error;
      }
      core.succeeded(ticket);
      return value;
    }
    return () => call(fn);
  }],
  'async cockatiel retry': ['async', 'reference, same run', async () => {
    const { retry, handleAll, ExponentialBackoff } = await import('cockatiel');
    const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });
    return () => policy.execute(fn);
  }],
  'async cockatiel circuitBreaker': ['async', 'reference, same run', async () => {
    const { circuitBreaker, handleAll, ConsecutiveBreaker } = await import('cockatiel');
    const policy = circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) });
    return () => policy.execute(fn);
  }],
  'async open breaker.call (rejects)': ['async', 'await + catch while OPEN: admit refuses, Rust builds the error', async () => {
    const { CircuitBreaker } = await import(PKG);
    const b = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 600000 });
    await b.call(() => Promise.reject(new Error('trip'))).catch(() => {});
    const noop = () => {};
    return () => b.call(fn).then(() => { throw new Error('admitted'); }, noop);
  }],
  'async JS throw CircuitOpenError': ['async', 'the same rejection with the error built in JS: the floor', async () => {
    const { CircuitOpenError } = await import(PKG);
    const noop = () => {};
    const call = async () => { throw new CircuitOpenError('Circuit breaker is OPEN', 'OPEN', 30000); };
    return () => call().then(() => {}, noop);
  }],
  'async cockatiel open circuitBreaker': ['async', 'reference, same run', async () => {
    const { circuitBreaker, handleAll, ConsecutiveBreaker } = await import('cockatiel');
    const policy = circuitBreaker(handleAll, { halfOpenAfter: 600_000, breaker: new ConsecutiveBreaker(1) });
    await policy.execute(() => Promise.reject(new Error('trip'))).catch(() => {});
    const noop = () => {};
    return () => policy.execute(fn).then(() => { throw new Error('admitted'); }, noop);
  }],
  'async breaker.call(fn)': ['async', 'CLOSED without failures: the published ticket, no crossing', async () => {
    const { CircuitBreaker } = await import(PKG);
    const b = new CircuitBreaker();
    return () => b.call(fn);
  }],
};

const args = parseArgs();
if (args.variant) {
  const [kind, , make] = VARIANTS[args.variant];
  const op = await make();
  // Batches of `n` until 200 ms of warm-up have passed; that speed sizes 7 rounds of ~50 ms.
  // Between rounds the event loop turns, so FinalizationRegistry callbacks can run.
  let sink;
  const batch =
    kind === 'sync'
      ? async (n) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          const t = nowNs();
          for (let i = 0; i < n; i++) sink = op();
          return nowNs() - t;
        }
      : async (n) => {
          const t = nowNs();
          for (let i = 0; i < n; i++) await op();
          return nowNs() - t;
        };
  let warmNs = 0;
  let warmN = 0;
  let size = 500;
  while (warmNs < 200e6) {
    const took = await batch(size);
    warmNs += took;
    warmN += size;
    if (took < 10e6) size *= 2; // cheap operations: fewer, larger batches
  }
  const n = Math.max(500, Math.round(50e6 / (warmNs / warmN)));
  const rounds = [];
  for (let r = 0; r < 7; r++) rounds.push((await batch(n)) / n);
  globalThis.sink = sink;
  report({ variant: args.variant, ns: median(rounds) });
} else {
  const self = fileURLToPath(import.meta.url);
  const out = [];
  for (const [name, [kind, what]] of Object.entries(VARIANTS)) {
    const { ns } = await runChild(self, [`--variant=${name}`]);
    out.push({ name, kind, ns: Math.round(ns * 10) / 10, what });
  }
  if (args.json) console.log(JSON.stringify(out, null, 2));
  else for (const r of out) console.log(`${r.name.padEnd(40)} ${String(r.ns).padStart(9)} ns  ${r.what}`);
}
