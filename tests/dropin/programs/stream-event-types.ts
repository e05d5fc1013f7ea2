import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-haiku-5-5',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Count to three.' }],
});
const seen: string[] = [];
for await (const event of stream) seen.push(event.type);
console.log(seen.join(' '));
