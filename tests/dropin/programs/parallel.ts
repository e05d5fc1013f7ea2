import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const prompts = ['one', 'two', 'three'];
const replies = await Promise.all(
  prompts.map((prompt) =>
    client.messages.create({ model: 'claude-haiku-5-5', max_tokens: 64, messages: [{ role: 'user', content: prompt }] }),
  ),
);
for (const reply of replies) {
  const block = reply.content[0];
  console.log(block.type === 'text' ? block.text : '');
}
