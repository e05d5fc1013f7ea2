import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] });
} catch (err) {
  if (err instanceof Anthropic.BadRequestError) console.log('bad request, not retried', err.status, err.apiMessage);
}
