import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 512,
  messages: [{ role: 'user', content: 'Hello' }],
});
stream.on('connect', () => console.log('connected'));
stream.on('message', (message) => console.log('message', message.id));
stream.on('contentBlock', (block) => console.log('block', block.type));
stream.once('end', () => console.log('end'));
await stream.done();
console.log(stream.receivedMessages.length, stream.currentMessage?.id);
