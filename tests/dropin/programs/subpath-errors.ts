import Anthropic from '@anthropic-ai/sdk';
import { APIError, RateLimitError } from '@anthropic-ai/sdk/core/error';

const client = new Anthropic({ maxRetries: 0 });
try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
} catch (err) {
  console.log(err instanceof RateLimitError, err instanceof APIError, err instanceof Anthropic.RateLimitError);
}
