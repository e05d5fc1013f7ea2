// chaosFetch: the mock server's faults injected in-process around any `fetch`, for tests in
// browsers and Node alike. Error answers are made here without a request going out; a stream
// error or a cut body is applied to the wrapped fetch's real answer. Web APIs only.
import { DEFAULT_FAULTS, checkSteps, cutAt, drawFault, isObject, mergeFaults, seeded } from './faults.mjs';
import { checkLimits, errorBody, rateWindow, stepHeaders, streamErrorFrame } from './api-shapes.mjs';

/** What `new Response()` accepts. */
const STATUSES = [200, 599];
/** The mock paces its own writes; a wrapped fetch's body arrives at its own pace. */
const MOCK_ONLY = ['streamDelayMs'];

const abortReason = (signal) => signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; holds
 *  neither its timer nor its listener once settled. */
function delay(ms, signal) {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never settles unless the signal aborts: a server that accepted the request and went quiet. */
function never(signal) {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(abortReason(signal));
    signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** What fetch rejects with when the connection drops (undici's message; browsers say
 *  "Failed to fetch", also a TypeError). */
const dropped = (stage) => new TypeError(stage === 'body' ? 'terminated' : 'fetch failed', {
  cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
});

/** A body handing out `bytes` up to `cut`, then failing (drop) or going quiet (hang) until the
 *  signal aborts; the whole body when `cut` is null. Pulled on demand, so that the bytes before
 *  the cut are read before the failure (an errored stream drops what it still queues). */
function cutBody(bytes, cut, kind, signal) {
  let handedOut = false;
  return new ReadableStream({
    pull(controller) {
      if (!handedOut) {
        handedOut = true;
        if (cut === null) {
          controller.enqueue(bytes);
          controller.close();
          return undefined;
        }
        if (cut > 0) {
          controller.enqueue(bytes.subarray(0, cut));
          return undefined;
        }
      }
      if (kind === 'drop') {
        controller.error(dropped('body'));
        return undefined;
      }
      return never(signal).catch((reason) => controller.error(reason));
    },
  }, { highWaterMark: 0 });
}

/** An SSE body passed through until `errorAfter` content deltas went by, then an `error`
 *  event, then the end (the API closes the stream after one). */
function withStreamError(body, spec) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const limit = spec.errorAfter ?? 0;
  let buffer = '';
  let deltas = 0;
  let ended = false;
  return new ReadableStream({
    async pull(controller) {
      while (!ended) {
        const frameEnd = buffer.search(/\r?\n\r?\n/);
        if (frameEnd >= 0) {
          const length = frameEnd + buffer.slice(frameEnd).match(/^\r?\n\r?\n/)[0].length;
          const frame = buffer.slice(0, length);
          buffer = buffer.slice(length);
          if (/^event: *content_block_delta\s*$/m.test(frame)) {
            if (deltas === limit) break;
            deltas += 1;
          } else if (/^event: *message_stop\s*$/m.test(frame) && deltas < limit) {
            break; // a reply shorter than `errorAfter`: the error takes the end's place
          }
          controller.enqueue(encoder.encode(frame));
          return;
        }
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
      }
      ended = true;
      reader.cancel().catch(() => {});
      controller.enqueue(encoder.encode(streamErrorFrame(spec)));
      controller.close();
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

async function bodyText(input, init) {
  if (typeof init?.body === 'string') return init.body;
  if (init?.body === undefined && typeof Request !== 'undefined' && input instanceof Request) {
    return input.clone().text();
  }
  return init?.body ?? null;
}

function parsed(text) {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Wraps `options.fetch` (default: the global `fetch`, looked up per call) so that each request
 * meets the next scripted step, else a fault drawn from the rates with a PRNG seeded by
 * `options.seed`. The returned function is a `fetch`; it also carries `requests`, `faults`,
 * `script()`, `setFaults()` and `reset()` as the mock server does.
 */
export function chaosFetch(options = {}) {
  if (!isObject(options)) throw new TypeError('options must be an object');
  const { fetch: inner, seed = 0, faults: initialFaults = {}, script: initialScript = [], limits } = options;
  for (const key of Object.keys(options)) {
    if (!['fetch', 'seed', 'faults', 'script', 'limits'].includes(key)) throw new TypeError(`options.${key} is not an option`);
  }
  if (inner !== undefined && typeof inner !== 'function') throw new TypeError('options.fetch must be a function');
  let random = seeded(seed, 'options.seed');
  const initial = {
    faults: mergeFaults(DEFAULT_FAULTS, initialFaults, 'options.faults', MOCK_ONLY),
    script: checkSteps(initialScript, 'options.script', STATUSES),
  };
  // Refusing requests needs one window for every caller, which only the mock server has.
  if (isObject(limits) && 'enforce' in limits) throw new TypeError('options.limits.enforce is not supported here (the mock server enforces limits)');
  const usage = limits === undefined ? null : rateWindow(checkLimits(limits, 'options.limits'));
  let faults = { ...initial.faults };
  const queue = [...initial.script];
  const requests = [];
  let count = 0;

  async function answer(input, init, entry, step, signal, n) {
    const rateHeaders = usage ? usage.record(entry.body, entry.at) : {};
    await delay((step.delayMs ?? 0) + faults.latencyMs, signal);
    if (step.drop === true) throw dropped('connect');
    if (step.hang === true) return never(signal);
    const status = step.status ?? 200;
    const made = step.raw !== undefined || step.body !== undefined || (status >= 300 && !step.ok);
    if (made) {
      entry.requestId = `req_chaos_${n}`;
      const headers = new Headers({
        'content-type': step.contentType ?? 'application/json', 'request-id': entry.requestId, ...rateHeaders,
        ...stepHeaders(step, faults.retryAfterSec),
      });
      const text = step.raw !== undefined ? String(step.raw)
        : JSON.stringify(step.body ?? errorBody(status, step, entry.requestId));
      const bytes = new TextEncoder().encode(text);
      const kind = isObject(step.drop) ? 'drop' : 'hang';
      const body = cutBody(bytes, cutAt(step.drop, bytes) ?? cutAt(step.hang, bytes), kind, signal);
      return new Response(body, { status, headers });
    }
    const response = await (inner ?? globalThis.fetch)(input, init);
    entry.requestId = response.headers.get('request-id');
    const extra = { ...rateHeaders, ...stepHeaders(step, faults.retryAfterSec) };
    const streaming = /^text\/event-stream\b/.test(response.headers.get('content-type') ?? '');
    const cutting = isObject(step.drop) || isObject(step.hang);
    if (!Object.keys(extra).length && !cutting && !(step.stream && streaming)) return response;
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    let body = response.body;
    if (cutting) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const kind = isObject(step.drop) ? 'drop' : 'hang';
      body = cutBody(bytes, cutAt(step.drop, bytes) ?? cutAt(step.hang, bytes), kind, signal);
    } else if (step.stream && streaming && body) {
      body = withStreamError(body, step.stream);
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  }

  async function chaos(input, init) {
    const signal = init?.signal ?? (typeof Request !== 'undefined' && input instanceof Request ? input.signal : undefined);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input?.url;
    const text = await bodyText(input, init);
    const body = parsed(text);
    count += 1;
    const entry = {
      method: (init?.method ?? input?.method ?? 'GET').toUpperCase(),
      url,
      path: url ? new URL(url, 'http://chaos.invalid').pathname : undefined,
      headers: Object.fromEntries(new Headers(init?.headers ?? input?.headers)),
      body,
      at: Date.now(),
      requestId: null,
      fault: null,
    };
    requests.push(entry);
    if (signal?.aborted) throw abortReason(signal);
    const step = queue.shift() ?? drawFault(faults, random, isObject(body) && body.stream === true);
    entry.fault = step;
    return answer(input, init, entry, step ?? {}, signal, count);
  }

  return Object.defineProperties(chaos, {
    /** What went through, oldest first: method, url, path, headers, parsed body, time, the
     *  request id of the answer (null when none came) and the fault injected (a step, or null). */
    requests: { value: requests, enumerable: true },
    faults: { get: () => ({ ...faults }), enumerable: true },
    script: {
      value(steps) {
        queue.push(...checkSteps(steps, 'script', STATUSES));
        return queue.length;
      },
    },
    setFaults: {
      value(changes) {
        faults = mergeFaults(faults, changes, 'faults', MOCK_ONLY);
        return { ...faults };
      },
    },
    /** Back to the options it was made with: script, faults, seed, log. */
    reset: {
      value() {
        queue.splice(0, queue.length, ...initial.script);
        requests.length = 0;
        faults = { ...initial.faults };
        random = seeded(seed, 'options.seed');
        usage?.clear();
        count = 0;
      },
    },
  });
}
