// withFallback: the guide's graceful degradation.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default function cases(m, { assert }) {
  const { withFallback } = m;

  return [
    ["returns fn's value (async and sync); the fallback is not used", async () => {
      const value = { ok: true };
      let fallbackCalls = 0;
      const fallback = () => {
        fallbackCalls += 1;
        return 'fallback';
      };
      assert.equal(await withFallback(async () => value, fallback), value);
      assert.equal(await withFallback(() => 3, 'fallback'), 3);
      assert.equal(await withFallback(async () => {
        await sleep(5);
        return 'late';
      }, 'fallback'), 'late');
      assert.equal(fallbackCalls, 0);
    }],

    ['returns the fallback value when fn rejects or throws', async () => {
      assert.equal(await withFallback(async () => {
        throw new Error('down');
      }, 'sorry'), 'sorry');
      assert.equal(await withFallback(() => {
        throw new Error('down');
      }, 'sorry'), 'sorry', 'a sync throw');
      const object = { cached: true };
      assert.equal(await withFallback(() => Promise.reject(new m.OverloadedError('x', { status: 529 })), object), object);
      assert.equal(await withFallback(() => Promise.reject(new Error('x')), null), null);
    }],

    ['calls a fallback function with the error, once, and awaits its promise', async () => {
      const error = new m.RateLimitError('slow down', { status: 429 });
      const seen = [];
      const value = await withFallback(async () => {
        throw error;
      }, async (e) => {
        seen.push(e);
        await sleep(10);
        return `degraded after ${e.status}`;
      });
      assert.equal(value, 'degraded after 429');
      assert.equal(seen.length, 1);
      assert.equal(seen[0], error, 'the fallback gets the error itself');
      assert.equal(await withFallback(() => {
        throw error;
      }, (e) => e.message), 'slow down', 'a sync fallback function');
    }],

    ['calls fn exactly once (no retries of its own)', async () => {
      let calls = 0;
      await withFallback(() => {
        calls += 1;
        throw Object.assign(new Error('x'), { status: 503 });
      }, 'f');
      assert.equal(calls, 1);
    }],

    ['a user abort is rethrown, not swallowed (AbortError, APIUserAbortError)', async () => {
      const aborts = [
        new DOMException('The operation was aborted.', 'AbortError'),
        Object.assign(new Error('aborted'), { name: 'AbortError' }),
        new m.APIUserAbortError('Request was aborted.'),
      ];
      for (const abort of aborts) {
        let fallbackCalls = 0;
        const rejection = await assert.rejects(() => withFallback(() => Promise.reject(abort), () => {
          fallbackCalls += 1;
          return 'swallowed';
        }));
        assert.equal(rejection, abort, `${abort.name} is rethrown unchanged`);
        assert.equal(fallbackCalls, 0, 'the fallback is not consulted');
        assert.equal(await assert.rejects(() => withFallback(() => {
          throw abort;
        }, 'value')), abort, 'a sync abort with a fallback value');
      }
      const controller = new AbortController();
      controller.abort();
      const reason = controller.signal.reason;
      assert.equal(await assert.rejects(() => withFallback(() => Promise.reject(reason), 'x')), reason,
        "an AbortSignal's default reason");
    }],

    ['a fallback that throws or rejects rejects withFallback with that error', async () => {
      const own = new Error('fallback failed too');
      assert.equal(await assert.rejects(() => withFallback(() => Promise.reject(new Error('a')), () => {
        throw own;
      })), own);
      assert.equal(await assert.rejects(() => withFallback(() => Promise.reject(new Error('a')), async () => {
        throw own;
      })), own);
    }],

    ['withFallback composes with retryWithBackoff (the guide)', async () => {
      let calls = 0;
      const value = await withFallback(
        () => m.retryWithBackoff(() => {
          calls += 1;
          throw Object.assign(new Error('overloaded'), { status: 529 });
        }, { maxRetries: 2, baseDelay: 1, maxDelay: 2, jitter: 'none' }),
        "I'm sorry, I'm currently unavailable.",
      );
      assert.equal(value, "I'm sorry, I'm currently unavailable.");
      assert.equal(calls, 3);
    }],
  ];
}
