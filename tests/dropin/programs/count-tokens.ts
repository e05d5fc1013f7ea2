import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  const result = await client.messages.countTokens({
    model: 'claude-sonnet-5-5',
    system: 'You are a scientist',
    messages: [{ role: 'user', content: 'Hello, Claude' }],
  });
  console.log(result.input_tokens);
  console.log(result);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
