import Anthropic from '@anthropic-ai/sdk';

// Transient failures (here a 529 and a 500) are retried twice by default.
const client = new Anthropic();

const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello after a hiccup' }],
});
console.log(message.id, message._request_id);
