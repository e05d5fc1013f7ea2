import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ maxRetries: 1 });

try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] });
} catch (err) {
  console.log(err instanceof Anthropic.APIConnectionError, (err as Error).name, (err as Error).message);
}
