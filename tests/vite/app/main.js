// A user's app: the package imported by name, bundled by Vite, no init() call.
import { retryWithBackoff, CircuitBreaker, CircuitOpenError, VERSION, Anthropic, RateLimitError } from 'claude-resilience';
import { RateLimitError as SubpathRateLimitError } from 'claude-resilience/core/error';
import { Messages } from 'claude-resilience/resources/messages';

async function run() {
  let calls = 0;
  const retried = await retryWithBackoff(
    async ({ attempt }) => {
      calls += 1;
      if (attempt === 0) throw Object.assign(new Error('overloaded'), { status: 529 });
      return 'second attempt';
    },
    { baseDelay: 1, maxDelay: 5, jitter: 'full' },
  );
  if (retried !== 'second attempt' || calls !== 2) throw new Error(`retry: ${retried} after ${calls} calls`);

  const breaker = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 60_000 });
  const value = await breaker.call(() => 21 * 2);
  if (value !== 42 || breaker.state !== 'CLOSED') throw new Error(`breaker: ${value} ${breaker.state}`);
  await breaker.call(() => Promise.reject(Object.assign(new Error('down'), { status: 500 }))).catch(() => {});
  const open = await breaker.call(() => 'not called').catch((error) => error);
  if (!(open instanceof CircuitOpenError) || breaker.state !== 'OPEN') {
    throw new Error(`breaker did not open: ${open} ${breaker.state}`);
  }
  // The SDK's subpaths resolve, to the root's classes.
  if (SubpathRateLimitError !== RateLimitError) throw new Error('core/error: another RateLimitError');
  if (!(new Anthropic({ apiKey: null }).messages instanceof Messages)) throw new Error('resources/messages: another Messages');
  return `ok:${VERSION}`;
}

run().then(
  (result) => {
    document.body.dataset.result = result;
    document.getElementById('out').textContent = result;
  },
  (error) => {
    document.body.dataset.result = `error:${error?.name}: ${error?.message}`;
    document.getElementById('out').textContent = document.body.dataset.result;
  },
);
