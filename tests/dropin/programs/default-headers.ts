import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({
  defaultHeaders: { 'anthropic-beta': 'some-beta-2026-01-01', 'x-team': 'search', 'x-trace': 'default' },
});

const message = await client.messages.create(
  { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hello' }] },
  { headers: { 'x-trace': 'per-request', 'x-team': null } },
);
console.log(message.id);
await client.messages.countTokens({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hello' }] });
