import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

// The API asks for a short wait (retry-after-ms); the client waits and tries again.
const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(message.id);
