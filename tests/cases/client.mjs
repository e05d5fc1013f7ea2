// The Claude client (`Anthropic`) against the mock API (startMockClaude of
// claude-resilience/testing): what it sends, what it returns, how it retries, fails, streams,
// falls back and logs, and that the API key never leaks. Runner-agnostic: only relative
// imports; the mock is driven over HTTP through its control paths, so the same cases run in
// Node and in a browser page. `ctx.mockUrl` is the mock's URL.

import { drain, mockControl } from './responses.mjs';

const KEY = 'sk-ant-test-SECRET-123';
const MODEL = 'claude-test-model';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
const inBrowser = () => typeof window !== 'undefined' && typeof document !== 'undefined';

/** What the mock answers to every error status it is scripted with: [type, message]. */
const MOCK_ERRORS = {
  400: ['invalid_request_error', 'There was an issue with the format or content of your request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'The requested resource could not be found.'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  422: ['invalid_request_error', 'There was an issue with the format or content of your request.'],
};

/** Enough dropped connections for one attempt of the client, even in a browser: Chromium resends
 *  a request by itself when a reused keep-alive connection closes without a response (once per
 *  idle connection it holds, so several times after a burst of parallel requests). */
const DROPS = Array.from({ length: 10 }, () => ({ drop: true }));

const params = (extra = {}) => ({
  model: MODEL,
  max_tokens: 64,
  messages: [{ role: 'user', content: 'hello there' }],
  ...extra,
});


const deltaText = (events) =>
  events
    .filter((e) => e.type === 'content_block_delta' && e.delta?.type === 'text_delta')
    .map((e) => e.delta.text)
    .join('');

/** A `fetch` for the client that reshapes the mock's responses: the body handed out one byte
 *  at a time (after `rewrite` of its text, if given), the request-id header removed on request. */
function reshaping({ rewrite = null, dropRequestId = false } = {}) {
  return async (url, init) => {
    const response = await fetch(url, init);
    const headers = new Headers(response.headers);
    if (dropRequestId) headers.delete('request-id');
    const reader = response.body.getReader();
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const body = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        const bytes = rewrite ? encoder.encode(rewrite(decoder.decode(value, { stream: true }))) : value;
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

export default function cases(m, { assert, mockUrl }) {
  if (!mockUrl) {
    return [['client cases need a mock API (ctx.mockUrl)', async () => {
      assert.ok(false, 'ctx.mockUrl is not set: the runner must start the mock (startMockClaude of pkg/testing.mjs)');
    }]];
  }

  // ── the mock, over HTTP ──
  const control = mockControl(mockUrl);
  const reset = () => control('POST', '/__mock/reset', {});
  const script = (...steps) => control('POST', '/__mock/script', steps);
  const requests = () => control('GET', '/__mock/requests');
  /** Resets the mock, then queues `steps`. */
  async function fresh(...steps) {
    await reset();
    if (steps.length) await script(...steps);
  }

  /** A client on the mock with tiny backoff delays; `options` override. */
  function client(options = {}) {
    return new m.Anthropic({
      apiKey: KEY,
      baseURL: mockUrl,
      dangerouslyAllowBrowser: true,
      ...options,
      retry: { baseDelay: 1, maxDelay: 20, ...options.retry },
    });
  }

  /** A client whose logger keeps every event in `.events`. */
  function logged(options = {}) {
    const events = [];
    const c = client({ ...options, logger: (event) => events.push(event) });
    c.events = events;
    return c;
  }

  /** The API key appears nowhere the user (or a log pipeline) could see it. */
  function noKeyIn(label, value) {
    const text = typeof value === 'string' ? value : String(value);
    assert.ok(!text.includes(KEY), `${label} contains the API key: ${text.slice(0, 300)}`);
    assert.ok(!text.includes('SECRET-123'), `${label} contains part of the API key`);
  }

  function assertNoLeak(label, error, { events = [], c } = {}) {
    assert.ok(error instanceof Error, `${label}: expected an Error, got ${String(error)}`);
    noKeyIn(`${label}: message`, error.message);
    noKeyIn(`${label}: String(error)`, String(error));
    noKeyIn(`${label}: stack`, error.stack);
    noKeyIn(`${label}: JSON.stringify(error)`, JSON.stringify(error));
    noKeyIn(`${label}: JSON.stringify(Object.entries(error))`, JSON.stringify(Object.entries(error)));
    noKeyIn(`${label}: JSON.stringify(error.error)`, JSON.stringify(error.error ?? null));
    if (error.cause !== undefined) {
      noKeyIn(`${label}: cause`, String(error.cause));
      noKeyIn(`${label}: cause.stack`, String(error.cause?.stack));
    }
    noKeyIn(`${label}: logger events`, JSON.stringify(events));
    if (c) {
      noKeyIn(`${label}: String(client)`, String(c));
      noKeyIn(`${label}: JSON.stringify(client)`, JSON.stringify(c));
    }
  }

  /** An argument error (TypeError / RangeError), as a rejection or a synchronous throw. */
  async function argumentError(start, kind, label) {
    let error;
    try {
      const result = start();
      if (result && typeof result.then === 'function') await result;
      else if (result && typeof result[Symbol.asyncIterator] === 'function') await result.next();
    } catch (caught) {
      error = caught;
    }
    assert.ok(error !== undefined, `${label}: expected a ${kind.name}, but nothing was thrown`);
    assert.ok(error instanceof kind, `${label}: expected a ${kind.name}, got ${error?.name}: ${error?.message}`);
    noKeyIn(`${label}: message`, error.message);
    return error;
  }

  return [
    // ───────────────────────────── create ─────────────────────────────
    ['create: returns the message; _request_id is the request-id header and non-enumerable', async () => {
      await fresh({});
      const c = client();
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal(message.role, 'assistant');
      assert.equal(message.model, MODEL);
      assert.equal(message.content[0].type, 'text');
      assert.match(message.content[0].text, /^Mock reply to "hello there"/);
      assert.equal(message.stop_reason, 'end_turn');
      assert.equal(typeof message.usage.output_tokens, 'number');
      assert.equal(message._request_id, 'req_mock_1');
      const descriptor = Object.getOwnPropertyDescriptor(message, '_request_id');
      assert.ok(descriptor, '_request_id is an own property');
      assert.equal(descriptor.enumerable, false, '_request_id is non-enumerable');
      assert.ok(!Object.keys(message).includes('_request_id'), 'not in Object.keys');
      assert.ok(!JSON.stringify(message).includes('_request_id'), 'not in JSON');
      assert.ok(!JSON.stringify(message).includes('req_mock_1'), 'the id is not in JSON');
      assert.ok(!('_request_id' in { ...message }), 'not copied by a spread');
    }],

    ['create: sends authorization, anthropic-version 2026-10-21, accept, content-type, defaultHeaders and per-request headers', async () => {
      await fresh({});
      const c = client({ defaultHeaders: { 'X-Team': 'default', 'x-only-default': 'd', 'x-unset': 'u', 'x-left': undefined } });
      await c.messages.create(params(), { headers: { 'x-team': 'per-request', 'X-Per-Request': 'r', 'x-unset': null } });
      const [sent] = await requests();
      assert.equal(sent.method, 'POST');
      assert.equal(sent.path, '/v1/messages');
      assert.equal(sent.headers.authorization, '<redacted>', 'the key is sent (the mock redacts it)');
      assert.equal(sent.headers['x-api-key'], undefined, 'as Authorization: Bearer, not x-api-key');
      assert.equal(sent.headers['anthropic-version'], '2026-10-21');
      assert.equal(sent.headers.accept, 'application/json');
      assert.match(sent.headers['content-type'], /^application\/json\b/);
      assert.equal(sent.headers['x-only-default'], 'd', 'a default header');
      assert.equal(sent.headers['x-per-request'], 'r', 'a per-request header');
      assert.equal(sent.headers['x-team'], 'per-request', 'per-request headers override default ones');
      assert.ok(!('x-unset' in sent.headers), 'a per-request null leaves a default header out');
      assert.ok(!('x-left' in sent.headers), 'an undefined header is not sent');
    }],

    ['headers: a null unsets what the client would send; a user authorization or x-api-key replaces or joins it', async () => {
      await fresh({}, {}, {}, {});
      const c = client({ defaultHeaders: { 'anthropic-version': null } });
      // Each request is told by its `x-seq`, not by its place in the mock's log, which a late
      // request of an earlier case may also reach.
      await c.messages.create(params(), { headers: { 'x-seq': '1' } });
      await client().messages.create(params(), { headers: { authorization: null, 'x-seq': '2' } });
      await client().messages.create(params(), { headers: new Headers({ 'x-api-key': 'sk-ant-own', 'x-from-headers': 'h', 'x-seq': '3' }) });
      await client({ defaultHeaders: [['x-from-pairs', 'p']] }).messages.create(params(), { headers: { authorization: 'Bearer other', 'x-seq': '4' } });
      const sent = await requests();
      const [noVersion, noAuth, ownKey, ownAuth] = ['1', '2', '3', '4'].map((seq) => sent.find((r) => r.headers['x-seq'] === seq));
      assert.ok(!('anthropic-version' in noVersion.headers), 'defaultHeaders can unset anthropic-version');
      assert.ok(!('authorization' in noAuth.headers), 'headers can unset the credential');
      assert.equal(ownKey.headers['x-api-key'], '<redacted>', 'a user x-api-key is sent');
      assert.equal(ownKey.headers.authorization, '<redacted>', 'beside the client credential, as the official SDK does');
      assert.equal(ownKey.headers['x-from-headers'], 'h', 'a Headers object works');
      assert.equal(ownAuth.headers['x-from-pairs'], 'p', 'an array of pairs works');
      assert.equal(ownAuth.headers.authorization, '<redacted>');
    }],

    ['create: params are passed through unchanged, unknown fields included, and not mutated', async () => {
      await fresh({});
      const p = params({
        system: [{ type: 'text', text: 'be brief', cache_control: { type: 'ephemeral' } }],
        temperature: 0.25,
        metadata: { user_id: 'user-42' },
        stop_sequences: ['\n\nHuman:'],
        some_future_field: { nested: [1, 'two', null, true, { deep: 'é🦀' }] },
        thinking: { type: 'enabled', budget_tokens: 1024 },
      });
      const before = JSON.stringify(p);
      await client().messages.create(p);
      const [sent] = await requests();
      assert.deepEqual(sent.body, JSON.parse(before), 'the body the API received');
      assert.equal(JSON.stringify(p), before, 'the params object is not modified');
      assert.ok(!('stream' in sent.body), 'create() adds no stream field');
    }],

    ['create/countTokens/stream: bad params and request options are TypeError/RangeError before any request', async () => {
      await fresh({}, {}, {});
      const c = client();
      const bad = [
        ['params null', () => c.messages.create(null), TypeError],
        ['params a string', () => c.messages.create('hello'), TypeError],
        ['params without model', () => c.messages.create({ max_tokens: 5, messages: [] }), TypeError],
        ['model a number', () => c.messages.create(params({ model: 42 })), TypeError],
        ['options a string', () => c.messages.create(params(), 'fast'), TypeError],
        ['maxRetries -1', () => c.messages.create(params(), { maxRetries: -1 }), RangeError],
        ['maxRetries 1.5', () => c.messages.create(params(), { maxRetries: 1.5 }), RangeError],
        ['maxRetries "3"', () => c.messages.create(params(), { maxRetries: '3' }), TypeError],
        ['timeout -1', () => c.messages.create(params(), { timeout: -1 }), RangeError],
        ['timeout NaN', () => c.messages.create(params(), { timeout: NaN }), RangeError],
        ['timeout "1s"', () => c.messages.create(params(), { timeout: '1s' }), TypeError],
        ['signal {}', () => c.messages.create(params(), { signal: {} }), TypeError],
        ['headers with a number', () => c.messages.create(params(), { headers: { 'x-n': 1 } }), TypeError],
        ['headers a string', () => c.messages.create(params(), { headers: 'x-a: b' }), TypeError],
        ['fallbackModels a string', () => c.messages.create(params(), { fallbackModels: 'claude-x' }), TypeError],
        ['fallbackModels [1]', () => c.messages.create(params(), { fallbackModels: [1] }), TypeError],
        ['countTokens params null', () => c.messages.countTokens(null), TypeError],
        ['countTokens maxRetries -1', () => c.messages.countTokens(params(), { maxRetries: -1 }), RangeError],
        ['stream params null', () => c.messages.stream(null), TypeError],
        ['stream timeout -1', () => c.messages.stream(params(), { timeout: -1 }), RangeError],
      ];
      for (const [label, start, kind] of bad) await argumentError(start, kind, label);
      assert.equal((await requests()).length, 0, 'no request was sent');
      // …and the client still works.
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
    }],

    ['new Anthropic: bad client options are TypeError/RangeError naming the option (never echoing the key)', async () => {
      const bad = [
        ['apiKey', { apiKey: 12345 }, TypeError],
        ['baseURL', { baseURL: 42 }, TypeError],
        ['maxRetries', { maxRetries: -1 }, RangeError],
        ['maxRetries', { maxRetries: 'two' }, TypeError],
        ['timeout', { timeout: -5 }, RangeError],
        ['timeout', { timeout: KEY }, TypeError],
        ['jitter', { retry: { jitter: 'sometimes' } }, RangeError],
        ['baseDelay', { retry: { baseDelay: -1 } }, RangeError],
        ['circuitBreaker', { circuitBreaker: 'yes' }, TypeError],
        ['failureThreshold', { circuitBreaker: { failureThreshold: 0 } }, RangeError],
        ['dangerouslyAllowBrowser', { dangerouslyAllowBrowser: 'yes' }, TypeError],
        ['defaultHeaders', { defaultHeaders: { 'x-a': 1 } }, TypeError],
        ['fetch', { fetch: 'https://example.com' }, TypeError],
        ['logger', { logger: 'console' }, TypeError],
        ['logger', { logger: { error() {}, warn() {} } }, TypeError],
        ['logLevel', { logLevel: 'loud' }, TypeError],
        ['fetchOptions', { fetchOptions: 'no-store' }, TypeError],
        ['authToken', { apiKey: undefined, authToken: 42 }, TypeError],
        ['authToken', { authToken: 'tok' }, TypeError],
        ['options', 'sk-ant-not-an-object', TypeError],
      ];
      for (const [name, extra, kind] of bad) {
        const options = typeof extra === 'string' ? extra : { apiKey: KEY, dangerouslyAllowBrowser: true, ...extra };
        const error = assert.throws(() => new m.Anthropic(options), kind, `option ${name}`);
        assert.ok(error.message.includes(name), `the message names ${name}: ${error.message}`);
        noKeyIn(`option ${name}: message`, error.message);
        noKeyIn(`option ${name}: stack`, error.stack);
      }
    }],

    // ───────────────────────────── retries ─────────────────────────────
    ['retries: 529, 529, then success → 3 requests and the message', async () => {
      await fresh({ status: 529 }, { status: 529 }, {});
      const message = await client().messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal(message._request_id, 'req_mock_3');
      assert.equal((await requests()).length, 3);
    }],

    ['retries: 529 three times with the default maxRetries (2) → OverloadedError after exactly 3 requests', async () => {
      await fresh({ status: 529 }, { status: 529 }, { status: 529 }, {});
      const error = await assert.rejects(client({ circuitBreaker: false }).messages.create(params()), m.OverloadedError);
      assert.equal(error.status, 529);
      assert.equal(error.type, 'overloaded_error');
      assert.equal(error.requestId, 'req_mock_3', 'the last attempt\'s error');
      assert.equal((await requests()).length, 3);
    }],

    ['defaults: 2 retries with full jitter from a 500 ms base (the SDK\'s), and a breaker that opens after 5 failures for 30 s', async () => {
      await fresh({ status: 529 }, { status: 529 }, { status: 529 }, {});
      const events = [];
      const plain = new m.Anthropic({ apiKey: KEY, baseURL: mockUrl, dangerouslyAllowBrowser: true, logger: (e) => events.push(e) });
      await assert.rejects(plain.messages.create(params()), m.OverloadedError);
      assert.equal((await requests()).length, 3, 'maxRetries 2 by default');
      const delays = events.filter((e) => e.event === 'retry').map((e) => e.delayMs);
      assert.equal(delays.length, 2);
      assert.ok(delays[0] >= 0 && delays[0] < 500, `first wait ${delays[0]} in [0, 500)`);
      assert.ok(delays[1] >= 0 && delays[1] < 1000, `second wait ${delays[1]} in [0, 1000)`);

      await fresh(...Array.from({ length: 6 }, () => ({ status: 500 })));
      const c = client({ maxRetries: 0 });
      for (let i = 0; i < 5; i++) await assert.rejects(c.messages.create(params()), m.InternalServerError);
      assert.equal(c.circuitBreaker.state, 'OPEN', 'open after 5 consecutive failures');
      const open = await assert.rejects(c.messages.create(params()), m.CircuitOpenError);
      assert.ok(open.retryAfterMs > 29000 && open.retryAfterMs <= 30000, `retryAfterMs ${open.retryAfterMs}`);
      assert.equal((await requests()).length, 5);
    }],

    ['retries: maxRetries as client option and per request give exact request counts', async () => {
      const always529 = Array.from({ length: 8 }, () => ({ status: 529 }));
      for (const [clientMax, requestMax, expected] of [[0, undefined, 1], [1, undefined, 2], [3, undefined, 4],
        [1, 0, 1], [0, 2, 3], [3, 1, 2]]) {
        await fresh(...always529);
        const c = client({ circuitBreaker: false, maxRetries: clientMax });
        const options = requestMax === undefined ? undefined : { maxRetries: requestMax };
        await assert.rejects(c.messages.create(params(), options), m.OverloadedError);
        assert.equal((await requests()).length, expected, `client maxRetries ${clientMax}, request ${requestMax}`);
      }
    }],

    ['retries: 400/401/403/404/413/422 are not retried and carry class, status, type, requestId, headers, error', async () => {
      const classes = {
        400: [m.BadRequestError, m.InvalidRequestError],
        401: [m.AuthenticationError],
        403: [m.PermissionDeniedError, m.PermissionError],
        404: [m.NotFoundError],
        413: [m.RequestTooLargeError],
        422: [m.UnprocessableEntityError],
      };
      for (const [status, expectedClasses] of Object.entries(classes)) {
        await fresh({ status: Number(status) }, {});
        const c = client();
        const error = await assert.rejects(c.messages.create(params()), expectedClasses[0], `status ${status}`);
        for (const cls of [...expectedClasses, m.APIStatusError, m.APIError, m.AnthropicError, Error]) {
          assert.ok(error instanceof cls, `${status}: instanceof ${cls.name}`);
        }
        assert.equal(error.name, expectedClasses[0].name);
        assert.equal(error.status, Number(status));
        const [type, text] = MOCK_ERRORS[status];
        assert.equal(error.type, type, `${status}: type`);
        assert.equal(error.requestId, 'req_mock_1', `${status}: requestId`);
        assert.ok(error.headers instanceof Headers, `${status}: headers is a Headers`);
        assert.equal(error.headers.get('request-id'), 'req_mock_1');
        assert.deepEqual(error.error, { type: 'error', error: { type, message: text }, request_id: 'req_mock_1' });
        assert.equal(error.retryAfterMs, null);
        assert.equal((await requests()).length, 1, `${status} is not retried`);
        assert.equal(c.circuitBreaker.state, 'CLOSED', `${status} does not trip the breaker`);
      }
    }],

    ['retries: x-should-retry: true makes a 400 retried; x-should-retry: false stops a 529', async () => {
      await fresh({ status: 400, headers: { 'x-should-retry': 'true' } }, {});
      const message = await client().messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal((await requests()).length, 2);

      await fresh({ status: 529, headers: { 'x-should-retry': 'false' } }, {});
      const error = await assert.rejects(client().messages.create(params()), m.OverloadedError);
      assert.equal(error.headers.get('x-should-retry'), 'false');
      assert.equal((await requests()).length, 1, 'x-should-retry: false is obeyed');
    }],

    ['retries: a 429 with retry-after-ms: 150 is waited out; the RateLimitError carries retryAfterMs', async () => {
      await fresh({ status: 429, retryAfterMs: 150 }, {});
      const c = client({ retry: { maxDelay: 2000 } });
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      const sent = await requests();
      assert.equal(sent.length, 2);
      const gap = sent[1].at - sent[0].at;
      assert.ok(gap >= 149, `the retry came ${gap} ms after the 429, expected >= 150 ms`);

      await fresh({ status: 429, retryAfterMs: 150 });
      const error = await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), m.RateLimitError);
      assert.equal(error.status, 429);
      assert.equal(error.type, 'rate_limit_error');
      assert.equal(error.retryAfterMs, 150);
      assert.ok(error instanceof m.APIStatusError);
    }],

    ['retries: a 429 whose retry-after exceeds maxDelay is rejected at once (1 request)', async () => {
      await fresh({ status: 429, retryAfter: 5 }, {});
      const started = now();
      const error = await assert.rejects(client().messages.create(params()), m.RateLimitError);
      const elapsed = now() - started;
      assert.equal(error.retryAfterMs, 5000);
      assert.equal((await requests()).length, 1);
      assert.ok(elapsed < 2000, `rejected after ${elapsed.toFixed(0)} ms, not after waiting`);
    }],

    ['retries: an HTML 502 is an InternalServerError with status 502 and the raw text as error; then retried', async () => {
      const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
      await fresh({ status: 502, body: html, contentType: 'text/html' });
      const c = client();
      const error = await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), m.InternalServerError);
      assert.ok(!(error instanceof m.OverloadedError), 'a 502 is not an overload');
      assert.equal(error.status, 502);
      assert.equal(error.error, html);
      assert.equal(error.type, null);
      assert.equal(error.requestId, 'req_mock_1', 'the request-id header');

      await fresh({ status: 502, body: html, contentType: 'text/html' }, {});
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal((await requests()).length, 2, 'a 502 is retried');
    }],

    ['retries: a 200 whose body is not JSON is an APIError, and the module keeps working', async () => {
      await fresh({ raw: 'not json', status: 200 });
      const c = client();
      const error = await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), m.APIError);
      assert.equal(typeof error.message, 'string');
      assert.equal(error.error, 'not json', 'the raw text is kept');
      await fresh({});
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      const other = await client().messages.countTokens(params());
      assert.equal(typeof other.input_tokens, 'number');
      assert.equal(await m.retryWithBackoff(async () => 'still alive'), 'still alive');
    }],

    ['retries: the client\'s retry knobs apply (shouldRetry, onRetry, retryableStatuses, respectRetryAfter)', async () => {
      await fresh({ status: 529 }, {});
      const asked = [];
      const noRetry = client({ retry: { shouldRetry: (error, attempt) => (asked.push([error.status, attempt]), false) } });
      await assert.rejects(noRetry.messages.create(params()), m.OverloadedError);
      assert.deepEqual(asked, [[529, 0]], 'shouldRetry was asked once, with the error and the attempt');
      assert.equal((await requests()).length, 1, 'shouldRetry: false is obeyed');

      await fresh({ status: 529 }, { status: 503 }, {});
      const retries = [];
      const c = client({ retry: { jitter: 'none', baseDelay: 2, onRetry: (e) => retries.push([e.attempt, e.delayMs, e.error.status]) } });
      assert.equal((await c.messages.create(params())).type, 'message');
      assert.deepEqual(retries, [[0, 2, 529], [1, 4, 503]], 'onRetry events (attempt, delayMs, error)');

      await fresh({ status: 529 }, {});
      await assert.rejects(client({ retry: { retryableStatuses: [500] } }).messages.create(params()), m.OverloadedError);
      assert.equal((await requests()).length, 1, 'a status outside retryableStatuses is not retried');

      await fresh({ status: 429, retryAfter: 30 }, {});
      const ignoring = client({ retry: { respectRetryAfter: false } });
      assert.equal((await ignoring.messages.create(params())).type, 'message', 'retry-after ignored: backoff instead');
      assert.equal((await requests()).length, 2);
    }],

    ['concurrent calls on one client (creates, streams, countTokens) all succeed with their own request ids', async () => {
      await fresh();
      const c = client();
      const prompts = Array.from({ length: 6 }, (_, i) => `concurrent prompt ${i}`);
      const p = (text) => params({ messages: [{ role: 'user', content: text }] });
      const [messages, texts, counts] = await Promise.all([
        Promise.all(prompts.map((text) => c.messages.create(p(text)))),
        Promise.all(prompts.map((text) => c.messages.stream(p(text)).finalText())),
        Promise.all(prompts.map((text) => c.messages.countTokens(p(text)))),
      ]);
      assert.equal(new Set(messages.map((msg) => msg._request_id)).size, prompts.length);
      messages.forEach((msg, i) => assert.equal(texts[i], msg.content[0].text, `stream ${i} = create ${i}`));
      counts.forEach((count) => assert.equal(typeof count.input_tokens, 'number'));
      assert.equal((await requests()).length, prompts.length * 3);
    }],

    ['baseURL: a trailing slash is not doubled', async () => {
      await fresh({});
      await client({ baseURL: `${mockUrl}/` }).messages.create(params());
      assert.equal((await requests())[0].path, '/v1/messages');
    }],

    // ───────────────────────────── failures ─────────────────────────────
    ['failures: a dropped connection is an APIConnectionError; drop, drop, ok → success', async () => {
      // Chromium may use up several drops for one attempt of the client (see DROPS).
      await fresh(...DROPS);
      const c = client();
      const error = await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), m.APIConnectionError);
      assert.ok(!(error instanceof m.APIConnectionTimeoutError), 'not a timeout');
      assert.ok(!(error instanceof m.APIStatusError), 'no status');
      assert.equal(error.status, undefined);
      assert.equal(error.type, null);
      const sent = (await requests()).length;
      if (inBrowser()) assert.ok(sent >= 1 && sent < DROPS.length, `${sent} requests for one attempt`);
      else assert.equal(sent, 1, 'maxRetries: 0 → one request');

      await fresh({ drop: true }, { drop: true }, {});
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal((await requests()).length, 3);
    }],

    ['failures: a hanging response times out per attempt (client and request timeout) → APIConnectionTimeoutError', async () => {
      await fresh({ hang: true });
      let started = now();
      let error = await assert.rejects(
        client({ timeout: 100, maxRetries: 0 }).messages.create(params()),
        m.APIConnectionTimeoutError,
      );
      let elapsed = now() - started;
      assert.ok(error instanceof m.APIConnectionError, 'a timeout is a connection error');
      assert.ok(elapsed >= 95 && elapsed < 3000, `timed out after ${elapsed.toFixed(0)} ms (timeout 100)`);

      await fresh({ hang: true });
      started = now();
      error = await assert.rejects(
        client().messages.create(params(), { timeout: 80, maxRetries: 0 }),
        m.APIConnectionTimeoutError,
      );
      elapsed = now() - started;
      assert.ok(elapsed >= 75 && elapsed < 3000, `per-request timeout after ${elapsed.toFixed(0)} ms (timeout 80)`);

      // A timeout is retried like any connection failure, and the timeout is per attempt.
      await fresh({ hang: true }, {});
      const message = await client({ timeout: 100 }).messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal((await requests()).length, 2);
    }],

    ['failures: aborting mid-request → APIUserAbortError at once, never retried', async () => {
      await fresh({ hang: true }, {});
      const controller = new AbortController();
      const c = client();
      const started = now();
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(c.messages.create(params(), { signal: controller.signal }), m.APIUserAbortError);
      const elapsed = now() - started;
      assert.ok(elapsed < 1000, `rejected ${elapsed.toFixed(0)} ms after the start (abort at 50 ms)`);
      await sleep(50);
      assert.equal((await requests()).length, 1, 'not retried');
      assert.equal(c.circuitBreaker.failureCount, 0, 'an abort is no breaker failure');
    }],

    ['failures: aborting during a backoff wait → APIUserAbortError at once, no further attempt', async () => {
      await fresh({ status: 529 }, {});
      const controller = new AbortController();
      const c = client({ retry: { baseDelay: 400, maxDelay: 400, jitter: 'none' } });
      const started = now();
      setTimeout(() => controller.abort(), 60);
      await assert.rejects(c.messages.create(params(), { signal: controller.signal }), m.APIUserAbortError);
      const elapsed = now() - started;
      assert.ok(elapsed < 300, `rejected ${elapsed.toFixed(0)} ms after the start, inside the 400 ms wait`);
      await sleep(450);
      assert.equal((await requests()).length, 1, 'the wait was cancelled and nothing more was sent');
    }],

    ['failures: an already-aborted signal → APIUserAbortError, nothing sent', async () => {
      await fresh({});
      const controller = new AbortController();
      controller.abort();
      const c = client();
      await assert.rejects(c.messages.create(params(), { signal: controller.signal }), m.APIUserAbortError);
      await assert.rejects(c.messages.countTokens(params(), { signal: controller.signal }), m.APIUserAbortError);
      const { error } = await drain(c.messages.stream(params(), { signal: controller.signal }));
      assert.ok(error instanceof m.APIUserAbortError, `stream: got ${error?.name}`);
      assert.equal((await requests()).length, 0);
    }],

    // ───────────────────────────── circuit breaker ─────────────────────────────
    ["breaker: the client's breaker opens after repeated 5xx and then rejects without sending", async () => {
      await fresh({ status: 500 }, { status: 500 }, {}, {});
      const events = [];
      const c = client({ maxRetries: 0, circuitBreaker: { failureThreshold: 2, recoveryTimeout: 100 }, logger: (e) => events.push(e) });
      assert.ok(c.circuitBreaker instanceof m.CircuitBreaker);
      assert.equal(c.circuitBreaker, c.circuitBreaker, 'the same breaker every time');
      assert.equal(c.circuitBreaker.state, 'CLOSED');
      await assert.rejects(c.messages.create(params()), m.InternalServerError);
      assert.equal(c.circuitBreaker.state, 'CLOSED');
      assert.equal(c.circuitBreaker.failureCount, 1);
      await assert.rejects(c.messages.create(params()), m.InternalServerError);
      assert.equal(c.circuitBreaker.state, 'OPEN');
      const error = await assert.rejects(c.messages.create(params()), m.CircuitOpenError);
      assert.ok(error instanceof m.AnthropicError);
      assert.equal(error.message, 'Circuit breaker is OPEN');
      assert.equal(error.state, 'OPEN');
      assert.ok(error.retryAfterMs > 0 && error.retryAfterMs <= 100, `retryAfterMs ${error.retryAfterMs}`);
      await assert.rejects(c.messages.countTokens(params()), m.CircuitOpenError);
      assert.equal((await requests()).length, 2, 'nothing was sent while OPEN');
      assert.ok(events.some((e) => e.event === 'circuit'), 'a circuit event was logged');
      await sleep(120);
      assert.equal(c.circuitBreaker.state, 'HALF_OPEN');
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal(c.circuitBreaker.state, 'CLOSED', 'a successful probe closes it');
      assert.equal((await requests()).length, 3);
    }],

    ['breaker: a shared CircuitBreaker is the same object on the client and sees its failures', async () => {
      await fresh({ status: 529 }, { status: 503 }, {});
      const changes = [];
      const shared = new m.CircuitBreaker({ failureThreshold: 2, recoveryTimeout: 60000, onStateChange: (c) => changes.push(c) });
      const a = client({ maxRetries: 0, circuitBreaker: shared });
      const b = client({ maxRetries: 0, circuitBreaker: shared });
      assert.equal(a.circuitBreaker, shared);
      assert.equal(b.circuitBreaker, shared);
      await assert.rejects(a.messages.create(params()), m.OverloadedError);
      assert.equal(shared.failureCount, 1);
      await assert.rejects(b.messages.create(params()), m.InternalServerError);
      assert.equal(shared.state, 'OPEN');
      assert.deepEqual(changes.map(({ from, to }) => [from, to]), [['CLOSED', 'OPEN']]);
      await assert.rejects(a.messages.create(params()), m.CircuitOpenError);
      await assert.rejects(shared.call(() => 'user code'), m.CircuitOpenError, 'user code shares it');
      assert.equal((await requests()).length, 2);
      shared.reset();
      assert.equal((await a.messages.create(params())).type, 'message');
    }],

    ['breaker: circuitBreaker: false → client.circuitBreaker is null and 5xx never short-circuit', async () => {
      await fresh(...Array.from({ length: 7 }, () => ({ status: 500 })));
      const c = client({ maxRetries: 0, circuitBreaker: false });
      assert.equal(c.circuitBreaker, null);
      for (let i = 0; i < 7; i++) await assert.rejects(c.messages.create(params()), m.InternalServerError);
      assert.equal((await requests()).length, 7);
    }],

    ['breaker: a default breaker exists per client; 4xx (429 included) do not open it', async () => {
      const a = client();
      const b = client();
      assert.ok(a.circuitBreaker instanceof m.CircuitBreaker);
      assert.notEqual(a.circuitBreaker, b.circuitBreaker, 'one breaker per client');
      await fresh(...[400, 401, 404, 422, 429, 400, 413].map((status) => ({ status })));
      const c = client({ maxRetries: 0, circuitBreaker: { failureThreshold: 2, recoveryTimeout: 60000 } });
      for (let i = 0; i < 7; i++) await assert.rejects(c.messages.create(params()), m.APIStatusError);
      assert.equal(c.circuitBreaker.state, 'CLOSED');
      assert.equal(c.circuitBreaker.failureCount, 0);
      assert.equal((await requests()).length, 7);
    }],

    // ───────────────────────────── streaming ─────────────────────────────
    ['stream: events arrive in order, pings skipped; finalMessage equals the non-streamed reply', async () => {
      await fresh({}, {});
      const c = client();
      const p = params({ messages: [{ role: 'user', content: 'stream me a reply' }] });
      const before = JSON.stringify(p);
      const plain = await c.messages.create(p);
      const stream = c.messages.stream(p);
      const { events, error } = await drain(stream);
      assert.equal(error, null);
      const types = events.map((e) => e.type);
      assert.ok(!types.includes('ping'), 'pings are skipped');
      assert.equal(types[0], 'message_start');
      assert.equal(types[1], 'content_block_start');
      assert.equal(types.at(-1), 'message_stop');
      assert.equal(types.at(-2), 'message_delta');
      assert.equal(types.at(-3), 'content_block_stop');
      assert.ok(types.slice(2, -3).every((t) => t === 'content_block_delta') && types.length > 6, types.join(','));
      assert.equal(deltaText(events), plain.content[0].text, 'the deltas spell the same reply');
      assert.deepEqual(events[0].message.content, [], 'the events handed out are not mutated by the assembly');
      assert.equal(events[1].content_block.text, '');

      const final = await stream.finalMessage();
      assert.equal(final.content.length, 1);
      assert.equal(final.content[0].type, 'text');
      assert.equal(final.content[0].text, plain.content[0].text);
      assert.equal(final.model, MODEL);
      assert.equal(final.role, 'assistant');
      assert.equal(final.stop_reason, 'end_turn');
      assert.equal(final.usage.output_tokens, plain.usage.output_tokens);
      assert.equal(await stream.finalText(), plain.content[0].text);
      assert.equal(stream.requestId, 'req_mock_2');
      assert.equal(final._request_id, 'req_mock_2');
      assert.equal(Object.getOwnPropertyDescriptor(final, '_request_id')?.enumerable, false);

      const [, sent] = await requests();
      assert.equal(sent.body.stream, true, 'the request asked for a stream');
      assert.equal(sent.headers.authorization, '<redacted>');
      assert.equal(sent.headers['anthropic-version'], '2026-10-21');
      assert.equal(JSON.stringify(p), before, 'the params object is not modified');
    }],

    ['stream: finalText() without iterating; an event split across chunks (inside UTF-8) is reassembled', async () => {
      const text = 'Ünïcödé wörds 🦀🦀 ërgonomic façade, naïve café — résumé piñata. Ωμέγα 終わり';
      await fresh({ text });
      const stream = client().messages.stream(params());
      assert.equal(await stream.finalText(), text);
      const final = await stream.finalMessage();
      assert.equal(final.content[0].text, text);
      assert.equal(stream.requestId, 'req_mock_1');
    }],

    ['stream: an overloaded_error mid-stream rejects with OverloadedError (529) after exactly 2 deltas, not retried', async () => {
      await fresh({ stream: { errorAfter: 2, errorType: 'overloaded_error' } }, {});
      const stream = client().messages.stream(params());
      const { events, error } = await drain(stream);
      assert.ok(error instanceof m.OverloadedError, `got ${error?.name}: ${error?.message}`);
      assert.ok(error instanceof m.InternalServerError && error instanceof m.APIStatusError);
      assert.equal(error.status, 529);
      assert.equal(error.type, 'overloaded_error');
      assert.equal(error.requestId, 'req_mock_1', 'the stream\'s request-id');
      assert.equal(events.filter((e) => e.type === 'content_block_delta').length, 2);
      assert.equal(events[0].type, 'message_start');
      await assert.rejects(stream.finalMessage(), m.OverloadedError, 'finalMessage() rejects too');
      await sleep(30);
      assert.equal((await requests()).length, 1, 'a stream that has started is not retried');
    }],

    ['stream: a rate_limit_error mid-stream rejects with RateLimitError (429), not retried', async () => {
      await fresh({ stream: { errorAfter: 1, errorType: 'rate_limit_error' } }, {});
      const stream = client().messages.stream(params());
      const { events, error } = await drain(stream);
      assert.ok(error instanceof m.RateLimitError, `got ${error?.name}: ${error?.message}`);
      assert.equal(error.status, 429);
      assert.equal(error.type, 'rate_limit_error');
      assert.equal(events.filter((e) => e.type === 'content_block_delta').length, 1);
      await assert.rejects(stream.finalText(), m.RateLimitError);
      await sleep(30);
      assert.equal((await requests()).length, 1);
    }],

    ['stream: a 529 before the stream starts is retried (529, then the stream → 2 requests)', async () => {
      await fresh({ status: 529 }, {});
      const stream = client().messages.stream(params());
      const { events, error } = await drain(stream);
      assert.equal(error, null);
      assert.equal(events.at(-1).type, 'message_stop');
      assert.equal(stream.requestId, 'req_mock_2');
      assert.equal((await requests()).length, 2);
    }],

    ['stream: abort() mid-stream → APIUserAbortError', async () => {
      await fresh({ streamDelayMs: 20 });
      const stream = client().messages.stream(params());
      let seen = 0;
      const started = now();
      const error = await assert.rejects((async () => {
        for await (const event of stream) {
          if (event.type === 'content_block_delta' && ++seen === 2) stream.abort();
        }
      })(), m.APIUserAbortError);
      assert.ok(now() - started < 2000, 'promptly');
      assert.ok(seen <= 4, `${seen} deltas after the abort`);
      noKeyIn('stream abort', JSON.stringify(error));
      await sleep(30);
      assert.equal((await requests()).length, 1);
    }],

    ['stream: abort() before iterating → APIUserAbortError from the iteration and finalMessage()', async () => {
      await fresh({ delayMs: 50 });
      const stream = client().messages.stream(params());
      stream.abort();
      const { events, error } = await drain(stream);
      assert.ok(error instanceof m.APIUserAbortError, `got ${error?.name}`);
      assert.equal(events.length, 0);
      await assert.rejects(stream.finalMessage(), m.APIUserAbortError);
      await sleep(80);
      assert.ok((await requests()).length <= 1, 'not retried');
    }],

    ['stream: the signal option aborts a stream mid-way → APIUserAbortError', async () => {
      await fresh({ streamDelayMs: 20 });
      const controller = new AbortController();
      const stream = client().messages.stream(params(), { signal: controller.signal });
      let seen = 0;
      await assert.rejects((async () => {
        for await (const event of stream) {
          if (event.type === 'content_block_delta' && ++seen === 1) controller.abort();
        }
      })(), m.APIUserAbortError);
      assert.ok(seen <= 3, `${seen} deltas after the abort`);
    }],

    ['stream: breaking out of for await early ends the stream and the client keeps working', async () => {
      await fresh({ streamDelayMs: 30 }, {});
      const c = client();
      const stream = c.messages.stream(params());
      const started = now();
      let deltas = 0;
      for await (const event of stream) {
        if (event.type === 'content_block_delta') {
          deltas += 1;
          break;
        }
      }
      assert.equal(deltas, 1);
      assert.ok(now() - started < 1000, 'break does not wait for the rest of the stream');
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal(message._request_id, 'req_mock_2');
    }],

    ['stream: bytes one at a time and CRLF / CR line endings are parsed the same (via the fetch option)', async () => {
      await fresh({}, {}, {}, {});
      const c = client();
      const plain = await c.messages.create(params());
      for (const [label, rewrite] of [['1-byte chunks', null], ['CRLF', (t) => t.replace(/\n/g, '\r\n')], ['CR', (t) => t.replace(/\n/g, '\r')]]) {
        const stream = client({ fetch: reshaping({ rewrite }) }).messages.stream(params());
        assert.equal(await stream.finalText(), plain.content[0].text, label);
      }
    }],

    ['request ids: null, not undefined, where there is none (stream before it opens; a response without request-id)', async () => {
      await fresh({ streamDelayMs: 5 }, {}, {}, { status: 400 });
      const opening = client().messages.stream(params());
      assert.equal(opening.requestId, null, 'MessageStream.requestId before the response: string | null');
      await opening.finalMessage();
      assert.equal(opening.requestId, 'req_mock_1');

      const c = client({ fetch: reshaping({ dropRequestId: true }) });
      const message = await c.messages.create(params());
      assert.equal(message._request_id, null, '_request_id without a request-id header');
      const stream = c.messages.stream(params());
      const final = await stream.finalMessage();
      assert.equal(stream.requestId, null, 'MessageStream.requestId without a request-id header');
      assert.equal(final._request_id, null);
      const error = await assert.rejects(c.messages.create(params()), m.BadRequestError);
      assert.equal(error.requestId, 'req_mock_4', 'the body\'s request_id when the header is missing');
    }],

    // ───────────────────────────── countTokens ─────────────────────────────
    ['countTokens: POST /v1/messages/count_tokens → { input_tokens }', async () => {
      await fresh();
      const p = { model: MODEL, messages: [{ role: 'user', content: 'count these twenty chars' }] };
      const result = await client().messages.countTokens(p);
      assert.deepEqual(result, { input_tokens: Math.ceil('count these twenty chars'.length / 4) });
      const [sent] = await requests();
      assert.equal(sent.method, 'POST');
      assert.equal(sent.path, '/v1/messages/count_tokens');
      assert.deepEqual(sent.body, p);
      assert.equal(sent.headers.authorization, '<redacted>');
      assert.equal(sent.headers['anthropic-version'], '2026-10-21');
    }],

    ['countTokens: retried on 529 like create', async () => {
      await fresh({ status: 529 }, {});
      const result = await client().messages.countTokens(params());
      assert.equal(typeof result.input_tokens, 'number');
      assert.equal((await requests()).length, 2);
    }],

    // ───────────────────────────── rateLimit ─────────────────────────────
    ['rateLimit: null before any response, then the anthropic-ratelimit-* headers of the latest one', async () => {
      await fresh({}, { status: 429, retryAfter: 2 }, {});
      const c = client();
      assert.equal(c.rateLimit, null);
      const before = Date.now();
      await c.messages.create(params({ max_tokens: 100 }));
      const after = Date.now();
      const info = c.rateLimit;
      const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
      assert.equal(info.requests.limit, 50);
      assert.equal(info.requests.remaining, 49);
      assert.match(info.requests.reset, rfc3339);
      assert.equal(info.tokens.limit, 48000);
      assert.equal(typeof info.tokens.remaining, 'number');
      assert.equal(info.inputTokens.limit, 40000);
      assert.ok(info.inputTokens.remaining < 40000 && info.inputTokens.remaining > 39000);
      assert.equal(info.outputTokens.limit, 8000);
      assert.equal(info.outputTokens.remaining, 7900);
      assert.match(info.outputTokens.reset, rfc3339);
      assert.equal(info.retryAfterMs, null);
      assert.ok(info.observedAt >= before && info.observedAt <= after, `observedAt ${info.observedAt}`);

      await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), m.RateLimitError);
      assert.equal(c.rateLimit.retryAfterMs, 2000, 'after a 429 with retry-after: 2');
      assert.equal(c.rateLimit.requests.remaining, 48);
      await c.messages.create(params());
      assert.equal(c.rateLimit.retryAfterMs, null, 'the latest response asked for no wait');
      assert.equal(c.rateLimit.requests.remaining, 47);
    }],

    // ───────────────────────────── fallbackModels ─────────────────────────────
    ['fallbackModels: 529 × (maxRetries+1) then success → the fallback model answers; logged', async () => {
      await fresh({ status: 529 }, { status: 529 }, {});
      const c = logged({ maxRetries: 1 });
      const message = await c.messages.create(params(), { fallbackModels: ['claude-fallback-1', 'claude-fallback-2'] });
      assert.equal(message.model, 'claude-fallback-1');
      const sent = await requests();
      assert.deepEqual(sent.map((r) => r.body.model), [MODEL, MODEL, 'claude-fallback-1']);
      assert.deepEqual(sent[2].body.messages, params().messages, 'the rest of the body is unchanged');
      const fallbacks = c.events.filter((e) => e.event === 'fallback');
      assert.equal(fallbacks.length, 1);
      assert.equal(fallbacks[0].endpoint, '/v1/messages');
      assert.equal(fallbacks[0].method, 'POST');
    }],

    ['fallbackModels: each model in turn while the API stays overloaded; a 400 does not fall back', async () => {
      await fresh({ status: 529 }, { status: 529 }, {});
      const c = client({ maxRetries: 0 });
      const message = await c.messages.create(params(), { fallbackModels: ['fb-a', 'fb-b'] });
      assert.equal(message.model, 'fb-b');
      assert.deepEqual((await requests()).map((r) => r.body.model), [MODEL, 'fb-a', 'fb-b']);

      await fresh({ status: 400 }, {});
      await assert.rejects(c.messages.create(params(), { fallbackModels: ['fb-a'] }), m.BadRequestError);
      assert.equal((await requests()).length, 1, 'a 400 does not fall back');

      await fresh({ status: 529 }, { status: 529 }, {});
      const error = await assert.rejects(c.messages.create(params(), { fallbackModels: ['fb-a'] }), m.OverloadedError);
      assert.equal(error.status, 529);
      assert.deepEqual((await requests()).map((r) => r.body.model), [MODEL, 'fb-a'], 'the last model\'s error');
    }],

    ['fallbackModels: a stream falls back too, before its first event', async () => {
      await fresh({ status: 529 }, {});
      const stream = client({ maxRetries: 0 }).messages.stream(params(), { fallbackModels: ['fb-stream'] });
      const final = await stream.finalMessage();
      assert.equal(final.model, 'fb-stream');
      const sent = await requests();
      assert.deepEqual(sent.map((r) => [r.body.model, r.body.stream]), [[MODEL, true], ['fb-stream', true]]);
    }],

    // ───────────────────────────── logger ─────────────────────────────
    ['logger: request/response/retry/error/circuit/fallback events, with the documented fields and no content', async () => {
      const SECRET_PROMPT = 'zebra-quartz-PROMPT-CONTENT';
      const p = params({
        system: 'SYSTEM-PROMPT-CONTENT',
        messages: [{ role: 'user', content: SECRET_PROMPT }],
      });
      const c = logged({ maxRetries: 1, circuitBreaker: { failureThreshold: 3, recoveryTimeout: 60000 } });
      // 529 then success: request, error, retry, request, response.
      await fresh({ status: 529 }, {});
      const first = await c.messages.create(p);
      // The model overloaded twice, then the fallback answers.
      await fresh({ status: 529 }, { status: 529 }, {});
      await c.messages.create(p, { fallbackModels: ['claude-fallback'] });
      // Three 500s in a row open the breaker; the next call is refused. (The two overloads
      // above still count on the requested model's breaker: the fallback's answer went through
      // a breaker of its own.)
      c.circuitBreaker.reset();
      await fresh({ status: 500 }, { status: 500 }, { status: 500 });
      await assert.rejects(c.messages.create(p, { maxRetries: 2 }), m.InternalServerError);
      assert.equal(c.circuitBreaker.state, 'OPEN');
      await assert.rejects(c.messages.create(p), m.CircuitOpenError);
      // And a streamed reply, read to the end.
      c.circuitBreaker.reset();
      await fresh({});
      const streamed = await c.messages.stream(p).finalText();

      const events = c.events;
      const kinds = new Set(events.map((e) => e.event));
      for (const kind of ['request', 'response', 'retry', 'error', 'circuit', 'fallback']) {
        assert.ok(kinds.has(kind), `a '${kind}' event was logged (got ${[...kinds].join(', ')})`);
      }
      for (const e of events) {
        assert.ok(['debug', 'info', 'warn', 'error'].includes(e.level), `level ${e.level}`);
        assert.match(e.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'ISO timestamp');
        assert.ok(!Number.isNaN(Date.parse(e.timestamp)));
        assert.equal(e.method, 'POST');
        assert.equal(e.endpoint, '/v1/messages', 'the path only, no host');
      }
      const requestEvents = events.filter((e) => e.event === 'request');
      assert.deepEqual(requestEvents.slice(0, 2).map((e) => e.attempt), [0, 1], 'attempt numbers');
      const response = events.find((e) => e.event === 'response');
      assert.equal(response.status, 200);
      assert.equal(response.attempt, 1);
      assert.equal(response.requestId, first._request_id);
      assert.equal(typeof response.durationMs, 'number');
      assert.ok(response.durationMs >= 0);
      const retry = events.find((e) => e.event === 'retry');
      assert.equal(retry.status, 529);
      assert.equal(retry.attempt, 0);
      assert.equal(typeof retry.delayMs, 'number');
      assert.ok(retry.delayMs >= 0 && retry.delayMs <= 20, `delayMs ${retry.delayMs}`);
      assert.equal(retry.requestId, 'req_mock_1');
      const error = events.find((e) => e.event === 'error');
      assert.equal(error.status, 529);
      assert.equal(error.requestId, 'req_mock_1');
      assert.equal(typeof error.durationMs, 'number');
      assert.equal(events.filter((e) => e.event === 'fallback').length, 1);

      const all = JSON.stringify(events);
      for (const content of [SECRET_PROMPT, 'SYSTEM-PROMPT-CONTENT', first.content[0].text, streamed, 'Mock reply']) {
        assert.ok(!all.includes(content), `no event contains message content (${content.slice(0, 30)}…)`);
      }
      noKeyIn('logger events', all);
      noKeyIn('logger events', JSON.stringify(events.map((e) => Object.entries(e))));
    }],

    ['logger: a logger that throws does not fail the request', async () => {
      await fresh({ status: 529 }, {});
      const c = client({ logger: () => { throw new Error('logger broke'); } });
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
    }],

    ['logger: an SDK-style { error, warn, info, debug } object hears warn and above, a line and the event each', async () => {
      const heard = [];
      const sdkLogger = Object.fromEntries(['error', 'warn', 'info', 'debug'].map((level) => [level, (line, event) => heard.push({ level, line, event })]));
      await fresh({ status: 529 }, {});
      const c = client({ logger: sdkLogger });
      assert.equal(c.logLevel, 'warn', "the official SDK's default level");
      await c.messages.create(params());
      assert.ok(heard.length > 0, 'the retry was heard');
      assert.ok(heard.every(({ level }) => level === 'warn' || level === 'error'), `levels: ${heard.map((h) => h.level)}`);
      const retry = heard.find(({ event }) => event.event === 'retry');
      assert.ok(retry, 'the retry event');
      assert.equal(retry.event.level, retry.level, 'each event goes to the method of its level');
      assert.match(retry.line, /^claude-resilience retry POST \/v1\/messages 529 req_mock_1: /);
      noKeyIn('SDK-style logger lines', JSON.stringify(heard));

      heard.length = 0;
      await fresh({}, {});
      const verbose = client({ logger: sdkLogger, logLevel: 'debug' });
      await verbose.messages.create(params());
      assert.deepEqual(heard.map(({ level, event }) => [level, event.event]), [['debug', 'request'], ['info', 'response']]);
      assert.match(heard[1].line, /^claude-resilience response POST \/v1\/messages 200 req_mock_1$/);
    }],

    ['logLevel: it filters our function logger too; off silences every logger', async () => {
      await fresh({ status: 529 }, {}, {});
      const warned = logged({ logLevel: 'warn' });
      await warned.messages.create(params());
      assert.ok(warned.events.length > 0);
      assert.ok(warned.events.every((e) => e.level === 'warn' || e.level === 'error'), warned.events.map((e) => e.level).join());
      assert.equal(warned.logLevel, 'warn');
      const silent = logged({ logLevel: 'off' });
      await silent.messages.create(params());
      assert.equal(silent.events.length, 0);
      assert.equal(logged().logLevel, 'debug', 'a function hears every event by default');
      assert.equal(client().logLevel, 'off', 'no logger, no level: nothing is logged');
    }],

    // ───────────────────────────── client properties and options ─────────────────────────────
    ['properties: baseURL, maxRetries, timeout, fetchOptions; apiKey and authToken readable but no own property', async () => {
      const fetchOptions = { redirect: 'error' };
      const c = client({ baseURL: `${mockUrl}/`, maxRetries: 4, timeout: 12_345, fetchOptions });
      assert.equal(c.baseURL, mockUrl);
      assert.equal(c.maxRetries, 4);
      assert.equal(c.timeout, 12_345);
      assert.equal(c.fetchOptions, fetchOptions);
      assert.equal(c.apiKey, KEY);
      assert.equal(c.authToken, null);
      const defaults = new m.Anthropic({ apiKey: null, baseURL: mockUrl });
      assert.deepEqual([defaults.maxRetries, defaults.timeout, defaults.apiKey, defaults.fetchOptions], [2, 600_000, null, undefined]);
      const token = new m.Anthropic({ apiKey: null, authToken: KEY, baseURL: mockUrl, dangerouslyAllowBrowser: true });
      assert.equal(token.authToken, KEY);
      for (const [label, value] of [['client', c], ['token client', token]]) {
        assert.ok(!Object.keys(value).includes('apiKey') && !Object.keys(value).includes('authToken'), `${label}: not own keys`);
        assert.ok(!Object.getOwnPropertyNames(value).includes('apiKey'), `${label}: not an own property`);
        noKeyIn(`${label}: JSON.stringify`, JSON.stringify(value));
        noKeyIn(`${label}: String`, String(value));
        noKeyIn(`${label}: spread`, JSON.stringify({ ...value }));
      }
    }],

    ['fetchOptions: merged into every fetch init; the method, headers, body and signal stay the client\'s', async () => {
      await fresh({ status: 529 }, {}, {});
      const inits = [];
      const recording = (url, init) => {
        inits.push(init);
        return fetch(url, init);
      };
      const fetchOptions = { redirect: 'error', method: 'PUT', body: 'not this', headers: { 'x-not': 'this' } };
      const c = client({ fetch: recording, fetchOptions });
      assert.equal((await c.messages.create(params())).type, 'message');
      assert.equal(inits.length, 2, 'the retry too');
      for (const init of inits) {
        assert.equal(init.redirect, 'error');
        assert.equal(init.method, 'POST');
        assert.deepEqual(JSON.parse(init.body), params());
        assert.ok(init.signal instanceof AbortSignal);
        assert.equal(new Headers(init.headers).get('x-not'), null);
      }
      assert.equal(fetchOptions.method, 'PUT', 'the options object is not changed');
      const global = client({ fetchOptions: { redirect: 'error' } });
      assert.equal((await global.messages.create(params())).type, 'message', 'with the host fetch');
    }],

    ['create: a non-streaming max_tokens that may take over 10 minutes is refused, as the official SDK does, unless a timeout is set', async () => {
      await fresh({}, {}, {}, {});
      const c = client();
      const error = await assert.rejects(c.messages.create(params({ max_tokens: 21_334 })), m.AnthropicError);
      assert.equal(error.message, 'Streaming is required for operations that may take longer than 10 minutes. ' +
        'See https://platform.claude.com/docs/en/cli-sdks-libraries/sdks/typescript#long-requests for more details');
      assert.ok(!(error instanceof m.APIError), 'refused before any request');
      assert.equal((await requests()).length, 0);
      assert.equal((await c.messages.create(params({ max_tokens: 21_333 }))).type, 'message');
      assert.equal((await c.messages.create(params({ max_tokens: 64_000 }), { timeout: 60_000 })).type, 'message');
      assert.equal((await client({ timeout: 60_000 }).messages.create(params({ max_tokens: 64_000 }))).type, 'message');
      const streamed = await c.messages.stream(params({ max_tokens: 64_000 })).finalMessage();
      assert.equal(streamed.type, 'message', 'a stream is never refused');
      assert.equal((await requests()).length, 4);
    }],

    // ───────────────────────────── the key never leaks ─────────────────────────────
    ['the API key appears in no error, no log event and not in the client, for every kind of failure', async () => {
      const events = [];
      const options = { logger: (e) => events.push(e) };
      const c = client(options);
      const check = (label, error) => assertNoLeak(label, error, { events, c });
      const html = '<html><body>bad gateway</body></html>';
      for (const [label, step, cls] of [
        ['400', { status: 400 }, m.BadRequestError],
        ['401', { status: 401 }, m.AuthenticationError],
        ['429', { status: 429 }, m.RateLimitError],
        ['529', { status: 529 }, m.OverloadedError],
        ['HTML 502', { status: 502, body: html, contentType: 'text/html' }, m.InternalServerError],
        ['bad JSON', { raw: 'not json', status: 200 }, m.APIError],
        ['drop', DROPS, m.APIConnectionError],
      ]) {
        await fresh(...[step].flat());
        check(label, await assert.rejects(c.messages.create(params(), { maxRetries: 0 }), cls, label));
      }
      await fresh({ hang: true });
      check('timeout', await assert.rejects(
        c.messages.create(params(), { maxRetries: 0, timeout: 50 }), m.APIConnectionTimeoutError));

      await fresh({ hang: true });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      check('abort', await assert.rejects(
        c.messages.create(params(), { signal: controller.signal }), m.APIUserAbortError));

      await fresh({ stream: { errorAfter: 2 } });
      const { error: streamError } = await drain(c.messages.stream(params()));
      assert.ok(streamError instanceof m.OverloadedError);
      check('mid-stream error', streamError);

      const cb = client({ ...options, maxRetries: 0, circuitBreaker: { failureThreshold: 1, recoveryTimeout: 60000 } });
      await fresh({ status: 500 });
      check('500', await assert.rejects(cb.messages.create(params()), m.InternalServerError));
      check('CircuitOpenError', await assert.rejects(cb.messages.create(params()), m.CircuitOpenError));

      const streamObject = c.messages.stream(params());
      await drain(streamObject).catch(() => {});
      noKeyIn('String(stream)', String(streamObject));
      noKeyIn('JSON.stringify(stream)', JSON.stringify(streamObject));
      noKeyIn('client.messages', JSON.stringify(c.messages));
      noKeyIn('Object.keys(client)', JSON.stringify(Object.keys(c)));
      noKeyIn('client.rateLimit', JSON.stringify(c.rateLimit));
      noKeyIn('client.circuitBreaker', JSON.stringify(c.circuitBreaker));
      // The key really was sent, so the checks above are not vacuous.
      assert.equal((await requests())[0].headers.authorization, '<redacted>');
    }],

    ['an API key that is not a valid header value (a line break inside) is not echoed in the error or the log', async () => {
      // A key read from a multi-line file or env var: the host's Headers rejects it. Whatever
      // the client makes of that, the key itself must not end up in the error or the logger.
      await fresh({}, {}, {});
      const badKey = `${KEY}\n${KEY}`;
      const events = [];
      let error;
      let c;
      try {
        c = new m.Anthropic({ apiKey: badKey, baseURL: mockUrl, dangerouslyAllowBrowser: true, retry: { baseDelay: 1, maxDelay: 5 },
          logger: (e) => events.push(e) });
        await c.messages.create(params());
      } catch (caught) {
        error = caught;
      }
      assert.ok(error instanceof TypeError, `expected a TypeError from the constructor, got ${String(error)}`);
      assert.equal((await requests()).length, 0, 'nothing can be sent with that key');
      assertNoLeak(`invalid key (${error.name})`, error, { events, c });

      // The same key handed over as a header (a proxy's own auth header, say) is not echoed either.
      const good = logged();
      for (const [label, start] of [
        ['per-request header', () => good.messages.create(params(), { headers: { 'x-api-key': badKey } })],
        ['per-request header (stream)', () => good.messages.stream(params(), { headers: { authorization: badKey } }).finalMessage()],
        ['default header', () => client({ defaultHeaders: { authorization: `Bearer ${badKey}` } }).messages.create(params())],
      ]) {
        let headerError;
        try {
          await start();
        } catch (caught) {
          headerError = caught;
        }
        assert.ok(headerError instanceof TypeError, `${label}: expected a TypeError before any request, got ${String(headerError)}`);
        assertNoLeak(`${label} (${headerError.name})`, headerError, { events: good.events, c: good });
      }
      assert.equal((await requests()).length, 0, 'nothing was sent with those headers');
    }],

    // ───────────────────────────── browser opt-in ─────────────────────────────
    ['browser opt-in: a key in a page needs dangerouslyAllowBrowser (browser); in Node it is not needed', async () => {
      if (inBrowser()) {
        const error = assert.throws(() => new m.Anthropic({ apiKey: KEY, baseURL: mockUrl }), m.AnthropicError);
        assert.ok(error instanceof Error);
        assert.match(error.message, /dangerouslyAllowBrowser/);
        noKeyIn('browser refusal: message', error.message);
        noKeyIn('browser refusal: stack', error.stack);
        noKeyIn('browser refusal: JSON', JSON.stringify(error));
        assert.throws(() => new m.Anthropic({ apiKey: 'k', dangerouslyAllowBrowser: false }), m.AnthropicError);
      } else {
        await fresh({});
        const c = new m.Anthropic({ apiKey: KEY, baseURL: mockUrl, retry: { baseDelay: 1 } });
        assert.equal((await c.messages.create(params())).type, 'message');
        const [sent] = await requests();
        assert.equal(sent.headers.authorization, '<redacted>');
        assert.equal(sent.headers['anthropic-dangerous-direct-browser-access'], undefined);
      }
    }],

    ['browser opt-in: with dangerouslyAllowBrowser the browser-access header is sent, in Node too (as the official SDK)', async () => {
      await fresh({});
      await client().messages.create(params());
      const [sent] = await requests();
      assert.equal(sent.headers.authorization, '<redacted>');
      assert.equal(sent.headers['anthropic-dangerous-direct-browser-access'], 'true');
    }],

    ['browser opt-in: apiKey: null needs no opt-in and sends no credential (anywhere)', async () => {
      await fresh({}, {});
      const c = new m.Anthropic({ apiKey: null, baseURL: mockUrl });
      assert.equal((await c.messages.create(params())).type, 'message');
      const stream = c.messages.stream(params());
      await stream.finalMessage();
      const sent = await requests();
      assert.equal(sent.length, 2);
      for (const r of sent) {
        assert.equal(r.headers['x-api-key'], undefined, 'no x-api-key');
        assert.equal(r.headers.authorization, undefined, 'no authorization either');
        assert.equal(r.headers['anthropic-version'], '2026-10-21');
      }
    }],
  ];
}
