import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 64000, messages: [{ role: 'user', content: 'A novel, please.' }] });
} catch (err) {
  console.log(err instanceof Anthropic.AnthropicError, err instanceof Anthropic.APIError, (err as Error).message);
}
// Streaming has no such limit, nor does a request that sets its own timeout.
const text = await client.messages
  .stream({ model: 'claude-opus-5-5', max_tokens: 64000, messages: [{ role: 'user', content: 'A novel, please.' }] })
  .finalText();
console.log(text.length > 0);
const message = await client.messages.create(
  { model: 'claude-opus-5-5', max_tokens: 64000, messages: [{ role: 'user', content: 'A novel, please.' }] },
  { timeout: 30 * 60 * 1000 },
);
console.log(message.id);
