// A mock of the Claude Messages API on loopback, with fault injection: the server the package's
// own tests and demo run against, shipped for users' tests. node:http only; 127.0.0.1 only.
import http from 'node:http';

import {
  DEFAULT_FAULTS, checkSteps, cutAt, drawFault, isObject, mergeFaults, seeded,
} from './faults.mjs';
import {
  LIMIT_HEADERS, checkLimits, errorBody, estimateInputTokens, rateWindow, sseFrame, stepHeaders,
  streamErrorFrame,
} from './api-shapes.mjs';

const MESSAGES = '/v1/messages';
const COUNT_TOKENS = '/v1/messages/count_tokens';
const API_PATHS = new Set([MESSAGES, COUNT_TOKENS]);
const CONTROL_PATHS = new Set(['/__mock/script', '/__mock/faults', '/__mock/reset', '/__mock/requests']);
/** The statuses node:http can answer with. */
const STATUSES = [100, 999];

// Browsers only let page scripts read non-safelisted headers that are exposed, and pages under
// test (the demo's too) read retry hints and rate-limit headers straight from them.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    ['request-id', 'anthropic-workspace-id', 'retry-after', 'retry-after-ms', 'x-should-retry', ...LIMIT_HEADERS].join(', '),
};

// Long enough that a streamed reply visibly arrives in pieces in the demo.
const SENTENCES = [
  'Transient failures such as 429 and 529 responses are retried with exponential backoff and jitter.',
  'A retry-after header, when the server sends one, takes precedence over the computed delay.',
  'After repeated failures the circuit breaker opens and fails fast instead of adding load.',
  'Once the cool-down passes, a single half-open probe decides whether the breaker closes again.',
  'Graceful degradation keeps the page usable with a fallback answer while the API recovers.',
  'Every attempt has a deadline, so a hanging connection never blocks the caller forever.',
];

const parseJson = (raw) => { try { return JSON.parse(raw); } catch { return raw; } };
const countWords = (text) => (text.match(/\S+/g) ?? []).length;
const flatHeaders = (headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) =>
  [k, Array.isArray(v) ? v.join(', ') : String(v)]));
const redact = (headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) =>
  [k, k === 'x-api-key' || k === 'authorization' ? '<redacted>' : v]));

function textOf(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text).join('\n');
}

function promptOf(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  return textOf(messages.findLast((m) => m?.role === 'user')?.content);
}

/** The assistant's prefill: the text of a last message of the assistant's, else ''. */
function prefillOf(body) {
  const last = Array.isArray(body?.messages) ? body.messages.at(-1) : undefined;
  return last?.role === 'assistant' ? textOf(last.content) : '';
}

// Deterministic per prompt (tests compare streamed and plain replies), yet varied.
function replyText(prompt) {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  const shown = flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  let h = 0;
  for (const ch of flat) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  const picked = [0, 1, 2, 3].map((i) => SENTENCES[(h + i) % SENTENCES.length]);
  return `Mock reply to "${shown}": ${picked.join(' ')}`;
}

// Groups of up to three words; joining the pieces gives back the text exactly.
const textPieces = (text) => text.match(/\s*\S+(?:\s+\S+){0,2}\s*/g) ?? [];

const OPTIONS = ['seed', 'faults', 'script', 'requireKey', 'limits', 'maxBodyBytes'];

function checkOptions(options) {
  for (const key of Object.keys(options)) {
    if (!OPTIONS.includes(key)) throw new TypeError(`options.${key} is not an option (known: port, ${OPTIONS.join(', ')})`);
  }
  const { seed = 0, faults = {}, script = [], requireKey = false, limits, maxBodyBytes = 32 << 20 } = options;
  if (typeof requireKey !== 'boolean') throw new TypeError('options.requireKey must be a boolean');
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 0) throw new RangeError('options.maxBodyBytes must be an integer >= 0');
  return {
    seed, random: seeded(seed, 'options.seed'), requireKey, maxBodyBytes,
    faults: mergeFaults(DEFAULT_FAULTS, faults, 'options.faults'),
    script: checkSteps(script, 'options.script', STATUSES),
    limits: checkLimits(limits, 'options.limits'),
  };
}

