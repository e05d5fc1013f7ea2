// retryWithBackoff around the official client (@anthropic-ai/sdk, its own retries off): its
// errors are classified by their `status` and `headers`, retried or rethrown unchanged, and a
// server-requested wait is honoured. Runs against the mock Claude API (claude-resilience/testing).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic, * as SDK from '@anthropic-ai/sdk';

import { retryWithBackoff } from '../../pkg/node.mjs';
import { startMockClaude } from '../../pkg/testing.mjs';

const params = { model: 'claude-sdk-test', max_tokens: 32, messages: [{ role: 'user', content: 'hello from the SDK' }] };
const FAST = { baseDelay: 1, jitter: 'none' };

describe('retryWithBackoff around @anthropic-ai/sdk', () => {
  let mock;
  let sdk;
  before(async () => {
    mock = await startMockClaude();
    sdk = new Anthropic({ apiKey: 'sk-ant-sdk-test', baseURL: mock.url, maxRetries: 0 });
  });
  after(() => mock.close());
  beforeEach(() => mock.reset());

  test('529, 529, then success: retried, 3 requests, the message comes back', async () => {
    mock.script([{ status: 529 }, { status: 529 }, {}]);
    let calls = 0;
    const message = await retryWithBackoff(() => {
      calls += 1;
      return sdk.messages.create(params);
    }, FAST);
    assert.equal(message.type, 'message');
    assert.equal(message.id, 'msg_mock_1');
    assert.equal(calls, 3);
    assert.equal(mock.requests.length, 3, 'the SDK itself did not retry (maxRetries: 0)');
  });

  test("a 400 is not retried: the SDK's BadRequestError is rethrown unchanged", async () => {
    mock.script([{ status: 400 }, {}]);
    let thrown;
    const error = await retryWithBackoff(
      () => sdk.messages.create(params).catch((e) => {
        thrown = e;
        throw e;
      }),
      FAST,
    ).then(() => assert.fail('expected a rejection'), (e) => e);
    assert.equal(error, thrown, 'the very error the SDK threw');
    assert.ok(error instanceof SDK.BadRequestError, `got ${error?.constructor?.name}`);
    assert.ok(error instanceof Anthropic.APIError);
    assert.equal(error.status, 400);
    assert.equal(mock.requests.length, 1);
  });

  test('a 429 with retry-after-ms is waited out (read off the SDK error\'s headers)', async () => {
    mock.script([{ status: 429, retryAfterMs: 150 }, {}]);
    const delays = [];
    const message = await retryWithBackoff(() => sdk.messages.create(params), {
      ...FAST,
      onRetry: ({ delayMs, error }) => delays.push([delayMs, error.status]),
    });
    assert.equal(message.type, 'message');
    assert.deepEqual(delays, [[150, 429]], 'the server\'s delay, not the 1 ms backoff');
    const [first, second] = mock.requests;
    assert.ok(second.at - first.at >= 149, `the retry came ${second.at - first.at} ms after the 429`);
  });

  test('a 429 whose retry-after exceeds maxDelay is rethrown at once', async () => {
    mock.script([{ status: 429, retryAfter: 30 }, {}]);
    const error = await retryWithBackoff(() => sdk.messages.create(params), { ...FAST, maxDelay: 1000 })
      .then(() => assert.fail('expected a rejection'), (e) => e);
    assert.ok(error instanceof SDK.RateLimitError);
    assert.equal(mock.requests.length, 1);
  });

  test("x-should-retry: false on a 529 is obeyed for the SDK's error too", async () => {
    mock.script([{ status: 529, headers: { 'x-should-retry': 'false' } }, {}]);
    const error = await retryWithBackoff(() => sdk.messages.create(params), FAST)
      .then(() => assert.fail('expected a rejection'), (e) => e);
    assert.ok(error instanceof SDK.InternalServerError);
    assert.equal(mock.requests.length, 1);
  });

  test("a dropped connection (the SDK's APIConnectionError, no status) is retried", async () => {
    mock.script([{ drop: true }, {}]);
    const message = await retryWithBackoff(() => sdk.messages.create(params), FAST);
    assert.equal(message.type, 'message');
    assert.equal(mock.requests.length, 2);
  });

  test("the SDK's APIUserAbortError (the caller aborted) is not retried", async () => {
    // The contract: "an abort never is [retried]". The SDK's abort error has no status and
    // name 'APIUserAbortError'; retrying it only re-throws it after pointless waits.
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const error = await retryWithBackoff(() => {
      calls += 1;
      return sdk.messages.create(params, { signal: controller.signal });
    }, { ...FAST, maxRetries: 3 }).then(() => assert.fail('expected a rejection'), (e) => e);
    assert.ok(error instanceof SDK.APIUserAbortError, `got ${error?.constructor?.name}`);
    assert.equal(calls, 1, 'an abort is never retried');
  });
});
