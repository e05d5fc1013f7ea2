// A server passes a stream on with toReadableStream() (here through an HTTP Response body, as a
// page's fetch would receive it); the other side reads it with MessageStream.fromReadableStream.
import Anthropic from '@anthropic-ai/sdk';
import { MessageStream } from '@anthropic-ai/sdk/lib/MessageStream';

const client = new Anthropic();

const upstream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Say hello' }],
});
const body = new Response(upstream.toReadableStream()).body!;

const stream = MessageStream.fromReadableStream(body);
let texts = 0;
stream
  .on('connect', () => console.log('connect'))
  .on('streamEvent', (event) => console.log('event', event.type))
  .on('text', (delta, snapshot) => {
    texts += 1;
    if (!snapshot.endsWith(delta)) console.log('snapshot does not end with the delta');
  })
  .on('message', (message) => console.log('message', message.id, message.stop_reason))
  .on('end', () => console.log('end'));

const message = await stream.finalMessage();
console.log('texts', texts > 0);
console.log(JSON.stringify(message));
console.log('finalText', await stream.finalText());
console.log('messages', stream.messages.length, stream.receivedMessages.length);
console.log('request_id', stream.request_id, 'response', stream.response);
console.log(stream.ended, stream.errored, stream.aborted);
try {
  await stream.withResponse();
} catch (err) {
  console.log('withResponse', (err as Error).message);
}
