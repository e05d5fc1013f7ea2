import Anthropic from '@anthropic-ai/sdk';

// Configure the default for all requests:
const client = new Anthropic({ maxRetries: 0 });

try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'first' }] });
} catch (err) {
  if (err instanceof Anthropic.APIError) console.log('no retry:', err.name, err.status);
}

// Or, configure per-request:
const message = await client.messages.create(
  { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'second' }] },
  { maxRetries: 5 },
);
console.log('with retries:', message.id);
