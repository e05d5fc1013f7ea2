// CircuitBreaker: opening, fast failure, HALF_OPEN probes, classification, events, snapshots,
// the guide's positional form, and retryWithBackoff waiting out an open circuit.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

function httpError(status) {
  return Object.assign(new Error(`HTTP ${status}`), { status });
}

export default function cases(m, { assert }) {
  const { CircuitBreaker, CircuitOpenError } = m;

  /** One failing call through `cb`; returns what it rejected with. */
  const fail = (cb, error = httpError(503)) => assert.rejects(() => cb.call(() => Promise.reject(error)));
  const succeed = (cb, value = 'ok') => cb.call(async () => value);

  /** Asserts `cb` refuses a call without calling fn; returns the CircuitOpenError. */
  async function refused(cb, message) {
    let called = false;
    const error = await assert.rejects(() => cb.call(() => {
      called = true;
    }), CircuitOpenError, message);
    assert.equal(called, false, `${message ?? 'refused'}: fn is not called while the circuit refuses`);
    assert.equal(error.message, 'Circuit breaker is OPEN');
    return error;
  }

  /** A breaker already OPEN after one failure. */
  async function opened(options = {}) {
    const cb = new CircuitBreaker({ failureThreshold: 1, ...options });
    await fail(cb);
    assert.equal(cb.state, 'OPEN');
    return cb;
  }

  return [
    ['a new breaker is CLOSED with failureCount 0', async () => {
      const cb = new CircuitBreaker();
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 0);
    }],

    ['opens after failureThreshold consecutive failures', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 3, recoveryTimeout: 1000 });
      await fail(cb);
      await fail(cb);
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 2);
      await fail(cb);
      assert.equal(cb.state, 'OPEN');
      assert.equal(cb.failureCount, 3);
    }],

    ['while OPEN: CircuitOpenError "Circuit breaker is OPEN", state OPEN, retryAfterMs ≤ recoveryTimeout; fn not called', async () => {
      const cb = await opened({ recoveryTimeout: 1000 });
      const error = await refused(cb);
      assert.ok(error instanceof m.AnthropicError, 'a CircuitOpenError is an AnthropicError');
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'CircuitOpenError');
      assert.equal(error.state, 'OPEN');
      assert.equal(typeof error.retryAfterMs, 'number');
      assert.ok(error.retryAfterMs > 900 && error.retryAfterMs <= 1000, `retryAfterMs ${error.retryAfterMs}`);
      await sleep(20);
      const later = await refused(cb);
      assert.ok(later.retryAfterMs < error.retryAfterMs, 'retryAfterMs counts down');
    }],

    ['state reads HALF_OPEN once recoveryTimeout has passed, without any call', async () => {
      const cb = await opened({ recoveryTimeout: 30 });
      assert.equal(cb.state, 'OPEN');
      await sleep(45);
      assert.equal(cb.state, 'HALF_OPEN');
      assert.equal(cb.toJSON().state, 'HALF_OPEN');
    }],

    ['HALF_OPEN admits one probe at a time by default; the others get CircuitOpenError', async () => {
      const cb = await opened({ recoveryTimeout: 20 });
      await sleep(30);
      let probes = 0;
      const probe = cb.call(async () => {
        probes += 1;
        await sleep(30);
        return 'probe';
      });
      const others = [1, 2, 3].map(() => assert.rejects(() => cb.call(() => {
        probes += 1;
      }), CircuitOpenError));
      for (const error of await Promise.all(others)) {
        assert.equal(error.message, 'Circuit breaker is OPEN');
        assert.equal(error.state, 'HALF_OPEN');
        assert.ok(error.retryAfterMs >= 0 && error.retryAfterMs <= 20, `retryAfterMs ${error.retryAfterMs}`);
      }
      assert.equal(probes, 1, 'only the probe ran');
      assert.equal(await probe, 'probe');
      assert.equal(cb.state, 'CLOSED');
    }],

    ['halfOpenMaxCalls: 2 admits two concurrent probes, not three', async () => {
      const cb = await opened({ recoveryTimeout: 20, halfOpenMaxCalls: 2 });
      await sleep(30);
      let running = 0;
      const slow = () => cb.call(async () => {
        running += 1;
        await sleep(30);
        return 'probe';
      });
      const first = slow();
      const second = slow();
      await refused(cb, 'third concurrent probe');
      assert.equal(running, 2);
      assert.deepEqual(await Promise.all([first, second]), ['probe', 'probe']);
      assert.equal(cb.state, 'CLOSED');
    }],

    ['a good probe closes the circuit (failureCount 0)', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 2, recoveryTimeout: 20 });
      await fail(cb);
      await fail(cb);
      assert.equal(cb.state, 'OPEN');
      await sleep(30);
      assert.equal(await succeed(cb, 'fine'), 'fine');
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 0);
      await fail(cb);
      assert.equal(cb.state, 'CLOSED', 'the count starts afresh after closing');
    }],

    ['a bad probe opens it again for another recoveryTimeout', async () => {
      const cb = await opened({ recoveryTimeout: 40 });
      await sleep(50);
      assert.equal(cb.state, 'HALF_OPEN');
      const probeError = httpError(500);
      assert.equal(await fail(cb, probeError), probeError, "the probe's error is rethrown");
      assert.equal(cb.state, 'OPEN');
      const error = await refused(cb);
      assert.ok(error.retryAfterMs > 25 && error.retryAfterMs <= 40, `retryAfterMs ${error.retryAfterMs}`);
    }],

    ['a success while CLOSED resets the count (fail, fail, succeed, fail, fail stays CLOSED at threshold 3)', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 3, recoveryTimeout: 1000 });
      await fail(cb);
      await fail(cb);
      await succeed(cb);
      assert.equal(cb.failureCount, 0);
      await fail(cb);
      await fail(cb);
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 2);
      await fail(cb);
      assert.equal(cb.state, 'OPEN');
    }],

    ['by default 4xx (400, 404, 429) do not count; 500, 503, 529 and connection errors do', async () => {
      for (const status of [400, 401, 404, 409, 422, 429]) {
        const cb = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 1000 });
        await fail(cb, httpError(status));
        assert.equal(cb.state, 'CLOSED', `status ${status} must not open the circuit`);
        assert.equal(cb.failureCount, 0, `status ${status} must not count`);
      }
      const counted = [
        ['500', httpError(500)],
        ['503', httpError(503)],
        ['529', httpError(529)],
        ['OverloadedError', new m.OverloadedError('Overloaded', { status: 529 })],
        ['TypeError (fetch failed)', new TypeError('fetch failed')],
        ['APIConnectionError', new m.APIConnectionError('Connection error.')],
        ['APIConnectionTimeoutError', new m.APIConnectionTimeoutError('Request timed out.')],
        ['plain Error', new Error('socket hang up')],
      ];
      for (const [label, error] of counted) {
        const cb = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 1000 });
        await fail(cb, error);
        assert.equal(cb.state, 'OPEN', `${label} must open the circuit`);
      }
    }],

    ['isFailure overrides the default classification', async () => {
      const seen = [];
      const isFailure = (error) => {
        seen.push(error);
        return error.status === 400;
      };
      const a = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 1000, isFailure });
      const e503 = httpError(503);
      await fail(a, e503);
      assert.equal(a.state, 'CLOSED', '503 no longer counts');
      assert.equal(seen[0], e503, 'isFailure gets the error itself');
      await fail(a, httpError(400));
      assert.equal(a.state, 'OPEN', '400 now counts');
    }],

    ['onStateChange gets {from, to, at} for every transition', async () => {
      const changes = [];
      const cb = new CircuitBreaker({
        failureThreshold: 1,
        recoveryTimeout: 20,
        onStateChange: (change) => changes.push(change),
      });
      const started = Date.now();
      await fail(cb);
      await sleep(30);
      await succeed(cb);
      await fail(cb);
      await sleep(30);
      await fail(cb);
      const ended = Date.now();
      assert.deepEqual(changes.map(({ from, to }) => `${from}->${to}`), [
        'CLOSED->OPEN',
        'OPEN->HALF_OPEN',
        'HALF_OPEN->CLOSED',
        'CLOSED->OPEN',
        'OPEN->HALF_OPEN',
        'HALF_OPEN->OPEN',
      ]);
      for (const { at } of changes) {
        assert.equal(typeof at, 'number');
        assert.ok(at >= started - 5 && at <= ended + 5, `at ${at} is a Date.now() time of the run`);
      }
      for (let i = 1; i < changes.length; i++) assert.ok(changes[i].at >= changes[i - 1].at, 'in order');
    }],

    ['reset() closes an open circuit', async () => {
      const cb = await opened({ recoveryTimeout: 60_000 });
      cb.reset();
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 0);
      assert.equal(await succeed(cb, 5), 5);
    }],

    ['toJSON() gives {state, failureCount, openedAt}', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 2, recoveryTimeout: 60_000 });
      assert.deepEqual(cb.toJSON(), { state: 'CLOSED', failureCount: 0, openedAt: null });
      await fail(cb);
      assert.deepEqual(cb.toJSON(), { state: 'CLOSED', failureCount: 1, openedAt: null });
      const before = Date.now();
      await fail(cb);
      const snapshot = cb.toJSON();
      assert.equal(snapshot.state, 'OPEN');
      assert.equal(snapshot.failureCount, 2);
      assert.equal(typeof snapshot.openedAt, 'number');
      assert.ok(Math.abs(snapshot.openedAt - before) < 1000, `openedAt ${snapshot.openedAt} is a Date.now() time`);
      assert.deepEqual(JSON.parse(JSON.stringify(cb)), snapshot, 'JSON.stringify uses toJSON');
    }],

    ['CircuitBreaker.fromJSON restores a snapshot (an OPEN one refuses calls)', async () => {
      const source = await opened({ recoveryTimeout: 60_000 });
      const restored = CircuitBreaker.fromJSON(source.toJSON(), { recoveryTimeout: 60_000 });
      assert.ok(restored instanceof CircuitBreaker);
      assert.equal(restored.state, 'OPEN');
      const error = await refused(restored);
      assert.ok(error.retryAfterMs > 59_000 && error.retryAfterMs <= 60_000, `retryAfterMs ${error.retryAfterMs}`);

      const viaJson = CircuitBreaker.fromJSON(JSON.parse(JSON.stringify(source)), { recoveryTimeout: 60_000 });
      assert.equal(viaJson.state, 'OPEN', 'a snapshot that went through JSON text restores too');

      const closed = CircuitBreaker.fromJSON({ state: 'CLOSED', failureCount: 2, openedAt: null }, { failureThreshold: 3 });
      assert.equal(closed.state, 'CLOSED');
      assert.equal(closed.failureCount, 2);
      await fail(closed);
      assert.equal(closed.state, 'OPEN', 'the restored count carries on');

      const due = CircuitBreaker.fromJSON({ state: 'OPEN', failureCount: 5, openedAt: Date.now() - 10_000 }, { recoveryTimeout: 1000 });
      assert.equal(due.state, 'HALF_OPEN', 'an OPEN snapshot older than recoveryTimeout is HALF_OPEN');
      assert.equal(await succeed(due, 'probe'), 'probe');
      assert.equal(due.state, 'CLOSED');

      const defaults = CircuitBreaker.fromJSON({ state: 'CLOSED', failureCount: 0, openedAt: null });
      assert.equal(defaults.state, 'CLOSED', 'options are optional');
    }],

    ["the guide's positional new CircuitBreaker(5, 30000)", async () => {
      const cb = new CircuitBreaker(5, 30000);
      for (let i = 0; i < 4; i++) await fail(cb);
      assert.equal(cb.state, 'CLOSED');
      await fail(cb);
      assert.equal(cb.state, 'OPEN');
      const error = await refused(cb);
      assert.ok(error.retryAfterMs > 29_000 && error.retryAfterMs <= 30_000, `retryAfterMs ${error.retryAfterMs}`);

      const quick = new CircuitBreaker(1, 20);
      await fail(quick);
      assert.equal(quick.state, 'OPEN');
      await sleep(30);
      assert.equal(quick.state, 'HALF_OPEN', 'the second argument is recoveryTimeout in ms');
    }],

    ['defaults: failureThreshold 5, recoveryTimeout 30000', async () => {
      const cb = new CircuitBreaker();
      for (let i = 0; i < 4; i++) await fail(cb);
      assert.equal(cb.state, 'CLOSED');
      await fail(cb);
      assert.equal(cb.state, 'OPEN');
      const error = await refused(cb);
      assert.ok(error.retryAfterMs > 29_000 && error.retryAfterMs <= 30_000, `retryAfterMs ${error.retryAfterMs}`);
    }],

    ["call returns fn's value and rethrows fn's error unchanged (async and sync)", async () => {
      const cb = new CircuitBreaker();
      const value = { id: 1 };
      assert.equal(await cb.call(async () => value), value);
      assert.equal(await cb.call(() => value), value, 'sync value');
      const error = new RangeError('mine');
      assert.equal(await assert.rejects(() => cb.call(async () => {
        throw error;
      })), error);
      assert.equal(await assert.rejects(() => cb.call(() => {
        throw error;
      })), error, 'a sync throw becomes a rejection');
      const four = httpError(404);
      assert.equal(await assert.rejects(() => cb.call(() => Promise.reject(four))), four);
    }],

    ['retryWithBackoff(() => cb.call(fn)) waits out retryAfterMs instead of hammering', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 100 });
      const openedAt = now(); // no later than the moment it opens
      await fail(cb);
      let fnCalls = 0;
      let fnAt = 0;
      let stateAtCall;
      const attempts = [];
      const events = [];
      const value = await m.retryWithBackoff(() => {
        attempts.push(now());
        return cb.call(() => {
          fnCalls += 1;
          fnAt = now();
          stateAtCall = cb.state;
          return 'recovered';
        });
      }, { maxRetries: 5, baseDelay: 1, jitter: 'none', onRetry: (e) => events.push(e) });
      assert.equal(value, 'recovered');
      assert.equal(fnCalls, 1, 'fn runs once, when the breaker lets a probe through');
      assert.equal(attempts.length, 2, `one refused attempt, then the probe (got ${attempts.length} attempts)`);
      assert.ok(events[0].error instanceof CircuitOpenError);
      assert.ok(events[0].delayMs > 80 && events[0].delayMs <= 100, `waited ${events[0].delayMs}, asked ~100`);
      assert.ok(fnAt - openedAt >= 99, `fn ran ${(fnAt - openedAt).toFixed(1)} ms after opening, before recoveryTimeout`);
      assert.equal(stateAtCall, 'HALF_OPEN', 'the probe runs while HALF_OPEN');
      assert.equal(cb.state, 'CLOSED');
    }],
  ];
}
