// RetryBudget with retryWithBackoff: retries spend, successes refill, a refused retry rejects
// at once with the last error marked `retryBudgetExhausted`; the level reads right; bad
// options are refused. The client's use of a shared budget is in traffic.mjs.
// Runner-agnostic: no imports; `m` is the package namespace, `ctx.assert` the assertions.

const FAST = { baseDelay: 0, maxDelay: 0, jitter: 'none' };

function unavailable() {
  return Object.assign(new Error('unavailable'), { status: 503 });
}

export default function cases(m, { assert }) {
  const { RetryBudget, retryWithBackoff } = m;

  /** A call through `budget` that fails `failures` times, then succeeds; counts its attempts. */
  function flaky(budget, failures, extra = {}) {
    const run = { attempts: 0 };
    run.done = retryWithBackoff(() => {
      run.attempts += 1;
      if (run.attempts <= failures) throw unavailable();
      return 'ok';
    }, { ...FAST, maxRetries: 5, retryBudget: budget, ...extra });
    return run;
  }

  return [
    ['RetryBudget: the defaults, the level and toJSON', async () => {
      const budget = new RetryBudget();
      assert.equal(budget.tokens, 500);
      assert.equal(budget.capacity, 500);
      assert.deepEqual(budget.toJSON(), { tokens: 500, capacity: 500, retryCost: 5, refill: 1 });
      assert.deepEqual(JSON.parse(JSON.stringify(new RetryBudget({ capacity: 20, retryCost: 2, refill: 0.5 }))),
        { tokens: 20, capacity: 20, retryCost: 2, refill: 0.5 });
      assert.equal(Object.prototype.toString.call(budget), '[object RetryBudget]');
      assert.equal(RetryBudget.name, 'RetryBudget');
    }],

    ['RetryBudget with retryWithBackoff: retries spend it, and a refused retry rejects at once, marked', async () => {
      const budget = new RetryBudget({ capacity: 10, retryCost: 4 });
      const first = flaky(budget, Infinity, { maxRetries: 5 });
      const error = await assert.rejects(() => first.done);
      assert.equal(first.attempts, 3, 'two retries paid (8 tokens), the third refused');
      assert.equal(budget.tokens, 2);
      assert.equal(error.status, 503, 'the last error, as it was thrown');
      assert.equal(error.retryBudgetExhausted, true);
      const second = flaky(budget, Infinity);
      const again = await assert.rejects(() => second.done);
      assert.equal(second.attempts, 1, 'no retry at all once it is spent');
      assert.equal(again.retryBudgetExhausted, true);
      assert.equal(budget.tokens, 2, 'a refusal takes nothing');
    }],

    ['RetryBudget with retryWithBackoff: a call that gives up for its own reasons is not marked', async () => {
      const budget = new RetryBudget({ capacity: 10, retryCost: 4 });
      const limited = flaky(budget, Infinity, { maxRetries: 1 });
      const error = await assert.rejects(() => limited.done);
      assert.equal(limited.attempts, 2);
      assert.equal(error.retryBudgetExhausted, undefined);
      assert.equal(budget.tokens, 6);
      let calls = 0;
      const bad = await assert.rejects(() => retryWithBackoff(() => {
        calls += 1;
        throw Object.assign(new Error('bad request'), { status: 400 });
      }, { ...FAST, retryBudget: budget }));
      assert.equal(calls, 1);
      assert.equal(bad.retryBudgetExhausted, undefined);
      assert.equal(budget.tokens, 6, 'an error not retried spends nothing');
    }],

    ['RetryBudget with retryWithBackoff: a success puts back the refill, a recovered call what it spent', async () => {
      const budget = new RetryBudget({ capacity: 20, retryCost: 5, refill: 2 });
      await assert.rejects(() => flaky(budget, Infinity, { maxRetries: 3 }).done);
      assert.equal(budget.tokens, 5);
      for (let i = 0; i < 3; i++) {
        assert.equal(await flaky(budget, 0).done, 'ok');
      }
      assert.equal(budget.tokens, 11, 'three calls that succeeded at once: 3 × 2');
      const recovered = flaky(budget, 2);
      assert.equal(await recovered.done, 'ok');
      assert.equal(recovered.attempts, 3);
      assert.equal(budget.tokens, 11, 'its two retries cost 10, given back when it succeeded');
      for (let i = 0; i < 10; i++) await flaky(budget, 0).done;
      assert.equal(budget.tokens, 20, 'never above capacity');
      // With a signal the call takes the other path through the module: the same accounting.
      await assert.rejects(() => flaky(budget, Infinity, { maxRetries: 1, signal: new AbortController().signal }).done);
      assert.equal(budget.tokens, 15);
      await flaky(budget, 0, { timeout: 10_000 }).done;
      assert.equal(budget.tokens, 17);
    }],

    ['RetryBudget with retryWithBackoff: one budget is shared by every call given it', async () => {
      const budget = new RetryBudget({ capacity: 10, retryCost: 5 });
      const other = new RetryBudget({ capacity: 10, retryCost: 5 });
      const runs = [flaky(budget, Infinity, { maxRetries: 1 }), flaky(budget, Infinity, { maxRetries: 1 })];
      await Promise.allSettled(runs.map((run) => run.done));
      assert.equal(budget.tokens, 0);
      const third = flaky(budget, Infinity);
      assert.equal((await assert.rejects(() => third.done)).retryBudgetExhausted, true);
      assert.equal(third.attempts, 1, 'the budget the other calls spent refuses this one');
      const unrelated = flaky(other, 1);
      assert.equal(await unrelated.done, 'ok', 'another budget is untouched');
      const without = flaky(false, 3);
      assert.equal(await without.done, 'ok', 'retryBudget: false retries as usual');
      assert.equal(without.attempts, 4);
    }],

    ['RetryBudget: shouldRetry and onRetry may read the level of the budget being spent', async () => {
      const budget = new RetryBudget({ capacity: 10, retryCost: 5 });
      const seen = [];
      await assert.rejects(() => retryWithBackoff(() => {
        throw unavailable();
      }, {
        ...FAST, maxRetries: 5, retryBudget: budget,
        shouldRetry: () => (seen.push(['shouldRetry', budget.tokens]), true),
        onRetry: () => seen.push(['onRetry', budget.tokens]),
      }));
      assert.deepEqual(seen, [['shouldRetry', 10], ['onRetry', 5], ['shouldRetry', 5], ['onRetry', 0], ['shouldRetry', 0]]);
    }],

    ['RetryBudget: bad options are refused with a TypeError or RangeError naming them', async () => {
      for (const [options, kind, name] of [
        ['x', TypeError, 'retryBudget'], [null, TypeError, 'retryBudget'],
        [{ capacity: -1 }, RangeError, 'retryBudget.capacity'], [{ capacity: NaN }, RangeError, 'retryBudget.capacity'],
        [{ retryCost: 'five' }, TypeError, 'retryBudget.retryCost'], [{ refill: Infinity }, RangeError, 'retryBudget.refill'],
      ]) {
        const error = assert.throws(() => new RetryBudget(options), kind);
        assert.ok(error.message.includes(name), error.message);
      }
      let calls = 0;
      const counted = () => {
        calls += 1;
      };
      for (const value of [true, 0, 'budget', {}, { tokens: 5, capacity: 5 }, new m.CircuitBreaker()]) {
        const error = await assert.rejects(() => retryWithBackoff(counted, { retryBudget: value }), TypeError);
        assert.ok(error.message.includes('retryBudget'), error.message);
      }
      assert.equal(calls, 0, 'refused before fn runs');
      const thrown = new Error('from a trap');
      const trap = new Proxy({}, { get: () => { throw thrown; } });
      assert.equal(await assert.rejects(() => retryWithBackoff(counted, { retryBudget: trap })), thrown);
      assert.equal(calls, 0);
      assert.equal(await retryWithBackoff(() => 'still fine', { retryBudget: new RetryBudget() }), 'still fine',
        'the module works on after the refusals');
    }],
  ];
}
