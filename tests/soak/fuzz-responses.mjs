// Seeded fuzzing of response bytes: statuses, headers and bodies built in-process (exact
// control of every byte and of how the body is split into chunks, SSE split at every byte), and
// malformed answers over real sockets from the mock (bodies not in their declared encoding,
// lengths that lie, connections cut or stalled mid-body), which no in-process Response can
// imitate. Every case must end in a result or a typed error within its deadline, and the module
// must still work after it.
import { bytesOf, message, response, splitAt, sse } from './answers.mjs';
import { describe, isTrap, pool, stillUsable, tally, watch } from './harness.mjs';

const TIMEOUT_MS = 200;
/** Two attempts, each bounded by the timeout, and slack for a loaded event loop. */
const DEADLINE_MS = 2 * TIMEOUT_MS + 3_000;

const params = (extra) => ({ model: 'soak-model', max_tokens: 16, messages: [{ role: 'user', content: 'fuzz bytes' }], ...extra });

function bodies(random) {
  const text = 'A reply with ü, 🦀 and "quotes".';
  const valid = JSON.stringify(message(text));
  const stream = sse(text);
  const cut = (s) => s.slice(0, random.int(0, s.length - 1));
  const junkBytes = () => Uint8Array.from({ length: random.int(0, 300) }, () => random.int(0, 255));
  return random.pick([
    () => valid, () => stream, () => cut(valid), () => cut(stream), junkBytes, () => '', () => '{}', () => '[]', () => 'null',
    () => '1e999', () => '"str"', () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
    () => JSON.stringify({ type: 'error', error: random.pick([null, 'str', {}, { type: 1 }, { type: 'overloaded_error', message: 'x'.repeat(100_000) }]) }),
    () => JSON.stringify({ type: 'error', error: { type: random.pick(['rate_limit_error', 'api_error', 'x', '']), message: 'm' }, request_id: 7 }),
    () => stream.replace(/\n/g, '\r\n'), () => `\ufeff${stream}`, () => stream.replace('message_start', 'message_stop'),
    () => `event: error\ndata: ${random.pick(['{}', 'null', '{"error":5}', '{"type":"error","error":{"type":"overloaded_error"}}', 'oops'])}\n\n`,
    () => `data: ${'x'.repeat(random.int(1, 200_000))}\n\n`, () => stream.replace(/event: ping\n/, 'event: \n'),
    () => `event: content_block_delta\ndata: {"type":"content_block_delta","index":7,"delta":{"type":"text_delta","text":5}}\n\n`,
  ])();
}

function headers(random) {
  const h = {};
  const maybe = (name, values) => {
    if (random.chance(0.4)) h[name] = random.pick(values);
  };
  maybe('content-type', ['application/json', 'text/event-stream', 'text/event-stream; charset=utf-8', 'text/html', '', 'application/json; charset=utf-16', 'x/y']);
  maybe('request-id', ['req_fuzz', '', 'x'.repeat(5000), 'req with spaces']);
  maybe('retry-after', ['0', '1', '-1', 'NaN', '1e9', 'Wed, 21 Oct 2015 07:28:00 GMT', new Date(Date.now() + 50).toUTCString(), 'soon']);
  maybe('retry-after-ms', ['0', '3', '-5', '1e308', 'x', '2.5']);
  maybe('x-should-retry', ['true', 'false', 'TRUE', '1', '']);
  maybe('anthropic-ratelimit-requests-remaining', ['0', '-1', 'lots', '1e400', '']);
  maybe('anthropic-ratelimit-tokens-reset', ['2026-01-01T00:00:00Z', 'yesterday', '']);
  maybe('content-encoding', ['gzip', 'br', 'identity']);
  return h;
}

const STATUSES = [200, 201, 206, 299, 300, 302, 400, 401, 403, 404, 408, 409, 413, 418, 422, 429, 499, 500, 502, 503, 504, 529, 599];

