// MessageStream's events against the official SDK's own (@anthropic-ai/sdk 1.15): the same
// event stream, answered in-process to both clients, must give the same emissions in the same
// order with the same arguments — text, tool use, thinking, citations, a failure mid-stream, an
// abort, a `break` — and `create({ stream: true })` the same raw events. Where the package
// differs on purpose it is said here: an error's class (ours is typed by the in-stream
// error.type).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import SDK from '@anthropic-ai/sdk';

import Anthropic from '../../pkg/node.mjs';
import { EVENTS, CITATIONS, OVERLOAD, THINKING, TOOL_USE } from '../cases/events.mjs';
import { STREAM_HEAD, STREAM_TAIL, params, sse } from '../cases/responses.mjs';

const TEXT = [...STREAM_HEAD, sse('ping'), sse('content_block_delta', { index: 0, delta: { type: 'text_delta', text: ' there' } }), ...STREAM_TAIL];
const encoder = new TextEncoder();

/** A `fetch` answering `events` as an event stream, then `end` ('close', 'stall', 'error');
 *  an abort of the request's signal fails the body, as a real connection does. */
function serving(events, end = 'close') {
  return async (url, init) => {
    let sent = 0;
    const body = new ReadableStream({
      start(controller) {
        init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')), { once: true });
      },
      pull(controller) {
        if (sent < events.length) return controller.enqueue(encoder.encode(events[sent++]));
        if (end === 'error') return controller.error(new TypeError('terminated'));
        return end === 'stall' ? new Promise(() => {}) : controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream', 'request-id': 'req_compare' } });
  };
}

const clients = (fetch) => ({
  sdk: new SDK({ apiKey: 'sk-ant-compare', baseURL: 'http://127.0.0.1:9', fetch, maxRetries: 0 }),
  ours: new Anthropic({ apiKey: 'sk-ant-compare', baseURL: 'http://127.0.0.1:9', fetch, maxRetries: 0, circuitBreaker: false }),
});

/** The emissions of `stream`, each `[name, ...arguments]` as JSON was then; errors by name of event only. */
function record(stream) {
  const log = [];
  const plain = (value) => {
    if (value === undefined) return '(undefined)';
    if (value instanceof Error) return '(error)';
    return JSON.parse(JSON.stringify(value));
  };
  for (const name of EVENTS) stream.on(name, (...args) => log.push([name, ...args.map(plain)]));
  return log;
}

/** Runs `drive(client)` on both clients and returns their logs and outcomes. */
async function both(events, drive, end) {
  const results = {};
  for (const [name, client] of Object.entries(clients(serving(events, end)))) {
    const stream = client.messages.stream(params());
    const log = record(stream);
    const outcome = await drive(stream).then(() => 'resolved', (error) => `rejected: ${error?.constructor?.name === 'APIUserAbortError' ? 'abort' : 'error'}`);
    results[name] = { log, outcome, stream };
  }
  return results;
}

for (const [label, events] of [['text', TEXT], ['tool use', TOOL_USE], ['thinking', THINKING], ['citations', CITATIONS]]) {
  test(`${label}: the same emissions, in the same order, with the same arguments`, async () => {
    const { sdk, ours } = await both(events, (stream) => stream.done());
    assert.deepEqual(ours.log, sdk.log);
    assert.deepEqual([ours.outcome, sdk.outcome], ['resolved', 'resolved']);
    assert.deepEqual(ours.stream.receivedMessages.length, sdk.stream.receivedMessages.length);
    assert.deepEqual(ours.stream.messages.length, sdk.stream.messages.length);
    assert.equal(ours.stream.currentMessage, sdk.stream.currentMessage);
    assert.equal(ours.stream.request_id, sdk.stream.request_id);
    for (const flag of ['ended', 'errored', 'aborted']) assert.equal(ours.stream[flag], sdk.stream[flag], flag);
  });
}

test('a failure mid-stream: the same emissions up to error, then end; done() rejects in both', async () => {
  const { sdk, ours } = await both([...STREAM_HEAD, OVERLOAD], (stream) => stream.done());
  assert.deepEqual(ours.log, sdk.log);
  assert.deepEqual(ours.log.slice(-2).map(([name]) => name), ['error', 'end']);
  assert.deepEqual([ours.outcome, sdk.outcome], ['rejected: error', 'rejected: error']);
  for (const flag of ['ended', 'errored', 'aborted']) assert.equal(ours.stream[flag], sdk.stream[flag], flag);
});

test('abort() at the first text: the same emissions, abort then end, done() rejects with APIUserAbortError', async () => {
  const drive = (stream) => {
    stream.once('text', () => stream.abort());
    return stream.done();
  };
  const { sdk, ours } = await both(STREAM_HEAD, drive, 'stall');
  assert.deepEqual(ours.log, sdk.log);
  assert.deepEqual(ours.log.slice(-2).map(([name]) => name), ['abort', 'end']);
  assert.deepEqual([ours.outcome, sdk.outcome], ['rejected: abort', 'rejected: abort']);
  for (const flag of ['ended', 'errored', 'aborted']) assert.equal(ours.stream[flag], sdk.stream[flag], flag);
});

test('break out of for await: the same events iterated, then the stream aborted in both', async () => {
  const drive = async (stream) => {
    stream.iterated = [];
    for await (const event of stream) {
      // As iterated: the SDK's message_start event is its snapshot, mutated as the stream goes
      // on; ours stays as sent.
      stream.iterated.push(JSON.parse(JSON.stringify(event)));
      if (event.type === 'content_block_delta') break;
    }
    return stream.done();
  };
  const { sdk, ours } = await both(STREAM_HEAD, drive, 'stall');
  assert.deepEqual(ours.stream.iterated, sdk.stream.iterated);
  assert.deepEqual(ours.log, sdk.log);
  assert.deepEqual([ours.outcome, sdk.outcome], ['rejected: abort', 'rejected: abort']);
});

test('create({ stream: true }): the same raw events; controller.abort() ends both iterations quietly', async () => {
  const runs = {};
  for (const [name, client] of Object.entries(clients(serving(TEXT)))) {
    const stream = await client.messages.create({ ...params(), stream: true });
    const events = [];
    for await (const event of stream) events.push(event);
    runs[name] = events;
  }
  assert.deepEqual(runs.ours, runs.sdk);
  const stopped = {};
  for (const [name, client] of Object.entries(clients(serving(STREAM_HEAD, 'stall')))) {
    const stream = await client.messages.create({ ...params(), stream: true });
    const types = [];
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'content_block_delta') stream.controller.abort();
    }
    stopped[name] = types;
  }
  assert.deepEqual(stopped.ours, stopped.sdk);
});
