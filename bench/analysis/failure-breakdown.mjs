// Where a retry's CPU goes in our package: the decision (RetryPolicy.nextDelay on a RetryCall) and the wait
// (RetryPolicy.sleep), next to what the same steps cost in plain JS.
//
//   node bench/analysis/failure-breakdown.mjs
//
// It imports the shipped Node entry with its instance's imports wrapped, to catch the object
// Rust hands to src/js/drivers.js at start-up (the one with `defaultPolicy`) and call the default
// policy directly. Uses internals: if they change, the script says so rather than guessing. CPU
// time is process.cpuUsage.
import { median, pkgUrl } from '../lib/common.mjs';

let native = null;
const RealInstance = WebAssembly.Instance;
WebAssembly.Instance = function CatchingInstance(module, imports) {
  const copy = {};
  for (const [space, members] of Object.entries(imports)) {
    copy[space] = { ...members };
    for (const [name, member] of Object.entries(members)) {
      if (typeof member !== 'function') continue;
      copy[space][name] = function (...argv) {
        if (native === null && argv[0] !== null && typeof argv[0] === 'object' && 'defaultPolicy' in argv[0]) native = argv[0];
        return member.apply(this, argv);
      };
    }
  }
  return new RealInstance(module, copy);
};
await import(pkgUrl('node.mjs'));
WebAssembly.Instance = RealInstance;
const policy = native?.defaultPolicy;
if (!policy || typeof policy.nextDelay !== 'function' || typeof policy.begin !== 'function') {
  console.log('the drivers no longer receive `defaultPolicy` with begin/nextDelay: update this script');
  process.exit(0);
}

const cpuNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};
const syncCost = (op, n = 20000) => {
  for (let i = 0; i < n; i++) op();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) op();
    rounds.push(Number(process.hrtime.bigint() - t) / n);
  }
  return median(rounds);
};
const asyncCpu = async (start, n = 2000) => {
  await Promise.all(Array.from({ length: n }, start));
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const c = cpuNs();
    await Promise.all(Array.from({ length: n }, start));
    rounds.push((cpuNs() - c) / n);
  }
  return median(rounds);
};

const plain = new Error('always fails');
const http = Object.assign(new Error('overloaded'), { status: 529, headers: new Headers({ 'retry-after': '0' }) });
/** One failure of a fresh call: begin, judge, free (a call's first failure does all three). */
const firstFailure = (error) => () => {
  const call = policy.begin();
  policy.nextDelay(call, error);
  call.free();
};
const rows = [
  ['decision: begin + nextDelay(plain Error)', syncCost(firstFailure(plain)), 'read_facts + engine + backoff + jitter draw'],
  ['decision: begin + nextDelay(529 + Headers)', syncCost(firstFailure(http)), 'the same with status and retry-after to read'],
  ['crypto.getRandomValues(8 bytes)', syncCost(() => crypto.getRandomValues(new Uint8Array(8))), 'what each jitter draw costs in Node 20'],
  ['crypto.getRandomValues(4 KiB) / 512', syncCost(() => crypto.getRandomValues(new Uint8Array(4096)), 2000) / 512, 'per 8 bytes when drawn in bulk'],
  ['JS: Math.random()', syncCost(() => Math.random()), 'for scale'],
  ['wait: call.sleep(0), CPU', await asyncCpu(() => {
    const call = policy.begin();
    return call.sleep(0).finally(() => call.free());
  }), 'future_to_promise + gloo timer closure (2000 at once)'],
  ['wait: JS setTimeout promise, CPU', await asyncCpu(() => new Promise((resolve) => setTimeout(resolve, 0))), 'the same wait in plain JS'],
];
for (const [name, ns, what] of rows) console.log(`${name.padEnd(38)} ${String(Math.round(ns)).padStart(7)} ns  ${what}`);