/**
 * The mock as a request handler, for mounting on a server of one's own (the demo serves it on
 * the page's origin): `handle(req, res)` answers the API and control paths and returns false
 * for any other path. `startMockClaude` puts it on a server of its own.
 */
export function createMockClaude(options = {}) {
  if (!isObject(options)) throw new TypeError('options must be an object');
  const config = checkOptions(options);
  let random = config.random;
  const queue = [...config.script];
  const requests = [];
  const live = new Set();   // responses not yet finished: close() must be able to end them
  const timers = new Set(); // pending delays: close() clears them so nothing keeps the loop alive
  const usage = rateWindow(config.limits);
  let faults = { ...config.faults };
  let requestCount = 0;
  let messageCount = 0;

  const wait = (ms) => new Promise((resolve) => {
    const t = setTimeout(() => { timers.delete(t); resolve(); }, Math.max(0, ms));
    timers.add(t);
  });
  // The client may abort (or close() may run) while we wait; writing then is pointless.
  const gone = (res) => !live.has(res);

  /**
   * Writes a body in `chunks`, paced by `delayMs`, obeying the step's `drop` / `hang` cut:
   * after that many bytes or events the connection is destroyed (drop) or left silent (hang).
   */
  async function writeBody(req, res, step, chunks, delayMs) {
    // The whole body is only needed to find where a cut falls; most answers have none.
    const whole = isObject(step.drop) || isObject(step.hang) ? Buffer.concat(chunks.map((c) => Buffer.from(c))) : null;
    const dropAt = whole && cutAt(step.drop, whole);
    const cut = dropAt ?? (whole && cutAt(step.hang, whole));
    let sent = 0;
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) await wait(delayMs); // even 0 ms yields a turn, so chunks leave separately
      if (gone(res)) return;
      const bytes = Buffer.from(chunk);
      if (cut !== null && sent + bytes.length >= cut) {
        const part = bytes.subarray(0, cut - sent);
        // Flushed first, so the client sees the headers and the part before the cut.
        if (dropAt !== null) res.write(part, () => req.socket.destroy());
        else res.write(part); // stays in `live` until the client gives up or close() runs
        return;
      }
      res.write(bytes);
      sent += bytes.length;
    }
    res.end();
  }

  function sendBody(req, res, status, body, { contentType, headers = {}, step = {} } = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      ...CORS, 'content-type': contentType ?? 'application/json',
      'content-length': Buffer.byteLength(text), ...headers,
    });
    return writeBody(req, res, step, [text], 0);
  }

  function sendError(req, res, ctx, status, step = {}, extra = {}) {
    const body = step.body ?? errorBody(status, step, ctx.id);
    return sendBody(req, res, status, body, { contentType: step.contentType, headers: { ...ctx.headers, ...extra }, step });
  }

  function invalid(path, body) {
    if (!isObject(body)) return 'The request body is not valid JSON.';
    if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
    if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: Field required';
    if (path === MESSAGES && !(Number.isInteger(body.max_tokens) && body.max_tokens > 0)) {
      return 'max_tokens: Field required';
    }
    // As the API: a prefill that ends in whitespace is refused.
    if (/\s$/.test(prefillOf(body))) return 'final assistant content cannot end with trailing whitespace';
    return null;
  }

  /** The reply, or after a prefill what follows it: a prefill of the reply's own start is
   *  continued from there, so a stream cut and continued spells the uninterrupted reply. */
  function makeMessage(body, step) {
    const whole = step.text ?? replyText(promptOf(body));
    const prefill = prefillOf(body);
    const text = prefill && whole.startsWith(prefill) ? whole.slice(prefill.length) : whole;
    return {
      id: `msg_mock_${++messageCount}`, type: 'message', role: 'assistant', model: step.model ?? body.model,
      content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null,
      usage: { input_tokens: estimateInputTokens(body), output_tokens: countWords(text) },
    };
  }

  function stream(req, res, ctx, msg, extra, step) {
    res.writeHead(200, {
      ...CORS, ...ctx.headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...extra,
    });
    const deltas = textPieces(msg.content[0].text).map((text) =>
      sseFrame('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }));
    const events = [
      sseFrame('message_start', {
        message: { ...msg, content: [], stop_reason: null, stop_sequence: null,
          usage: { input_tokens: msg.usage.input_tokens, output_tokens: 1 } },
      }),
      sseFrame('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      sseFrame('ping'),
    ];
    if (step.stream) {
      events.push(...deltas.slice(0, step.stream.errorAfter ?? 0), streamErrorFrame(step.stream));
    } else {
      events.push(...deltas, sseFrame('content_block_stop', { index: 0 }), sseFrame('message_delta', {
        delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: msg.usage.output_tokens },
      }), sseFrame('message_stop'));
    }
    // Split one event across two writes, at the byte midpoint (possibly inside a UTF-8
    // sequence), because real networks do that and parsers must buffer across chunks.
    const splitAt = events.length > 3 ? 3 : 0;
    const chunks = events.flatMap((e, i) => {
      if (i !== splitAt) return [e];
      const bytes = Buffer.from(e);
      const mid = bytes.length >> 1;
      return [bytes.subarray(0, mid), bytes.subarray(mid)];
    });
    return writeBody(req, res, step, chunks, step.streamDelayMs ?? faults.streamDelayMs);
  }

  function succeed(req, res, ctx, step, extra) {
    const problem = invalid(ctx.path, ctx.body);
    if (problem) return sendError(req, res, ctx, 400, { message: problem }, extra);
    const headers = { ...ctx.headers, ...extra };
    if (ctx.path === COUNT_TOKENS) {
      return sendBody(req, res, 200, { input_tokens: estimateInputTokens(ctx.body) }, { headers, step });
    }
    const msg = makeMessage(ctx.body, step);
    if (ctx.body.stream === true || step.stream) return stream(req, res, ctx, msg, extra, step);
    return sendBody(req, res, 200, msg, { headers, step });
  }

  async function answer(req, res, ctx, step) {
    const delayMs = (step.delayMs ?? 0) + faults.latencyMs;
    if (delayMs > 0) await wait(delayMs);
    if (gone(res)) return;
    const extra = stepHeaders(step, faults.retryAfterSec);
    if (step.drop === true) return req.socket.destroy();
    if (step.hang === true) return; // stays in `live` until the client aborts or close() runs
    const status = step.status ?? 200;
    const headers = { ...ctx.headers, ...extra };
    if (step.raw !== undefined) {
      return sendBody(req, res, status, String(step.raw), { contentType: step.contentType, headers, step });
    }
    if (status >= 300 && !step.ok) return sendError(req, res, ctx, status, step, extra);
    if (step.body !== undefined) return sendBody(req, res, status, step.body, { contentType: step.contentType, headers, step });
    return succeed(req, res, ctx, step, extra);
  }

  async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size <= config.maxBodyBytes) chunks.push(chunk);
    }
    return { raw: Buffer.concat(chunks).toString('utf8'), tooLarge: size > config.maxBodyBytes };
  }

  async function serveApi(req, res, path) {
    const { raw, tooLarge } = await readBody(req);
    const body = parseJson(raw);
    const at = Date.now();
    const id = `req_mock_${++requestCount}`;
    const entry = { method: req.method, path, headers: flatHeaders(req.headers), body, at, requestId: id, fault: null };
    requests.push(entry);
    const refused = usage.refusal(body, at);
    const ctx = { id, path, body, headers: { 'request-id': id, ...(refused ? usage.headers(at) : usage.record(body, at)) } };
    // Checks the real API makes before any work; they consume no script step.
    if (req.method !== 'POST') {
      return sendError(req, res, ctx, 405, { message: `Method ${req.method} not allowed` }, { allow: 'POST' });
    }
    if (tooLarge) return sendError(req, res, ctx, 413);
    // API version 2026-10-21 takes the key as `Authorization: Bearer <key>`; x-api-key still works.
    const bearer = /^Bearer \S+$/.test(req.headers.authorization ?? '');
    if (config.requireKey && !req.headers['x-api-key'] && !bearer) return sendError(req, res, ctx, 401);
    if (refused) {
      // As the API: a 429 naming the limit, with the seconds until the request would fit.
      const step = {
        status: 429, retryAfter: Math.ceil(refused.waitMs / 1000),
        message: `This request would exceed your organization's rate limit of ${refused.limit === 'requests'
          ? `${config.limits.requests} requests` : `${config.limits.inputTokens} input tokens`} per window.`,
      };
      entry.fault = step;
      return answer(req, res, ctx, step);
    }
    const step = queue.shift() ?? drawFault(faults, random, isObject(body) && body.stream === true);
    entry.fault = step;
    return answer(req, res, ctx, step ?? {});
  }

  async function serveControl(req, res, path) {
    const body = parseJson((await readBody(req)).raw);
    const send = (status, value) => sendBody(req, res, status, value);
    const reject = (status, error) => send(status, errorBody(status, { message: error.message ?? error }));
    try {
      switch (`${req.method} ${path}`) {
        case 'POST /__mock/script': return send(200, { queued: mock.script(body) });
        case 'POST /__mock/faults': return send(200, mock.setFaults(body));
        case 'GET /__mock/faults': return send(200, mock.faults);
        case 'POST /__mock/reset':
          mock.reset();
          return send(200, { ok: true });
        case 'GET /__mock/requests':
          return send(200, requests.map((r) => ({ ...r, headers: redact(r.headers) })));
        default:
          return reject(405, `Method ${req.method} not allowed on ${path}`);
      }
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) return reject(400, error);
      throw error;
    }
  }

  const mock = {
    /** What the mock received, oldest first: method, path, headers, parsed body, time, the
     *  request id it answered with and the fault it injected (a step, or null). */
    requests,
    get faults() {
      return { ...faults };
    },
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://mock.invalid').pathname;
      const isApi = API_PATHS.has(path);
      if (!isApi && !CONTROL_PATHS.has(path)) return false;
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...CORS, 'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] || '*',
          'access-control-max-age': '600',
        });
        res.end();
        return true;
      }
      live.add(res);
      res.on('close', () => live.delete(res));
      (isApi ? serveApi : serveControl)(req, res, path).catch((error) => {
        if (res.headersSent || gone(res)) return res.destroy();
        sendBody(req, res, 500, errorBody(500, { message: `mock failure: ${error.message}` }));
      });
      return true;
    },
    /** Queues steps, each answering one API request before any fault rate applies. */
    script(steps) {
      queue.push(...checkSteps(steps, 'script', STATUSES));
      return queue.length;
    },
    setFaults(changes) {
      faults = mergeFaults(faults, changes);
      return { ...faults };
    },
    /** Back to the options it was created with: script, faults, seed, counters, log. */
    reset() {
      queue.splice(0, queue.length, ...config.script);
      requests.length = 0; // same array, so references to `requests` stay valid
      faults = { ...config.faults };
      random = seeded(config.seed);
      usage.clear();
      requestCount = 0;
      messageCount = 0;
    },
    /** Ends every response still open and clears every pending delay. */
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of live) res.destroy();
      live.clear();
    },
  };
  return mock;
}

/**
 * Starts the mock on http://127.0.0.1:<port> (an ephemeral port by default). Resolves with
 * `{ url, port, requests, faults, script, setFaults, reset, close }`.
 */
export async function startMockClaude(options = {}) {
  if (!isObject(options)) throw new TypeError('options must be an object');
  const { port = 0, ...rest } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('options.port must be an integer in 0–65535');
  const mock = createMockClaude(rest);
  const server = http.createServer((req, res) => {
    if (mock.handle(req, res)) return;
    const body = JSON.stringify(errorBody(404, { message: `no mock route for ${req.method} ${req.url}` }));
    res.writeHead(404, { ...CORS, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  const actual = server.address().port;
  let closing;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests: mock.requests,
    get faults() {
      return mock.faults;
    },
    script: mock.script,
    setFaults: mock.setFaults,
    reset: mock.reset,
    close: () => (closing ??= new Promise((resolve) => {
      mock.close();
      server.close(() => resolve());
      server.closeAllConnections(); // keep-alive and hanging sockets would otherwise delay exit
    })),
  };
}
