// chaosFetch (claude-resilience/testing) in Node and in a browser page: faults injected
// in-process around fetch, on their own and as the client's `fetch`. `ctx.testing` is the
// testing entry the runtime gets (testing.mjs in Node, testing-browser.mjs in a page);
// `ctx.mockUrl` is the mock API the real answers come from.

const MODEL = 'claude-test-model';
const body = (extra = {}) => JSON.stringify({
  model: MODEL, max_tokens: 32, messages: [{ role: 'user', content: 'chaos' }], ...extra,
});
const params = (extra = {}) => ({ model: MODEL, max_tokens: 32, messages: [{ role: 'user', content: 'chaos' }], ...extra });

export default function cases(m, { assert, testing, mockUrl }) {
  if (!testing || !mockUrl) {
    return [['chaos cases need the testing entry (ctx.testing) and a mock API (ctx.mockUrl)', async () => {
      assert.ok(false, 'the runner must pass ctx.testing and ctx.mockUrl');
    }]];
  }
  const { chaosFetch } = testing;
  const post = (fetch, extra) => fetch(`${mockUrl}/v1/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-test': 'yes' }, body: body(extra),
  });
  const mockRequests = async () => (await fetch(`${mockUrl}/__mock/requests`)).json();
  const resetMock = () => fetch(`${mockUrl}/__mock/reset`, { method: 'POST' });
  const client = (fetch, options = {}) => new m.Anthropic({
    apiKey: 'sk-ant-chaos', baseURL: mockUrl, dangerouslyAllowBrowser: true, fetch, ...options,
    retry: { baseDelay: 1, maxDelay: 5, ...options.retry },
  });
  /** The outcome of each of `n` requests: a status, 'cut' (the body failed) or 'drop'. */
  async function outcomes(fetch, n, extra) {
    const out = [];
    for (let i = 0; i < n; i++) {
      try {
        const response = await post(fetch, extra);
        try {
          await response.arrayBuffer();
          out.push(response.status);
        } catch {
          out.push('cut');
        }
      } catch {
        out.push('drop');
      }
    }
    return out;
  }

  return [
    ['chaosFetch: error answers are made in-process, with the API\'s body, request id and retry-after', async () => {
      await resetMock();
      const chaos = chaosFetch({ script: [{ status: 429 }, { status: 529, message: 'busy' }, { status: 503, retryAfterMs: 40 }] });
      const r429 = await post(chaos);
      assert.equal(r429.status, 429);
      assert.equal(r429.headers.get('retry-after'), '1');
      assert.equal(r429.headers.get('request-id'), 'req_chaos_1');
      assert.deepEqual(await r429.json(), {
        type: 'error', request_id: 'req_chaos_1',
        error: { type: 'rate_limit_error', message: 'This request would exceed the rate limit for your organization. Please try again later.' },
      });
      const r529 = await post(chaos);
      assert.deepEqual((await r529.json()).error, { type: 'overloaded_error', message: 'busy' });
      const r503 = await post(chaos);
      assert.equal(r503.headers.get('retry-after-ms'), '40');
      assert.equal((await r503.json()).error.type, 'api_error');
      const ok = await post(chaos);
      assert.equal((await ok.json()).type, 'message', 'the script spent, requests go through');
      assert.equal((await mockRequests()).length, 1, 'only the last request went out');
      assert.deepEqual(chaos.requests.map((r) => r.fault), [{ status: 429 }, { status: 529, message: 'busy' }, { status: 503, retryAfterMs: 40 }, null]);
      const [first] = chaos.requests;
      assert.equal(first.method, 'POST');
      assert.equal(first.path, '/v1/messages');
      assert.equal(first.url, `${mockUrl}/v1/messages`);
      assert.equal(first.headers['x-test'], 'yes');
      assert.equal(first.body.model, MODEL, 'the body, parsed');
      assert.equal(chaos.requests[3].requestId, ok.headers.get('request-id'), 'a real answer keeps its own id');
    }],

    ['chaosFetch: seeded rates give the same faults for the same seed; reset replays them', async () => {
      const faults = { rate429: 0.2, rate529: 0.2, rate500: 0.1, rateDrop: 0.1, rateTruncate: 0.1 };
      const a = chaosFetch({ seed: 42, faults });
      const b = chaosFetch({ seed: 42, faults });
      const first = await outcomes(a, 40);
      assert.deepEqual(await outcomes(b, 40), first);
      const other = await outcomes(chaosFetch({ seed: 43, faults }), 40);
      assert.ok(JSON.stringify(other) !== JSON.stringify(first), 'another seed, other faults');
      a.reset();
      assert.equal(a.requests.length, 0);
      assert.deepEqual(await outcomes(a, 40), first);
      for (const kind of [429, 529, 500, 'drop', 'cut', 200]) assert.ok(first.includes(kind), `${kind} in ${first}`);
      assert.deepEqual(a.faults, { ...a.faults, ...faults });
    }],

    ['chaosFetch: script first, then rates; setFaults changes them; outage answers 529', async () => {
      const chaos = chaosFetch({ script: [{}], faults: { outage: true } });
      assert.deepEqual(await outcomes(chaos, 3), [200, 529, 529]);
      chaos.setFaults({ outage: false, rate500: 1 });
      assert.deepEqual(await outcomes(chaos, 2), [500, 500]);
      assert.equal(chaos.script([{ status: 404 }, {}]), 2);
      assert.deepEqual(await outcomes(chaos, 3), [404, 200, 500]);
    }],

    ['chaosFetch: a dropped connection, a cut body, a stalled body ended by the signal', async () => {
      const chaos = chaosFetch({ script: [{ drop: true }, { drop: { afterBytes: 7 } }, { hang: { afterBytes: 3 } }] });
      await assert.rejects(post(chaos), TypeError);
      const cut = await post(chaos);
      assert.equal(cut.status, 200, 'the real answer\'s headers');
      const reader = cut.body.getReader();
      const first = await reader.read();
      assert.equal(first.value.length, 7, 'the bytes before the cut');
      await assert.rejects(reader.read(), TypeError);
      const controller = new AbortController();
      const stalled = await chaos(`${mockUrl}/v1/messages`, { method: 'POST', body: body(), signal: controller.signal });
      const stalledReader = stalled.body.getReader();
      assert.equal((await stalledReader.read()).value.length, 3);
      setTimeout(() => controller.abort(), 20);
      await assert.rejects(stalledReader.read(), { name: 'AbortError' });
    }],

    ['chaosFetch: a stream cut after a number of events drops or stalls between events', async () => {
      const chaos = chaosFetch({ script: [{ drop: { afterEvents: 4 } }, { hang: { afterEvents: 2 } }] });
      const read = async (reader) => {
        const { value } = await reader.read();
        return new TextDecoder().decode(value);
      };
      const cut = await chaos(`${mockUrl}/v1/messages`, { method: 'POST', body: body({ stream: true }) });
      const reader = cut.body.getReader();
      const before = await read(reader);
      assert.deepEqual(before.split('\n\n').filter(Boolean).map((f) => /^event: (\w+)/.exec(f)[1]),
        ['message_start', 'content_block_start', 'ping', 'content_block_delta'], 'four whole events');
      await assert.rejects(reader.read(), TypeError);
      const controller = new AbortController();
      const stalled = await chaos(`${mockUrl}/v1/messages`, { method: 'POST', body: body({ stream: true }), signal: controller.signal });
      const stalledReader = stalled.body.getReader();
      assert.equal((await read(stalledReader)).split('\n\n').filter(Boolean).length, 2);
      setTimeout(() => controller.abort(), 20);
      await assert.rejects(stalledReader.read(), { name: 'AbortError' });
    }],

    ['chaosFetch: a hang waits for the signal; latency is cut short by it too', async () => {
      const chaos = chaosFetch({ script: [{ hang: true }, { delayMs: 60_000 }] });
      for (let i = 0; i < 2; i++) {
        const controller = new AbortController();
        const started = performance.now();
        const pending = chaos(`${mockUrl}/v1/messages`, { method: 'POST', body: body(), signal: controller.signal });
        setTimeout(() => controller.abort(), 20);
        await assert.rejects(pending, { name: 'AbortError' });
        assert.ok(performance.now() - started < 5_000, 'settled by the abort');
      }
      const gone = AbortSignal.abort();
      await assert.rejects(chaos(`${mockUrl}/v1/messages`, { method: 'POST', body: body(), signal: gone }), { name: 'AbortError' });
    }],

    ['chaosFetch: an error event after N text deltas of a real stream', async () => {
      await resetMock();
      const chaos = chaosFetch({ script: [{ stream: { errorAfter: 2, errorType: 'overloaded_error' } }] });
      const text = await (await post(chaos, { stream: true })).text();
      const events = [...text.matchAll(/^event: (\w+)$/gm)].map(([, name]) => name);
      assert.deepEqual(events, ['message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'error']);
      assert.match(text, /"type":"overloaded_error","message":"Overloaded"/);
    }],

    ['chaosFetch: limits add anthropic-ratelimit-* headers counting down, reset in RFC 3339', async () => {
      const chaos = chaosFetch({ limits: { requests: 2 }, script: [{ status: 429 }] });
      const seen = [];
      for (let i = 0; i < 3; i++) {
        const response = await post(chaos);
        await response.arrayBuffer();
        seen.push(response.headers.get('anthropic-ratelimit-requests-remaining'));
        assert.equal(response.headers.get('anthropic-ratelimit-requests-limit'), '2');
        assert.match(response.headers.get('anthropic-ratelimit-tokens-reset'), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
      assert.deepEqual(seen, ['1', '0', '0']);
    }],

    ['chaosFetch: bad options and steps are a TypeError or RangeError naming them', async () => {
      const bad = [
        [{ seed: 'x' }, TypeError, /options\.seed/],
        [{ fetch: 'fetch' }, TypeError, /options\.fetch/],
        [{ faults: { rate429: 2, rate529: -0.1 } }, RangeError, /options\.faults\.rate529/],
        [{ faults: { streamDelayMs: 5 } }, TypeError, /streamDelayMs is not supported/],
        [{ faults: { rateDrops: 0.1 } }, TypeError, /rateDrops is not a fault/],
        [{ script: [{ status: 600 }] }, RangeError, /options\.script\[0\]\.status must be in 200–599/],
        [{ script: [{ stream: { after: 2 } }] }, TypeError, /stream\.after/],
        [{ limits: { tokens: 5 } }, TypeError, /options\.limits\.tokens/],
        [{ limits: { enforce: true } }, TypeError, /options\.limits\.enforce is not supported/],
        [{ seeds: 1 }, TypeError, /options\.seeds/],
      ];
      for (const [options, kind, message] of bad) {
        const error = assert.throws(() => chaosFetch(options), kind, JSON.stringify(options));
        assert.match(error.message, message);
      }
      assert.throws(() => chaosFetch().script([{ drop: 'yes' }]), TypeError);
    }],

    ['client on chaosFetch: retried through 429 and 529 to the answer; one request went out', async () => {
      await resetMock();
      const events = [];
      const chaos = chaosFetch({ script: [{ status: 429, retryAfterMs: 1 }, { status: 529 }] });
      const c = client(chaos, { logger: (event) => events.push(event) });
      const message = await c.messages.create(params());
      assert.equal(message.type, 'message');
      assert.equal(chaos.requests.length, 3);
      assert.equal((await mockRequests()).length, 1);
      assert.equal(message._request_id, chaos.requests[2].requestId);
      assert.equal(events.filter((e) => e.event === 'request').length, 3, 'three attempts logged');
    }],

    ['client on chaosFetch: each fault gives its typed error, with the request id when an answer came', async () => {
      const expect = [
        [{ status: 429, retryAfter: 2 }, m.RateLimitError, 'req_chaos_1'],
        [{ status: 529 }, m.OverloadedError, 'req_chaos_1'],
        [{ status: 500 }, m.InternalServerError, 'req_chaos_1'],
        [{ status: 400, type: 'invalid_request_error' }, m.BadRequestError, 'req_chaos_1'],
        [{ drop: true }, m.APIConnectionError, null],
      ];
      for (const [step, kind, requestId] of expect) {
        const c = client(chaosFetch({ script: [step] }), { maxRetries: 0, circuitBreaker: false });
        const error = await assert.rejects(c.messages.create(params()), kind, JSON.stringify(step));
        assert.equal(error.requestId, requestId, `${JSON.stringify(step)}: requestId`);
        if (step.status) assert.equal(error.status, step.status);
        if (step.retryAfter) assert.equal(error.retryAfterMs, 2000);
      }
      const hung = client(chaosFetch({ script: [{ hang: true }] }), { maxRetries: 0, timeout: 30, circuitBreaker: false });
      await assert.rejects(hung.messages.create(params()), m.APIConnectionTimeoutError);
      const stalled = client(chaosFetch({ script: [{ hang: { afterBytes: 5 } }] }), { maxRetries: 0, timeout: 50, circuitBreaker: false });
      await assert.rejects(stalled.messages.create(params()), m.APIConnectionTimeoutError, 'a stalled body is cut by the timeout');
    }],

    ['client on chaosFetch: an in-stream error rejects the iteration with its typed error', async () => {
      const c = client(chaosFetch({ script: [{ stream: { errorAfter: 2, errorType: 'overloaded_error' } }] }));
      const stream = c.messages.stream(params());
      const texts = [];
      const error = await assert.rejects((async () => {
        for await (const event of stream) if (event.type === 'content_block_delta') texts.push(event.delta.text);
      })(), m.OverloadedError);
      assert.equal(error.status, 529);
      assert.equal(texts.length, 2, 'the events before the error were handed out');
    }],

    ['client on chaosFetch: its breaker opens under an outage and refuses without a request', async () => {
      const chaos = chaosFetch({ faults: { outage: true } });
      const c = client(chaos, { maxRetries: 0, circuitBreaker: { failureThreshold: 3, recoveryTimeout: 60_000 } });
      for (let i = 0; i < 3; i++) await assert.rejects(c.messages.create(params()), m.OverloadedError);
      await assert.rejects(c.messages.create(params()), m.CircuitOpenError);
      assert.equal(chaos.requests.length, 3, 'the refused call sent nothing');
      assert.equal(c.circuitBreaker.state, 'OPEN');
    }],

    ['client on chaosFetch: limits reach client.rateLimit', async () => {
      const c = client(chaosFetch({ limits: { requests: 10, inputTokens: 100, outputTokens: 50 } }));
      await c.messages.create(params());
      assert.equal(c.rateLimit.requests.limit, 10);
      assert.equal(c.rateLimit.requests.remaining, 9);
      assert.equal(c.rateLimit.outputTokens.remaining, 50 - 32);
      assert.match(c.rateLimit.requests.reset, /Z$/);
    }],

    ['startMockClaude is Node\'s: in a browser it rejects with a TypeError saying so', async () => {
      if (typeof window === 'undefined') {
        assert.equal(typeof testing.startMockClaude, 'function');
        return;
      }
      const error = await assert.rejects(testing.startMockClaude(), TypeError);
      assert.match(error.message, /needs Node/);
      assert.throws(() => testing.createMockClaude(), TypeError);
    }],
  ];
}
