// Answers of the Messages API built in-process, byte for byte, for the phases that need exact
// control of the response (how a body is split into chunks, which bytes it has) and no network.

const encoder = new TextEncoder();

export const sseFrame = (type, data = {}) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

export function message(text, { id = 'msg_soak', model = 'soak-model' } = {}) {
  return {
    id, type: 'message', role: 'assistant', model, content: [{ type: 'text', text }],
    stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 3, output_tokens: text.split(' ').length },
  };
}

/** A complete event stream of `text`, one delta per word. */
export function sse(text, options) {
  const msg = message(text, options);
  const words = text.match(/\S+\s*/g) ?? [];
  return [
    sseFrame('message_start', { message: { ...msg, content: [], stop_reason: null, usage: { input_tokens: 3, output_tokens: 1 } } }),
    sseFrame('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    sseFrame('ping'),
    ...words.map((w) => sseFrame('content_block_delta', { index: 0, delta: { type: 'text_delta', text: w } })),
    sseFrame('content_block_stop', { index: 0 }),
    sseFrame('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: words.length } }),
    sseFrame('message_stop'),
  ].join('');
}

/** A Response whose body is `chunks` (strings or bytes), one read each. */
export function response({ status = 200, headers = {}, chunks = [] }) {
  const parts = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
  let i = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (i < parts.length) controller.enqueue(parts[i++]);
      else controller.close();
    },
  }, { highWaterMark: 0 });
  return new Response(body, { status, headers });
}

/** `bytes` cut at each offset in `at` (ascending), as the chunks of a body. */
export function splitAt(bytes, at) {
  const out = [];
  let from = 0;
  for (const to of at) {
    out.push(bytes.subarray(from, to));
    from = to;
  }
  out.push(bytes.subarray(from));
  return out;
}

export const bytesOf = (text) => encoder.encode(text);
