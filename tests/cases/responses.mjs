// Responses made in-process for the client's `fetch` option: a status, the request-id header
// and a body handed out part by part, possibly with pauses, a stall or a dropped connection.
// The same faults then reach Node and a browser page alike, and the client never reaches the
// network; and the mock API's control paths. Not a case file itself: the case files import it.

export const KEY = 'sk-ant-test-SECRET-123';
export const MODEL = 'claude-test-model';
export const REQUEST_ID = 'req_reliability_1';
const encoder = new TextEncoder();

/** A client whose every request is answered by `fetch`; `baseURL` is never reached. */
export const inProcess = (m, baseURL, fetch, extra = {}) =>
  new m.Anthropic({
    apiKey: KEY, baseURL, fetch, maxRetries: 0, circuitBreaker: false, dangerouslyAllowBrowser: true, ...extra,
  });

/** Runs a stream to its end (or its failure): the events it handed out and the error, if any. */
/** Calls the mock API's control paths (`/__mock/…`) at `mockUrl`: the parsed answer, or a
 *  throw naming the path when the mock refused. */
export const mockControl = (mockUrl) => async (method, path, body) => {
  const response = await fetch(`${mockUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const value = await response.json();
  if (!response.ok) throw new Error(`mock ${method} ${path}: ${response.status} ${JSON.stringify(value)}`);
  return value;
};

export async function drain(stream) {
  const events = [];
  try {
    for await (const event of stream) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events, error: null };
}

export const params = (extra = {}) => ({
  model: MODEL,
  max_tokens: 64,
  messages: [{ role: 'user', content: 'hello there' }],
  ...extra,
});

export const sse = (type, data = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

export const MESSAGE = {
  id: 'msg_reliability_1', type: 'message', role: 'assistant', model: MODEL, content: [],
  stop_reason: null, stop_sequence: null, usage: { input_tokens: 3, output_tokens: 1 },
};
export const STREAM_HEAD = [
  sse('message_start', { message: MESSAGE }),
  sse('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  sse('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Hello' } }),
];
export const STREAM_TAIL = [
  sse('content_block_stop', { index: 0 }),
  sse('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }),
  sse('message_stop'),
];

/**
 * A `fetch` that answers every request with `status`, the request-id header, then `parts` of
 * a body, then `end`: 'close', 'stall' (the body never finishes, and no abort reaches it, as
 * with a host whose fetch ignores the signal) or 'error' (the connection drops). `calls`
 * counts the requests.
 */
export function answering({ status = 200, parts = [], end = 'close', contentType = 'application/json' } = {}) {
  const fetch = async () => {
    fetch.calls += 1;
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        if (sent < parts.length) return controller.enqueue(encoder.encode(parts[sent++]));
        if (end === 'stall') return new Promise(() => {});
        if (end === 'error') return controller.error(new TypeError('terminated'));
        return controller.close();
      },
    });
    return new Response(body, { status, headers: { 'content-type': contentType, 'request-id': REQUEST_ID } });
  };
  fetch.calls = 0;
  return fetch;
}


/**
 * A `fetch` that answers with an event stream handed out as `parts`, each `[pauseMs, text]`:
 * the text arrives after the pause. `end` as for `answering`.
 */
export function trickling(parts, end = 'close') {
  const fetch = async () => {
    fetch.calls += 1;
    let sent = 0;
    const body = new ReadableStream({
      async pull(controller) {
        if (sent < parts.length) {
          const [pause, text] = parts[sent++];
          if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
          return controller.enqueue(encoder.encode(text));
        }
        if (end === 'stall') return new Promise(() => {});
        if (end === 'error') return controller.error(new TypeError('terminated'));
        return controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'request-id': REQUEST_ID } });
  };
  fetch.calls = 0;
  return fetch;
}

/** A reply long enough to be cut several times, in pieces that end in whitespace. */
export const ANSWER =
  'The quick brown fox jumps over the lazy dog. It was a bright cold day in April,\n\nand the clocks were striking thirteen. Call me Ishmael.';

export const answerPieces = (text) => text.match(/\s*\S+\s*/g) ?? [];

/**
 * A `fetch` that streams `answer` like the API and continues it after a prefill: a request
 * whose last message is the assistant's gets the rest of `answer` after that text, and, like
 * the API, a prefill that ends in whitespace (or is not the answer's start) is a 400. The
 * k-th request is cut as `cuts[k]` says — `{ after: n, kind }`, n text deltas, then 'error'
 * (an overloaded_error event), 'drop' (the connection fails) or 'stall' (nothing more comes) —
 * or runs to its end. With `thinking`, a thinking block comes first. `requests` holds the
 * parsed bodies.
 */
export function continuing({ cuts = [], answer = ANSWER, thinking = false } = {}) {
  const requests = [];
  const fetch = async (url, init) => {
    const body = JSON.parse(init.body);
    requests.push(body);
    const cut = cuts[requests.length - 1];
    const last = body.messages.at(-1);
    const prefill = last?.role === 'assistant' ? last.content : '';
    const headers = { 'request-id': `req_continuing_${requests.length}` };
    if (/\s$/.test(prefill) || !answer.startsWith(prefill)) {
      const error = { type: 'invalid_request_error', message: 'final assistant content cannot end with trailing whitespace' };
      return new Response(JSON.stringify({ type: 'error', error }), { status: 400, headers: { ...headers, 'content-type': 'application/json' } });
    }
    const pieces = answerPieces(answer.slice(prefill.length));
    const start = {
      id: `msg_continuing_${requests.length}`, type: 'message', role: 'assistant', model: body.model, content: [],
      stop_reason: null, stop_sequence: null, usage: { input_tokens: 10 + prefill.length, output_tokens: 1 },
    };
    const events = [sse('message_start', { message: start })];
    let index = 0;
    if (thinking) {
      events.push(sse('content_block_start', { index, content_block: { type: 'thinking', thinking: '' } }));
      events.push(sse('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: 'Let me think.' } }));
      if (!cut) events.push(sse('content_block_stop', { index }));
      index += 1;
    }
    if (!thinking || !cut) events.push(sse('content_block_start', { index, content_block: { type: 'text', text: '' } }));
    const deltas = pieces.map((text) => sse('content_block_delta', { index, delta: { type: 'text_delta', text } }));
    let end = 'close';
    if (cut) {
      if (!thinking) events.push(...deltas.slice(0, cut.after));
      if (cut.kind === 'error') events.push(sse('error', { error: { type: 'overloaded_error', message: 'Overloaded' } }));
      else end = cut.kind === 'drop' ? 'error' : 'stall';
    } else {
      events.push(...deltas, sse('content_block_stop', { index }), sse('message_delta', {
        delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: pieces.length },
      }), sse('message_stop'));
    }
    const response = await trickling(events.map((text) => [0, text]), end)(url, init);
    return new Response(response.body, { status: 200, headers: { ...headers, 'content-type': 'text/event-stream' } });
  };
  fetch.requests = requests;
  return fetch;
}
