// Seeded fuzzing of every client option, request option and params field, with hostile values
// a user's code can hand in: getters and Proxies that throw, look-alike signals, duck-typed
// breakers, fetches that throw, hang or answer junk. Each case may only throw or reject with a
// TypeError / RangeError, a typed client error, or what the user's object threw; it must settle
// within its deadline; and the module must still work after it.
import { message, response, sse } from './answers.mjs';
import { describe, isTrap, pool, stillUsable, tally, watch } from './harness.mjs';

/** A call whose attempts are all bounded (the fuzz forces a short timeout whenever the fetch
 *  may hang) settles well within this. */
const DEADLINE_MS = 5_000;

/** The in-process API every fuzzed client talks to: a message, or a stream when asked. */
function answer(init) {
  let streaming = false;
  try {
    streaming = JSON.parse(init?.body ?? '{}').stream === true;
  } catch {
    // not JSON: answered as a message, which is what a non-streaming call reads
  }
  return streaming
    ? response({ headers: { 'content-type': 'text/event-stream', 'request-id': 'req_fuzz' }, chunks: [sse('fuzz reply')] })
    : response({ headers: { 'content-type': 'application/json', 'request-id': 'req_fuzz' }, chunks: [JSON.stringify(message('fuzz reply'))] });
}

function hostile(random, sentinel) {
  const thrower = () => {
    throw sentinel;
  };
  const proxy = () => new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower });
  const getter = (key) => Object.defineProperty({}, key, { get: thrower, enumerable: true });
  const junk = () => random.pick([
    0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 1e308, '', 'x', '3', 'sk-ant-x', '\u0000', '🦀', null, true, false,
    Symbol('s'), 10n, [], [1, 'a'], {}, Object.create(null), () => {}, async () => {}, class K {}, new Date(NaN), /re/,
    new Map(), new Error('e'), Promise.resolve(1), new Headers({ a: 'b' }),
  ]);
  return {
    junk,
    /** Something hostile of any kind. */
    any: () => random.pick([junk, proxy, () => getter(random.pick(['length', 'then', 'model', 'call', 'aborted'])),
      () => Object.create(AbortSignal.prototype), () => ({ call: () => 42 })])(),
    proxy,
    getter,
    thrower,
  };
}

/** One case's client options, request options and params; `fetch` is always one of ours. */
function draw(random, h, sentinel) {
  const maybe = (p, valid, bad = h.any) => (random.chance(p) ? bad() : valid());
  const hangs = random.chance(0.1);
  const fetches = [
    async (url, init) => answer(init),
    async () => { throw sentinel; },
    () => { throw sentinel; },
    async () => { throw new TypeError('fetch failed'); },
    async () => 42,
    async () => ({ ok: true, status: 200, headers: new Headers() }),
    async () => response({ status: 529, headers: { 'request-id': 'req_529' }, chunks: ['{"type":"error"}'] }),
    async () => new Response('{"id":', { headers: { 'content-type': 'application/json' } }),
    () => new Promise(() => {}), // never settles, ignores the signal
    async () => Object.defineProperty({}, 'status', { get: h.thrower }),
  ];
  const fetch = hangs ? fetches[8] : random.chance(0.7) ? fetches[0] : random.pick(fetches.filter((_, i) => i !== 8));
  const breakers = [
    () => undefined, () => false, () => ({ failureThreshold: 2, recoveryTimeout: 10 }),
    () => ({ call: (fn) => fn() }), () => ({ call: () => 42 }), () => ({ call: h.thrower }),
    () => ({ call: () => Promise.reject(sentinel) }), () => ({ get state() { return h.thrower(); }, call: (fn) => fn() }),
    () => h.proxy(),
  ];
  const client = {
    apiKey: maybe(0.1, () => random.pick(['sk-ant-fuzz', null, undefined])),
    baseURL: maybe(0.1, () => random.pick(['http://127.0.0.1:9', 'http://127.0.0.1:9/', undefined])),
    maxRetries: maybe(0.15, () => random.pick([0, 1, 2, undefined])),
    timeout: hangs ? random.pick([1, 20, 80]) : maybe(0.15, () => random.pick([5, 100, 1000, undefined])),
    retry: maybe(0.15, () => random.pick([{ baseDelay: 0, maxDelay: 1 }, { baseDelay: 1, maxDelay: 5, jitter: 'none' }, undefined]),
      () => random.pick([h.any(), { baseDelay: h.any() }, h.getter('baseDelay'), h.proxy()])),
    circuitBreaker: random.pick(breakers)(),
    dangerouslyAllowBrowser: maybe(0.1, () => random.pick([true, false, undefined])),
    defaultHeaders: maybe(0.2, () => random.pick([{ 'x-a': 'b' }, {}, undefined]),
      () => random.pick([h.getter('x-a'), h.proxy(), { 'x-a': h.junk() }, { [Symbol('k')]: 'v' }, [['x', 'y']]])),
    fetch: random.chance(0.03) ? h.any() : fetch,
    logger: maybe(0.2, () => random.pick([() => {}, undefined]), () => random.pick([h.thrower, h.any(), () => 42])),
  };
  for (const key of Object.keys(client)) if (client[key] === undefined && random.chance(0.5)) delete client[key];
  const messages = maybe(0.15, () => [{ role: 'user', content: 'fuzz' }], () => random.pick([
    h.proxy(), [h.getter('role')], [{ role: 'user', content: h.getter('text') }], [{ role: 'user', get content() { return h.thrower(); } }],
    h.junk(),
  ]));
  const cyclic = {};
  cyclic.self = cyclic;
  const params = random.chance(0.08) ? random.pick([h.proxy(), h.getter('model'), h.junk()]) : {
    model: maybe(0.08, () => 'soak-model'),
    max_tokens: maybe(0.08, () => random.pick([1, 16])),
    messages,
    ...(random.chance(0.08) ? random.pick([{ metadata: cyclic }, { extra: 10n }, { toJSON: h.thrower }, { stream: h.junk() }]) : {}),
  };
  const controller = new AbortController();
  const signal = random.pick([
    undefined, controller.signal, AbortSignal.abort(), Object.create(AbortSignal.prototype),
    { aborted: false, addEventListener() {}, removeEventListener() {} }, h.proxy(),
  ]);
  const request = random.chance(0.08) ? random.pick([h.proxy(), h.junk()]) : {
    signal,
    timeout: hangs ? random.pick([5, 30]) : maybe(0.15, () => random.pick([1, 50, 1000, undefined])),
    maxRetries: maybe(0.15, () => random.pick([0, 1, undefined])),
    headers: maybe(0.2, () => random.pick([{ 'x-r': 'r' }, undefined]), () => random.pick([h.getter('x-r'), h.proxy(), { 'x-r': h.junk() }])),
    fallbackModels: maybe(0.2, () => random.pick([['soak-fallback'], [], undefined]),
      () => random.pick([h.proxy(), [h.junk()], Object.defineProperty([], 0, { get: h.thrower }), 'model'])),
  };
  if (random.chance(0.3)) setTimeout(() => controller.abort(), random.int(0, 10));
  return { client, params, request, kind: random.pick(['create', 'stream', 'countTokens']) };
}

