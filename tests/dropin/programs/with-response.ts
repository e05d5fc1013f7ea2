import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const { data: message, response: raw } = await client.messages
  .create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] })
  .withResponse();
console.log(raw.status, raw.headers.get('request-id'));
console.log(message.id);

const response = await client.messages
  .create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] })
  .asResponse();
console.log(response.status, response.headers.get('content-type'));
