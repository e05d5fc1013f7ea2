import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const { data: count, response, request_id } = await client.messages
  .countTokens({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'How many tokens is this?' }] })
  .withResponse();
console.log(count.input_tokens, response.status, response.ok, request_id === response.headers.get('request-id'));

const raw = await client.messages
  .countTokens({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'And this?' }] })
  .asResponse();
const body = (await raw.json()) as { input_tokens: number };
console.log(raw.status, body.input_tokens);
