import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Write a long story.' }],
  stream: true,
});
const seen: string[] = [];
for await (const event of stream) {
  seen.push(event.type);
  if (event.type === 'content_block_delta') stream.controller.abort();
}
console.log(seen.join(' '), stream.controller.signal.aborted);

const [left, right] = (
  await client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
  })
).tee();
let a = 0;
let b = 0;
for await (const event of left) if (event.type === 'message_stop') a += 1;
for await (const event of right) if (event.type === 'message_stop') b += 1;
console.log(a, b);
