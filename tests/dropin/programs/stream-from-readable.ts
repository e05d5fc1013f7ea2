// The raw events of create({ stream: true }) passed on with toReadableStream() and read back
// with Stream.fromReadableStream, as the SDK's core/streaming has it.
import Anthropic from '@anthropic-ai/sdk';
import { Stream } from '@anthropic-ai/sdk/core/streaming';

const client = new Anthropic();

const upstream = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Say hello' }],
  stream: true,
});

const controller = new AbortController();
const events = Stream.fromReadableStream<Anthropic.RawMessageStreamEvent>(upstream.toReadableStream(), controller);
let text = '';
for await (const event of events) {
  console.log(event.type);
  if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
}
console.log(text);
console.log(events.controller === controller);
