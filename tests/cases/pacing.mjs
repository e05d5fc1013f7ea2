// Pacing to the rate limits: the client reads the anthropic-ratelimit-* windows each response
// reports and holds back a request that would not fit until the window has room. The API is
// played in-process by a fetch that keeps a rolling window as the mock does (and as the API
// reports it, but to the millisecond), so times and counts are exact in Node and Chromium.

import { KEY, MESSAGE, params } from './responses.mjs';

const encoder = new TextEncoder();
const iso = (ms) => new Date(ms).toISOString();

/**
 * A fetch that admits `requests` per rolling window of `windowMs` and reports it in the API's
 * headers; with `enforce` a request beyond it gets a 429 with `retry-after-ms`, uncounted.
 * `headers(now)` may replace the window's headers. `log` holds every request: when it came,
 * its status and its first message's text.
 */
function limited({ requests = 5, windowMs = 300, enforce = true, headers } = {}) {
  let usage = [];
  const log = [];
  const window = (now) => ({
    'anthropic-ratelimit-requests-limit': String(requests),
    'anthropic-ratelimit-requests-remaining': String(Math.max(0, requests - usage.length)),
    'anthropic-ratelimit-requests-reset': iso((usage[0] ?? now) + windowMs),
  });
  const fetch = async (url, init) => {
    const now = Date.now();
    usage = usage.filter((at) => now - at < windowMs);
    const text = JSON.parse(init.body).messages?.[0]?.content ?? '';
    const refused = enforce && usage.length >= requests;
    if (!refused) usage.push(now);
    const status = refused ? 429 : 200;
    log.push({ at: now, status, text });
    const extra = headers ? headers(now) : window(now);
    if (refused) extra['retry-after-ms'] = String(usage[0] + windowMs - now);
    const body = refused
      ? { type: 'error', error: { type: 'rate_limit_error', message: 'Rate limited' } }
      : MESSAGE;
    return new Response(encoder.encode(JSON.stringify(body)), {
      status, headers: { 'content-type': 'application/json', 'request-id': 'req_pacing', ...extra },
    });
  };
  fetch.log = log;
  fetch.refused = () => log.filter((r) => r.status === 429).length;
  return fetch;
}

