// retryWithBackoff: call counts, classification, server-requested delays, abort/timeout, jitter.
// Runner-agnostic: no imports; `m` is the package namespace, `ctx.assert` the assertions.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
/** Timers may fire up to a millisecond "early" against a clock read a moment before they were
 *  armed (both clocks round); more than that would be a wait shorter than asked. */
const CLOCK_SLACK_MS = 1;

function httpError(status, fields = {}) {
  return Object.assign(new Error(`HTTP ${status}`), { status }, fields);
}

/** An fn that records every call (time, context) and throws `error` (or, when `error` is a
 *  function, what it returns for the call's index); after `succeedAfter` failures it returns
 *  `value`. */
function recorder(error, { succeedAfter = Infinity, value = 'ok' } = {}) {
  const calls = [];
  const fn = (context) => {
    calls.push({ at: now(), context });
    if (calls.length > succeedAfter) return value;
    throw typeof error === 'function' ? error(calls.length - 1) : error;
  };
  return { fn, calls };
}

const FAST = { baseDelay: 1, maxDelay: 5, jitter: 'none' };
const NON_RETRYABLE = [400, 401, 403, 404, 413, 422];
const RETRYABLE = [408, 409, 429, 500, 502, 503, 504, 529];

export default function cases(m, { assert }) {
  const { retryWithBackoff } = m;

  /** A call that fails once with `error`, then succeeds: its value, calls, onRetry events, and
   *  how long after the failure the second call came. */
  async function failOnce(error) {
    let failedAt = 0;
    const { fn, calls } = recorder(() => {
      failedAt = now();
      return error;
    }, { succeedAfter: 1 });
    const events = [];
    const value = await retryWithBackoff(fn, { baseDelay: 1, jitter: 'none', onRetry: (e) => events.push(e) });
    assert.equal(calls.length, 2);
    return { value, events, waited: calls[1].at - failedAt };
  }

  /** The onRetry events of a call that fails every time, retried 5 times with `options`. */
  async function retryEvents(options) {
    const events = [];
    await assert.rejects(() => retryWithBackoff(() => {
      throw httpError(503);
    }, { ...options, maxRetries: 5, onRetry: (e) => events.push(e) }));
    assert.equal(events.length, 5);
    return events;
  }

  /** Runs an always-failing call and returns [rejection, calls]. */
  async function failAlways(error, options) {
    const { fn, calls } = recorder(error);
    const rejection = await assert.rejects(() => retryWithBackoff(fn, options));
    assert.equal(rejection, error, 'the last error is rethrown unchanged');
    return calls.length;
  }

  return [
    ['maxRetries: 2 makes at most 3 calls', async () => {
      assert.equal(await failAlways(httpError(503), { ...FAST, maxRetries: 2 }), 3);
    }],

    ['maxRetries: 0 makes exactly 1 call', async () => {
      assert.equal(await failAlways(httpError(503), { ...FAST, maxRetries: 0 }), 1);
    }],

    ['default maxRetries is 5: 6 calls for an always-failing retryable error', async () => {
      assert.equal(await failAlways(httpError(529), { baseDelay: 1, jitter: 'none' }), 6);
    }],

    ['positional retryWithBackoff(fn, 5, 1000, 60000) resolves when fn succeeds at once', async () => {
      const { fn, calls } = recorder(null, { succeedAfter: 0, value: 'first' });
      assert.equal(await retryWithBackoff(fn, 5, 1000, 60000), 'first');
      assert.equal(calls.length, 1);
    }],

    ['positional retryWithBackoff(fn, 2, 1, 5) makes 3 calls', async () => {
      const error = httpError(503);
      const { fn, calls } = recorder(error);
      const started = now();
      assert.equal(await assert.rejects(() => retryWithBackoff(fn, 2, 1, 5)), error);
      assert.equal(calls.length, 3);
      assert.ok(now() - started < 500, 'maxDelay 5 bounds the waits');
    }],

    ['positional retryWithBackoff(fn, 2, 1, 5) returns the value after failures', async () => {
      const { fn, calls } = recorder(httpError(502), { succeedAfter: 2, value: 99 });
      assert.equal(await retryWithBackoff(fn, 2, 1, 5), 99);
      assert.equal(calls.length, 3);
    }],

    ['non-retryable statuses (400, 401, 403, 404, 413, 422) make exactly 1 call', async () => {
      for (const status of NON_RETRYABLE) {
        assert.equal(await failAlways(httpError(status), { ...FAST, maxRetries: 3 }), 1, `status ${status}`);
      }
    }],

    ['retryable statuses (408, 409, 429, 500, 502, 503, 504, 529) are retried', async () => {
      for (const status of RETRYABLE) {
        assert.equal(await failAlways(httpError(status), { ...FAST, maxRetries: 2 }), 3, `status ${status}`);
      }
    }],

    ['statusCode is read like status', async () => {
      const as = (statusCode) => Object.assign(new Error('x'), { statusCode });
      assert.equal(await failAlways(as(400), { ...FAST, maxRetries: 2 }), 1, 'statusCode 400');
      assert.equal(await failAlways(as(404), { ...FAST, maxRetries: 2 }), 1, 'statusCode 404');
      assert.equal(await failAlways(as(503), { ...FAST, maxRetries: 2 }), 3, 'statusCode 503');
      assert.equal(await failAlways(as(429), { ...FAST, maxRetries: 2 }), 3, 'statusCode 429');
    }],

    ['errors without a status (a fetch TypeError, a plain Error) are retried', async () => {
      assert.equal(await failAlways(new TypeError('fetch failed'), { ...FAST, maxRetries: 2 }), 3, 'TypeError');
      assert.equal(await failAlways(new Error('ECONNRESET'), { ...FAST, maxRetries: 2 }), 3, 'Error');
      assert.equal(await failAlways(new m.APIConnectionError('Connection error.'), { ...FAST, maxRetries: 2 }), 3,
        'APIConnectionError');
    }],

    ['an abort is never retried (name AbortError, or APIUserAbortError)', async () => {
      const domAbort = new DOMException('The operation was aborted.', 'AbortError');
      assert.equal(await failAlways(domAbort, { ...FAST, maxRetries: 3 }), 1, 'DOMException AbortError');
      const named = Object.assign(new Error('aborted'), { name: 'AbortError' });
      assert.equal(await failAlways(named, { ...FAST, maxRetries: 3 }), 1, 'Error named AbortError');
      const withStatus = Object.assign(new Error('aborted'), { name: 'AbortError', status: 503 });
      assert.equal(await failAlways(withStatus, { ...FAST, maxRetries: 3 }), 1, 'AbortError carrying status 503');
      assert.equal(await failAlways(new m.APIUserAbortError('Request was aborted.'), { ...FAST, maxRetries: 3 }), 1,
        'APIUserAbortError');
    }],

    ['custom retryableStatuses replace the default list', async () => {
      const options = { ...FAST, maxRetries: 2, retryableStatuses: [418] };
      assert.equal(await failAlways(httpError(418), options), 3, '418 is now retried');
      assert.equal(await failAlways(httpError(503), options), 1, '503 no longer is');
      assert.equal(await failAlways(httpError(429), { ...FAST, maxRetries: 2, retryableStatuses: [] }), 1,
        'an empty list retries no status');
      assert.equal(await failAlways(new Error('network'), { ...FAST, maxRetries: 2, retryableStatuses: [] }), 3,
        'errors without a status are still retried');
    }],

    ['shouldRetry(error, attempt) replaces the built-in classification', async () => {
      const seen = [];
      const error = httpError(400);
      const shouldRetry = (e, attempt) => {
        seen.push([e, attempt]);
        return true;
      };
      assert.equal(await failAlways(error, { ...FAST, maxRetries: 2, shouldRetry }), 3, 'a 400 retried when told');
      assert.equal(seen.length, 2, 'asked once per failure that still has a retry left');
      assert.equal(seen[0][0], error);
      assert.deepEqual(seen.map(([, attempt]) => attempt), [0, 1]);
      assert.equal(await failAlways(httpError(503), { ...FAST, maxRetries: 2, shouldRetry: () => false }), 1,
        'a 503 not retried when told not to');
    }],

    ['x-should-retry: false stops retrying a 529 (Headers and plain object)', async () => {
      const plain = httpError(529, { headers: { 'x-should-retry': 'false' } });
      assert.equal(await failAlways(plain, { ...FAST, maxRetries: 2 }), 1, 'plain object headers');
      const headers = httpError(529, { headers: new Headers({ 'x-should-retry': 'false' }) });
      assert.equal(await failAlways(headers, { ...FAST, maxRetries: 2 }), 1, 'Headers object');
    }],

    ['x-should-retry: true makes a 400 retried (Headers and plain object)', async () => {
      const plain = httpError(400, { headers: { 'x-should-retry': 'true' } });
      assert.equal(await failAlways(plain, { ...FAST, maxRetries: 2 }), 3, 'plain object headers');
      const headers = httpError(400, { headers: new Headers({ 'X-Should-Retry': 'true' }) });
      assert.equal(await failAlways(headers, { ...FAST, maxRetries: 2 }), 3, 'Headers object');
    }],

    ["errors from fn are rethrown unchanged (same object), whatever they are", async () => {
      class CustomError extends Error {}
      const custom = new CustomError('mine');
      custom.status = 404;
      const { fn } = recorder(custom);
      const rejection = await assert.rejects(() => retryWithBackoff(fn, FAST));
      assert.equal(rejection, custom);
      assert.ok(rejection instanceof CustomError);
      assert.equal(rejection.message, 'mine');
      const thrownObject = { status: 400, message: 'not an Error' };
      assert.equal(await assert.rejects(() => retryWithBackoff(() => Promise.reject(thrownObject), FAST)), thrownObject);
    }],

    ["fn's resolved value is returned (same object)", async () => {
      const value = { answer: 42 };
      assert.equal(await retryWithBackoff(async () => value), value);
      assert.equal(await retryWithBackoff(async () => undefined, FAST), undefined);
      const { fn, calls } = recorder(httpError(503), { succeedAfter: 2, value });
      assert.equal(await retryWithBackoff(fn, { ...FAST, maxRetries: 5 }), value);
      assert.equal(calls.length, 3, 'stops calling once fn succeeds');
    }],

    ['a synchronous fn: its value is returned, its throw is retried and rejected (never thrown)', async () => {
      assert.equal(await retryWithBackoff(() => 7), 7);
      assert.equal(await retryWithBackoff(() => 'sync', { maxRetries: 1 }), 'sync');
      const error = httpError(500);
      let calls = 0;
      const fn = () => {
        calls += 1;
        throw error;
      };
      assert.equal(await assert.rejects(() => retryWithBackoff(fn, { ...FAST, maxRetries: 1 })), error);
      assert.equal(calls, 2);
      calls = 0;
      assert.equal(await assert.rejects(() => retryWithBackoff(fn, 1, 1, 2)), error, 'positional form');
      assert.equal(calls, 2);
    }],

    ['AttemptContext.attempt counts 0, 1, 2… and ctx.signal is an AbortSignal', async () => {
      const variants = [
        FAST,
        { ...FAST, signal: new AbortController().signal },
        { ...FAST, timeout: 10_000 },
      ];
      for (const options of variants) {
        const { fn, calls } = recorder(httpError(503), { succeedAfter: 3 });
        await retryWithBackoff(fn, { ...options, maxRetries: 5 });
        assert.deepEqual(calls.map((c) => c.context.attempt), [0, 1, 2, 3], `options ${Object.keys(options)}`);
        for (const { context } of calls) {
          assert.ok(context.signal instanceof AbortSignal, 'ctx.signal is an AbortSignal');
          assert.equal(context.signal.aborted, false, 'ctx.signal is not aborted during a normal attempt');
        }
      }
      const seen = [];
      await retryWithBackoff(({ attempt, signal }) => {
        seen.push([attempt, signal instanceof AbortSignal]);
        return 1;
      });
      assert.deepEqual(seen, [[0, true]], 'destructuring the context works without options too');
    }],

    // ─────────────── server-requested delays ───────────────

    ["retry-after-ms: the next call happens no earlier than asked; onRetry reports that delay", async () => {
      for (const headers of [{ 'retry-after-ms': '80' }, new Headers({ 'retry-after-ms': '80' })]) {
        const error = httpError(429, { headers });
        const { value, events, waited } = await failOnce(error);
        assert.equal(value, 'ok');
        assert.ok(waited >= 80 - CLOCK_SLACK_MS, `next call ${waited.toFixed(1)} ms after the failure, asked 80`);
        assert.ok(waited < 1000, `waited ${waited} ms, far more than the 80 asked`);
        assert.equal(events.length, 1);
        assert.equal(events[0].attempt, 0);
        assert.equal(events[0].delayMs, 80);
        assert.equal(events[0].error, error);
      }
    }],

    ['retry-after in seconds is honoured (1 s)', async () => {
      const { events, waited } = await failOnce(httpError(503, { headers: { 'retry-after': '1' } }));
      assert.ok(waited >= 1000 - CLOCK_SLACK_MS, `next call ${waited.toFixed(1)} ms after the failure, asked 1000`);
      assert.equal(events[0].delayMs, 1000);
    }],

    ['retry-after as an HTTP date is honoured (never before that date)', async () => {
      const date = new Date(Date.now() + 1500).toUTCString();
      const dateMs = Date.parse(date); // whole seconds: 500–1500 ms from now
      let failedAt = 0;
      const error = httpError(529, { headers: new Headers({ 'retry-after': date }) });
      const { fn, calls } = recorder(() => {
        failedAt = Date.now();
        return error;
      }, { succeedAfter: 1 });
      const events = [];
      const secondCall = [];
      await retryWithBackoff((c) => {
        if (c.attempt === 1) secondCall.push(Date.now());
        return fn(c);
      }, { baseDelay: 1, jitter: 'none', onRetry: (e) => events.push(e) });
      assert.equal(calls.length, 2);
      assert.ok(secondCall[0] >= dateMs - CLOCK_SLACK_MS,
        `second call at ${new Date(secondCall[0]).toISOString()}, before the date asked (${date})`);
      const asked = dateMs - failedAt;
      assert.ok(Math.abs(events[0].delayMs - asked) <= 50,
        `onRetry delayMs ${events[0].delayMs}, expected about ${asked}`);
    }],

    ['a requested delay longer than maxDelay rejects at once with the same error', async () => {
      for (const headers of [{ 'retry-after-ms': '5000' }, { 'retry-after': '10' }, new Headers({ 'retry-after': '10' })]) {
        const error = httpError(429, { headers });
        const { fn, calls } = recorder(error);
        const events = [];
        const started = now();
        const rejection = await assert.rejects(() =>
          retryWithBackoff(fn, { maxDelay: 1000, baseDelay: 1, jitter: 'none', onRetry: (e) => events.push(e) }));
        assert.equal(rejection, error);
        assert.equal(calls.length, 1);
        assert.equal(events.length, 0, 'no retry announced');
        // Below the 1000 ms a wait clamped to maxDelay would take: the bound tells "at once"
        // from "after a wait" without racing a busy browser's scheduler.
        assert.ok(now() - started < 900, `took ${now() - started} ms`);
      }
    }],

    ['the default maxDelay is 60000: a server asking 60000 ms is waited for, 60001 ms is not', async () => {
      const waited = [];
      const controller = new AbortController();
      const stop = new Error('enough');
      const at60000 = httpError(529, { headers: { 'retry-after-ms': '60000' } });
      assert.equal(await assert.rejects(() => retryWithBackoff(() => {
        throw at60000;
      }, { signal: controller.signal, onRetry: (e) => {
        waited.push(e.delayMs);
        controller.abort(stop);
      } })), stop, 'it started the 60 s wait (cut short here)');
      assert.deepEqual(waited, [60000]);
      const beyond = httpError(529, { headers: { 'retry-after-ms': '60001' } });
      let calls = 0;
      assert.equal(await assert.rejects(() => retryWithBackoff(() => {
        calls += 1;
        throw beyond;
      })), beyond);
      assert.equal(calls, 1);
    }],

    ['a requested delay longer than the time left of timeout rejects at once with the same error', async () => {
      const error = httpError(503, { headers: { 'retry-after-ms': '5000' } });
      const { fn, calls } = recorder(error);
      const started = now();
      const rejection = await assert.rejects(() => retryWithBackoff(fn, { timeout: 1000, baseDelay: 1, jitter: 'none' }));
      assert.equal(rejection, error, 'the server error, not a timeout');
      assert.equal(calls.length, 1);
      // Below the 1000 ms a wait until the timeout would take.
      assert.ok(now() - started < 900, `took ${now() - started} ms`);
    }],

    ['respectRetryAfter: false ignores retry-after-ms, retry-after and x-should-retry', async () => {
      const error = httpError(429, { headers: { 'retry-after-ms': '5000', 'retry-after': '30' } });
      const { fn, calls } = recorder(error, { succeedAfter: 1 });
      const events = [];
      const started = now();
      await retryWithBackoff(fn, { ...FAST, respectRetryAfter: false, onRetry: (e) => events.push(e) });
      assert.equal(calls.length, 2);
      assert.equal(events[0].delayMs, 1, 'the backoff delay, not the server one');
      assert.ok(now() - started < 500);
      const told = httpError(400, { headers: { 'x-should-retry': 'true' } });
      assert.equal(await failAlways(told, { ...FAST, maxRetries: 2, respectRetryAfter: false }), 1);
      const forbidden = httpError(503, { headers: { 'x-should-retry': 'false' } });
      assert.equal(await failAlways(forbidden, { ...FAST, maxRetries: 2, respectRetryAfter: false }), 3);
    }],

    ['retryAfterMs on an error (APIError) is honoured like the header', async () => {
      const { events, waited } = await failOnce(new m.RateLimitError('slow down', { status: 429, retryAfterMs: 30 }));
      assert.equal(events[0].delayMs, 30);
      assert.ok(waited >= 30 - CLOCK_SLACK_MS);
    }],

    // ─────────────── abort and timeout ───────────────

    ["an abort during a long wait rejects at once with the signal's reason; fn is not called again", async () => {
      const controller = new AbortController();
      const reason = new Error('user cancelled');
      const { fn, calls } = recorder(httpError(503));
      let abortedAt = 0;
      const promise = retryWithBackoff(fn, {
        baseDelay: 10_000,
        jitter: 'none',
        signal: controller.signal,
        onRetry: () => setTimeout(() => {
          abortedAt = now();
          controller.abort(reason);
        }, 10),
      });
      const rejection = await assert.rejects(promise);
      const after = now() - abortedAt;
      assert.equal(rejection, reason, "rejects with the signal's reason");
      assert.ok(after < 200, `rejected ${after.toFixed(1)} ms after the abort`);
      await sleep(30);
      assert.equal(calls.length, 1, 'fn is not called again');
    }],

    ['an abort without a reason rejects with an AbortError', async () => {
      const controller = new AbortController();
      const { fn, calls } = recorder(httpError(503));
      const promise = retryWithBackoff(fn, {
        baseDelay: 10_000,
        signal: controller.signal,
        onRetry: () => queueMicrotask(() => controller.abort()),
      });
      const rejection = await assert.rejects(promise);
      assert.equal(rejection, controller.signal.reason);
      assert.equal(rejection.name, 'AbortError');
      assert.equal(calls.length, 1);
    }],

    ['an abort while fn is running rejects at once, and ctx.signal aborts too', async () => {
      const controller = new AbortController();
      const reason = new Error('stop');
      let seen;
      const promise = retryWithBackoff((c) => {
        seen = c.signal;
        return new Promise(() => {});
      }, { signal: controller.signal });
      await sleep(5);
      const started = now();
      controller.abort(reason);
      assert.equal(await assert.rejects(promise), reason);
      assert.ok(now() - started < 200);
      assert.equal(seen.aborted, true, 'ctx.signal is aborted with the caller signal');
    }],

    ['an already-aborted signal rejects before fn runs', async () => {
      const controller = new AbortController();
      const reason = new Error('too late');
      controller.abort(reason);
      let calls = 0;
      const rejection = await assert.rejects(() => retryWithBackoff(() => {
        calls += 1;
        return 1;
      }, { signal: controller.signal }));
      assert.equal(rejection, reason);
      assert.equal(calls, 0);
    }],

    ['timeout rejects a hanging fn after about that time, and aborts ctx.signal', async () => {
      let seen;
      const started = now();
      const rejection = await assert.rejects(() => retryWithBackoff((c) => {
        seen = c.signal;
        return new Promise(() => {});
      }, { timeout: 50 }));
      const took = now() - started;
      assert.ok(took >= 50 - CLOCK_SLACK_MS, `rejected after ${took.toFixed(1)} ms, before the 50 ms timeout`);
      assert.ok(took < 500, `rejected after ${took.toFixed(1)} ms`);
      assert.ok(rejection !== undefined && rejection !== null, 'rejects with a reason');
      assert.equal(seen.aborted, true, 'ctx.signal is aborted when the timeout runs out');
    }],

    ['timeout covers waits too: a budget spent while backing off stops the call', async () => {
      const error = httpError(503);
      const { fn, calls } = recorder(error);
      const started = now();
      await assert.rejects(() => retryWithBackoff(fn, { baseDelay: 20, maxDelay: 20, jitter: 'none', maxRetries: 50, timeout: 100 }));
      const took = now() - started;
      assert.ok(took < 400, `took ${took.toFixed(1)} ms for a 100 ms budget`);
      assert.ok(calls.length >= 2 && calls.length <= 6, `${calls.length} calls in a 100 ms budget of 20 ms waits`);
    }],

    // ─────────────── jitter ───────────────

    ["jitter 'none': delays are exactly min(baseDelay·2^n, maxDelay)", async () => {
      const events = [];
      await assert.rejects(() => retryWithBackoff(() => {
        throw httpError(503);
      }, { baseDelay: 2, maxDelay: 10, jitter: 'none', maxRetries: 5, onRetry: (e) => events.push(e) }));
      assert.deepEqual(events.map((e) => e.delayMs), [2, 4, 8, 10, 10]);
      assert.deepEqual(events.map((e) => e.attempt), [0, 1, 2, 3, 4]);
    }],

    ["jitter 'full': each delay is within [0, cap)", async () => {
      const delays = [];
      for (let run = 0; run < 4; run++) {
        const events = await retryEvents({ baseDelay: 2, maxDelay: 10, jitter: 'full' });
        for (const { attempt, delayMs } of events) {
          const cap = Math.min(2 * 2 ** attempt, 10);
          assert.ok(delayMs >= 0 && delayMs < cap, `attempt ${attempt}: ${delayMs} outside [0, ${cap})`);
          delays.push(delayMs);
        }
      }
      assert.ok(new Set(delays).size > 1, `delays are random: ${delays}`);
    }],

    ["jitter 'equal': each delay is within [cap/2, cap)", async () => {
      for (let run = 0; run < 4; run++) {
        const events = await retryEvents({ baseDelay: 2, maxDelay: 10, jitter: 'equal' });
        for (const { attempt, delayMs } of events) {
          const cap = Math.min(2 * 2 ** attempt, 10);
          assert.ok(delayMs >= cap / 2 && delayMs < cap, `attempt ${attempt}: ${delayMs} outside [${cap / 2}, ${cap})`);
        }
      }
    }],

    ["jitter 'additive' (the guide's): within [base·2^n, base·2^n + 1000), capped at maxDelay", async () => {
      // Attempt 0 and attempt 3 with a real spread: the wait is cut short by aborting from onRetry.
      // Attempts before the one measured carry a 1 ms retry-after-ms so they pass quickly.
      for (const measured of [0, 3]) {
        const delays = [];
        for (let run = 0; run < 10; run++) {
          const controller = new AbortController();
          const stop = new Error('measured');
          const rejection = await assert.rejects(() => retryWithBackoff((c) => {
            throw c.attempt < measured ? httpError(503, { headers: { 'retry-after-ms': '1' } }) : httpError(503);
          }, {
            baseDelay: 20,
            maxDelay: 100_000,
            jitter: 'additive',
            signal: controller.signal,
            onRetry: (e) => {
              if (e.attempt === measured) {
                delays.push(e.delayMs);
                controller.abort(stop);
              }
            },
          }));
          assert.equal(rejection, stop);
        }
        const low = 20 * 2 ** measured;
        for (const d of delays) assert.ok(d >= low && d < low + 1000, `attempt ${measured}: ${d} outside [${low}, ${low + 1000})`);
        assert.ok(new Set(delays).size > 1, `additive jitter is random: ${delays}`);
      }
      // Capped: real (short) waits.
      const events = [];
      await assert.rejects(() => retryWithBackoff(() => {
        throw httpError(503);
      }, { baseDelay: 1, maxDelay: 6, jitter: 'additive', maxRetries: 4, onRetry: (e) => events.push(e) }));
      for (const { attempt, delayMs } of events) {
        const low = Math.min(2 ** attempt, 6);
        assert.ok(delayMs >= low && delayMs <= 6, `attempt ${attempt}: ${delayMs} outside [${low}, 6]`);
      }
    }],

    ["the default jitter is 'additive' (the guide's)", async () => {
      const delays = [];
      for (let run = 0; run < 10; run++) {
        const c = new AbortController();
        await assert.rejects(() => retryWithBackoff(() => {
          throw httpError(503);
        }, { signal: c.signal, onRetry: (e) => {
          delays.push(e.delayMs);
          c.abort();
        } }));
      }
      for (const d of delays) assert.ok(d >= 1000 && d < 2000, `default first delay ${d} outside [1000, 2000)`);
    }],

    ["jitter 'decorrelated': each delay is within [base, max]", async () => {
      const delays = [];
      for (let run = 0; run < 4; run++) {
        const events = await retryEvents({ baseDelay: 2, maxDelay: 15, jitter: 'decorrelated' });
        for (const { attempt, delayMs } of events) {
          assert.ok(delayMs >= 2 && delayMs <= 15, `attempt ${attempt}: ${delayMs} outside [2, 15]`);
          delays.push(delayMs);
        }
      }
      assert.ok(new Set(delays).size > 1, `delays are random: ${delays}`);
    }],
  ];
}
