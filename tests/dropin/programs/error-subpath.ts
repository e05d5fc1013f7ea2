import Anthropic from '@anthropic-ai/sdk';
import { APIError, NotFoundError } from '@anthropic-ai/sdk/error';

const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-does-not-exist', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
} catch (err) {
  if (err instanceof NotFoundError) console.log('not found', err.status, err instanceof APIError, err instanceof Anthropic.APIError);
  else throw err;
}
