import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const message = await client.messages.create({
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
  model: 'claude-haiku-5-5',
});
console.log(message._request_id);
console.log(Object.keys(message).includes('_request_id'), JSON.stringify(message).includes('_request_id'));
