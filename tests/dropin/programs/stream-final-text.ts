import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const text = await client.messages
    .stream({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Tell me a fact.' }] })
    .finalText();
  console.log(text);
}

main();
