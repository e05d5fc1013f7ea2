import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const message = await client.messages.create({
    model: 'claude-opus-5-5',
    max_tokens: 2048,
    thinking: { type: 'adaptive' },
    messages: [{ role: 'user', content: 'How many r are in strawberry?' }],
  });
  for (const block of message.content) {
    if (block.type === 'thinking') console.log('[thinking]', block.thinking);
    else if (block.type === 'text') console.log('[text]', block.text);
  }
}

main();
