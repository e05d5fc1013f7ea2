// Measure 3 — many calls in flight at once, one subject per process (run with --expose-gc):
//   node --expose-gc bench/inflight.mjs --subject=ours.retry --size=10000 [--rounds=5]
// Every call's fn waits on one shared gate, so all `n` calls are pending together.
//   time:  issue n calls, open the gate, await them all (median of `rounds`, after one warm-up);
//   heap:  a separate pass (GC calls would distort the timing): with all n pending, heapUsed
//          before any GC ("peak": live + garbage of issuing) and after a forced GC ("retained"),
//          both over a GC'd baseline; for our package also the growth of wasm linear memory
//          (allocated from the wasm instance, not from the JS heap; it never shrinks, so this
//          pass runs first, in a process of its own per size).
import { SUBJECTS } from './lib/subjects.mjs';
import { parseArgs, report, nowNs, gc, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const subject = SUBJECTS[args.subject];
if (!subject) throw new Error(`unknown subject ${args.subject}`);
const n = args.size ?? 1000;
const rounds = args.rounds ?? 5;

let gate;
let open;
const closeGate = () => (gate = new Promise((resolve) => (open = resolve)));
const fn = async () => {
  await gate;
  return 1;
};
const { call, teardown } = await subject.make(fn, 'happy');

// The module's memory is an ArrayBuffer, so its growth shows in `arrayBuffers` (nothing else
// in this measure allocates array buffers).
const wasmMemory = () => (args.subject.startsWith('ours') ? process.memoryUsage().arrayBuffers : 0);

async function timed(n) {
  closeGate();
  const start = nowNs();
  const pending = new Array(n);
  for (let i = 0; i < n; i++) pending[i] = call();
  open();
  const values = await Promise.all(pending);
  const elapsed = nowNs() - start;
  if (values.length !== n || values.some((v) => v !== 1)) throw new Error(`${args.subject}: wrong results`);
  return elapsed;
}

async function memory(n) {
  closeGate();
  await new Promise((resolve) => setTimeout(resolve, 10)); // finalizers of earlier rounds
  gc();
  const base = process.memoryUsage();
  const wasmBase = wasmMemory();
  const pending = new Array(n);
  for (let i = 0; i < n; i++) pending[i] = call();
  const peak = process.memoryUsage();
  gc();
  const held = process.memoryUsage();
  const wasmGrowth = wasmMemory() - wasmBase;
  open();
  await Promise.all(pending);
  return {
    peakHeapBytes: peak.heapUsed - base.heapUsed,
    retainedHeapBytes: held.heapUsed - base.heapUsed,
    externalBytes: held.external - base.external,
    wasmGrowthBytes: wasmGrowth,
  };
}

const heap = await memory(n);
await timed(n); // warm-up
const timeMs = [];
for (let r = 0; r < rounds; r++) timeMs.push((await timed(n)) / 1e6);
await teardown?.();
report({ subject: args.subject, size: n, timeMs, ...heap });
