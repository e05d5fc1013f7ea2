// What the Claude API's answers look like, for the mock server and chaosFetch alike: error
// bodies by status, SSE frames, the `anthropic-ratelimit-*` headers over a rolling window.

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

export const errorFor = (status) => ERRORS[status] ?? (status >= 500 ? ERRORS[500] : ERRORS[400]);
export const messageForType = (type) =>
  Object.values(ERRORS).find(([t]) => t === type)?.[1] ?? 'An error occurred';

/** The body of an error answer, as the API sends it. */
export function errorBody(status, { type, message } = {}, requestId) {
  const [defaultType, defaultMessage] = errorFor(status);
  return {
    type: 'error', error: { type: type ?? defaultType, message: message ?? defaultMessage }, request_id: requestId,
  };
}

/** The headers a scripted or drawn error step adds: its own, the retry hints, a default
 *  `retry-after` on a 429 that names none. Header names lower-cased. */
export function stepHeaders(step, retryAfterSec) {
  const headers = Object.fromEntries(Object.entries(step.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  if (step.retryAfter !== undefined) headers['retry-after'] = String(step.retryAfter);
  if (step.retryAfterMs !== undefined) headers['retry-after-ms'] = String(step.retryAfterMs);
  if (step.status === 429 && !step.ok && !('retry-after' in headers) && !('retry-after-ms' in headers)) {
    headers['retry-after'] = String(retryAfterSec);
  }
  return headers;
}

export const sseFrame = (type, data = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

/** The `error` event a stream fault ends with. */
export function streamErrorFrame({ errorType = 'overloaded_error', message } = {}) {
  return sseFrame('error', { error: { type: errorType, message: message ?? messageForType(errorType) } });
}

const LIMIT_KINDS = ['requests', 'tokens', 'input-tokens', 'output-tokens'];
export const LIMIT_HEADERS = LIMIT_KINDS.flatMap((k) =>
  ['limit', 'remaining', 'reset'].map((f) => `anthropic-ratelimit-${k}-${f}`));
export const DEFAULT_LIMITS = Object.freeze({
  requests: 50, inputTokens: 40_000, outputTokens: 8_000, windowMs: 60_000, enforce: false,
});

/** RFC 3339 in UTC, whole seconds, as the API sends `…-reset`. */
export const rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Checks a `limits` option: requests, input and output tokens per window (a minute by
 *  default), and whether requests beyond them are refused. */
export function checkLimits(limits, where) {
  if (limits === undefined) return { ...DEFAULT_LIMITS };
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) throw new TypeError(`${where} must be an object`);
  const out = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(limits)) {
    if (!(name in DEFAULT_LIMITS)) throw new TypeError(`${where}.${name} is not a limit (${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    if (name === 'enforce') {
      if (typeof value !== 'boolean') throw new TypeError(`${where}.enforce must be a boolean`);
    } else if (!Number.isInteger(value) || value < (name === 'windowMs' ? 1 : 0)) {
      throw new RangeError(`${where}.${name} must be an integer >= ${name === 'windowMs' ? 1 : 0}`);
    }
    out[name] = value;
  }
  return out;
}

/** Rough token count of a request body (4 characters a token), as the mock bills it. */
export function estimateInputTokens(body) {
  const textOf = (content) => {
    if (typeof content === 'string') return content;
    if (!Array.isArray(content)) return '';
    return content.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text).join('\n');
  };
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const chars = [textOf(body?.system), ...messages.map((m) => textOf(m?.content))].join('').length;
  return Math.max(1, Math.ceil(chars / 4));
}

/** Usage over a rolling window, and the rate-limit headers it gives. */
export function rateWindow(limits) {
  const WINDOW_MS = limits.windowMs;
  let usage = []; // { at, input, output } per request in the window
  const cost = (body) => {
    const isBody = body !== null && typeof body === 'object';
    return { input: isBody ? estimateInputTokens(body) : 0, output: Number.isInteger(body?.max_tokens) ? body.max_tokens : 0 };
  };
  return {
    /** Counts a request (its body, parsed or not) and returns the headers of its answer. */
    record(body, at) {
      usage.push({ at, ...cost(body) });
      return this.headers(at);
    },
    /**
     * With `limits.enforce`: null when the request fits in what the window has left, else which
     * limit it would break and the ms until enough of the window has passed for it to fit (the
     * whole window for a request larger than the limit itself). A refused request is not counted.
     */
    refusal(body, now) {
      if (!limits.enforce) return null;
      usage = usage.filter((u) => now - u.at < WINDOW_MS);
      const { input } = cost(body);
      // When the window has room once its `n` oldest requests have left it.
      const fitsAfter = (n) => (n === 0 ? 0 : usage[n - 1].at + WINDOW_MS - now);
      if (limits.requests === 0) return { limit: 'requests', waitMs: WINDOW_MS };
      const requestsOver = usage.length + 1 - limits.requests;
      if (requestsOver > 0) return { limit: 'requests', waitMs: Math.max(1, fitsAfter(requestsOver)) };
      if (input > limits.inputTokens) return { limit: 'input_tokens', waitMs: WINDOW_MS };
      let over = usage.reduce((sum, u) => sum + u.input, 0) + input - limits.inputTokens;
      let leaving = 0;
      while (over > 0) over -= usage[leaving++].input;
      return leaving === 0 ? null : { limit: 'input_tokens', waitMs: Math.max(1, fitsAfter(leaving)) };
    },
    headers(now) {
      usage = usage.filter((u) => now - u.at < WINDOW_MS);
      const input = usage.reduce((s, u) => s + u.input, 0);
      const output = usage.reduce((s, u) => s + u.output, 0);
      const used = { requests: usage.length, tokens: input + output, 'input-tokens': input, 'output-tokens': output };
      const max = {
        requests: limits.requests, tokens: limits.inputTokens + limits.outputTokens,
        'input-tokens': limits.inputTokens, 'output-tokens': limits.outputTokens,
      };
      const reset = rfc3339((usage[0]?.at ?? now) + WINDOW_MS);
      return Object.fromEntries(LIMIT_KINDS.flatMap((k) => [
        [`anthropic-ratelimit-${k}-limit`, String(max[k])],
        [`anthropic-ratelimit-${k}-remaining`, String(Math.max(0, max[k] - used[k]))],
        [`anthropic-ratelimit-${k}-reset`, reset],
      ]));
    },
    clear() {
      usage = [];
    },
  };
}
