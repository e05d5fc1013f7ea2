import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

// x-should-retry: true makes even a 400 retried; x-should-retry: false stops a 529.
const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'a' }] });
console.log('retried and got', message.id);
try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'b' }] });
} catch (err) {
  if (err instanceof Anthropic.OverloadedError) console.log('not retried', err.status);
}
