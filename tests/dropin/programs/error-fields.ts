import Anthropic, { APIError, NotFoundError } from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
} catch (err) {
  if (err instanceof NotFoundError) {
    console.log('not found', err.status, err.errorCode, JSON.stringify(err.details), err.workspaceID);
    console.log(JSON.stringify(err.error));
  }
  console.log(err instanceof APIError, err instanceof Error, String(err));
}
