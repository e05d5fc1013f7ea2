// Prices the pieces of the happy path, one variant per child process (fresh JIT each):
//
//   node bench/analysis/boundary.mjs            # all variants, table on stdout
//   node bench/analysis/boundary.mjs --json     # the same as JSON
//
// Sync variants time a tight loop of the operation; async variants time `await op()` in a
// row, as bench/overhead.mjs does. Numbers are medians of 7 rounds after a warm-up round.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { median, parseArgs, runChild, report, nowNs, PKG_DIR, pkgUrl } from '../lib/common.mjs';

const PKG = pkgUrl('node.mjs');
const snippets = join(PKG_DIR, 'wasm/snippets');
const DRIVERS = pkgUrl(`wasm/snippets/${readdirSync(snippets)[0]}/src/js/drivers.js`);

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
  'new CircuitBreaker({2 opts})': ['sync', 'construction: option reads + closure + FR (20k per round)', async () => {
    const { CircuitBreaker } = await import(PKG);
    const o = { failureThreshold: 5, recoveryTimeout: 30000 };
    return () => new CircuitBreaker(o);
  }],

  'async bare': ['async', 'await fn()', async () => fn],
  'async driveRetry (JS only)': ['async', 'the JS retry driver called directly, no wasm', async () => {
    const { driveRetry } = await import(DRIVERS);
    return () => driveRetry(fn, null, null);
  }],
  'async retryWithBackoff(fn)': ['async', '+ wasm entry, cached default policy', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn);
  }],
  'async retryWithBackoff(fn,3,500,8000)': ['async', '+ a RetryPolicy per call (alloc + __wrap + FR)', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn, 3, 500, 8000);
  }],
  'async retryWithBackoff(fn,opts)': ['async', '+ 10 option reads from Rust', async () => {
    const { retryWithBackoff } = await import(PKG);
    return () => retryWithBackoff(fn, opts);
  }],
  'async guardCall (JS only, noop settle)': ['async', 'the JS breaker driver, no wasm', async () => {
    const { guardCall } = await import(DRIVERS);
    const settle = (ticket, error, failed) => {};
    return () => guardCall(fn, settle, 0);
  }],
  'async breaker.call(fn)': ['async', '+ wasm admit (Date.now) + settle closure (Date.now)', async () => {
    const { CircuitBreaker } = await import(PKG);
    const b = new CircuitBreaker();
    return () => b.call(fn);
  }],
};

const args = parseArgs();
if (args.variant) {
  const [kind, , make] = VARIANTS[args.variant];
  const op = await make();
  const rounds = [];
  if (kind === 'sync') {
    // Few constructions per round: a sync loop never lets FinalizationRegistry callbacks run,
    // so wasm memory only grows inside it; yielding between rounds lets them catch up.
    const n = args.variant.startsWith('new ') ? 20_000 : 1_000_000;
    let sink;
    const run = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const t = nowNs();
      for (let i = 0; i < n; i++) sink = op();
      return (nowNs() - t) / n;
    };
    await run();
    for (let r = 0; r < 7; r++) rounds.push(await run());
    globalThis.sink = sink;
  } else {
    const n = 100_000;
    const run = async () => { const t = nowNs(); for (let i = 0; i < n; i++) await op(); return (nowNs() - t) / n; };
    await run();
    for (let r = 0; r < 7; r++) rounds.push(await run());
  }
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
