// The drop-in programs (programs/*.ts): each with the mock API's script for its run and, where
// this package does not yet behave as @anthropic-ai/sdk 1.15 does, the reason it is expected to
// fail — to type-check against pkg/ (`types`) or to run the same (`run`). The test asserts that
// an expected failure still fails: one that starts passing must be taken off this list.

const toolUse = {
  id: 'msg_tool_1', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5',
  content: [
    { type: 'text', text: 'Let me check the weather.' },
    { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'San Francisco, CA' } },
  ],
  stop_reason: 'tool_use', stop_sequence: null, usage: { input_tokens: 12, output_tokens: 9 },
};
const thinking = {
  id: 'msg_think_1', type: 'message', role: 'assistant', model: 'claude-opus-5-5',
  content: [
    { type: 'thinking', thinking: 'Count the letters one by one.', signature: 'sig_1' },
    { type: 'text', text: 'There are three.' },
  ],
  stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 20 },
};
const serverTools = {
  id: 'msg_server_1', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5',
  content: [
    { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'example.com news' } },
    { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [
      { type: 'web_search_result', url: 'https://example.com/news', title: 'News', encrypted_content: 'enc_1', page_age: null },
    ] },
    { type: 'text', text: 'Example.com has news.', citations: null },
  ],
  stop_reason: 'end_turn', stop_sequence: null,
  usage: { input_tokens: 30, output_tokens: 12, server_tool_use: { web_search_requests: 1 } },
};
const cacheUsage = {
  id: 'msg_cache_1', type: 'message', role: 'assistant', model: 'claude-haiku-5-5',
  content: [{ type: 'text', text: 'The handbook, in short.' }],
  stop_reason: 'end_turn', stop_sequence: null,
  usage: { input_tokens: 8, output_tokens: 6, cache_creation_input_tokens: 1200, cache_read_input_tokens: 0 },
};
const answerOf = (text) => ({
  id: 'msg_structured_1', type: 'message', role: 'assistant', model: 'claude-sonnet-5-5',
  content: [{ type: 'text', text }],
  stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 20, output_tokens: 14 },
});
const structured = answerOf('{"answer":"yes","confidence":0.9}');
const coded = (type, code, message) => ({ type: 'error', error: { type, message, details: { error_code: code } }, request_id: 'req_coded' });
const notFound = {
  type: 'error',
  error: { type: 'not_found_error', message: 'model: claude-does-not-exist', details: { error_code: 'model_not_found' } },
  request_id: 'req_body_1',
};