/** The outcome of one case: 'ok', a typed error's name, or a problem. */
async function outcome(m, promise, check) {
  const result = await watch(promise, DEADLINE_MS);
  if (result.hung) return { verdict: 'unsettled' };
  if ('value' in result) return { verdict: check && !check(result.value) ? 'wrong result' : 'ok' };
  if (isTrap(result.error)) return { verdict: 'trap', error: result.error };
  if (result.error instanceof m.AnthropicError) return { verdict: result.error.name, error: result.error };
  return { verdict: 'untyped', error: result.error };
}

async function readStream(client, extra) {
  const stream = client.messages.stream(params(extra));
  let text = '';
  for await (const event of stream) if (event.type === 'content_block_delta') text += event.delta?.text ?? '';
  return text;
}

function clientFor(m, fetch, maxRetries = 1) {
  return new m.Anthropic({
    apiKey: 'sk-ant-fuzz', baseURL: 'http://127.0.0.1:9', timeout: TIMEOUT_MS, streamIdleTimeout: TIMEOUT_MS, maxRetries,
    retry: { baseDelay: 0, maxDelay: 1 }, circuitBreaker: false, fetch,
  });
}

/**
 * Random answers in-process (`cases` of them), then the same valid message and stream split
 * into two chunks at every byte (every `step`-th byte in a short run) and one byte a chunk.
 */
export async function fuzzResponses({ m, random, cases, step, width }) {
  const outcomes = tally();
  const problems = [];
  const counts = { cases: 0, splits: 0, splitFailures: 0, traps: 0, unsettled: 0, untyped: 0, broken: false };
  const note = (label, result) => {
    outcomes.add(result.verdict);
    if (result.verdict === 'trap') counts.traps += 1;
    if (result.verdict === 'unsettled') counts.unsettled += 1;
    if (result.verdict === 'untyped') counts.untyped += 1;
    if (['trap', 'unsettled', 'untyped', 'wrong result'].includes(result.verdict) && problems.length < 8) {
      problems.push(`${label}: ${result.verdict}${result.error ? ` (${describe(result.error)})` : ''}`);
    }
  };
  const usable = async (label) => {
    try {
      await stillUsable(m, () => response({ headers: { 'content-type': 'application/json' }, chunks: [JSON.stringify(message('ok'))] }));
    } catch (error) {
      counts.traps += 1;
      counts.broken = true;
      problems.push(`${label}: the module stopped working: ${describe(error)}`);
    }
  };

  await pool(cases, width, async (i) => {
    if (counts.broken) return;
    const status = random.chance(0.3) ? random.int(200, 599) : random.pick(STATUSES);
    const head = headers(random);
    const body = bodies(random);
    const bytes = typeof body === 'string' ? bytesOf(body) : body;
    const cuts = [...new Set(Array.from({ length: random.int(0, 4) }, () => random.int(0, bytes.length)))].sort((a, b) => a - b);
    const chunks = splitAt(bytes, cuts);
    const fetch = async () => response({ status, headers: head, chunks });
    const client = clientFor(m, fetch, random.int(0, 1));
    const streaming = random.chance(0.5);
    const call = Promise.resolve().then(() => (streaming ? readStream(client) : client.messages.create(params())));
    note(`#${i} ${status} ${streaming ? 'stream' : 'create'}`, await outcome(m, call));
    counts.cases += 1;
    await usable(`#${i}`);
  });

  // Split at every byte: the same answer must come out whatever the chunking.
  const text = 'Split me at every byte: ü, 🦀, "quotes" and\\escapes.';
  const streamBytes = bytesOf(sse(text));
  const jsonBytes = bytesOf(JSON.stringify(message(text)));
  const splits = [];
  for (const [kind, bytes] of [['stream', streamBytes], ['create', jsonBytes]]) {
    for (let k = 1; k < bytes.length; k += step) splits.push([kind, bytes, [k]]);
    splits.push([kind, bytes, Array.from({ length: bytes.length - 1 }, (_, k) => k + 1)]); // a byte a chunk
  }
  await pool(splits.length, width, async (i) => {
    if (counts.broken) return;
    const [kind, bytes, at] = splits[i];
    const contentType = kind === 'stream' ? 'text/event-stream' : 'application/json';
    const fetch = async () => response({ headers: { 'content-type': contentType, 'request-id': 'req_split' }, chunks: splitAt(bytes, at) });
    const client = clientFor(m, fetch, 0);
    const call = kind === 'stream' ? readStream(client) : client.messages.create(params()).then((msg) => msg.content[0].text);
    const result = await outcome(m, call, (got) => got === text);
    counts.splits += 1;
    if (result.verdict !== 'ok') counts.splitFailures += 1;
    note(`split ${kind} at ${at.length === 1 ? at[0] : 'every byte'}`, result);
    await usable(`split ${i}`);
  });
  return { ...counts, outcomes: outcomes.counts, problems };
}

