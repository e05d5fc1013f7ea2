import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

try {
  const stream = client.messages.stream({
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hello' }],
  });
  for await (const event of stream) if (event.type === 'content_block_delta') console.log('delta');
} catch (error) {
  if (error instanceof Anthropic.APIError) console.log('stream error', error.name, error.status, error.type);
  else throw error;
}
