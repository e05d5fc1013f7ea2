// Measure 8 — a burst beyond the rate limit: the mock enforces `limit` requests per rolling
// window of `windowMs` (a 429 with retry-after for a request beyond it, uncounted, as the API
// does), and each client sends one call, then a burst of 3 × limit at once. Reported per
// client: the 429s the mock sent, the calls that failed, and the time from the burst to its
// last answer, against the floor requests ÷ limit × window. Ours with pacing, without, and the
// official SDK; each client has made the one call before the burst (a client that has never
// had an answer knows no window), all may retry up to 10 times and wait up to a minute.
//   node bench/pacing.mjs [--limit=10] [--windowMs=10000]
import { parseArgs, report, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const limit = args.limit ?? 10;
const windowMs = args.windowMs ?? 10_000;
const burst = 3 * limit;

const { startMockClaude } = await import(pkgUrl('testing.mjs'));
const { Anthropic } = await import(pkgUrl('node.mjs'));
const { default: SdkAnthropic } = await import('@anthropic-ai/sdk');

const mock = await startMockClaude({
  limits: { requests: limit, windowMs, enforce: true, inputTokens: 1e9, outputTokens: 1e9 },
});
const apiKey = 'sk-ant-bench-placeholder';
const common = { apiKey, baseURL: mock.url, maxRetries: 10 };
const ours = { ...common, retry: { maxDelay: 60_000 }, retryBudget: false };
const clients = {
  'ours (pace: true, the default)': () => new Anthropic(ours),
  'ours (pace: false)': () => new Anthropic({ ...ours, pace: false }),
  sdk: () => new SdkAnthropic(common),
};
const params = (i) => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 16,
  messages: [{ role: 'user', content: `burst call ${i}` }],
});

const rows = [];
try {
  for (const [name, make] of Object.entries(clients)) {
    mock.reset();
    const client = make();
    await client.messages.create(params('first'));
    const before = mock.requests.length;
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: burst }, (_, i) => client.messages.create(params(i))),
    );
    const ms = performance.now() - started;
    const sent = mock.requests.slice(before);
    rows.push({
      client: name,
      requests: sent.length,
      refused429: sent.filter((r) => r.fault?.status === 429).length,
      failed: outcomes.filter((o) => o.status === 'rejected').length,
      ms,
    });
  }
} finally {
  await mock.close();
}
report({ limit, windowMs, burst, floorMs: (burst / limit) * windowMs, rows });
