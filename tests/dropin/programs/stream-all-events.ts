import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 512,
  messages: [{ role: 'user', content: 'Describe the sea.' }],
});
const order: string[] = [];
let texts = 0;
let snapshot = '';
stream
  .on('connect', () => order.push('connect'))
  .on('streamEvent', (event, message) => order.push(`${event.type}(${message.content.length})`))
  .on('text', (delta, textSnapshot) => {
    texts += 1;
    snapshot = textSnapshot;
  })
  .on('contentBlock', (block) => order.push(`contentBlock:${block.type}`))
  .on('message', (message) => order.push(`message:${message.stop_reason}`))
  .on('finalMessage', (message) => order.push(`finalMessage:${message.usage.output_tokens}`))
  .on('end', () => order.push('end'));
const message = await stream.emitted('message');
console.log('first message', message.id);
await stream.done();
console.log(order.filter((entry, i) => entry !== order[i - 1]).join(' '));
console.log(texts > 1, snapshot === (await stream.finalText()));
console.log(stream.ended, stream.errored, stream.aborted, stream.currentMessage === undefined);
console.log(stream.messages.length, stream.receivedMessages[0].id, stream.request_id);
