import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const stream = await client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hey Claude!' }],
    stream: true,
  });
  for await (const event of stream) {
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') process.stdout.write(event.delta.text);
  }
  process.stdout.write('\n');
}

main();
