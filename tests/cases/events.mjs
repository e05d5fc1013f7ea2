// The official SDK's stream API on the package's stream: MessageStream's events, in the SDK's
// order and argument shapes, its accessors, listeners beside `for await`, failures with and
// without anyone listening, abort and `break`; and `create({ stream: true })`, the SDK's
// `Stream` of raw events, with the retries, the watchdog and resume of the stream underneath.
// Responses are made in-process (responses.mjs) but for the retry case, which uses the mock.

import {
  ANSWER, KEY, MESSAGE, REQUEST_ID, STREAM_HEAD, STREAM_TAIL, answering, continuing, drain, inProcess, mockControl, params, sse,
  trickling,
} from './responses.mjs';

export const EVENTS = ['connect', 'streamEvent', 'text', 'citation', 'inputJson', 'thinking', 'signature', 'contentBlock', 'message',
  'finalMessage', 'error', 'abort', 'end'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const instant = (texts) => texts.map((text) => [0, text]);
const start = (index, block) => sse('content_block_start', { index, content_block: block });
const delta = (index, value) => sse('content_block_delta', { index, delta: value });
const stop = (index) => sse('content_block_stop', { index });
const ending = (reason) => [
  sse('message_delta', { delta: { stop_reason: reason, stop_sequence: null }, usage: { output_tokens: 9 } }), sse('message_stop'),
];

export const TOOL_INPUT = ['{"location": "San', ' Francisco, CA"', ', "unit": "c', 'elsius"}'];
export const TOOL_USE = [
  sse('message_start', { message: MESSAGE }),
  start(0, { type: 'text', text: '' }), delta(0, { type: 'text_delta', text: 'Let me check.' }), stop(0),
  start(1, { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} }),
  ...TOOL_INPUT.map((partial_json) => delta(1, { type: 'input_json_delta', partial_json })), stop(1),
  ...ending('tool_use'),
];
export const THINKING = [
  sse('message_start', { message: MESSAGE }),
  start(0, { type: 'thinking', thinking: '', signature: '' }),
  delta(0, { type: 'thinking_delta', thinking: 'Count' }), delta(0, { type: 'thinking_delta', thinking: ' the rs.' }),
  delta(0, { type: 'signature_delta', signature: 'sig_1' }), stop(0),
  start(1, { type: 'text', text: '' }), delta(1, { type: 'text_delta', text: 'Three.' }), stop(1),
  ...ending('end_turn'),
];
export const CITATION = { type: 'char_location', cited_text: 'The grass is green.', document_index: 0, start_char_index: 0, end_char_index: 19 };
export const CITATIONS = [
  sse('message_start', { message: MESSAGE }),
  start(0, { type: 'text', text: '', citations: [] }),
  delta(0, { type: 'citations_delta', citation: CITATION }), delta(0, { type: 'text_delta', text: 'the grass is green' }), stop(0),
  ...ending('end_turn'),
];
export const OVERLOAD = sse('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });

/** Every emission of every event of `stream`, in order, its arguments copied as they were then. */
function record(stream) {
  const log = [];
  const copy = (value) => (value === undefined || value instanceof Error ? value : JSON.parse(JSON.stringify(value)));
  for (const name of EVENTS) stream.on(name, (...args) => log.push([name, ...args.map(copy)]));
  return log;
}
const names = (log) => log.map(([name, arg]) => (name === 'streamEvent' ? `streamEvent:${arg.type}` : name));
const TEXT_ORDER = ['connect', 'streamEvent:message_start', 'streamEvent:content_block_start', 'streamEvent:content_block_delta',
  'text', 'streamEvent:content_block_stop', 'contentBlock', 'streamEvent:message_delta', 'streamEvent:message_stop', 'message',
  'finalMessage', 'end'];

/** Unhandled rejections and uncaught errors seen until `stop()`, in Node and in a page alike. */
function watchUnhandled() {
  const seen = [];
  const onRejection = (reason) => seen.push(reason);
  const onEvent = (event) => seen.push(event.reason ?? event.error);
  globalThis.process?.on?.('unhandledRejection', onRejection);
  globalThis.process?.on?.('uncaughtException', onRejection);
  globalThis.addEventListener?.('unhandledrejection', onEvent);
  globalThis.addEventListener?.('error', onEvent);
  return {
    seen,
    stop() {
      globalThis.process?.off?.('unhandledRejection', onRejection);
      globalThis.process?.off?.('uncaughtException', onRejection);
      globalThis.removeEventListener?.('unhandledrejection', onEvent);
      globalThis.removeEventListener?.('error', onEvent);
    },
  };
}

export default function cases(m, { assert, mockUrl }) {
  const client = (fetch, extra = {}) => inProcess(m, mockUrl, fetch, extra);
  const streamOf = (texts, end, extra) => client(trickling(instant(texts), end), extra).messages.stream(params());

  /** Settles once `stream` has ended, however it ended. */
  const settled = (stream) => stream.done().catch(() => {});

  return [
    ['MessageStream: with only .on() and done(), every event fires, in the SDK\'s order and shapes', async () => {
      const stream = streamOf([...STREAM_HEAD, sse('ping'), ...STREAM_TAIL]);
      assert.equal(stream.request_id, undefined, 'request_id: undefined before the response');
      assert.equal(stream.requestId, null);
      assert.equal(stream.response, undefined);
      const log = record(stream);
      const snapshots = [];
      stream.on('streamEvent', (event, snapshot) => snapshots.push([snapshot, stream.currentMessage]));
      await stream.done();
      assert.deepEqual(names(log), TEXT_ORDER);
      const [, text, textSnapshot] = log.find(([name]) => name === 'text');
      assert.deepEqual([text, textSnapshot], ['Hello', 'Hello']);
      assert.ok(snapshots.every(([snapshot]) => snapshot === snapshots[0][0]), 'one snapshot object, mutated in place');
      assert.equal(snapshots[0][1], undefined, 'currentMessage is set after the streamEvent of message_start, as the SDK\'s');
      assert.ok(snapshots.slice(1).every(([snapshot, current]) => current === snapshot), 'currentMessage is the snapshot while it streams');
      assert.deepEqual(log.find(([name]) => name === 'contentBlock')[1], { type: 'text', text: 'Hello' });
      const [, message] = log.find(([name]) => name === 'message');
      assert.equal(message.stop_reason, 'end_turn');
      assert.deepEqual(message.content, [{ type: 'text', text: 'Hello' }]);
      const final = await stream.finalMessage();
      assert.deepEqual(log.find(([name]) => name === 'finalMessage')[1], JSON.parse(JSON.stringify(final)));
      assert.equal(final._request_id, REQUEST_ID);
      assert.equal(await stream.finalText(), 'Hello');
      assert.equal(stream.currentMessage, undefined, 'currentMessage: undefined once the stream ended, as the SDK\'s');
      assert.deepEqual(stream.receivedMessages, [final]);
      assert.deepEqual(stream.messages, [...params().messages, final], 'messages: the request\'s, then the reply');
      assert.deepEqual([stream.ended, stream.errored, stream.aborted], [true, false, false]);
      assert.equal(stream.request_id, REQUEST_ID);
      assert.equal(stream.requestId, REQUEST_ID, 'the package\'s requestId beside the SDK\'s request_id');
      assert.ok(stream.controller instanceof AbortController);
    }],

    ['MessageStream: tool use gives inputJson (partialJson, jsonSnapshot) with the input parsed so far', async () => {
      const stream = streamOf(TOOL_USE);
      const log = record(stream);
      const blocks = [];
      stream.on('contentBlock', (block) => blocks.push(block.type));
      const final = await stream.finalMessage();
      assert.deepEqual(log.filter(([name]) => name === 'inputJson').map(([, partial, snapshot]) => [partial, snapshot]), [
        [TOOL_INPUT[0], {}],
        [TOOL_INPUT[1], { location: 'San Francisco, CA' }],
        [TOOL_INPUT[2], { location: 'San Francisco, CA' }],
        [TOOL_INPUT[3], { location: 'San Francisco, CA', unit: 'celsius' }],
      ]);
      assert.deepEqual(blocks, ['text', 'tool_use']);
      assert.deepEqual(final.content[1], { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'San Francisco, CA', unit: 'celsius' } });
      assert.equal(final.stop_reason, 'tool_use');
      assert.deepEqual(log.filter(([name]) => name === 'text').map(([, text]) => text), ['Let me check.']);
    }],

    ['MessageStream: thinking (delta, snapshot), signature (signature) and citation (citation, citationsSnapshot)', async () => {
      const thinking = streamOf(THINKING);
      const log = record(thinking);
      await thinking.done();
      assert.deepEqual(log.filter(([name]) => name === 'thinking').map(([, d, s]) => [d, s]), [['Count', 'Count'], [' the rs.', 'Count the rs.']]);
      assert.deepEqual(log.filter(([name]) => name === 'signature').map(([, s]) => s), ['sig_1']);
      assert.deepEqual((await thinking.finalMessage()).content[0], { type: 'thinking', thinking: 'Count the rs.', signature: 'sig_1' });
      assert.equal(await thinking.finalText(), 'Three.');

      const cited = streamOf(CITATIONS);
      const citations = record(cited);
      await cited.done();
      assert.deepEqual(citations.filter(([name]) => name === 'citation').map(([, c, s]) => [c, s]), [[CITATION, [CITATION]]]);
      assert.deepEqual((await cited.finalMessage()).content[0].citations, [CITATION]);
    }],

    ['MessageStream: for await and listeners together each see every event; another for await after the end sees none', async () => {
      const stream = streamOf([...STREAM_HEAD, ...STREAM_TAIL]);
      const heard = [];
      stream.on('streamEvent', (event) => heard.push(event));
      const { events, error } = await drain(stream);
      assert.equal(error, null);
      assert.deepEqual(events.map((e) => e.type), heard.map((e) => e.type));
      assert.equal(events.length, 6);
      assert.deepEqual(events, heard);
      assert.deepEqual((await drain(stream)).events, [], 'ended: nothing more to iterate');
    }],

    ['MessageStream: the first for await gets every event from the start, however late it starts before the end', async () => {
      const stream = streamOf(STREAM_HEAD, 'stall', { streamIdleTimeout: null, timeout: 60_000 });
      await stream.withResponse();
      await stream.emitted('text');
      const types = [];
      await assert.rejects(async () => {
        for await (const event of stream) {
          types.push(event.type);
          if (types.length === 3) stream.abort();
        }
      }, m.APIUserAbortError);
      assert.deepEqual(types, ['message_start', 'content_block_start', 'content_block_delta']);
      const ended = streamOf([...STREAM_HEAD, ...STREAM_TAIL]);
      await ended.done();
      assert.deepEqual((await drain(ended)).events, [], 'after the end, as the SDK\'s: nothing kept to iterate');
      const failed = await drain(streamOf([...STREAM_HEAD, OVERLOAD], 'close', {}).on('end', () => {}));
      assert.ok(failed.error instanceof m.OverloadedError, `got ${failed.error?.name}`);
    }],

    ['MessageStream: a failure mid-stream emits error (the typed error, with partialMessage) then end; done() rejects with it', async () => {
      const stream = streamOf([...STREAM_HEAD, OVERLOAD]);
      const log = record(stream);
      const error = await assert.rejects(() => stream.done());
      assert.ok(error instanceof m.OverloadedError, `got ${error?.name}`);
      assert.equal(error.status, 529);
      assert.equal(error.partialMessage.content[0].text, 'Hello');
      assert.deepEqual(names(log).slice(-3), ['text', 'error', 'end']);
      assert.equal(log.find(([name]) => name === 'error')[1], error);
      assert.ok(!names(log).includes('finalMessage') && !names(log).includes('message'));
      assert.deepEqual([stream.ended, stream.errored, stream.aborted], [true, true, false]);
      assert.equal(await assert.rejects(() => stream.finalMessage()), error);
      assert.equal(await assert.rejects(() => stream.finalText()), error);
    }],

    ['MessageStream: a failure nobody listens to or awaits escapes nowhere; done() later rejects with it', async () => {
      const watch = watchUnhandled();
      try {
        const before = client(answering({ status: 400, parts: ['{"type":"error","error":{"type":"invalid_request_error","message":"no"}}'] }))
          .messages.stream(params());
        const after = streamOf([...STREAM_HEAD, OVERLOAD]);
        const stalled = streamOf(STREAM_HEAD, 'stall', { streamIdleTimeout: 30 });
        const aborted = streamOf(STREAM_HEAD, 'stall');
        aborted.abort();
        while (![before, after, stalled, aborted].every((s) => s.ended)) await sleep(10);
        await sleep(50);
        assert.deepEqual(watch.seen, [], 'nothing unhandled');
        assert.ok((await assert.rejects(() => before.done())) instanceof m.BadRequestError);
        assert.ok((await assert.rejects(() => after.finalMessage())) instanceof m.OverloadedError);
        assert.ok((await assert.rejects(() => stalled.finalText())) instanceof m.APIConnectionTimeoutError);
        assert.ok((await assert.rejects(() => aborted.done())) instanceof m.APIUserAbortError);
      } finally {
        watch.stop();
      }
    }],

    ['MessageStream: abort() emits abort (APIUserAbortError) then end, no error; the connection is cut at once', async () => {
      const stream = streamOf(STREAM_HEAD, 'stall', { streamIdleTimeout: null, timeout: 60_000 });
      const log = record(stream);
      await stream.emitted('text');
      const started = performance.now();
      stream.abort();
      const error = await assert.rejects(() => stream.done(), m.APIUserAbortError);
      assert.ok(performance.now() - started < 2000, 'promptly, though the body never ends');
      assert.deepEqual(names(log).slice(-2), ['abort', 'end']);
      assert.equal(log.at(-2)[1], error);
      assert.ok(!names(log).includes('error'));
      assert.deepEqual([stream.ended, stream.errored, stream.aborted], [true, true, true]);
      assert.ok(stream.controller.signal.aborted);
    }],

    ['MessageStream: break in for await aborts the stream and releases the connection', async () => {
      const stream = streamOf(STREAM_HEAD, 'stall', { streamIdleTimeout: null, timeout: 60_000 });
      const log = record(stream);
      for await (const event of stream) if (event.type === 'content_block_delta') break;
      await assert.rejects(() => stream.done(), m.APIUserAbortError);
      assert.deepEqual(names(log).slice(-2), ['abort', 'end']);
      assert.ok(stream.aborted);
    }],

    ['MessageStream: once fires once, off removes, emitted resolves with the first argument or rejects on error', async () => {
      const stream = streamOf([...STREAM_HEAD, delta(0, { type: 'text_delta', text: ' there' }), ...STREAM_TAIL]);
      const once = [];
      const removed = [];
      const off = (text) => removed.push(text);
      stream.once('text', (text) => once.push(text)).on('text', off).off('text', off);
      const message = stream.emitted('message');
      const connected = stream.emitted('connect');
      assert.equal(await connected, undefined);
      assert.equal((await message).content[0].text, 'Hello there');
      await stream.done();
      assert.deepEqual(once, ['Hello']);
      assert.deepEqual(removed, []);

      const failing = streamOf([...STREAM_HEAD, OVERLOAD]);
      await assert.rejects(() => failing.emitted('finalMessage'), m.OverloadedError);
      assert.ok((await streamOf([...STREAM_HEAD, OVERLOAD]).emitted('error')) instanceof m.OverloadedError);
    }],

    ['MessageStream: a listener that throws fails the stream with what it threw and releases the connection', async () => {
      const thrown = new Error('listener failed');
      const stream = streamOf(STREAM_HEAD, 'stall', { streamIdleTimeout: null, timeout: 60_000 });
      const log = record(stream);
      stream.on('text', () => {
        throw thrown;
      });
      const started = performance.now();
      assert.equal(await assert.rejects(() => stream.done()), thrown);
      assert.ok(performance.now() - started < 2000);
      assert.deepEqual(names(log).slice(-2), ['error', 'end']);
      assert.ok(stream.errored && !stream.aborted);
    }],

    ['MessageStream: withResponse() gives { data, response, request_id }; toReadableStream() the events as JSON lines', async () => {
      const stream = streamOf([...STREAM_HEAD, ...STREAM_TAIL]);
      const { data, response, request_id } = await stream.withResponse();
      assert.equal(data, stream);
      assert.ok(response instanceof Response);
      assert.equal(response.status, 200);
      assert.equal(request_id, REQUEST_ID);
      assert.equal(stream.response, response);

      const lines = [];
      const reader = streamOf([...STREAM_HEAD, ...STREAM_TAIL]).toReadableStream().getReader();
      const decoder = new TextDecoder();
      let text = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
      lines.push(...text.split('\n'));
      assert.equal(lines.pop(), '', 'each event ends with a newline');
      assert.deepEqual(lines.map((line) => JSON.parse(line).type), ['message_start', 'content_block_start', 'content_block_delta',
        'content_block_stop', 'message_delta', 'message_stop']);
      const failed = await assert.rejects(() => client(answering({ status: 401, parts: ['{}'] })).messages.stream(params()).withResponse());
      assert.ok(failed instanceof m.AuthenticationError);
    }],

    ['MessageStream.fromReadableStream: another stream\'s toReadableStream() gives the same events, snapshots and final message', async () => {
      const { MessageStream } = m.Anthropic;
      const original = streamOf(TOOL_USE);
      const theirs = record(original);
      const ours = MessageStream.fromReadableStream(original.toReadableStream());
      assert.ok(ours instanceof MessageStream);
      const log = record(ours);
      const [final] = await Promise.all([ours.finalMessage(), original.done()]);
      assert.deepEqual(log, theirs.filter(([name]) => name !== 'connect'), 'every emission but connect, which went out before anyone listened');
      assert.deepEqual(JSON.parse(JSON.stringify(final)), JSON.parse(JSON.stringify(await original.finalMessage())));
      assert.deepEqual(final.content[1].input, { location: 'San Francisco, CA', unit: 'celsius' });
      assert.equal(final.parsed_output, null);
      assert.equal(await ours.finalText(), 'Let me check.');
      assert.deepEqual(ours.messages, [final], 'messages: only what it received');
      assert.deepEqual([ours.response, ours.request_id, ours.ended, ours.errored], [null, undefined, true, false]);
      await assert.rejects(() => ours.withResponse(), /Could not resolve a `Response` object/);
    }],

    ['MessageStream.fromReadableStream: text or bytes split anywhere; a line that is not JSON fails it; abort() cancels the source', async () => {
      const { MessageStream } = m.Anthropic;
      const lines = [...STREAM_HEAD, ...STREAM_TAIL].map((event) => `${JSON.stringify(JSON.parse(/data: (.*)/.exec(event)[1]))}\r\n`).join('');
      const bytes = new TextEncoder().encode(lines);
      const chunked = (chunks) => new ReadableStream({ start(controller) { for (const chunk of chunks) controller.enqueue(chunk); controller.close(); } });
      for (const at of [1, 17, bytes.length - 3]) {
        const stream = MessageStream.fromReadableStream(chunked([bytes.slice(0, at), bytes.slice(at)]));
        assert.equal(await stream.finalText(), 'Hello', `bytes split at ${at}`);
      }
      assert.equal(await MessageStream.fromReadableStream(chunked([lines.slice(0, 9), lines.slice(9)])).finalText(), 'Hello', 'text chunks');

      const broken = MessageStream.fromReadableStream(chunked([lines.split('\n')[0], '\n{"type": nope\n']));
      const failure = await assert.rejects(() => broken.done());
      assert.ok(failure instanceof m.APIError, `${failure?.name}`);
      assert.equal(broken.errored, true);

      let cancelled = false;
      const source = new ReadableStream({
        start(controller) { controller.enqueue(bytes.slice(0, 40)); },
        cancel() { cancelled = true; },
      });
      const hanging = MessageStream.fromReadableStream(source);
      const events = [];
      hanging.on('abort', (error) => events.push(['abort', error.name])).on('end', () => events.push(['end']));
      await sleep(20);
      hanging.abort();
      await assert.rejects(() => hanging.done(), m.APIUserAbortError);
      await sleep(0);
      assert.deepEqual(events, [['abort', 'APIUserAbortError'], ['end']]);
      assert.equal(cancelled, true, 'the source is cancelled');

      for (const bad of [undefined, null, 'lines', {}, { getReader: 1 }]) {
        const error = assert.throws(() => MessageStream.fromReadableStream(bad), TypeError);
        assert.match(error.message, /^fromReadableStream\(stream\): stream must be a ReadableStream$/);
      }
      const locked = chunked([]);
      locked.getReader();
      assert.throws(() => MessageStream.fromReadableStream(locked), TypeError, 'what getReader() threw');
    }],

    ['Stream.fromReadableStream: the raw events of toReadableStream(), read as iterated; controller.abort() ends them quietly', async () => {
      const { Stream } = m.Anthropic;
      const upstream = await client(trickling(instant([...STREAM_HEAD, ...STREAM_TAIL]))).messages.create(params({ stream: true }));
      const controller = new AbortController();
      const events = Stream.fromReadableStream(upstream.toReadableStream(), controller);
      assert.ok(events instanceof Stream);
      assert.equal(events.controller, controller);
      const { events: read, error } = await drain(events);
      assert.equal(error, null);
      assert.deepEqual(read.map((event) => event.type), ['message_start', 'content_block_start', 'content_block_delta',
        'content_block_stop', 'message_delta', 'message_stop']);

      let cancelled = false;
      const source = new ReadableStream({
        start(c) { c.enqueue(new TextEncoder().encode(`${JSON.stringify({ type: 'message_start', message: MESSAGE })}\n`)); },
        cancel() { cancelled = true; },
      });
      const quiet = Stream.fromReadableStream(source);
      const seen = [];
      setTimeout(() => quiet.controller.abort(), 20);
      for await (const event of quiet) seen.push(event.type);
      assert.deepEqual(seen, ['message_start']);
      await sleep(0);
      assert.equal(cancelled, true);
    }],

    ['messages.parse(): parsed_output from a json_schema format (its own parse, else JSON.parse); failures are AnthropicErrors', async () => {
      const reply = (...texts) => JSON.stringify({ ...MESSAGE, content: texts.map((text) => ({ type: 'text', text })), stop_reason: 'end_turn' });
      const parse = (texts, format) => client(answering({ parts: [reply(...texts)] })).messages.parse(params({ output_config: { format } }));
      const schema = { type: 'object', properties: { n: { type: 'number' } } };
      const message = await parse(['{"n":1}', '{"n":2}'], { type: 'json_schema', schema });
      assert.deepEqual(message.parsed_output, { n: 1 }, 'the first text block\'s');
      assert.deepEqual(message.content.map((block) => block.parsed_output), [{ n: 1 }, { n: 2 }]);
      assert.ok(!Object.keys(message.content[0]).includes('parsed_output'), 'non-enumerable on the blocks');
      assert.ok(!(message instanceof m.APIPromise) && message.constructor === Object);
      const seen = [];
      const own = await parse(['a', 'b'], { type: 'json_schema', schema, parse(text) { seen.push([this.type, text]); return text === 'a' ? null : text.toUpperCase(); } });
      assert.deepEqual(seen, [['json_schema', 'a'], ['json_schema', 'b']]);
      assert.equal(own.parsed_output, 'B', 'the first that is not null');
      assert.equal((await parse(['{"n":1}'], { type: 'text' })).parsed_output, null, 'only json_schema formats are parsed');
      assert.equal((await parse(['{"n":1}'], undefined)).parsed_output, null);

      const bad = await assert.rejects(() => parse(['not json'], { type: 'json_schema', schema }), m.AnthropicError);
      assert.match(bad.message, /^Failed to parse structured output: SyntaxError: /);
      const thrown = await assert.rejects(() => parse(['x'], { type: 'json_schema', schema, parse() { throw new RangeError('mine'); } }));
      assert.equal(thrown.message, 'Failed to parse structured output: RangeError: mine');
      const notFunction = await assert.rejects(() => parse(['x'], { type: 'json_schema', schema, parse: 1 }), m.AnthropicError);
      assert.match(notFunction.message, /parse is not a function/);
      await assert.rejects(() => client(answering({ status: 400, parts: ['{}'] })).messages.parse(params()), m.BadRequestError);
    }],

    ['MessageStream: a format with its own parse gives the final message parsed_output; a parse that throws fails the stream', async () => {
      const text = [sse('message_start', { message: MESSAGE }), start(0, { type: 'text', text: '' }),
        delta(0, { type: 'text_delta', text: '{"n":' }), delta(0, { type: 'text_delta', text: '7}' }), stop(0), ...ending('end_turn')];
      const schema = { type: 'object', properties: { n: { type: 'number' } } };
      const streamWith = (format) => client(trickling(instant(text))).messages.stream(params({ output_config: { format } }));
      const parsed = streamWith({ type: 'json_schema', schema, parse: JSON.parse });
      const final = await parsed.finalMessage();
      assert.deepEqual(final.parsed_output, { n: 7 });
      assert.deepEqual(final.content[0].parsed_output, { n: 7 });
      assert.equal(parsed.receivedMessages[0], final);
      assert.equal((await streamWith({ type: 'json_schema', schema }).finalMessage()).parsed_output, null, 'as the SDK: only a format with parse');

      const failing = streamWith({ type: 'json_schema', schema, parse() { throw new Error('nope'); } });
      const errors = [];
      failing.on('error', (error) => errors.push(error));
      const failure = await assert.rejects(() => failing.done(), m.AnthropicError);
      assert.equal(failure.message, 'Failed to parse structured output: Error: nope');
      assert.deepEqual(errors, [failure]);
    }],

    ['MessageStream: resume stitches a cut stream into one message for the listeners too', async () => {
      const fetch = continuing({ cuts: [{ after: 3, kind: 'drop' }] });
      const stream = client(fetch, { resume: true, maxRetries: 2, retry: { baseDelay: 1, maxDelay: 5 } }).messages.stream(params());
      const log = record(stream);
      const final = await stream.finalMessage();
      const texts = log.filter(([name]) => name === 'text');
      assert.equal(texts.map(([, text]) => text).join(''), ANSWER);
      assert.equal(texts.at(-1)[2], ANSWER, 'the last text snapshot is the whole answer');
      assert.equal(names(log).filter((name) => name === 'connect').length, 1);
      assert.equal(names(log).filter((name) => name === 'streamEvent:message_start').length, 1);
      assert.equal(final.content[0].text, ANSWER);
      assert.equal(fetch.requests.length, 2);
    }],

    ['create({ stream: true }): the SDK\'s Stream of raw events, with controller, tee() and toReadableStream()', async () => {
      const anthropic = client(trickling(instant([...STREAM_HEAD, sse('ping'), ...STREAM_TAIL])));
      const stream = await anthropic.messages.create(params({ stream: true }));
      assert.ok(stream.controller instanceof AbortController);
      assert.equal(typeof stream.tee, 'function');
      const { events, error } = await drain(stream);
      assert.equal(error, null);
      assert.deepEqual(events.map((e) => e.type), ['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop',
        'message_delta', 'message_stop']);
      assert.equal(events[2].delta.text, 'Hello');
      const again = await assert.rejects(() => drain(stream).then(({ error: e }) => Promise.reject(e)));
      assert.ok(again instanceof m.AnthropicError && /consumed/.test(again.message), again?.message);

      const [left, right] = (await anthropic.messages.create(params({ stream: true }))).tee();
      const [a, b] = await Promise.all([drain(left), drain(right)]);
      assert.deepEqual(a.events, b.events);
      assert.equal(a.events.length, 6);

      const readable = (await anthropic.messages.create(params({ stream: true }))).toReadableStream();
      const text = await new Response(readable).text();
      assert.deepEqual(text.trim().split('\n').map((line) => JSON.parse(line).type), events.map((e) => e.type));
    }],

    ['create({ stream: true }): controller.abort() ends the iteration quietly, break releases the connection', async () => {
      const stalling = () => client(trickling(instant(STREAM_HEAD), 'stall'), { streamIdleTimeout: null, timeout: 60_000 });
      const stream = await stalling().messages.create(params({ stream: true }));
      const seen = [];
      const started = performance.now();
      for await (const event of stream) {
        seen.push(event.type);
        if (event.type === 'content_block_delta') stream.controller.abort();
      }
      assert.deepEqual(seen, ['message_start', 'content_block_start', 'content_block_delta']);
      assert.ok(performance.now() - started < 2000);

      const broken = await stalling().messages.create(params({ stream: true }));
      for await (const event of broken) if (event.type === 'content_block_start') break;
      assert.ok(performance.now() - started < 2000, 'break does not wait for the body');
    }],

    ['create({ stream: true }): a failure before the first event rejects the call; after it, the iteration', async () => {
      const refused = client(answering({ status: 400, parts: ['{"type":"error","error":{"type":"invalid_request_error","message":"no"}}'] }));
      await assert.rejects(() => refused.messages.create(params({ stream: true })), m.BadRequestError);
      const stream = await client(trickling(instant([...STREAM_HEAD, OVERLOAD]))).messages.create(params({ stream: true }));
      const { events, error } = await drain(stream);
      assert.equal(events.length, 3);
      assert.ok(error instanceof m.OverloadedError && error.partialMessage.content[0].text === 'Hello', `got ${error?.name}`);
      const idle = await client(trickling(instant(STREAM_HEAD), 'stall'), { streamIdleTimeout: 40 }).messages.create(params({ stream: true }));
      const cut = await drain(idle);
      assert.ok(cut.error instanceof m.APIConnectionTimeoutError && /idle/.test(cut.error.message), cut.error?.message);
      await assert.rejects(() => client(answering()).messages.create(params({ stream: true }), { timeout: -1 }), RangeError);
    }],

    ['create({ stream: true }): retried before the first event (529, then the stream), against the mock', async () => {
      const control = mockControl(mockUrl);
      await control('POST', '/__mock/reset', {});
      await control('POST', '/__mock/script', [{ status: 529 }, {}]);
      const anthropic = new m.Anthropic({ apiKey: KEY, baseURL: mockUrl, dangerouslyAllowBrowser: true, retry: { baseDelay: 1, maxDelay: 5 } });
      const stream = await anthropic.messages.create(params({ stream: true }));
      const { events, error } = await drain(stream);
      assert.equal(error, null);
      assert.equal(events.at(-1).type, 'message_stop');
      const requests = await control('GET', '/__mock/requests');
      assert.equal(requests.length, 2);
      assert.ok(requests.every((r) => r.body.stream === true));
    }],

    ['create({ stream: true }) with resume: a stream cut mid-way is continued and its events stitched', async () => {
      const fetch = continuing({ cuts: [{ after: 4, kind: 'error' }] });
      const anthropic = client(fetch, { maxRetries: 2, retry: { baseDelay: 1, maxDelay: 5 } });
      const stream = await anthropic.messages.create(params({ stream: true }), { resume: true });
      const { events, error } = await drain(stream);
      assert.equal(error, null, `${error?.name}: ${error?.message}`);
      assert.equal(events.filter((e) => e.type === 'message_start').length, 1);
      assert.equal(events.filter((e) => e.type === 'content_block_delta').map((e) => e.delta.text).join(''), ANSWER);
      assert.equal(fetch.requests.length, 2);
      assert.equal(fetch.requests[0].stream, true);
    }],
  ];
}
