// The options fast path of retryWithBackoff, in plain JS (no wasm is involved once a set of
// options has been validated): the drivers' current shape against a proposed one.
//
//   node bench/analysis/options-cache.mjs            # each variant in its own process, 5 times
//
//   none      retryWithBackoff(fn): the driver alone
//   current   as src/js/drivers.js does it (at the time of writing): copy the 10 fields with
//             `retryFields.map`, build a plan array, look it up with `cache.some(samePlan)`
//             (`every` over the fields) in a 4-entry cache
//   proposed  compare the caller's object field by field against the cached copies, unrolled,
//             and allocate the copy only when nothing matches
// The driver below is a stand-in for driveRetry's success path (one AttemptContext, one await).
import { fileURLToPath } from 'node:url';
import { median, nowNs, parseArgs, report, runChild } from '../lib/common.mjs';

const FIELDS = ['maxRetries', 'baseDelay', 'maxDelay', 'jitter', 'retryableStatuses', 'respectRetryAfter', 'shouldRetry', 'onRetry', 'signal', 'timeout'];

class AttemptContext {
  constructor(attempt) {
    this.attempt = attempt;
  }
}
async function drive(fn, plan, scope) {
  try {
    return await fn(new AttemptContext(0));
  } finally {
    if (scope !== null) scope.free();
  }
}

// current
const cache = [];
let next = 0;
function samePlan([options, baseDelay, maxDelay, fields], other) {
  if (baseDelay !== other[1] || maxDelay !== other[2]) return false;
  if (fields === null || other[3] === null) return fields === other[3] && options === other[0];
  return fields.every((value, index) => value === other[3][index]);
}
function current(fn, options, baseDelay, maxDelay) {
  const fields = typeof options === 'object' && options !== null ? FIELDS.map((name) => options[name]) : null;
  const plan = [options, baseDelay, maxDelay, fields];
  if (cache.some((other) => samePlan(plan, other))) return drive(fn, plan, null);
  cache[next] = plan; // (validation in Rust would happen here)
  next = (next + 1) % 4;
  return drive(fn, plan, null);
}

// proposed
const copies = [];
let nextCopy = 0;
function matches(o, c) {
  return (
    o.maxRetries === c[0] && o.baseDelay === c[1] && o.maxDelay === c[2] && o.jitter === c[3] &&
    o.retryableStatuses === c[4] && o.respectRetryAfter === c[5] && o.shouldRetry === c[6] &&
    o.onRetry === c[7] && o.signal === c[8] && o.timeout === c[9]
  );
}
function proposed(fn, options, baseDelay, maxDelay) {
  if (typeof options === 'object' && options !== null && baseDelay === undefined && maxDelay === undefined) {
    for (let i = 0; i < copies.length; i++) if (matches(options, copies[i])) return drive(fn, copies[i], null);
    const copy = FIELDS.map((name) => options[name]); // (validation in Rust would happen here)
    copies[nextCopy] = copy;
    nextCopy = (nextCopy + 1) % 4;
    return drive(fn, copy, null);
  }
  return drive(fn, null, null);
}

const args = parseArgs();
if (args.variant) {
  const fn = async () => 1;
  const options = { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
  const entry = { none: null, current, proposed }[args.variant];
  const call = entry ? () => entry(fn, options) : () => drive(fn, null, null);
  const round = async (n) => {
    const t = nowNs();
    for (let i = 0; i < n; i++) await call();
    return (nowNs() - t) / n;
  };
  await round(300_000);
  const rounds = [];
  for (let r = 0; r < 5; r++) rounds.push(await round(100_000));
  report({ ns: median(rounds) });
} else {
  const self = fileURLToPath(import.meta.url);
  for (const variant of ['none', 'current', 'proposed']) {
    const ns = [];
    for (let p = 0; p < 5; p++) ns.push((await runChild(self, [`--variant=${variant}`])).ns);
    console.log(`${variant.padEnd(9)} median ${median(ns).toFixed(0).padStart(4)} ns  (processes: ${ns.map((v) => v.toFixed(0)).join(', ')})`);
  }
}
