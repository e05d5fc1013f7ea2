// A retry's wait (host::timer::wait: a gloo Timeout and an abort listener against a promise)
// leaves nothing behind once it settles, by its timer or by an abort: no listener on the
// call's signal, no timer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';

const busy = () => Object.assign(new Error('busy'), { status: 503 });
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

for (const entry of ['node.mjs', 'resilience.node.mjs']) {
  const { retryWithBackoff } = await import(`../../pkg/${entry}`);

  test(`${entry}: waits that elapse leave no listener on the call's signal or the caller's`, async () => {
    const controller = new AbortController();
    const signals = new Set();
    let attempts = 0;
    const value = await retryWithBackoff(
      ({ signal }) => {
        signals.add(signal);
        if (++attempts < 3) throw busy();
        return 'ok';
      },
      { maxRetries: 3, baseDelay: 5, maxDelay: 5, jitter: 'none', signal: controller.signal },
    );
    assert.equal(value, 'ok');
    assert.equal(attempts, 3);
    for (const signal of signals) assert.equal(getEventListeners(signal, 'abort').length, 0);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });

  test(`${entry}: a wait aborted midway rejects at once with the reason and clears its timer`, async () => {
    const before = timers();
    const controller = new AbortController();
    let signal;
    const call = retryWithBackoff(
      (context) => {
        signal = context.signal;
        throw busy();
      },
      { maxRetries: 1, baseDelay: 60_000, maxDelay: 60_000, jitter: 'none', signal: controller.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(timers() > before, "the wait's timer is armed");
    const reason = new Error('stop');
    const started = performance.now();
    controller.abort(reason);
    await assert.rejects(call, (error) => error === reason);
    assert.ok(performance.now() - started < 1_000, 'rejected at once');
    assert.equal(timers(), before, 'the timer is cleared');
    assert.equal(getEventListeners(signal, 'abort').length, 0);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
  });
}
