// Measure 1 — happy-path overhead. One subject per process:
//   node bench/overhead.mjs --subject=ours.retry --calls=200000 --rounds=7 --warmup=200000
// Awaits `call()` (fn through the subject) `calls` times in a row per round and reports the
// mean ns per call of each round; the orchestrator takes medians across rounds and processes.
import { SUBJECTS } from './lib/subjects.mjs';
import { parseArgs, report, nowNs } from './lib/common.mjs';

const args = parseArgs();
const subject = SUBJECTS[args.subject];
if (!subject) throw new Error(`unknown subject ${args.subject}`);
const calls = args.calls ?? 200_000;
const rounds = args.rounds ?? 7;
const warmup = args.warmup ?? calls;

const fn = async () => 1;
const { call, teardown } = await subject.make(fn, 'happy');

async function round(n) {
  let sum = 0;
  const start = nowNs();
  for (let i = 0; i < n; i++) sum += await call();
  const elapsed = nowNs() - start;
  if (sum !== n) throw new Error(`${args.subject}: expected ${n}, got ${sum}`);
  return elapsed / n;
}

await round(warmup);
const perCall = [];
for (let r = 0; r < rounds; r++) perCall.push(await round(calls));
await teardown?.();
report({ subject: args.subject, perCallNs: perCall });
