import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const model: Anthropic.Model = 'claude-sonnet-5-5';
const params: Anthropic.MessageCreateParams = {
  model,
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Hello' }],
};
const message: Anthropic.Message = await client.messages.create(params);
const text = message.content
  .filter((block): block is Anthropic.TextBlock => block.type === 'text')
  .map((block) => block.text)
  .join('');
console.log(text);
