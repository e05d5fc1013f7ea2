// The load phase: many concurrent client calls against the mock (the parent process runs it with
// a seeded fault mix), each checked here against what the mock's answer must have been, and
// reported to the parent, which checks it again against the mock's own log.
import { setMaxListeners } from 'node:events';

import { collect, listeners, pool, reading, tally, watch } from './harness.mjs';

const TIMEOUT_MS = 1_000;
const MAX_RETRIES = 2;
/** The longest a call may take: every attempt of every model timing out, every backoff at its
 *  cap, and slack for an event loop with `width` calls on it. */
const DEADLINE_MS = (MAX_RETRIES + 1) * 2 * (TIMEOUT_MS + 30) + 4_000;

/** The prompt of call `i`: unique, short enough for the mock to echo it whole. */
export const promptOf = (seed, i) => `soak ${seed}.${i}`;
export const echoOf = (prompt) => `Mock reply to "${prompt}": `;
const estimate = (prompt) => Math.max(1, Math.ceil(prompt.length / 4));

function clients(m, mockUrl, logger) {
  const base = {
    apiKey: 'sk-ant-soak-SECRET', baseURL: mockUrl, timeout: TIMEOUT_MS, maxRetries: MAX_RETRIES,
    retry: { baseDelay: 1, maxDelay: 30 }, logger,
  };
  const shared = new m.CircuitBreaker({ failureThreshold: 10, recoveryTimeout: 100 });
  return [
    { client: new m.Anthropic({ ...base, circuitBreaker: { failureThreshold: 8, recoveryTimeout: 150 } }) },
    { client: new m.Anthropic({ ...base, circuitBreaker: false }) },
    { client: new m.Anthropic({ ...base, circuitBreaker: shared }) },
    { client: new m.Anthropic({ ...base, circuitBreaker: shared }), fallbackModels: ['soak-fallback'] },
  ];
}

/** One call, chosen by the seeded draw: create, countTokens, or a stream left at its end,
 *  with `break`, or by `abort()`. */
function plan(random) {
  const kind = random.weighted({ create: 50, countTokens: 10, stream: 40 });
  const mode = kind === 'stream' ? random.weighted({ end: 50, break: 25, abort: 25 }) : null;
  return { kind, mode, at: random.int(1, 3), lane: random.int(0, 3) };
}

async function call(m, lanes, shared, prompt, { kind, mode, at, lane }) {
  const { client, fallbackModels } = lanes[lane];
  const params = { model: 'soak-model', max_tokens: 32, messages: [{ role: 'user', content: prompt }] };
  const options = { fallbackModels, signal: kind === 'stream' ? shared.signal : undefined };
  if (kind === 'create') {
    const message = await client.messages.create(params, options);
    const text = message.content?.[0]?.text ?? '';
    return { requestId: message._request_id, ok: text.startsWith(echoOf(prompt)), model: message.model };
  }
  if (kind === 'countTokens') {
    const counted = await client.messages.countTokens(params, options);
    return { ok: counted.input_tokens === estimate(prompt) };
  }
  const stream = client.messages.stream(params, options);
  let text = '';
  let deltas = 0;
  for await (const event of stream) {
    if (event.type !== 'content_block_delta') continue;
    text += event.delta.text;
    deltas += 1;
    if (mode === 'break' && deltas === at) break;
    if (mode === 'abort' && deltas === at) stream.abort();
  }
  if (mode === 'end') {
    const final = await stream.finalText();
    return { requestId: stream.requestId, ok: final === text && text.startsWith(echoOf(prompt)) };
  }
  // Left early: what arrived is the start of the reply.
  return { requestId: stream.requestId, ok: echoOf(prompt).startsWith(text) || text.startsWith(echoOf(prompt)) };
}

/**
 * Runs `calls` calls, `width` in flight. `emit` gets one record per call for the parent:
 * `{ i, kind, mode, outcome, ... }`.
 */
export async function runLoad({ m, memory, mockUrl, random, seed, calls, width, emit }) {
  const attempts = { logged: 0 };
  const logger = (event) => {
    if (event.event === 'request') attempts.logged += 1;
  };
  const shared = new AbortController();
  setMaxListeners(0, shared.signal); // `width` calls at once listen to it, as an app's would
  const lanes = clients(m, mockUrl, logger);
  const outcomes = tally();
  const failures = tally();
  const streams = tally();
  let untyped = 0;
  let hung = 0;
  let wrong = 0;

  const one = async (i) => {
    const spec = plan(random);
    const prompt = promptOf(seed, i);
    const result = await watch(call(m, lanes, shared, prompt, spec), DEADLINE_MS);
    const record = { i, kind: spec.kind, mode: spec.mode, lane: spec.lane };
    if (result.hung) {
      hung += 1;
      record.outcome = 'hung';
    } else if ('value' in result) {
      record.outcome = 'ok';
      record.requestId = result.value.requestId ?? null;
      if (!result.value.ok) wrong += 1;
      record.checked = result.value.ok;
      if (spec.kind === 'stream') streams.add(`${spec.mode}`);
    } else {
      const { error } = result;
      const typed = error instanceof m.AnthropicError;
      if (!typed) untyped += 1;
      record.outcome = 'error';
      record.error = typed ? error.name : `untyped ${error?.name ?? typeof error}`;
      record.status = error?.status ?? null;
      record.requestId = error?.requestId ?? null;
      record.hasHeaders = error?.headers !== undefined && error?.headers !== null;
      failures.add(record.error);
      if (spec.kind === 'stream' && error instanceof m.APIUserAbortError) streams.add('abort');
    }
    outcomes.add(record.outcome);
    emit(record);
  };

  // Warm-up with the same mix at full width, so that JIT, the connection pool and the module's
  // memory have reached what this load needs before the baseline; the parent tells its calls
  // by their prompts, and they are not part of the figures.
  const warmRandom = random.fork();
  await pool(width * 12, width, async (i) => {
    await watch(call(m, lanes, shared, `warm ${seed}.${i}`, plan(warmRandom)), DEADLINE_MS);
  });
  const warmAttempts = attempts.logged;
  const before = await reading(memory);
  const started = performance.now();
  await pool(calls, width, one);
  const seconds = (performance.now() - started) / 1000;
  await collect();
  const after = await reading(memory);
  return {
    calls, width, seconds, outcomes: outcomes.counts, failures: failures.counts, streams: streams.counts,
    untyped, hung, wrongResults: wrong,
    loggedAttempts: attempts.logged - warmAttempts, warmAttempts,
    leakedListeners: listeners(shared.signal),
    heapGrowth: after.heap - before.heap, wasmGrowth: after.wasm - before.wasm, wasmBytes: after.wasm,
  };
}
