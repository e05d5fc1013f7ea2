import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const first = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 128,
  messages: [{ role: 'user', content: 'Hello there.' }],
});
const second = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 128,
  messages: [
    { role: 'user', content: 'Hello there.' },
    { role: first.role, content: first.content },
    { role: 'user', content: [{ type: 'text', text: 'And once more, shorter?' }] },
  ],
});
console.log(first.id, second.id);
console.log(second.content);
