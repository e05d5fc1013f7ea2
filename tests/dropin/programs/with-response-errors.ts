import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 1 });
const params = { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user' as const, content: 'Hi' }] };

// Retried like any call: the response is the one of the attempt that succeeded.
const { data, response } = await client.messages.create(params).withResponse();
console.log(data.type, response.status);

try {
  await client.messages.create(params).asResponse();
} catch (err) {
  if (err instanceof Anthropic.RateLimitError) console.log('rate limited', err.status);
  else throw err;
}
