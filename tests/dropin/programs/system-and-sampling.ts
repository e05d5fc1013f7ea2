import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 512,
  system: [{ type: 'text', text: 'Answer in one sentence.', cache_control: { type: 'ephemeral' } }],
  service_tier: 'auto',
  stop_sequences: ['\n\nHuman:'],
  metadata: { user_id: 'user-1234' },
  messages: [{ role: 'user', content: 'Why is the sky blue?' }],
});
const first = message.content[0];
console.log(first.type === 'text' ? first.text : first.type);
