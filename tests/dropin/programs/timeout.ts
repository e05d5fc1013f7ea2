import Anthropic from '@anthropic-ai/sdk';

// Configure the default for all requests:
const client = new Anthropic({ timeout: 500, maxRetries: 0 });

try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'slow' }] });
} catch (err) {
  console.log(err instanceof Anthropic.APIConnectionTimeoutError, (err as Error).name, (err as Error).message);
}

// Override per-request:
const message = await client.messages.create(
  { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'fast enough' }] },
  { timeout: 5 * 1000 },
);
console.log(message.id);
