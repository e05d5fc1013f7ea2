// Mock of the Anthropic Messages API for claude-resilience's tests and demo.
// node:http only, so tests and the demo run without an `npm install` of anything.
import http from 'node:http';
import { pathToFileURL } from 'node:url';

const MESSAGES = '/v1/messages';
const COUNT_TOKENS = '/v1/messages/count_tokens';
const API_PATHS = new Set([MESSAGES, COUNT_TOKENS]);
const CONTROL_PATHS = new Set(['/__mock/script', '/__mock/faults', '/__mock/reset', '/__mock/requests']);

// The real API's error types; statuses it never sends fall back by class.
const ERRORS = {
  400: ['invalid_request_error', 'There was an issue with the format or content of your request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'The requested resource could not be found.'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'This request would exceed the rate limit for your organization. Please try again later.'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
};
const errorFor = (status) => ERRORS[status] ?? (status >= 500 ? ERRORS[500] : ERRORS[400]);
const messageForType = (type) =>
  Object.values(ERRORS).find(([t]) => t === type)?.[1] ?? 'An error occurred';

const LIMIT_KINDS = ['requests', 'tokens', 'input-tokens', 'output-tokens'];
const LIMIT_HEADERS = LIMIT_KINDS.flatMap((k) =>
  ['limit', 'remaining', 'reset'].map((f) => `anthropic-ratelimit-${k}-${f}`));
const DEFAULT_LIMITS = { requests: 50, 'input-tokens': 40_000, 'output-tokens': 8_000 };
const WINDOW_MS = 60_000;

// Browsers only let page scripts read non-safelisted headers that are exposed, and the
// demo page shows retry hints and rate-limit gauges taken straight from them.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    ['request-id', 'retry-after', 'retry-after-ms', 'x-should-retry', ...LIMIT_HEADERS].join(', '),
};

const DEFAULT_FAULTS = Object.freeze({
  rate429: 0, rate529: 0, rate500: 0, latencyMs: 0, outage: false, retryAfterSec: 1, streamDelayMs: 0,
});

// Long enough that a streamed reply visibly arrives in pieces in the demo.
const SENTENCES = [
  'Transient failures such as 429 and 529 responses are retried with exponential backoff and jitter.',
  'A retry-after header, when the server sends one, takes precedence over the computed delay.',
  'After repeated failures the circuit breaker opens and fails fast instead of adding load.',
  'Once the cool-down passes, a single half-open probe decides whether the breaker closes again.',
  'Graceful degradation keeps the page usable with a fallback answer while the API recovers.',
  'Every attempt has a deadline, so a hanging connection never blocks the caller forever.',
];

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const parseJson = (raw) => { try { return JSON.parse(raw); } catch { return raw; } };
const lowerKeys = (h) => Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
const countWords = (text) => (text.match(/\S+/g) ?? []).length;
const rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

function textOf(content) {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text).join('\n');
}

function promptOf(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  return textOf(messages.findLast((m) => m?.role === 'user')?.content);
}

function estimateInputTokens(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const chars = [textOf(body?.system), ...messages.map((m) => textOf(m?.content))].join('').length;
  return Math.max(1, Math.ceil(chars / 4));
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

function sendBody(res, status, body, contentType, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS, 'content-type': contentType ?? 'application/json',
    'content-length': Buffer.byteLength(text), ...headers,
  });
  res.end(text);
}

