// What every phase of the soak's worker shares: the package loaded with a handle on its
// WebAssembly memory, memory readings after GC, a watchdog for calls that must settle, and the
// tally of what escaped (uncaught exceptions, unhandled rejections, traps).
import { getEventListeners } from 'node:events';

/**
 * Imports the package (`pkg/node.mjs` unless `PKG_DIR`) and returns it with its module's
 * `WebAssembly.Memory`. The package does not export its memory, and needs not: the Node entry
 * instantiates the module with `new WebAssembly.Instance`, so the soak wraps that constructor for
 * the duration of the import and keeps the instance's exported memory.
 */
export async function loadPackage(entryUrl) {
  const Native = WebAssembly.Instance;
  let memory = null;
  WebAssembly.Instance = new Proxy(Native, {
    construct(target, args, newTarget) {
      const instance = Reflect.construct(target, args, newTarget);
      memory ??= Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory) ?? null;
      return instance;
    },
  });
  let m;
  try {
    m = await import(entryUrl);
  } finally {
    WebAssembly.Instance = Native;
  }
  if (!memory) throw new Error('the package instantiated no WebAssembly.Memory through WebAssembly.Instance');
  return { m, memory };
}

if (typeof globalThis.gc !== 'function') throw new Error('the soak worker needs node --expose-gc');

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Collects until the heap stops shrinking (weak references and finalizers get their turns). */
export async function collect() {
  let last = Infinity;
  for (let i = 0; i < 8; i++) {
    await turn();
    globalThis.gc();
    const now = process.memoryUsage().heapUsed;
    if (now >= last - 1024 && i >= 2) break;
    last = now;
  }
}

/** heapUsed and the module's linear memory, after GC. */
export async function reading(memory) {
  await collect();
  return { heap: process.memoryUsage().heapUsed, wasm: memory.buffer.byteLength };
}

export const listeners = (signal) => getEventListeners(signal, 'abort').length;

/** What escaped the calls: counted, never fatal, so that a run reports all of it. */
export const escaped = { uncaught: [], unhandled: [] };
process.on('uncaughtException', (error) => escaped.uncaught.push(describe(error)));
process.on('unhandledRejection', (reason) => escaped.unhandled.push(describe(reason)));

export function describe(value) {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return `non-Error ${typeof value}: ${String(value).slice(0, 80)}`;
  } catch {
    return `non-Error ${typeof value}`;
  }
}

export const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

/**
 * Races `promise` against `ms`: resolves `{ value }`, `{ error }`, or `{ hung: true }` when it
 * has not settled in time. The timer is cleared as soon as the promise settles.
 */
export function watch(promise, ms) {
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ hung: true }), ms);
  });
  return Promise.race([
    Promise.resolve(promise).then((value) => ({ value }), (error) => ({ error })),
    deadline,
  ]).finally(() => clearTimeout(timer));
}

/** Runs `task(i)` for i in [0, n) with at most `width` in flight. */
export async function pool(n, width, task) {
  let next = 0;
  const lane = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, n) }, lane));
}

/** Counts by key. */
export const tally = () => {
  const counts = {};
  return { add: (key, n = 1) => (counts[key] = (counts[key] ?? 0) + n), counts };
};

/**
 * The module still works: a retry, a breaker and a client call on an in-process answer. Throws
 * (a trap, or a wrong result) when it does not.
 */
export async function stillUsable(m, answer) {
  let n = 0;
  const value = await m.retryWithBackoff(() => {
    n += 1;
    if (n < 2) throw Object.assign(new Error('x'), { status: 503 });
    return 'alive';
  }, { baseDelay: 0, jitter: 'none' });
  if (value !== 'alive') throw new Error(`retryWithBackoff gave ${value}`);
  if ((await new m.CircuitBreaker().call(() => 2)) !== 2) throw new Error('CircuitBreaker.call failed');
  const client = new m.Anthropic({ apiKey: 'sk-soak', baseURL: 'http://127.0.0.1:9', fetch: async () => answer() });
  const message = await client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'x' }] });
  if (message.type !== 'message') throw new Error('the client gave no message');
}
