// Measure 9 — the retry budget. Two scenarios against the package's mock, in this process:
//
// - A full outage (every request 529): `calls` logical `messages.create` calls, `concurrency`
//   in flight at once; per subject the requests the mock received per logical call. Ours with
//   the budget (the default client), with the budget but no breaker (the budget alone), with
//   neither, the official SDK (its defaults), and cockatiel's retry around a plain fetch.
// - 10 % random 503s, drawn from one seed that is reset before each subject (so each meets the
//   same sequence of faults in the order its requests arrive): the share of calls that
//   succeed, ours with the budget and without, both without a breaker.
//
// Every retrying subject may retry twice (the SDK's default, and ours); ours and cockatiel wait
// 1–5 ms between attempts. The SDK's backoff (0.5 s, then 1 s, less up to 25 % jitter) cannot
// be shortened, so the calls run many at once to keep its turn short.
// The 503 scenario makes more calls (`rateCalls`): a call fails only when all three of its
// attempts do (0.1 %), so 1,000 calls would give shares in steps of 0.1 points, the size of
// the difference to be told apart.
//   node bench/budget.mjs [--calls=1000] [--rateCalls=10000] [--concurrency=250] [--seed=7]
import { parseArgs, report, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const calls = args.calls ?? 1000;
const rateCalls = args.rateCalls ?? 10_000;
const concurrency = args.concurrency ?? 250;
const seed = args.seed ?? 7;
const RETRIES = 2;

const { startMockClaude } = await import(pkgUrl('testing.mjs'));
const { Anthropic } = await import(pkgUrl('node.mjs'));
const { default: SdkAnthropic } = await import('@anthropic-ai/sdk');
const { retry, handleAll, ExponentialBackoff } = await import('cockatiel');

// Windows far larger than the run, so that pacing never holds a call back: only retries count.
const mock = await startMockClaude({ seed, limits: { requests: 1e9, inputTokens: 1e12, outputTokens: 1e12 } });
const apiKey = 'sk-ant-bench-placeholder';
const params = (i) => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 16,
  messages: [{ role: 'user', content: `budget call ${i}` }],
});
const ours = { apiKey, baseURL: mock.url, maxRetries: RETRIES, retry: { baseDelay: 1, maxDelay: 5 } };

/** cockatiel's retry around the request a client would send, failing on any status but 2xx. */
function cockatielCall() {
  const policy = retry(handleAll, {
    maxAttempts: RETRIES,
    backoff: new ExponentialBackoff({ initialDelay: 1, maxDelay: 5 }),
  });
  const url = new URL('/v1/messages', mock.url);
  return (body) =>
    policy.execute(async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, 'anthropic-version': '2026-10-21' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${response.status} ${text}`);
      return JSON.parse(text);
    });
}

const clientCall = (client) => (body) => client.messages.create(body);

/** Runs `calls` calls of `call`, `concurrency` at a time, and counts what the mock received. */
async function run(name, call, faults, calls) {
  mock.reset();
  mock.setFaults(faults);
  const outcomes = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < calls) {
      const i = next++;
      try {
        await call(params(i));
        outcomes.push('ok');
      } catch (error) {
        outcomes.push(error?.retryBudgetExhausted ? 'budget' : error?.name === 'CircuitOpenError' ? 'breaker' : 'failed');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  const count = (what) => outcomes.filter((o) => o === what).length;
  return {
    subject: name,
    calls,
    requests: mock.requests.length,
    succeeded: count('ok'),
    refusedByBudget: count('budget'),
    refusedByBreaker: count('breaker'),
    ms: performance.now() - started,
  };
}

const outage = [];
const errors503 = [];
try {
  const outageSubjects = {
    'ours (budget and breaker, the defaults)': () => clientCall(new Anthropic(ours)),
    'ours (budget, circuitBreaker: false)': () => clientCall(new Anthropic({ ...ours, circuitBreaker: false })),
    'ours (retryBudget: false, circuitBreaker: false)': () =>
      clientCall(new Anthropic({ ...ours, retryBudget: false, circuitBreaker: false })),
    sdk: () => clientCall(new SdkAnthropic({ apiKey, baseURL: mock.url })),
    'cockatiel retry (maxAttempts: 2) around fetch': cockatielCall,
  };
  for (const [name, make] of Object.entries(outageSubjects)) {
    outage.push(await run(name, make(), { outage: true }, calls));
  }
  const rateSubjects = {
    'ours (budget, circuitBreaker: false)': () => clientCall(new Anthropic({ ...ours, circuitBreaker: false })),
    'ours (retryBudget: false, circuitBreaker: false)': () =>
      clientCall(new Anthropic({ ...ours, retryBudget: false, circuitBreaker: false })),
  };
  for (const [name, make] of Object.entries(rateSubjects)) {
    errors503.push(await run(name, make(), { rate503: 0.1 }, rateCalls));
  }
} finally {
  await mock.close();
}
report({ calls, rateCalls, concurrency, seed, retries: RETRIES, outage, errors503 });
