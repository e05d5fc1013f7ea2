import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello' }],
});
const seen: string[] = [];
stream.on('text', () => seen.push('text'));
stream.on('error', (error) => seen.push(`error:${error instanceof Anthropic.APIError}`));
stream.on('end', () => seen.push('end'));
try {
  await stream.done();
} catch (error) {
  seen.push(`rejected:${error instanceof Anthropic.APIError}`);
}
console.log(seen.join(' '));
console.log(stream.ended, stream.errored, stream.aborted);
