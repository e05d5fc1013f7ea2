// The client under faults the host itself gets wrong: bodies that never finish (a fetch that
// ignores the abort), connections that fail after the headers, user objects that throw inside
// async work, impostor signals and breakers, and listeners left on a shared signal. Each
// response is made in-process by a `fetch` handed to the client, so the same faults reach Node
// and a browser page alike; the client never reaches the network here.

import {
  REQUEST_ID, MESSAGE, STREAM_HEAD, STREAM_TAIL, answering, drain, inProcess, params, sse,
} from './responses.mjs';

/** A real AbortSignal that counts the `abort` listeners attached to it and still attached. */
function countedSignal() {
  const signal = new AbortController().signal;
  const live = new Set();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (type, listener, options) => {
    if (type === 'abort') live.add(listener);
    add(type, listener, options);
  };
  signal.removeEventListener = (type, listener, options) => {
    if (type === 'abort') live.delete(listener);
    remove(type, listener, options);
  };
  return { signal, live: () => live.size };
}

/** Lets pending promise reactions and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

export default function cases(m, { assert, mockUrl }) {
  const { retryWithBackoff } = m;

  const client = (fetch, extra = {}) => inProcess(m, mockUrl, fetch, extra);


  function carriesResponse(error, label) {
    assert.equal(error.requestId, REQUEST_ID, `${label}: requestId`);
    assert.ok(error.headers instanceof Headers, `${label}: headers should be the response's Headers`);
    assert.equal(error.headers.get('request-id'), REQUEST_ID, `${label}: headers`);
  }

  return [
    ['create: a body that never finishes is cut at the timeout, with the request id', async () => {
      const fetch = answering({ parts: ['{"id":"msg_'], end: 'stall' });
      const error = await assert.rejects(() => client(fetch, { timeout: 150 }).messages.create(params()));
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}: ${error?.message}`);
      carriesResponse(error, 'timeout');
      assert.equal(fetch.calls, 1);
    }],

    ['create: a stalled body is retried like any timeout, and each attempt is cut', async () => {
      const fetch = answering({ parts: [], end: 'stall' });
      const anthropic = client(fetch, { timeout: 100, maxRetries: 1, retry: { baseDelay: 1, maxDelay: 1 } });
      const error = await assert.rejects(() => anthropic.messages.create(params()));
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}`);
      assert.equal(fetch.calls, 2, 'a timeout is retried');
    }],

    ['stream: a stall before the first event is cut at the timeout', async () => {
      const fetch = answering({ parts: [], end: 'stall', contentType: 'text/event-stream' });
      const { events, error } = await drain(client(fetch, { timeout: 150 }).messages.stream(params()));
      assert.equal(events.length, 0);
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}`);
      carriesResponse(error, 'stream timeout');
    }],

    ['stream: with the idle watchdog off, a stall after the first event is still cut by the attempt timeout', async () => {
      const fetch = answering({ parts: STREAM_HEAD, end: 'stall', contentType: 'text/event-stream' });
      const stream = client(fetch, { timeout: 150, streamIdleTimeout: null }).messages.stream(params());
      const { events, error } = await drain(stream);
      assert.deepEqual(events.map((e) => e.type), ['message_start', 'content_block_start', 'content_block_delta']);
      assert.ok(error instanceof m.APIConnectionTimeoutError, `got ${error?.name}`);
      carriesResponse(error, 'mid-stream timeout');
      assert.equal(stream.requestId, REQUEST_ID);
      const final = await assert.rejects(() => stream.finalMessage());
      assert.equal(final, error, 'finalMessage() rejects with the same error');
    }],

    ['create: a connection dropped mid-body fails with APIConnectionError carrying the response', async () => {
      const fetch = answering({ parts: ['{"id":"msg_'], end: 'error' });
      const error = await assert.rejects(() => client(fetch).messages.create(params()));
      assert.ok(error instanceof m.APIConnectionError, `got ${error?.name}`);
      assert.ok(!(error instanceof m.APIConnectionTimeoutError));
      carriesResponse(error, 'dropped body');
    }],

    ['stream: a connection dropped mid-stream fails with APIConnectionError carrying the response', async () => {
      const fetch = answering({ parts: STREAM_HEAD, end: 'error', contentType: 'text/event-stream' });
      const { events, error } = await drain(client(fetch).messages.stream(params()));
      assert.equal(events.length, 3);
      assert.ok(error instanceof m.APIConnectionError, `got ${error?.name}`);
      carriesResponse(error, 'dropped stream');
    }],

    ['stream: an error event mid-stream carries the response headers', async () => {
      const failing = sse('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
      const fetch = answering({ parts: [...STREAM_HEAD, failing], contentType: 'text/event-stream' });
      const { error } = await drain(client(fetch).messages.stream(params()));
      assert.ok(error instanceof m.OverloadedError, `got ${error?.name}`);
      carriesResponse(error, 'error event');
    }],

    ['stream: a truncated event stream fails with the response headers', async () => {
      const fetch = answering({ parts: [STREAM_HEAD[0], 'event: content_block_start\ndata: {"ty'], contentType: 'text/event-stream' });
      const { error } = await drain(client(fetch).messages.stream(params()));
      assert.ok(error instanceof m.APIError, `got ${error?.name}`);
      carriesResponse(error, 'truncated stream');
    }],

    ['a params getter that throws while a fallback body is built rejects with what it threw', async () => {
      const thrown = new Error('params getter failed');
      let reads = 0;
      const tricky = params();
      Object.defineProperty(tricky, 'messages', {
        enumerable: true,
        get() {
          reads += 1;
          if (reads > 1) throw thrown;
          return [{ role: 'user', content: 'hello' }];
        },
      });
      const overloaded = answering({ status: 529, parts: ['{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'] });
      const error = await assert.rejects(() => client(overloaded).messages.create(tricky, { fallbackModels: ['claude-other'] }));
      assert.equal(error, thrown);
      assert.equal(overloaded.calls, 1, 'the fallback request is never sent');
    }],

    ['stream: a params proxy that throws rejects the iteration with what it threw', async () => {
      const thrown = new Error('proxy trap failed');
      const base = params();
      const tricky = new Proxy(base, {
        ownKeys() {
          throw thrown;
        },
      });
      const fetch = answering({ parts: [...STREAM_HEAD, ...STREAM_TAIL], contentType: 'text/event-stream' });
      const stream = client(fetch).messages.stream(tricky);
      const { error } = await drain(stream);
      assert.equal(error, thrown);
      assert.equal(await assert.rejects(() => stream.finalText()), thrown);
      assert.equal(fetch.calls, 0);
    }],

    ['a params toJSON that throws rejects create() with what it threw', async () => {
      const thrown = new RangeError('toJSON failed');
      const fetch = answering({ parts: ['{}'] });
      const error = await assert.rejects(() => client(fetch).messages.create(params({ toJSON() { throw thrown; } })));
      assert.equal(error, thrown);
      assert.equal(fetch.calls, 0);
    }],

    ['an object that only inherits from AbortSignal is refused as a signal, before any work', async () => {
      const fake = Object.create(AbortSignal.prototype);
      const fetch = answering({ parts: ['{}'] });
      const anthropic = client(fetch);
      const named = (error, label) => {
        assert.ok(error instanceof TypeError, `${label}: got ${error?.name}: ${error?.message}`);
        assert.ok(String(error.message).includes('signal'), `${label}: ${error.message}`);
      };
      named(await assert.rejects(() => anthropic.messages.create(params(), { signal: fake })), 'create');
      named(await assert.rejects(() => anthropic.messages.countTokens(params(), { signal: fake })), 'countTokens');
      let streamError = null;
      try {
        anthropic.messages.stream(params(), { signal: fake });
      } catch (error) {
        streamError = error;
      }
      named(streamError, 'stream');
      let ran = 0;
      named(await assert.rejects(() => retryWithBackoff(() => { ran += 1; }, { signal: fake })), 'retryWithBackoff');
      assert.equal(ran, 0);
      assert.equal(fetch.calls, 0);
    }],

    ['a circuitBreaker whose call returns no promise rejects with a TypeError', async () => {
      const fetch = answering({ parts: ['{}'] });
      const anthropic = client(fetch, { circuitBreaker: { call: () => 42, state: 'CLOSED' } });
      const error = await assert.rejects(() => anthropic.messages.create(params()));
      assert.ok(error instanceof TypeError, `got ${error?.name}: ${error}`);
      assert.ok(error.message.includes('circuitBreaker.call'), error.message);
    }],

    ['a circuitBreaker whose call throws rejects with what it threw', async () => {
      const thrown = new Error('breaker failed');
      const anthropic = client(answering(), { circuitBreaker: { call() { throw thrown; }, state: 'CLOSED' } });
      assert.equal(await assert.rejects(() => anthropic.messages.create(params())), thrown);
    }],

    ['retry log events say why each wait: the server asked, the backoff, the open circuit', async () => {
      const answers = [
        [429, { 'retry-after-ms': '5' }],
        [529, {}],
        [500, {}],
        [200, {}],
      ];
      const fetch = async () => {
        const [status, headers] = answers.shift();
        const body = status === 200 ? JSON.stringify(MESSAGE) : '{"type":"error","error":{"type":"api_error","message":"x"}}';
        return new Response(body, { status, headers: { 'content-type': 'application/json', 'request-id': REQUEST_ID, ...headers } });
      };
      const events = [];
      const anthropic = client(fetch, {
        maxRetries: 4,
        retry: { baseDelay: 1, maxDelay: 1000, jitter: 'none' },
        circuitBreaker: { failureThreshold: 2, recoveryTimeout: 30 },
        logger: (event) => events.push(event),
      });
      assert.equal((await anthropic.messages.create(params())).id, MESSAGE.id);
      const why = events.filter((e) => e.event === 'retry').map((e) => e.message);
      assert.deepEqual(why, [
        'waiting as the server asked (retry-after)',
        'waiting out the backoff',
        'waiting out the backoff',
        'waiting for the circuit to admit calls again',
      ]);
    }],

    ['a shared signal keeps no listener once streams end, break, abort or fail, or calls settle', async () => {
      const { signal, live } = countedSignal();
      const full = [...STREAM_HEAD, ...STREAM_TAIL];
      const streaming = (parts, end = 'close') => client(answering({ parts, end, contentType: 'text/event-stream' }));

      const ended = streaming(full).messages.stream(params(), { signal });
      assert.equal((await drain(ended)).error, null);
      assert.equal(live(), 0, 'after a stream read to its end');

      const left = streaming(full).messages.stream(params(), { signal });
      for await (const event of left) if (event.type === 'message_start') break;
      assert.equal(live(), 0, 'after a for-await left with break');

      const aborted = streaming(STREAM_HEAD, 'stall').messages.stream(params(), { signal });
      const pending = drain(aborted);
      await settle();
      aborted.abort();
      const { error } = await pending;
      assert.ok(error instanceof m.APIUserAbortError, `abort(): got ${error?.name}`);
      assert.equal(live(), 0, 'after abort()');

      const failed = streaming(STREAM_HEAD, 'error').messages.stream(params(), { signal });
      assert.ok((await drain(failed)).error instanceof m.APIConnectionError);
      assert.equal(live(), 0, 'after a stream failed mid-way');

      const refused = client(answering({ status: 529, parts: ['{}'] })).messages.stream(params(), { signal });
      assert.ok((await drain(refused)).error instanceof m.OverloadedError);
      assert.equal(live(), 0, 'after a stream failed before its first event');

      const unread = streaming(full).messages.stream(params(), { signal });
      assert.equal((await unread.finalMessage()).id, MESSAGE.id);
      assert.equal(live(), 0, 'after finalMessage()');

      await client(answering({ parts: [JSON.stringify({ ...MESSAGE, content: [] })] })).messages.create(params(), { signal });
      await assert.rejects(() => client(answering({ status: 500, parts: ['{}'] })).messages.create(params(), { signal }));
      await settle();
      assert.equal(live(), 0, 'after create() calls settled');
    }],
  ];
}