const sseFrame = (type, data = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

// Groups of up to three words; joining the pieces gives back the text exactly.
const textPieces = (text) => text.match(/\s*\S+(?:\s+\S+){0,2}\s*/g) ?? [];

export function createMockApi({ random = Math.random, requireKey = false, limits = {}, maxBodyBytes = 32 << 20 } = {}) {
  const queue = [];
  const requests = [];
  const live = new Set();   // responses not yet finished: close() must be able to end them
  const timers = new Set(); // pending delays: close() clears them so nothing keeps the loop alive
  const limit = { ...DEFAULT_LIMITS, ...limits };
  let faults = { ...DEFAULT_FAULTS };
  let usage = [];           // { at, input, output } per API request in the rolling window
  let requestCount = 0;
  let messageCount = 0;

  const wait = (ms) => new Promise((resolve) => {
    const t = setTimeout(() => { timers.delete(t); resolve(); }, Math.max(0, ms));
    timers.add(t);
  });
  // The client may abort (or close() may run) while we wait; writing then is pointless.
  const gone = (res) => !live.has(res);

  function rateHeaders(now) {
    usage = usage.filter((u) => now - u.at < WINDOW_MS);
    const input = usage.reduce((s, u) => s + u.input, 0);
    const output = usage.reduce((s, u) => s + u.output, 0);
    const used = { requests: usage.length, tokens: input + output, 'input-tokens': input, 'output-tokens': output };
    const max = { ...limit, tokens: limit['input-tokens'] + limit['output-tokens'] };
    const reset = rfc3339((usage[0]?.at ?? now) + WINDOW_MS);
    return Object.fromEntries(LIMIT_KINDS.flatMap((k) => [
      [`anthropic-ratelimit-${k}-limit`, String(max[k])],
      [`anthropic-ratelimit-${k}-remaining`, String(Math.max(0, max[k] - used[k]))],
      [`anthropic-ratelimit-${k}-reset`, reset],
    ]));
  }

  function sendError(res, ctx, status, o = {}, extra = {}) {
    const [type, message] = errorFor(status);
    const headers = { ...ctx.headers, ...extra };
    if (status === 429 && !('retry-after' in headers) && !('retry-after-ms' in headers)) {
      headers['retry-after'] = String(faults.retryAfterSec);
    }
    const body = o.body ?? {
      type: 'error', error: { type: o.type ?? type, message: o.message ?? message }, request_id: ctx.id,
    };
    sendBody(res, status, body, o.contentType, headers);
  }

  function invalid(path, body) {
    if (!isObj(body)) return 'The request body is not valid JSON.';
    if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
    if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: Field required';
    if (path === MESSAGES && !(Number.isInteger(body.max_tokens) && body.max_tokens > 0)) {
      return 'max_tokens: Field required';
    }
    return null;
  }

  function makeMessage(body, step) {
    const text = step.text ?? replyText(promptOf(body));
    return {
      id: `msg_mock_${++messageCount}`, type: 'message', role: 'assistant', model: step.model ?? body.model,
      content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null,
      usage: { input_tokens: estimateInputTokens(body), output_tokens: countWords(text) },
    };
  }

  async function stream(res, ctx, msg, extra, step) {
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
    const errorSpec = isObj(step.stream) ? step.stream : null;
    if (errorSpec) {
      const errorType = errorSpec.errorType ?? 'overloaded_error';
      events.push(...deltas.slice(0, Math.max(0, errorSpec.errorAfter ?? 0)), sseFrame('error', {
        error: { type: errorType, message: errorSpec.message ?? messageForType(errorType) },
      }));
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
    const delay = step.streamDelayMs ?? faults.streamDelayMs;
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) await wait(delay); // even 0 ms yields a turn, so chunks leave separately
      if (gone(res)) return;
      res.write(chunk);
    }
    res.end();
  }

  function succeed(res, ctx, step, extra) {
    const problem = invalid(ctx.path, ctx.body);
    if (problem) return sendError(res, ctx, 400, { message: problem }, extra);
    const headers = { ...ctx.headers, ...extra };
    if (ctx.path === COUNT_TOKENS) {
      return sendBody(res, 200, { input_tokens: estimateInputTokens(ctx.body) }, undefined, headers);
    }
    const msg = makeMessage(ctx.body, step);
    if (ctx.body.stream === true || isObj(step.stream)) return stream(res, ctx, msg, extra, step);
    return sendBody(res, 200, msg, undefined, headers);
  }

  async function runStep(req, res, ctx, step) {
    if (step.delayMs > 0) await wait(step.delayMs);
    if (gone(res)) return;
    const extra = lowerKeys(step.headers);
    if (step.retryAfter != null) extra['retry-after'] = String(step.retryAfter);
    if (step.retryAfterMs != null) extra['retry-after-ms'] = String(step.retryAfterMs);
    if (step.drop) return req.socket.destroy();
    if (step.hang) return; // stays in `live` until the client aborts or close() runs
    if (step.raw !== undefined) {
      return sendBody(res, step.status ?? 200, String(step.raw), step.contentType, { ...ctx.headers, ...extra });
    }
    const status = step.status ?? 200;
    if (status >= 300 && !step.ok) return sendError(res, ctx, status, step, extra);
    if (step.body !== undefined) return sendBody(res, status, step.body, step.contentType, { ...ctx.headers, ...extra });
    return succeed(res, ctx, step, extra);
  }

  async function runFaults(res, ctx) {
    if (faults.latencyMs > 0) await wait(faults.latencyMs);
    if (gone(res)) return;
    if (faults.outage) return sendError(res, ctx, 529);
    // One draw per request, so an injected sequence maps one-to-one onto outcomes.
    if (faults.rate429 + faults.rate529 + faults.rate500 > 0) {
      const r = random();
      let edge = 0;
      for (const [status, share] of [[429, faults.rate429], [529, faults.rate529], [500, faults.rate500]]) {
        if (r < (edge += share)) return sendError(res, ctx, status);
      }
    }
    return succeed(res, ctx, {}, {});
  }

  async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    }
    return { raw: Buffer.concat(chunks).toString('utf8'), tooLarge: size > maxBodyBytes };
  }

  async function serveApi(req, res, path) {
    const { raw, tooLarge } = await readBody(req);
    const body = parseJson(raw);
    const at = Date.now();
    requests.push({ method: req.method, path, headers: { ...req.headers }, body, at });
    usage.push({ at, input: isObj(body) ? estimateInputTokens(body) : 0,
      output: Number.isInteger(body?.max_tokens) ? body.max_tokens : 0 });
    const id = `req_mock_${++requestCount}`;
    const ctx = { id, path, body, headers: { 'request-id': id, ...rateHeaders(at) } };
    // Checks the real API makes before any work; they consume no script step.
    if (req.method !== 'POST') {
      return sendError(res, ctx, 405, { message: `Method ${req.method} not allowed` }, { allow: 'POST' });
    }
    if (tooLarge) return sendError(res, ctx, 413);
    // API version 2026-10-21 takes the key as `Authorization: Bearer <key>`; x-api-key still works.
    const bearer = /^Bearer \S+$/.test(req.headers.authorization ?? '');
    if (requireKey && !req.headers['x-api-key'] && !bearer) return sendError(res, ctx, 401);
    const step = queue.shift();
    return step ? runStep(req, res, ctx, step) : runFaults(res, ctx);
  }

  async function serveControl(req, res, path) {
    const body = parseJson((await readBody(req)).raw);
    const send = (status, obj) => sendBody(res, status, obj);
    const reject = (status, message) =>
      send(status, { type: 'error', error: { type: errorFor(status)[0], message } });
    switch (`${req.method} ${path}`) {
      case 'POST /__mock/script': {
        const steps = Array.isArray(body) ? body : isObj(body) ? [body] : null;
        if (!steps || !steps.every(isObj)) return reject(400, 'body must be an array of step objects');
        api.script(steps);
        return send(200, { queued: steps.length });
      }
      case 'POST /__mock/faults':
        return isObj(body) ? send(200, api.setFaults(body)) : reject(400, 'body must be an object');
      case 'GET /__mock/faults':
        return send(200, { ...faults });
      case 'POST /__mock/reset':
        api.reset();
        return send(200, { ok: true });
      case 'GET /__mock/requests':
        return send(200, requests.map((r) => ({ ...r, headers: redact(r.headers) })));
      default:
        return reject(405, `Method ${req.method} not allowed on ${path}`);
    }
  }

  const redact = (headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) =>
    [k, k === 'x-api-key' || k === 'authorization' ? '<redacted>' : v]));

  const api = {
    requests,
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
      (isApi ? serveApi : serveControl)(req, res, path).catch((err) => {
        if (res.headersSent || gone(res)) return res.destroy();
        sendBody(res, 500, { type: 'error', error: { type: 'api_error', message: `mock failure: ${err.message}` } });
      });
      return true;
    },
    script(steps) {
      for (const step of Array.isArray(steps) ? steps : [steps]) {
        if (!isObj(step)) throw new TypeError('script steps must be objects');
        queue.push({ ...step });
      }
      return queue.length;
    },
    setFaults(f = {}) {
      for (const key of Object.keys(DEFAULT_FAULTS)) {
        if (f[key] === undefined) continue;
        faults[key] = key === 'outage' ? Boolean(f[key]) : Math.max(0, Number(f[key]) || 0);
      }
      return { ...faults };
    },
    reset() {
      queue.length = 0;
      requests.length = 0; // same array, so references to api.requests stay valid
      faults = { ...DEFAULT_FAULTS };
      usage = [];
      requestCount = 0;
      messageCount = 0;
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of live) res.destroy();
      live.clear();
    },
  };
  return api;
}

export async function startMockServer({ port = 0, random, ...options } = {}) {
  const api = createMockApi({ random, ...options });
  const server = http.createServer((req, res) => {
    if (api.handle(req, res)) return;
    const message = `no mock route for ${req.method} ${req.url}`;
    sendBody(res, 404, { type: 'error', error: { type: 'not_found_error', message } });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  const actual = server.address().port;
  let closing;
  const close = () => (closing ??= new Promise((resolve) => {
    api.close();
    server.close(() => resolve());
    server.closeAllConnections(); // keep-alive and hanging sockets would otherwise delay exit
  }));
  return { url: `http://127.0.0.1:${actual}`, port: actual, api, close };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const value = at < 0 ? '0' : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  const port = Number(value);
  if (!/^\d+$/.test(value ?? '') || port > 65535) {
    console.error('usage: node tests/mock/server.mjs [--port N]');
    process.exit(2);
  }
  const { url, close } = await startMockServer({ port });
  console.log(`mock Claude API listening on ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => close().then(() => process.exit(0)));
  }
}
