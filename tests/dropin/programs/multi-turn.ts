import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Hello there.' }];
  const reply = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 128, messages });
  messages.push({ role: reply.role, content: reply.content });
  messages.push({ role: 'user', content: 'Can you say that again, shorter?' });
  const second = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 128, messages });
  console.log(second.content.map((block) => (block.type === 'text' ? block.text : '')).join(''));
}

main();
