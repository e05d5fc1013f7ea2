import { Anthropic, APIError, AuthenticationError } from '@anthropic-ai/sdk';

const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
} catch (err) {
  if (err instanceof AuthenticationError) console.log('auth failed', err.status, err.type);
  console.log(err instanceof APIError);
}