/** The body of an event stream of `events`, as the API frames it. */
const sseBody = (events) => events.map((data) => `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`).join('');
/** The event stream of `message`, its blocks' text and JSON in the pieces of `pieces`. */
function streamOf(message, pieces) {
  const { content, stop_reason, usage } = message;
  const events = [{ type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } }];
  content.forEach((block, index) => {
    const [start, deltas] = pieces[block.type](block);
    events.push({ type: 'content_block_start', index, content_block: start });
    events.push(...deltas.map((delta) => ({ type: 'content_block_delta', index, delta })));
    events.push({ type: 'content_block_stop', index });
  });
  events.push({ type: 'message_delta', delta: { stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
  events.push({ type: 'message_stop' });
  return { raw: sseBody(events), contentType: 'text/event-stream' };
}
const split = (text, at) => [text.slice(0, at), text.slice(at)];
const PIECES = {
  text: ({ text }) => [{ type: 'text', text: '' }, split(text, 7).map((part) => ({ type: 'text_delta', text: part }))],
  thinking: ({ thinking, signature }) => [{ type: 'thinking', thinking: '', signature: '' }, [
    ...split(thinking, 9).map((part) => ({ type: 'thinking_delta', thinking: part })), { type: 'signature_delta', signature },
  ]],
  tool_use: ({ input, ...block }) => [{ ...block, input: {} }, ['{"location":', ' "San Francisco', ', CA", "unit": "f', 'ahrenheit"}']
    .filter(() => input).map((partial_json) => ({ type: 'input_json_delta', partial_json }))],
};


export const PROGRAMS = [
  { name: 'basic-create' },
  { name: 'message-fields' },
  { name: 'request-id' },
  { name: 'count-tokens' },
  { name: 'system-and-sampling' },
  { name: 'multi-turn' },
  { name: 'conversation' },
  { name: 'content-blocks' },
  { name: 'thinking', mock: [{ body: thinking }] },
  { name: 'thinking-config', mock: [{ body: thinking }, {}] },
  { name: 'tools', mock: [{ body: toolUse }, {}] },
  { name: 'tools-inline', mock: [{ body: toolUse }] },
  { name: 'tool-loop', mock: [{ body: toolUse }, {}] },
  { name: 'server-tools', mock: [{ body: serverTools }] },
  { name: 'documents-images' },
  { name: 'cache-control', mock: [{ body: cacheUsage }] },
  { name: 'promise-chain' },
  { name: 'parallel' },
  { name: 'named-imports', mock: [{ status: 401 }] },
  { name: 'named-types' },
  { name: 'subpath-types' },
  { name: 'subpath-errors', mock: [{ status: 429 }] },
  { name: 'error-subpath', mock: [{ status: 404 }] },
  { name: 'resources-messages' },
  { name: 'structured-outputs', mock: [{ body: structured }, { body: structured }, { body: structured }, { body: answerOf('yes, it is') },
    streamOf(structured, PIECES), streamOf(structured, PIECES)] },
  { name: 'sdk-example-structured-outputs-raw', mock: [{ body: answerOf('{"answer":"98123 - 2711 = 95412 is smaller"}') }] },
  { name: 'sdk-example-structured-outputs-json-schema', mock: [{ body: answerOf('{"primes":[2,3,5]}') }] },
  { name: 'sdk-example-structured-outputs-zod', mock: [{ body: answerOf('{"primes":[2,3,5]}') }] },
  { name: 'sdk-example-structured-outputs-streaming', mock: [{ body: answerOf(JSON.stringify({
    city: 'San Francisco', temperature: 18, conditions: ['fog', 'sun'],
    forecast: [{ day: 'Tue', high: 19, low: 12, condition: 'sun' }],
  })) }] },

  { name: 'stream-iterate' },
  { name: 'stream-event-types' },
  { name: 'stream-typed-events' },
  { name: 'stream-final-message' },
  { name: 'stream-final-text' },
  { name: 'stream-abort' },
  { name: 'stream-on-text' },
  { name: 'stream-events-api' },
  { name: 'stream-true' },
  { name: 'stream-all-events' },
  { name: 'stream-input-json', mock: [streamOf(toolUse, PIECES)] },
  { name: 'stream-thinking-events', mock: [streamOf(thinking, PIECES)] },
  { name: 'stream-error-listener', mock: [{ stream: { errorAfter: 2 } }] },
  { name: 'stream-with-response' },
  { name: 'stream-true-controller', mock: [{ streamDelayMs: 20 }, {}] },
  { name: 'message-stream-from-readable' },
  { name: 'stream-from-readable' },
  { name: 'sdk-example-streaming' },
  { name: 'sdk-example-cancellation' },
  { name: 'stream-error-event', mock: [{ stream: { errorAfter: 1 } }], fails: {
    run: 'deliberate difference: an in-stream error event is typed by its error.type (OverloadedError, 529), where the SDK throws an APIError without status',
  } },
  { name: 'with-response' },
  { name: 'with-response-errors', mock: [{ status: 529 }, {}, { status: 429 }, { status: 429 }] },
  { name: 'count-tokens-with-response' },
  { name: 'api-promise-typed' },

  { name: 'errors-catch', mock: [{ status: 404 }] },
  { name: 'errors-statuses', mock: [400, 401, 402, 403, 404, 408, 409, 412, 413, 422, 429, 431, 499, 500, 501, 503, 504, 529].map((status) => ({ status })) },
  { name: 'error-fields', mock: [{ status: 404, body: notFound, headers: { 'anthropic-workspace-id': 'wrk_dropin' } }] },
  { name: 'error-construct' },
  { name: 'error-codes', mock: [
    { status: 400, body: coded('invalid_request_error', 'image_dimensions_too_large', 'image exceeds 8000 px') },
    { status: 529, body: coded('overloaded_error', 'compaction_unavailable', 'compaction is busy') },
    { status: 529, body: coded('overloaded_error', 'compaction_unavailable', 'compaction is busy') },
    { status: 429, body: coded('rate_limit_error', 'enforced_spend_limit_reached', 'spend limit'), retryAfterMs: 10 },
    { status: 429, body: coded('rate_limit_error', 'enforced_spend_limit_reached', 'spend limit'), retryAfterMs: 10 },
  ] },
  { name: 'retries-default', mock: [{ status: 529 }, { status: 500 }, {}] },
  { name: 'retries-options', mock: [{ status: 529 }, { status: 529 }, {}] },
  { name: 'retry-after', mock: [{ status: 429, retryAfterMs: 50 }, {}] },
  { name: 'not-retried', mock: [{ status: 400 }] },
  { name: 'should-retry-header', mock: [{ status: 400, headers: { 'x-should-retry': 'true' } }, {}, { status: 529, headers: { 'x-should-retry': 'false' } }] },
  { name: 'timeout', mock: [{ delayMs: 3000 }, {}] },
  { name: 'abort', mock: [{ hang: true }] },
  { name: 'connection-error', mock: [{ drop: true }, { drop: true }] },

  { name: 'default-headers' },
  { name: 'auth-token' },
  { name: 'explicit-options' },
  { name: 'client-defaults' },
  { name: 'logger-object' },
  { name: 'log-level-off' },
  { name: 'custom-fetch' },
  { name: 'fetch-options' },
  { name: 'long-request' },
  { name: 'workspace-param' },
  { name: 'workspace-count-tokens' },
];
