// Measure 1 — happy-path overhead of one subject, in a process of its own:
//   node bench/overhead.mjs --subject=ours.retry [--warmupMs=300] [--roundMs=100] [--rounds=7]
// Awaits `call()` (fn through the subject) in a row: a warm-up of at least `warmupMs`, which also
// sizes the rounds so that each takes about `roundMs`; then `rounds` rounds, each reported as the
// mean ns per call. The orchestrator takes medians across rounds and processes.
import { SUBJECTS } from './lib/subjects.mjs';
import { parseArgs, report, nowNs } from './lib/common.mjs';

const args = parseArgs();
const subject = SUBJECTS[args.subject];
if (!subject) throw new Error(`unknown subject ${args.subject}`);
const warmupMs = args.warmupMs ?? 300;
const roundMs = args.roundMs ?? 100;
const rounds = args.rounds ?? 7;

const fn = async () => 1;
const { call, teardown } = await subject.make(fn, 'happy');

async function round(n) {
  let sum = 0;
  const start = nowNs();
  for (let i = 0; i < n; i++) sum += await call();
  const elapsed = nowNs() - start;
  if (sum !== n) throw new Error(`${args.subject}: expected ${n}, got ${sum}`);
  return elapsed;
}

// Warm-up in batches until warmupMs has passed; its speed sizes the measured rounds.
let warmCalls = 0;
let warmNs = 0;
while (warmNs < warmupMs * 1e6 || warmCalls < 1000) {
  warmNs += await round(1000);
  warmCalls += 1000;
}
const perRound = Math.max(1000, Math.round((roundMs * 1e6) / (warmNs / warmCalls)));
const perCallNs = [];
for (let r = 0; r < rounds; r++) perCallNs.push((await round(perRound)) / perRound);
await teardown?.();
report({ subject: args.subject, callsPerRound: perRound, perCallNs });