export default function cases(m, { assert, mockUrl }) {
  const { Anthropic } = m;

  const client = (fetch, extra = {}) =>
    new Anthropic({
      apiKey: KEY, baseURL: mockUrl, fetch, maxRetries: 2, circuitBreaker: false, dangerouslyAllowBrowser: true,
      retryBudget: false, retry: { maxDelay: 10_000 }, ...extra,
    });
  const ask = (anthropic, text, options) =>
    anthropic.messages.create(params({ messages: [{ role: 'user', content: text }] }), options);

  /** A client whose first response said the window has no room left until `resetIn` ms on. */
  async function exhausted(resetIn, extra = {}, limit = 2) {
    let resetAt = 0;
    const fetch = limited({
      enforce: false,
      headers: (now) => {
        resetAt ||= now + resetIn;
        return {
          'anthropic-ratelimit-requests-limit': String(limit),
          'anthropic-ratelimit-requests-remaining': '0',
          'anthropic-ratelimit-requests-reset': iso(resetAt),
        };
      },
    });
    const logs = [];
    const anthropic = client(fetch, { logger: (event) => logs.push(event), ...extra });
    await ask(anthropic, 'first');
    return { anthropic, fetch, logs, resetAt };
  }

  return [
    ['pace: a request that would not fit waits exactly until the window resets, and no longer', async () => {
      const { anthropic, fetch, logs, resetAt } = await exhausted(400);
      await ask(anthropic, 'second');
      const sentAt = fetch.log[1].at;
      assert.ok(sentAt >= resetAt, `sent ${resetAt - sentAt} ms before the reset`);
      assert.ok(sentAt < resetAt + 250, `sent ${sentAt - resetAt} ms after the reset`);
      const paced = logs.filter((event) => event.event === 'pace');
      assert.equal(paced.length, 1);
      assert.ok(paced[0].delayMs > 250 && paced[0].delayMs <= 400, `delayMs ${paced[0].delayMs}`);
      assert.ok(paced[0].message.includes('rate-limit window'), paced[0].message);
      assert.equal(fetch.refused(), 0);
    }],

    ['pace: waiting calls go in the order they came, spread a refill step apart, not all at the reset', async () => {
      // Four requests a 400 ms window: once full, one comes back every 100 ms.
      const fetch = limited({ requests: 4, windowMs: 400 });
      const anthropic = client(fetch);
      await ask(anthropic, 'warm-up');
      const texts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
      const calls = [];
      for (const text of texts) {
        calls.push(ask(anthropic, text));
        await Promise.resolve();
      }
      await Promise.all(calls);
      assert.equal(fetch.refused(), 0);
      const sent = fetch.log.slice(1);
      assert.deepEqual(sent.map((r) => r.text), texts, 'first come, first sent');
      // Three went at once into what the window had left; the rest waited for its reset and
      // then went one by one.
      const waited = sent.slice(3);
      assert.ok(waited[0].at - fetch.log[0].at >= 400, 'the first waiter went at the reset');
      for (let i = 1; i < waited.length; i++) {
        const gap = waited[i].at - waited[i - 1].at;
        assert.ok(gap >= 90, `waiter ${i} went ${gap} ms after the one before`);
      }
    }],

    ['pace: a burst of 3× the window gets no 429; pace: false collects them', async () => {
      for (const pace of [true, false]) {
        const fetch = limited({ requests: 5, windowMs: 300 });
        const anthropic = client(fetch, { pace, maxRetries: 10 });
        await ask(anthropic, 'warm-up');
        await Promise.all(Array.from({ length: 15 }, (_, i) => ask(anthropic, `burst ${i}`)));
        if (pace) assert.equal(fetch.refused(), 0, 'no 429 with pacing');
        else assert.ok(fetch.refused() >= 10, `${fetch.refused()} 429s without pacing`);
      }
    }],

    ['pace: an abort during a pacing wait ends it at once, and the queue goes on without it', async () => {
      const { anthropic, fetch, resetAt } = await exhausted(600);
      const controller = new AbortController();
      const aborted = ask(anthropic, 'aborted', { signal: controller.signal });
      const next = ask(anthropic, 'next');
      const started = Date.now();
      setTimeout(() => controller.abort(), 30);
      await assert.rejects(aborted, m.APIUserAbortError);
      assert.ok(Date.now() - started < 400, `the abort took ${Date.now() - started} ms`);
      await next;
      assert.deepEqual(fetch.log.map((r) => r.text), ['first', 'next']);
      assert.ok(fetch.log[1].at >= resetAt);
    }],

    ['pace: a wait past totalTimeout or maxDelay fails at once with a RateLimitError, nothing sent', async () => {
      const { anthropic, fetch, logs } = await exhausted(5000);
      const started = Date.now();
      const late = await assert.rejects(ask(anthropic, 'late', { totalTimeout: 1000 }), m.RateLimitError);
      assert.ok(late.message.includes('totalTimeout'), late.message);
      assert.ok(late.retryAfterMs > 4000 && late.retryAfterMs <= 5000, `retryAfterMs ${late.retryAfterMs}`);
      const { anthropic: impatient, fetch: other } = await exhausted(5000, { retry: { maxDelay: 1000 } });
      const long = await assert.rejects(ask(impatient, 'long'), m.RateLimitError);
      assert.ok(long.message.includes('maxDelay'), long.message);
      assert.ok(Date.now() - started < 900, `refused after ${Date.now() - started} ms`);
      assert.equal(fetch.log.length + other.log.length, 2, 'only the first requests were sent');
      assert.equal(logs.filter((event) => event.event === 'pace').length, 0);
    }],

    ['pace: a 429 whose wait the call cannot take holds the model\'s other calls back until its reset', async () => {
      const sent = [];
      const fetch = async (url, init) => {
        const { model } = JSON.parse(init.body);
        sent.push(model);
        if (sent.length === 1) {
          return new Response('{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}', {
            status: 429, headers: { 'content-type': 'application/json', 'retry-after-ms': '5000' },
          });
        }
        return new Response(JSON.stringify(MESSAGE), { status: 200, headers: { 'content-type': 'application/json' } });
      };
      const anthropic = client(fetch, { retry: { maxDelay: 1000 } });
      const refused = await assert.rejects(ask(anthropic, 'first'), m.RateLimitError);
      assert.equal(refused.status, 429);
      const held = await assert.rejects(ask(anthropic, 'second'), m.RateLimitError);
      assert.ok(held.message.startsWith('Not sent'), held.message);
      assert.deepEqual(sent, ['claude-test-model'], 'the second call was not sent');
      // Another model has limits of its own.
      await anthropic.messages.create({ ...params(), model: 'claude-other' });
      assert.deepEqual(sent, ['claude-test-model', 'claude-other']);
    }],

    ['pace: a 429 that ends a model\'s attempts moves on to the fallback model', async () => {
      const models = [];
      const fetch = async (url, init) => {
        const { model } = JSON.parse(init.body);
        models.push(model);
        if (model === 'claude-test-model') {
          return new Response('{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}', {
            status: 429, headers: { 'content-type': 'application/json', 'retry-after': '60' },
          });
        }
        return new Response(JSON.stringify({ ...MESSAGE, model }), { status: 200, headers: { 'content-type': 'application/json' } });
      };
      const anthropic = client(fetch);
      const message = await anthropic.messages.create(params(), { fallbackModels: ['claude-fallback'] });
      assert.equal(message.model, 'claude-fallback');
      assert.deepEqual(models, ['claude-test-model', 'claude-fallback']);
    }],

    ['pace: windows missing or malformed mean no pacing and no error; rateLimit still shows them', async () => {
      const broken = [
        {},
        { 'anthropic-ratelimit-requests-limit': '1', 'anthropic-ratelimit-requests-remaining': '0' },
        { 'anthropic-ratelimit-requests-limit': 'one', 'anthropic-ratelimit-requests-remaining': '0', 'anthropic-ratelimit-requests-reset': iso(Date.now() + 60_000) },
        { 'anthropic-ratelimit-requests-limit': '1', 'anthropic-ratelimit-requests-remaining': '-1', 'anthropic-ratelimit-requests-reset': iso(Date.now() + 60_000) },
        { 'anthropic-ratelimit-requests-limit': '1', 'anthropic-ratelimit-requests-remaining': '0', 'anthropic-ratelimit-requests-reset': 'in a minute' },
        { 'anthropic-ratelimit-requests-limit': '1', 'anthropic-ratelimit-requests-remaining': '2', 'anthropic-ratelimit-requests-reset': iso(Date.now() + 60_000) },
        { 'anthropic-ratelimit-input-tokens-limit': '10', 'anthropic-ratelimit-input-tokens-remaining': '0', 'anthropic-ratelimit-input-tokens-reset': '2026-13-01T00:00:00Z' },
      ];
      for (const headers of broken) {
        const fetch = limited({ enforce: false, headers: () => ({ ...headers }) });
        const anthropic = client(fetch, { retry: { maxDelay: 100 } });
        const started = Date.now();
        for (let i = 0; i < 3; i++) await ask(anthropic, `call ${i}`);
        assert.equal(fetch.log.length, 3, JSON.stringify(headers));
        assert.ok(Date.now() - started < 1000, `${JSON.stringify(headers)}: ${Date.now() - started} ms`);
        assert.ok(anthropic.rateLimit !== null);
      }
    }],

    ['pace: token counting has windows of its own, apart from the same model\'s messages', async () => {
      const { anthropic, fetch } = await exhausted(60_000);
      await anthropic.messages.countTokens(params());
      assert.equal(fetch.log.length, 2, 'sent at once while the messages window is full');
    }],

    ['pace: false never holds a request back', async () => {
      const { fetch, resetAt } = await exhausted(60_000);
      void resetAt;
      const anthropic = client(fetch, { pace: false });
      for (let i = 0; i < 3; i++) await ask(anthropic, `call ${i}`);
      assert.equal(fetch.log.length, 4);
    }],

    ['pace: input tokens count by estimateInputTokens, whose throw rejects the call with what it threw', async () => {
      let resetAt = 0;
      // What the API counted: 100 tokens of the first request, then the 600 of the second.
      const left = ['900', '300', '1000'];
      const fetch = limited({
        enforce: false,
        headers: (now) => {
          resetAt ||= now + 300;
          return {
            'anthropic-ratelimit-input-tokens-limit': '1000',
            'anthropic-ratelimit-input-tokens-remaining': left[fetch.log.length - 1] ?? '1000',
            'anthropic-ratelimit-input-tokens-reset': iso(resetAt),
          };
        },
      });
      const seen = [];
      const anthropic = client(fetch, { estimateInputTokens: (p) => { seen.push(p.messages[0].content); return 600; } });
      await ask(anthropic, 'one');
      await ask(anthropic, 'two');
      assert.ok(fetch.log[1].at < resetAt, '600 of the 900 left: sent at once');
      await ask(anthropic, 'three');
      assert.ok(fetch.log[2].at >= resetAt, 'another 600 did not fit in the 300 left');
      assert.deepEqual(seen, ['one', 'two', 'three']);
      const thrown = new Error('cannot estimate');
      const throwing = client(fetch, { estimateInputTokens: () => { throw thrown; } });
      assert.equal(await assert.rejects(ask(throwing, 'x')), thrown);
      const wrong = client(fetch, { estimateInputTokens: () => 'many' });
      const error = await assert.rejects(ask(wrong, 'x'), TypeError);
      assert.ok(error.message.includes('estimateInputTokens'), error.message);
      assert.equal(fetch.log.length, 3, 'neither was sent');
    }],

    ['pace and estimateInputTokens: bad values are refused, naming the option', async () => {
      for (const [options, kind, name] of [[{ pace: 'yes' }, TypeError, 'pace'], [{ pace: 1 }, TypeError, 'pace'],
        [{ estimateInputTokens: 5 }, TypeError, 'estimateInputTokens'], [{ estimateInputTokens: {} }, TypeError, 'estimateInputTokens']]) {
        let thrown = null;
        try {
          client(limited(), options);
        } catch (error) {
          thrown = error;
        }
        assert.ok(thrown instanceof kind, `${JSON.stringify(options)}: ${thrown?.name}`);
        assert.ok(thrown.message.includes(name), thrown.message);
      }
    }],
  ];
}
