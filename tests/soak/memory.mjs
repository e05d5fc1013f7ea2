// Memory phases: what a call refused by the client's open breaker and a finished stream leave
// behind after GC, in the JS heap and in the module's linear memory, and whether a client that
// had a call refused can still be freed. No network: answers are built in-process, so only the
// package's own retention is measured. (bench/retained.mjs reports the same figures.)
import { setMaxListeners } from 'node:events';

import { response, sse } from './answers.mjs';
import { collect, listeners, pool, reading } from './harness.mjs';

const params = { model: 'soak-model', max_tokens: 16, messages: [{ role: 'user', content: 'memory' }] };

/** A client whose breaker opened on one 529 and stays open for the whole phase. */
async function openClient(m, extra = {}) {
  const client = new m.Anthropic({
    apiKey: 'sk-ant-soak', baseURL: 'http://127.0.0.1:9', maxRetries: 0,
    fetch: async () => response({ status: 529, headers: { 'content-type': 'application/json', 'request-id': 'req_529' },
      chunks: ['{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'] }),
    circuitBreaker: { failureThreshold: 1, recoveryTimeout: 3_600_000 }, ...extra,
  });
  await client.messages.create(params).catch(() => {});
  if (client.circuitBreaker.state !== 'OPEN') throw new Error(`the breaker is ${client.circuitBreaker.state}`);
  return client;
}

/** Calls refused by an open breaker: retained bytes per call, after GC. */
export async function refusedCalls({ m, memory, calls, warmup = 1_000 }) {
  const client = await openClient(m);
  let refused = 0;
  let other = 0;
  const refuse = async () => {
    try {
      await client.messages.create(params);
      other += 1;
    } catch (error) {
      if (error instanceof m.CircuitOpenError) refused += 1;
      else other += 1;
    }
  };
  await pool(warmup, 50, refuse); // JIT, the module's allocator at this width
  refused = 0;
  const before = await reading(memory);
  await pool(calls, 50, refuse);
  const after = await reading(memory);
  return {
    calls, refused, other,
    heapPerCall: (after.heap - before.heap) / calls,
    wasmGrowth: after.wasm - before.wasm,
  };
}

/** One client that has a call refused, with a logger closing over 1 MB: weak references to
 *  the three. A function of its own, so that no suspended frame of the caller holds them. */
async function refusedOnce(m) {
  const held = new Uint8Array(1 << 20); // what a logger in a real app closes over
  const logger = () => void held;
  const client = await openClient(m, { logger });
  await client.messages.create(params).catch(() => {});
  return [new WeakRef(client), new WeakRef(logger), new WeakRef(held)];
}

/** A client (and its logger, and what that closes over) that had a call refused is freed once
 *  dropped. */
export async function refusedClientFreed({ m }) {
  const refs = [];
  for (let i = 0; i < 3; i++) refs.push(...(await refusedOnce(m)));
  await collect();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await collect();
  return { tracked: refs.length, retained: refs.filter((ref) => ref.deref() !== undefined).length };
}

/**
 * Streams sharing one signal, in turn read to the end, left with `break`, ended by `abort()`
 * (or only the `ways` given): listeners left on the signal, retained bytes per stream after GC.
 * The module's memory grows to a high-water mark set by how many finished streams wait for the
 * GC's finalizers at once, which grows with the run; after one round as large as the measured
 * one it stays flat (measured: +2.1 MB over the first 5,000 streams after 2,000, then 0 over
 * five more rounds of 5,000), so the baseline comes after `warmup` (default: as many) streams.
 */
export async function finishedStreams({ m, memory, streams, ways: only = ['end', 'break', 'abort'], warmup = streams }) {
  const body = sse('Finished streams must let go of the caller signal and of their buffers.');
  const client = new m.Anthropic({
    apiKey: 'sk-ant-soak', baseURL: 'http://127.0.0.1:9', circuitBreaker: false,
    fetch: async () => response({ headers: { 'content-type': 'text/event-stream', 'request-id': 'req_stream' }, chunks: [body] }),
  });
  const ways = { end: 0, break: 0, abort: 0, failed: 0 };
  const one = async (signal, i) => {
    const way = only[i % only.length];
    const stream = client.messages.stream(params, { signal });
    try {
      let deltas = 0;
      for await (const event of stream) {
        if (event.type !== 'content_block_delta') continue;
        deltas += 1;
        if (way === 'break' && deltas === 2) break;
        if (way === 'abort' && deltas === 2) stream.abort();
      }
      if (way === 'end') await stream.finalText();
      ways[way] += 1;
    } catch (error) {
      if (way === 'abort' && error instanceof m.APIUserAbortError) ways.abort += 1;
      else ways.failed += 1;
    }
  };
  const warm = new AbortController();
  setMaxListeners(0, warm.signal);
  await pool(warmup, 20, (i) => one(warm.signal, i));
  for (const way of Object.keys(ways)) ways[way] = 0;
  const shared = new AbortController();
  setMaxListeners(0, shared.signal); // 20 streams at once listen to it
  const before = await reading(memory);
  await pool(streams, 20, (i) => one(shared.signal, i));
  const after = await reading(memory);
  return {
    streams, ...ways,
    listenersLeft: listeners(shared.signal),
    heapPerStream: (after.heap - before.heap) / streams,
    wasmGrowth: after.wasm - before.wasm,
  };
}
