// Counts the wasm boundary crossings of each happy path: every JS→wasm export call and every
// wasm→JS import call made while one call of the public API runs to completion.
//
//   node bench/analysis/crossings.mjs
//
// It loads a private copy of the glue (a query string makes it a separate module instance) with
// WebAssembly.Instance patched so that every export and import is wrapped in a counter. The
// counters change the timing, so this script counts and never times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pkgDir, pkgUrl } from '../lib/common.mjs';

const counts = new Map();
const bump = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
const short = (name) => name.replace(/_[0-9a-f]{16}$/, '').replace(/^__wbg_/, '');

const RealInstance = WebAssembly.Instance;
WebAssembly.Instance = function CountingInstance(module, imports) {
  const wrapped = {};
  for (const [ns, fns] of Object.entries(imports)) {
    wrapped[ns] = {};
    for (const [name, value] of Object.entries(fns)) {
      wrapped[ns][name] =
        typeof value === 'function'
          ? function (...args) {
              bump(`import ${short(name)}`);
              return value.apply(this, args);
            }
          : value;
    }
  }
  const instance = new RealInstance(module, wrapped);
  const exports = {};
  for (const [name, value] of Object.entries(instance.exports)) {
    exports[name] =
      typeof value === 'function'
        ? (...args) => {
            bump(`export ${name}`);
            return value(...args);
          }
        : value;
  }
  return { exports };
};

const glue = await import(`${pkgUrl('wasm/claude_resilience.js')}?counting`);
glue.initSync({ module: readFileSync(join(pkgDir(), 'wasm/claude_resilience_bg.wasm')) });
WebAssembly.Instance = RealInstance;

const { retryWithBackoff, CircuitBreaker } = glue;
const fn = async () => 1;
const breaker = new CircuitBreaker({ failureThreshold: 5, recoveryTimeout: 30000 });
const opts = { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
let failures = 0;
const failing = () => Promise.reject(Object.assign(new Error('boom'), { status: 503 }));
const zero = { maxRetries: 2, baseDelay: 0, maxDelay: 0, jitter: 'none' };
const open = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 60000 });
await open.call(failing).catch(() => failures++);

const paths = {
  'retryWithBackoff(fn)': () => retryWithBackoff(fn),
  'retryWithBackoff(fn, 3, 500, 8000)': () => retryWithBackoff(fn, 3, 500, 8000),
  'retryWithBackoff(fn, {4 options})': () => retryWithBackoff(fn, opts),
  'retryWithBackoff(fn, {fresh literal})': () => retryWithBackoff(fn, { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' }),
  'retryWithBackoff(fn, optsA|optsB in turn)': (() => {
    const a = { maxRetries: 3, baseDelay: 500 };
    const b = { maxRetries: 4, baseDelay: 250 };
    let flip = false;
    return () => retryWithBackoff(fn, (flip = !flip) ? a : b);
  })(),
  'breaker.call(fn)': () => breaker.call(fn),
  'retryWithBackoff(() => breaker.call(fn), opts)': () => retryWithBackoff(() => breaker.call(fn), opts),
  'failing fn, 2 zero-delay retries': () => retryWithBackoff(failing, zero).catch(() => failures++),
  'breaker.call while OPEN (rejects)': () => open.call(fn).catch(() => failures++),
  'new CircuitBreaker({2 options})': () => new CircuitBreaker({ failureThreshold: 5, recoveryTimeout: 30000 }),
};

const results = {};
for (const [name, run] of Object.entries(paths)) {
  // The first calls may fill caches (policies, validated options, strings): count a later one.
  for (let i = 0; i < 4; i++) await run();
  counts.clear();
  await run();
  const exportsN = [...counts].filter(([k]) => k.startsWith('export')).reduce((s, [, v]) => s + v, 0);
  const importsN = [...counts].filter(([k]) => k.startsWith('import')).reduce((s, [, v]) => s + v, 0);
  results[name] = { jsToWasm: exportsN, wasmToJs: importsN, detail: Object.fromEntries(counts) };
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n${name}: ${r.jsToWasm} JS→wasm, ${r.wasmToJs} wasm→JS`);
    for (const [k, v] of Object.entries(r.detail)) console.log(`  ${String(v).padStart(3)}  ${k}`);
  }
}
