import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const stream = client.messages
    .stream({
      model: 'claude-opus-5-5',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'Say hello there!' }],
    })
    .on('text', (text) => {
      process.stdout.write(text);
    });

  const message = await stream.finalMessage();
  console.log();
  console.log(message.id);
}

main();