async function exercise(m, { client: options, params, request, kind }) {
  const client = new m.Anthropic(options);
  if (kind === 'create') return client.messages.create(params, request);
  if (kind === 'countTokens') return client.messages.countTokens(params, request);
  const stream = client.messages.stream(params, request);
  for await (const event of stream) void event;
  return stream.finalText();
}

export async function fuzzOptions({ m, random, cases, width }) {
  const outcomes = tally();
  const problems = [];
  let traps = 0;
  let unsettled = 0;
  let untyped = 0;
  let broken = false;
  // The global fetch answers in-process too, for clients that fall back to it: no request of
  // the fuzz leaves the process, whatever baseURL it drew.
  const globalFetch = globalThis.fetch;
  globalThis.fetch = async (url, init) => answer(init);
  try {
    await pool(cases, width, async (i) => {
      if (broken) return;
      const sentinel = new Error(`user object ${i}`);
      const h = hostile(random, sentinel);
      const input = draw(random, h, sentinel);
      const ok = (e) => e instanceof TypeError || e instanceof RangeError || e instanceof m.AnthropicError || e === sentinel;
      const result = await watch(Promise.resolve().then(() => exercise(m, input)), DEADLINE_MS);
      let verdict;
      if (result.hung) {
        unsettled += 1;
        verdict = 'unsettled';
      } else if ('value' in result) {
        verdict = 'resolved';
      } else if (isTrap(result.error)) {
        traps += 1;
        verdict = 'trap';
      } else if (ok(result.error)) {
        verdict = result.error === sentinel ? 'user error' : result.error.name;
      } else {
        untyped += 1;
        verdict = 'untyped';
      }
      outcomes.add(verdict);
      if (['unsettled', 'trap', 'untyped'].includes(verdict) && problems.length < 8) {
        problems.push(`#${i} ${input.kind}: ${verdict}${'error' in result ? ` (${describe(result.error)})` : ''}`);
      }
      try {
        await stillUsable(m, () => answer({}));
      } catch (error) {
        traps += 1;
        broken = true;
        problems.push(`#${i}: the module stopped working: ${describe(error)}`);
      }
    });
  } finally {
    globalThis.fetch = globalFetch;
  }
  return { cases, outcomes: outcomes.counts, traps, unsettled, untyped, broken, problems };
}
