// Traffic shaping: the client's retry budget, shared by all its calls, stops retries under a
// sustained outage and lets occasional failures be retried; each fallback model's breaker
// cools an overloaded model down on its own. Responses are made in-process
// (responses.mjs), so the numbers of requests are exact in Node and Chromium alike.

import { KEY, MESSAGE, answering, params } from './responses.mjs';

const OVERLOADED = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';

export default function cases(m, { assert, mockUrl }) {
  const { Anthropic } = m;

  const client = (fetch, extra = {}) =>
    new Anthropic({
      apiKey: KEY, baseURL: mockUrl, fetch, maxRetries: 2, circuitBreaker: false, dangerouslyAllowBrowser: true,
      retry: { baseDelay: 0, maxDelay: 1, jitter: 'none' }, ...extra,
    });

  /** A fetch answering 529 while `down()` says so, else a message; `calls` counts requests. */
  function outage(down) {
    const failing = answering({ status: 529, parts: [OVERLOADED] });
    const fine = answering({ parts: [JSON.stringify(MESSAGE)] });
    const fetch = (url, init) => {
      fetch.calls += 1;
      return down() ? failing(url, init) : fine(url, init);
    };
    fetch.calls = 0;
    return fetch;
  }

  return [
    ['retryBudget: under a full outage retries stop once it is spent, and the error says so', async () => {
      const fetch = outage(() => true);
      const logs = [];
      const anthropic = client(fetch, { retryBudget: { capacity: 10, retryCost: 5 }, logger: (event) => logs.push(event) });
      const errors = [];
      for (let i = 0; i < 10; i++) errors.push(await assert.rejects(() => anthropic.messages.create(params())));
      assert.ok(errors.every((error) => error instanceof m.OverloadedError));
      assert.equal(fetch.calls, 12, 'ten calls, and the two retries the budget paid for');
      assert.equal(errors[0].retryBudgetExhausted, undefined, 'the first call retried as usual');
      assert.equal(errors[1].retryBudgetExhausted, true);
      assert.ok(errors.slice(1).every((error) => error.retryBudgetExhausted === true));
      const refusals = logs.filter((event) => event.event === 'budget');
      assert.equal(refusals.length, 9);
      assert.equal(refusals[0].status, 529);
      assert.ok(refusals[0].message.includes('budget'), refusals[0].message);
    }],

    ['retryBudget: successes refill it, so retries resume when the API recovers', async () => {
      let down = true;
      const fetch = outage(() => down);
      const anthropic = client(fetch, { retryBudget: { capacity: 10, retryCost: 5, refill: 5 } });
      for (let i = 0; i < 3; i++) await assert.rejects(() => anthropic.messages.create(params()));
      assert.equal(fetch.calls, 5, 'spent after two retries');
      down = false;
      await anthropic.messages.create(params());
      await anthropic.messages.create(params());
      assert.equal(fetch.calls, 7);
      down = true;
      await assert.rejects(() => anthropic.messages.create(params()));
      assert.equal(fetch.calls, 10, 'two successes refilled two retries');
    }],

    ['retryBudget: false turns it off; every call gets all its retries', async () => {
      const fetch = outage(() => true);
      const anthropic = client(fetch, { retryBudget: false });
      for (let i = 0; i < 10; i++) await assert.rejects(() => anthropic.messages.create(params()));
      assert.equal(fetch.calls, 30);
    }],

    ['retryBudget: one RetryBudget shared by two clients: an outage through one spends it for the other', async () => {
      const budget = new m.RetryBudget({ capacity: 10, retryCost: 5, refill: 5 });
      let down = true;
      const first = outage(() => down);
      const second = outage(() => down);
      const a = client(first, { retryBudget: budget });
      const b = client(second, { retryBudget: budget });
      assert.equal(a.retryBudget, budget, 'client.retryBudget is the instance given');
      assert.equal(b.retryBudget, budget);
      await assert.rejects(() => a.messages.create(params()));
      assert.equal(first.calls, 3, 'the first client spent the budget on its two retries');
      assert.equal(budget.tokens, 0);
      const refused = await assert.rejects(() => b.messages.create(params()));
      assert.equal(second.calls, 1, 'the second client is refused its retries at once');
      assert.equal(refused.retryBudgetExhausted, true);
      down = false;
      await b.messages.create(params());
      assert.equal(budget.tokens, 5, "the second client's success refills the first's budget");
      down = true;
      await assert.rejects(() => a.messages.create(params()));
      assert.equal(first.calls, 5, 'one retry paid again');
    }],

    ['retryBudget: a client and retryWithBackoff share one RetryBudget', async () => {
      const budget = new m.RetryBudget({ capacity: 10, retryCost: 5, refill: 5 });
      const fetch = outage(() => true);
      const anthropic = client(fetch, { retryBudget: budget });
      await assert.rejects(() => anthropic.messages.create(params()));
      assert.equal(budget.tokens, 0);
      let attempts = 0;
      const failing = () => {
        attempts += 1;
        throw Object.assign(new Error('unavailable'), { status: 503 });
      };
      const error = await assert.rejects(() => m.retryWithBackoff(failing, { baseDelay: 0, retryBudget: budget }));
      assert.equal(attempts, 1, 'the client spent what the call would have retried with');
      assert.equal(error.retryBudgetExhausted, true);
      await m.retryWithBackoff(() => 'ok', { retryBudget: budget });
      assert.equal(budget.tokens, 5, 'counted in JS, read back by the client');
      await assert.rejects(() => anthropic.messages.create(params()));
      assert.equal(fetch.calls, 5, "the client's next call got the retry the success paid for");
    }],

    ['retryBudget: client.retryBudget is its own RetryBudget from options, null with false', async () => {
      const fetch = outage(() => true);
      const own = client(fetch, { retryBudget: { capacity: 20, retryCost: 5 } });
      assert.ok(own.retryBudget instanceof m.RetryBudget);
      assert.deepEqual(own.retryBudget.toJSON(), { tokens: 20, capacity: 20, retryCost: 5, refill: 1 });
      await assert.rejects(() => own.messages.create(params()));
      assert.equal(own.retryBudget.tokens, 10, 'two retries of 5');
      assert.equal(client(fetch, { retryBudget: { capacity: 20 } }).retryBudget.tokens, 20, 'one bucket per client');
      assert.equal(client(fetch).retryBudget.capacity, 500, 'the default');
      assert.equal(client(fetch, { retryBudget: false }).retryBudget, null);
    }],

    ['retryBudget: occasional failures are still retried with the default budget', async () => {
      let count = 0;
      const fetch = outage(() => count++ % 10 === 0);
      const anthropic = client(fetch);
      for (let i = 0; i < 200; i++) await anthropic.messages.create(params());
    }],

    ['cooldown per model: an overloaded model sends later calls straight to the next for its cooldown, then a probe brings them back', async () => {
      let down = true;
      const sent = [];
      const fine = answering({ parts: [JSON.stringify(MESSAGE)] });
      const failing = answering({ status: 529, parts: [OVERLOADED] });
      const fetch = (url, init) => {
        const { model } = JSON.parse(init.body);
        sent.push(model);
        return down && model === 'claude-a' ? failing(url, init) : fine(url, init);
      };
      const anthropic = client(fetch, { maxRetries: 0, circuitBreaker: { failureThreshold: 1, recoveryTimeout: 300 } });
      const ask = () => anthropic.messages.create({ ...params(), model: 'claude-a' }, { fallbackModels: ['claude-b'] });
      await ask();
      assert.deepEqual(sent, ['claude-a', 'claude-b']);
      const primary = anthropic.circuitBreaker;
      const fallback = anthropic.circuitBreakerFor('claude-b');
      assert.equal(anthropic.circuitBreakerFor('claude-a'), primary);
      assert.ok(fallback instanceof m.CircuitBreaker && fallback !== primary, 'the fallback model has a breaker of its own');
      assert.equal(anthropic.circuitBreakerFor('claude-never-used'), null);
      assert.equal(primary.state, 'OPEN');
      assert.equal(fallback.state, 'CLOSED', 'the primary\'s overload did not trip the fallback');
      const started = Date.now();
      await ask();
      await ask();
      assert.deepEqual(sent.slice(2), ['claude-b', 'claude-b'], 'straight to the fallback while the primary cools down');
      assert.ok(Date.now() - started < 250, `the open circuit was waited on: ${Date.now() - started} ms`);
      down = false;
      await new Promise((resolve) => setTimeout(resolve, 350));
      await ask();
      assert.equal(sent.at(-1), 'claude-a', 'a probe went to the primary once its cooldown ended');
      assert.equal(primary.state, 'CLOSED');
      await ask();
      assert.deepEqual(sent.slice(4), ['claude-a', 'claude-a'], 'calls are back on the primary');
      assert.throws(() => anthropic.circuitBreakerFor(7), TypeError);
    }],

    ['cooldown per model: a breaker instance given as the option is every model\'s', async () => {
      const breaker = new m.CircuitBreaker({ failureThreshold: 5 });
      const anthropic = client(answering({ parts: [JSON.stringify(MESSAGE)] }), { circuitBreaker: breaker });
      await anthropic.messages.create(params(), { fallbackModels: ['claude-b'] });
      assert.equal(anthropic.circuitBreakerFor('claude-b'), breaker);
      assert.equal(client(answering(), { circuitBreaker: false }).circuitBreakerFor('claude-b'), null);
    }],

    ['retryBudget: bad values are refused, naming the option', async () => {
      for (const [value, kind, name] of [[true, TypeError, 'retryBudget'], ['x', TypeError, 'retryBudget'], [null, TypeError, 'retryBudget'],
        [{ capacity: -1 }, RangeError, 'retryBudget.capacity'], [{ retryCost: 'five' }, TypeError, 'retryBudget.retryCost'],
        [{ refill: Infinity }, RangeError, 'retryBudget.refill']]) {
        let thrown = null;
        try {
          client(answering(), { retryBudget: value });
        } catch (error) {
          thrown = error;
        }
        assert.ok(thrown instanceof kind, `${JSON.stringify(value)}: ${thrown?.name}`);
        assert.ok(thrown.message.includes(name), thrown.message);
      }
    }],
  ];
}
