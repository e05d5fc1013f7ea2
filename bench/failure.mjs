// Measure 2 — the failure path of one subject, in a process of its own.
//
//   node bench/failure.mjs --kind=retry --subject=ours.retry [--concurrency=100] [--retries=10] [--rounds=5] [--warmupRounds=5]
//     `concurrency` calls of an always-failing fn at once, each retried `retries` times with
//     every delay 0 (the libraries still go through setTimeout(0), which Node runs after ≥ 1 ms;
//     running many calls at once shares those timer turns, so the CPU cost shows). Reports wall
//     and CPU (process.cpuUsage, user + system) per retry; the initial attempts are included.
//
//   node bench/failure.mjs --kind=open --subject=ours.breaker [--warmupMs=200] [--roundMs=100] [--rounds=7]
//     Trips the breaker with one failure, then awaits rejected calls in a row: ns per rejection
//     while the circuit is open. Checks that fn is never called meanwhile.
import { SUBJECTS } from './lib/subjects.mjs';
import { parseArgs, report, nowNs } from './lib/common.mjs';

const args = parseArgs();
const subject = SUBJECTS[args.subject];
if (!subject) throw new Error(`unknown subject ${args.subject}`);
const rounds = args.rounds ?? 5;
const cpuNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

if (args.kind === 'retry') {
  const concurrency = args.concurrency ?? 100;
  const retries = args.retries ?? 10;
  const failure = new Error('always fails'); // one error object, so no stack capture is timed
  let attempts = 0;
  const fn = () => {
    attempts++;
    return Promise.reject(failure);
  };
  const { call } = await subject.make(fn, 'fail', { retries });
  const round = async () => {
    attempts = 0;
    const wall0 = nowNs();
    const cpu0 = cpuNs();
    const outcomes = await Promise.allSettled(Array.from({ length: concurrency }, () => call()));
    const wall = nowNs() - wall0;
    const cpu = cpuNs() - cpu0;
    if (!outcomes.every((o) => o.status === 'rejected' && o.reason === failure)) {
      throw new Error(`${args.subject}: a call did not reject with fn's error`);
    }
    if (attempts !== concurrency * (retries + 1)) {
      throw new Error(`${args.subject}: ${attempts} attempts, expected ${concurrency * (retries + 1)}`);
    }
    return { wallPerRetryNs: wall / (concurrency * retries), cpuPerRetryNs: cpu / (concurrency * retries) };
  };
  // The first rounds run partly unoptimised code (see bench/README.md): warm up well.
  for (let w = 0; w < (args.warmupRounds ?? 5); w++) await round();
  const results = [];
  for (let r = 0; r < rounds; r++) results.push(await round());
  report({
    subject: args.subject,
    kind: 'retry',
    concurrency,
    retries,
    wallPerRetryNs: results.map((r) => r.wallPerRetryNs),
    cpuPerRetryNs: results.map((r) => r.cpuPerRetryNs),
  });
} else if (args.kind === 'open') {
  const failure = new Error('trip');
  let failing = true;
  let calls = 0;
  const fn = () => {
    calls++;
    return failing ? Promise.reject(failure) : Promise.resolve(1);
  };
  const made = await subject.make(fn, 'happy', { threshold: 1 });
  const { call, breaker, teardown } = made;
  await call().catch(() => {});
  const isOpen = {
    'ours.breaker': () => breaker.state === 'OPEN',
    'cockatiel.breaker': () => breaker.state === 1 /* CircuitState.Open */,
    opossum: () => breaker.opened,
  }[args.subject];
  if (!isOpen?.()) throw new Error(`${args.subject}: one failure did not open the circuit`);
  failing = false;
  calls = 0;
  const round = async (n) => {
    let rejected = 0;
    const start = nowNs();
    for (let i = 0; i < n; i++) {
      try {
        await call();
      } catch {
        rejected++;
      }
    }
    const elapsed = nowNs() - start;
    if (rejected !== n || calls !== 0) throw new Error(`${args.subject}: the open circuit let a call through`);
    return elapsed;
  };
  const warmupMs = args.warmupMs ?? 200;
  const roundMs = args.roundMs ?? 100;
  let warmCalls = 0;
  let warmNs = 0;
  while (warmNs < warmupMs * 1e6 || warmCalls < 500) {
    warmNs += await round(500);
    warmCalls += 500;
  }
  const perRound = Math.max(500, Math.round((roundMs * 1e6) / (warmNs / warmCalls)));
  const perRejectionNs = [];
  for (let r = 0; r < rounds; r++) perRejectionNs.push((await round(perRound)) / perRound);
  if (!isOpen()) throw new Error(`${args.subject}: the circuit closed during the measurement`);
  await teardown?.();
  report({ subject: args.subject, kind: 'open', perRound, perRejectionNs });
} else {
  throw new Error('--kind=retry or --kind=open');
}
