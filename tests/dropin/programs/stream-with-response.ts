import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-haiku-5-5',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hi' }],
});
console.log(stream.request_id);
const { data, response, request_id } = await stream.withResponse();
console.log(data === stream, response.status, response.headers.get('content-type'), request_id);
const lines = (await new Response(stream.toReadableStream()).text()).trim().split('\n');
console.log(lines.length > 5, lines.map((line) => JSON.parse(line).type).at(-1));
console.log((await stream.finalMessage()).stop_reason, stream.request_id);
