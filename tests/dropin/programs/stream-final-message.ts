import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const message = await client.messages
  .stream({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Write a haiku.' }] })
  .finalMessage();
console.log(message.content);
console.log(message.usage.input_tokens > 0);
