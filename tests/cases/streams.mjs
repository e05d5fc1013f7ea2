// Streams that never hang: the idle watchdog (`streamIdleTimeout`), one deadline for the whole
// call (`totalTimeout`), and the partial answer kept on the error when a stream fails after
// content arrived. Responses are made in-process (responses.mjs), so Node and Chromium see the
// same pauses. Where a deadline must fire "soon", the bound is generous: these assert that it
// fires and which error it gives, not how fast the machine is.

import {
  ANSWER, KEY, REQUEST_ID, STREAM_HEAD, STREAM_TAIL, answerPieces, answering, continuing, drain, inProcess, mockControl,
  params, sse, trickling,
} from './responses.mjs';

const PING = sse('ping');
const now = () => performance.now();

export default function cases(m, { assert, mockUrl }) {
  const { Anthropic } = m;

  const client = (fetch, extra = {}) => inProcess(m, mockUrl, fetch, extra);
  const control = mockControl(mockUrl);
  const mockScript = (steps) => control('POST', '/__mock/script', steps);


  const instant = (texts) => texts.map((text) => [0, text]);

  /** A resumable stream over `fetch`: what it handed out, how it ended, and the log. */
  async function resumed(fetch, extra = {}, request = {}) {
    const logs = [];
    const anthropic = client(fetch, {
      resume: true, maxRetries: 4, retry: { baseDelay: 1, maxDelay: 5 }, streamIdleTimeout: 100,
      logger: (event) => logs.push(event), ...extra,
    });
    const stream = anthropic.messages.stream(params(), request);
    const { events, error } = await drain(stream);
    const message = error === null ? await stream.finalMessage() : null;
    return { events, error, message, logs, stream };
  }

  /** The usage the requests of `fetch` reported, added up: what the answer cost. */
  function billed(fetch, cuts) {
    const prefills = fetch.requests.map((body) => (body.messages.at(-1).role === 'assistant' ? body.messages.at(-1).content : ''));
    const input = prefills.reduce((sum, prefill) => sum + 10 + prefill.length, 0);
    const output = cuts.length + answerPieces(ANSWER.slice(prefills.at(-1).length)).length;
    return { input_tokens: input, output_tokens: output };
  }

  /** Asserts `run` is the uninterrupted answer, stitched without gap or repeat. */
  async function assertSeamless(run, fetch, cuts, label) {
    const whole = await client(continuing()).messages.stream(params()).finalMessage();
    assert.equal(run.error, null, `${label}: ${run.error?.name}: ${run.error?.message}`);
    const types = run.events.map((event) => event.type);
    assert.equal(types.filter((type) => type === 'message_start').length, 1, `${label}: one message_start`);
    assert.equal(types.filter((type) => type === 'content_block_start').length, 1, `${label}: one block`);
    assert.equal(types.filter((type) => type === 'message_stop').length, 1, `${label}: one message_stop`);
    const deltas = run.events.filter((event) => event.type === 'content_block_delta');
    assert.ok(deltas.every((event) => event.index === 0), `${label}: every delta continues block 0`);
    assert.equal(deltas.map((event) => event.delta.text).join(''), ANSWER, `${label}: the deltas spell the answer once`);
    assert.equal(run.events[0].message.id, whole.id, `${label}: the first message_start has the final id`);
    assert.equal(run.message.id, whole.id);
    assert.deepEqual(run.message.content, whole.content, `${label}: the blocks of an uninterrupted answer`);
    assert.equal(run.message.stop_reason, 'end_turn');
    assert.deepEqual(run.message.usage, billed(fetch, cuts), `${label}: usage added up`);
    assert.equal(await run.stream.finalText(), ANSWER);
    assert.equal(fetch.requests.length, cuts.length + 1, `${label}: one continuation per cut`);
    for (const body of fetch.requests.slice(1)) {
      const prefill = body.messages.at(-1);
      assert.equal(prefill.role, 'assistant');
      assert.ok(ANSWER.startsWith(prefill.content) && !/\s$/.test(prefill.content), `${label}: prefill ${JSON.stringify(prefill.content)}`);
      assert.deepEqual(body.messages.slice(0, -1), params().messages, `${label}: every other message as sent`);
      assert.equal(body.max_tokens, params().max_tokens);
    }
  }
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

    ['resume off (the default): a stream cut mid-way fails with its partial message and sends nothing more', async () => {
      const fetch = continuing({ cuts: [{ after: 4, kind: 'error' }] });
      const { error } = await drain(client(fetch).messages.stream(params()));
      assert.ok(error instanceof m.OverloadedError);
      assert.equal(textOf(error.partialMessage), answerPieces(ANSWER).slice(0, 4).join(''));
      assert.equal(fetch.requests.length, 1);
    }],

    ['resume: an in-stream overload, a dropped connection and the idle watchdog are each stitched seamlessly', async () => {
      for (const kind of ['error', 'drop', 'stall']) {
        const cuts = [{ after: 5, kind }];
        const fetch = continuing({ cuts });
        const run = await resumed(fetch);
        await assertSeamless(run, fetch, cuts, kind);
        const resumes = run.logs.filter((event) => event.event === 'resume');
        assert.equal(resumes.length, 1, `${kind}: one resume logged`);
        const had = answerPieces(ANSWER).slice(0, 5).join('').length;
        assert.ok(resumes[0].message.includes(`${had} characters`), resumes[0].message);
      }
    }],

    ['resume: several cuts in one answer, some right after whitespace, neither lose nor repeat text', async () => {
      const cuts = [{ after: 3, kind: 'error' }, { after: 1, kind: 'drop' }, { after: 6, kind: 'error' }];
      const fetch = continuing({ cuts });
      await assertSeamless(await resumed(fetch), fetch, cuts, 'three cuts');
      const paragraph = answerPieces(ANSWER).findIndex((piece) => piece.endsWith('\n\n'));
      const atBreak = [{ after: paragraph + 1, kind: 'drop' }];
      const again = continuing({ cuts: atBreak });
      await assertSeamless(await resumed(again), again, atBreak, 'a cut after a blank line');
    }],

    ['resume: not sound with a thinking block in progress, so it fails as without resume', async () => {
      const fetch = continuing({ cuts: [{ after: 0, kind: 'error' }], thinking: true });
      const { error } = await resumed(fetch);
      assert.ok(error instanceof m.OverloadedError, `got ${error?.name}`);
      assert.equal(error.partialMessage.content[0].type, 'thinking');
      assert.equal(fetch.requests.length, 1);
    }],

    ['resume: a refused prefill (400) and the retry limit end it with the partial message', async () => {
      const refusing = async (url, init) => {
        const body = JSON.parse(init.body);
        if (body.messages.at(-1).role === 'assistant') return answering({ status: 400, parts: ['{"type":"error","error":{"type":"invalid_request_error","message":"prefill refused"}}'] })(url, init);
        return continuing({ cuts: [{ after: 2, kind: 'error' }] })(url, init);
      };
      const refused = await resumed(refusing);
      assert.ok(refused.error instanceof m.BadRequestError, `got ${refused.error?.name}`);
      assert.equal(textOf(refused.error.partialMessage), answerPieces(ANSWER).slice(0, 2).join(''));

      const cuts = [{ after: 2, kind: 'error' }, { after: 2, kind: 'error' }, { after: 2, kind: 'error' }];
      const limited = continuing({ cuts });
      const run = await resumed(limited, { maxRetries: 2 });
      assert.ok(run.error instanceof m.OverloadedError, `got ${run.error?.name}`);
      assert.equal(limited.requests.length, 3, 'two continuations, as maxRetries allows');
      assert.equal(textOf(run.error.partialMessage), answerPieces(ANSWER).slice(0, 6).join(''));
    }],

    ['resume: a request option overrides the client, and an abort during the resume wait ends it at once', async () => {
      const off = continuing({ cuts: [{ after: 2, kind: 'error' }] });
      const { error } = await resumed(off, {}, { resume: false });
      assert.ok(error instanceof m.OverloadedError);
      assert.equal(off.requests.length, 1);

      const slow = continuing({ cuts: [{ after: 2, kind: 'drop' }] });
      const controller = new AbortController();
      const started = now();
      const running = resumed(slow, { retry: { baseDelay: 30_000, maxDelay: 60_000, jitter: 'none' }, logger: (event) => {
        if (event.event === 'retry') controller.abort();
      } }, { signal: controller.signal });
      const aborted = await running;
      assert.ok(aborted.error instanceof m.APIUserAbortError, `got ${aborted.error?.name}`);
      assert.ok(now() - started < 5000, 'the 30 s wait did not run');
      assert.equal(slow.requests.length, 1);
      assert.equal(textOf(aborted.error.partialMessage), answerPieces(ANSWER).slice(0, 2).join(''));
    }],

    ['resume: the deadline holds across the continuation', async () => {
      const cuts = [{ after: 2, kind: 'stall' }];
      const fetch = continuing({ cuts });
      const { error } = await resumed(fetch, { totalTimeout: 60, streamIdleTimeout: 1000 });
      assert.ok(error instanceof m.APIConnectionTimeoutError && error.message.includes('totalTimeout'), error?.message);
      assert.equal(fetch.requests.length, 1);
    }],

    ['resume against the project\'s mock: an overload mid-stream is continued into the uninterrupted reply', async () => {
      await control('POST', '/__mock/reset', {});
      const real = new Anthropic({ apiKey: KEY, baseURL: mockUrl, maxRetries: 2, circuitBreaker: false, dangerouslyAllowBrowser: true,
        retry: { baseDelay: 1, maxDelay: 5 } });
      const whole = await real.messages.stream(params()).finalText();
      await mockScript([{ stream: { errorAfter: 3 } }]);
      const stream = real.messages.stream(params(), { resume: true });
      const { events, error } = await drain(stream);
      assert.equal(error, null, `${error?.name}: ${error?.message}`);
      assert.equal(events.filter((event) => event.type === 'message_start').length, 1);
      const text = events.filter((event) => event.type === 'content_block_delta').map((event) => event.delta.text).join('');
      assert.equal(text, whole, 'the stitched deltas spell the uninterrupted reply');
      assert.equal(await stream.finalText(), whole);
      const refused = await mockScript([]).then(() =>
        real.messages.create(params({ messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'Mock ' }] })))
        .then(() => null, (failure) => failure);
      assert.ok(refused instanceof m.BadRequestError, `a prefill ending in whitespace: ${refused?.name}`);
    }],

    ['resume against the project\'s mock: a connection dropped or stalled between events, at several cuts, is continued into the uninterrupted reply', async () => {
      await control('POST', '/__mock/reset', {});
      const logged = [];
      const real = new Anthropic({ apiKey: KEY, baseURL: mockUrl, maxRetries: 2, circuitBreaker: false, dangerouslyAllowBrowser: true,
        retry: { baseDelay: 1, maxDelay: 5 }, streamIdleTimeout: 200, logger: (event) => logged.push(event) });
      const whole = await real.messages.stream(params()).finalMessage();
      let resumes = 0;
      // 4: right after the first text delta; 5 and 9: further into the answer.
      for (const afterEvents of [4, 5, 9]) {
        for (const cut of [{ drop: { afterEvents } }, { hang: { afterEvents } }]) {
          const what = JSON.stringify(cut);
          await mockScript([cut]);
          logged.length = 0;
          const stream = real.messages.stream(params(), { resume: true });
          const { events, error } = await drain(stream);
          assert.equal(error, null, `${what}: ${error?.name}: ${error?.message}`);
          const text = events.filter((event) => event.type === 'content_block_delta').map((event) => event.delta.text).join('');
          assert.equal(text, whole.content[0].text, `${what}: the deltas neither repeat nor lose text`);
          const message = await stream.finalMessage();
          assert.deepEqual(message.content, whole.content, what);
          assert.equal(message.stop_reason, 'end_turn', what);
          assert.equal(events.filter((event) => event.type === 'message_start').length, 1, what);
          const [cutRequest, continuation] = (await control('GET', '/__mock/requests')).slice(-2);
          assert.deepEqual(cutRequest.fault, cut, `${what}: the scripted cut`);
          assert.equal(continuation.fault, null, `${what}: then a clean continuation`);
          // A browser's fetch may drop what it had buffered when the connection fails: a drop
          // that lands before any text is read asks for the whole reply again, as a stream with
          // nothing to keep does; one after text goes on from it.
          const had = logged.filter((event) => event.event === 'resume')
            .map((event) => Number(/after (\d+) characters/.exec(event.message)?.[1] ?? 0));
          assert.ok(had.length <= 1, `${what}: one cut, one resume`);
          const resumed = had.length === 1 && had[0] > 0;
          resumes += resumed ? 1 : 0;
          assert.equal(continuation.body.messages.at(-1).role, resumed ? 'assistant' : 'user',
            `${what}: ${resumed ? 'a prefill continuation' : 'the request again'}`);
        }
      }
      assert.ok(resumes >= 3, `${resumes} of 6 cuts resumed: every stall after text must`);
    }],
  ];
}