/**
 * Malformed answers over real sockets: `cases` scripted steps on the mock, each consumed by one
 * call (no retries, no breaker), `width` at a time.
 */
export async function fuzzWire({ m, random, mockUrl, cases, width }) {
  const outcomes = tally();
  const problems = [];
  const counts = { cases, traps: 0, unsettled: 0, untyped: 0, unsettledPrompts: [] };
  const steps = Array.from({ length: cases }, () => {
    const r = random.weighted({ encoding: 3, length: 2, drop: 2, stall: 2, raw: 2 });
    const streaming = random.chance(0.5);
    const status = random.pick([200, 200, 200, 429, 500, 529]);
    const step = { status, ok: status === 200 };
    if (r === 'encoding') step.headers = { 'content-encoding': random.pick(['gzip', 'br', 'deflate', 'x-unknown']) };
    if (r === 'length') step.headers = { 'content-length': String(random.int(2_000, 100_000)) };
    if (r === 'drop') step.drop = { afterBytes: random.int(0, 400) };
    if (r === 'stall') step.hang = { afterBytes: random.int(0, 400) };
    if (r === 'raw') {
      step.raw = random.pick(['', '{', 'not json', '\u0000\u0001', `data: x\n\n`, 'event: message_start\ndata: {}\n\n']);
      step.contentType = random.pick(['application/json', 'text/event-stream', 'text/plain']);
    }
    if (status !== 200) delete step.ok;
    return { step, streaming };
  });
  const scripted = await fetch(`${mockUrl}/__mock/script`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(steps.map((s) => s.step)),
  });
  if (!scripted.ok) throw new Error(`scripting the mock: ${scripted.status} ${await scripted.text()}`);
  // A stream that stalls after its first event is cut by streamIdleTimeout (the per-attempt
  // timeout covers the time to the first event, as in the official SDK).
  const client = new m.Anthropic({
    apiKey: 'sk-ant-fuzz', baseURL: mockUrl, timeout: TIMEOUT_MS, streamIdleTimeout: TIMEOUT_MS, maxRetries: 0,
    circuitBreaker: false,
  });
  // One call at a time per lane, so that each call takes the next step in the queue.
  await pool(cases, width, async (i) => {
    const { streaming } = steps[i];
    const prompt = { messages: [{ role: 'user', content: `fuzz wire ${i}` }] };
    const call = Promise.resolve().then(() => (streaming ? readStream(client, prompt) : client.messages.create(params(prompt))));
    const result = await outcome(m, call);
    outcomes.add(result.verdict);
    if (result.verdict === 'trap') counts.traps += 1;
    if (result.verdict === 'unsettled') {
      counts.unsettled += 1;
      counts.unsettledPrompts.push(prompt.messages[0].content);
    }
    if (result.verdict === 'untyped') counts.untyped += 1;
    // Which step a call met is in the mock's log (the parent looks it up by prompt): with
    // several calls in flight, the queue hands steps out in arrival order.
    if (['trap', 'untyped'].includes(result.verdict) && problems.length < 8) {
      problems.push(`"fuzz wire ${i}" ${streaming ? 'stream' : 'create'}: ${result.verdict}${result.error ? ` (${describe(result.error)})` : ''}`);
    }
  });
  return { ...counts, outcomes: outcomes.counts, problems };
}
