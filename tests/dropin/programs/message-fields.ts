import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const message = await client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Name three prime numbers.' }],
  });
  console.log(message.id, message.type, message.role, message.model);
  console.log('stop:', message.stop_reason, message.stop_sequence);
  console.log('usage:', message.usage.input_tokens, message.usage.output_tokens);
  for (const block of message.content) {
    if (block.type === 'text') console.log(block.text);
  }
}

main();
