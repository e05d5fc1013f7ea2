// Streams that never hang: the idle watchdog (`streamIdleTimeout`), one deadline for the whole
// call (`totalTimeout`), and the partial answer kept on the error when a stream fails after
// content arrived. Responses are made in-process (responses.mjs), so Node and Chromium see the
// same pauses. Where a deadline must fire "soon", the bound is generous: these assert that it
// fires and which error it gives, not how fast the machine is.

import { KEY, REQUEST_ID, STREAM_HEAD, STREAM_TAIL, answering, params, sse, trickling } from './responses.mjs';

const PING = sse('ping');
const now = () => performance.now();

export default function cases(m, { assert, mockUrl }) {
  const { Anthropic } = m;

  const client = (fetch, extra = {}) =>
    new Anthropic({
      apiKey: KEY, baseURL: mockUrl, fetch, maxRetries: 0, circuitBreaker: false, dangerouslyAllowBrowser: true, ...extra,
    });

  async function drain(stream) {
    const events = [];
    try {
      for await (const event of stream) events.push(event);
    } catch (error) {
      return { events, error };
    }
    return { events, error: null };
  }

  const instant = (texts) => texts.map((text) => [0, text]);
  const textOf = (message) => message?.content?.map((block) => block.text ?? '').join('');

  return [
    ['streamIdleTimeout: a stream that goes quiet after its first events is cut, saying it went idle', async () => {
      const fetch = trickling(instant(STREAM_HEAD), 'stall');
      const started = now();
      const stream = client(fetch, { streamIdleTimeout: 100 }).messages.stream(params());
      const { events, error } = await drain(stream);
      assert.equal(events.length, 3);
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}: ${error?.message}`);
      assert.ok(/idle/.test(error.message), error.message);
      assert.ok(error.message.includes('100 ms'), error.message);
      assert.equal(error.requestId, REQUEST_ID);
      assert.ok(now() - started < 5000, 'the watchdog fired');
      assert.equal(textOf(error.partialMessage), 'Hello', 'the partial answer travels with the error');
    }],

    ['streamIdleTimeout: pings count as life, so a slow but living stream is never cut', async () => {
      const parts = [...instant(STREAM_HEAD), ...Array.from({ length: 8 }, () => [40, PING]), ...instant(STREAM_TAIL)];
      const stream = client(trickling(parts), { streamIdleTimeout: 150 }).messages.stream(params());
      const message = await stream.finalMessage();
      assert.equal(textOf(message), 'Hello');
    }],

    ['streamIdleTimeout: a request\'s null overrides the client\'s, and the default lets a pause of seconds pass', async () => {
      const parts = [...instant(STREAM_HEAD), [250, PING], ...instant(STREAM_TAIL)];
      const watched = client(trickling(parts), { streamIdleTimeout: 60 });
      const cut = await drain(watched.messages.stream(params()));
      assert.ok(cut.error instanceof m.APIConnectionTimeoutError, `the client's 60 ms: got ${cut.error?.name}`);
      const unwatched = await watched.messages.stream(params(), { streamIdleTimeout: null }).finalText();
      assert.equal(unwatched, 'Hello');
      assert.equal(await client(trickling(parts)).messages.stream(params()).finalText(), 'Hello', 'the default');
    }],

    ['streamIdleTimeout and totalTimeout: bad values are refused, naming the option, before any request', async () => {
      const fetch = answering();
      for (const [name, value, kind] of [['streamIdleTimeout', -1, RangeError], ['streamIdleTimeout', '5', TypeError],
        ['totalTimeout', Infinity, RangeError], ['totalTimeout', NaN, RangeError], ['totalTimeout', {}, TypeError]]) {
        let thrown = null;
        try {
          client(fetch, { [name]: value });
        } catch (error) {
          thrown = error;
        }
        assert.ok(thrown instanceof kind, `${name}: ${value} → ${thrown?.name}`);
        assert.ok(thrown.message.includes(name), thrown.message);
        const rejected = await assert.rejects(() => client(fetch).messages.create(params(), { [name]: value }));
        assert.ok(rejected instanceof kind && rejected.message.includes(name), rejected.message);
      }
      assert.equal(fetch.calls, 0);
    }],

    ['totalTimeout: attempts that hang end together at the call\'s deadline, not each at its own timeout', async () => {
      const fetch = answering({ end: 'stall' });
      const started = now();
      const anthropic = client(fetch, { maxRetries: 5, timeout: 60_000, totalTimeout: 200 });
      const error = await assert.rejects(() => anthropic.messages.create(params()));
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}`);
      assert.ok(error.message.includes('totalTimeout'), error.message);
      assert.equal(fetch.calls, 1, 'no retry after the deadline');
      assert.ok(now() - started < 5000);
    }],

    ['totalTimeout: a backoff wait that would overrun it gives up at once with the real error', async () => {
      const fetch = answering({ status: 529, parts: ['{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'] });
      const anthropic = client(fetch, { maxRetries: 10, retry: { baseDelay: 120, jitter: 'none' }, totalTimeout: 300 });
      const started = now();
      const error = await assert.rejects(() => anthropic.messages.create(params()));
      assert.ok(error instanceof m.OverloadedError, `got ${error?.name}`);
      assert.equal(fetch.calls, 2, '120 ms fits the budget, the next 240 ms does not');
      assert.ok(now() - started < 5000);
    }],

    ['totalTimeout: covers fallback models too', async () => {
      const overloaded = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
      let calls = 0;
      const fetch = async (url, init) => {
        calls += 1;
        if (calls === 1) return answering({ status: 529, parts: [overloaded] })(url, init);
        return answering({ end: 'stall' })(url, init);
      };
      const anthropic = client(fetch, { totalTimeout: 200, timeout: 60_000 });
      const error = await assert.rejects(() => anthropic.messages.create(params(), { fallbackModels: ['claude-b', 'claude-c'] }));
      assert.ok(error instanceof m.APIConnectionTimeoutError && error.message.includes('totalTimeout'), error?.message);
      assert.equal(calls, 2, 'the first fallback ran into the deadline; the second never started');
    }],

    ['totalTimeout: bounds a stream to its last event, keeping the partial answer', async () => {
      const parts = [...instant(STREAM_HEAD), ...Array.from({ length: 20 }, () => [30, PING]), ...instant(STREAM_TAIL)];
      const stream = client(trickling(parts), { totalTimeout: 200, streamIdleTimeout: null }).messages.stream(params());
      const { error } = await drain(stream);
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}`);
      assert.ok(error.message.includes('totalTimeout'), error.message);
      assert.equal(textOf(error.partialMessage), 'Hello');
      assert.equal(await assert.rejects(() => stream.finalMessage()), error);
    }],

    ['a request\'s totalTimeout overrides the client\'s; null removes it', async () => {
      const parts = [...instant(STREAM_HEAD), [250, PING], ...instant(STREAM_TAIL)];
      const anthropic = client(trickling(parts), { totalTimeout: 100 });
      assert.equal(await anthropic.messages.stream(params(), { totalTimeout: null }).finalText(), 'Hello');
      const { error } = await drain(anthropic.messages.stream(params(), { totalTimeout: 50 }));
      assert.ok(error instanceof m.APIConnectionTimeoutError && error.message.includes('50 ms'), error?.message);
    }],

    ['partialMessage: an error event or a dropped connection after content keeps what had arrived', async () => {
      const overload = sse('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
      const failed = await drain(client(trickling(instant([...STREAM_HEAD, overload]))).messages.stream(params()));
      assert.ok(failed.error instanceof m.OverloadedError);
      assert.equal(textOf(failed.error.partialMessage), 'Hello');
      assert.equal(failed.error.partialMessage.id, 'msg_reliability_1');
      const dropped = await drain(client(trickling(instant(STREAM_HEAD), 'error')).messages.stream(params()));
      assert.ok(dropped.error instanceof m.APIConnectionError);
      assert.equal(textOf(dropped.error.partialMessage), 'Hello');
      const early = await drain(client(answering({ status: 529, parts: ['{}'] })).messages.stream(params()));
      assert.equal(early.error.partialMessage, undefined, 'nothing had arrived before the first event');
    }],
  ];
}
