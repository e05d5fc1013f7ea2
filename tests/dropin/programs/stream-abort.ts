import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Write a long story.' }],
});
let events = 0;
for await (const event of stream) {
  events += 1;
  if (event.type === 'content_block_delta') {
    stream.abort();
    break;
  }
}
console.log('stopped after', events, 'events');
try {
  await stream.finalMessage();
} catch (error) {
  console.log('aborted', error instanceof Anthropic.APIUserAbortError);
}
