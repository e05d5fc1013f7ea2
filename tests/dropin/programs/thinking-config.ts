import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const thinking: Anthropic.ThinkingConfigParam = { type: 'enabled', budget_tokens: 1600 };
const params: Anthropic.MessageCreateParamsNonStreaming = {
  model: 'claude-opus-5-5',
  max_tokens: 3200,
  thinking,
  messages: [{ role: 'user', content: 'How many r are in strawberry?' }],
};
const message = await client.messages.create(params);
const thoughts = message.content.filter((block): block is Anthropic.ThinkingBlock => block.type === 'thinking');
const answer = message.content.find((block): block is Anthropic.TextBlock => block.type === 'text');
for (const block of thoughts) console.log('thinking:', block.thinking, block.signature.length > 0);
console.log('answer:', answer?.text);

// The thinking blocks go back unchanged on the next turn, as the API asks.
const followUp: Anthropic.MessageParam[] = [
  ...params.messages,
  { role: 'assistant', content: message.content },
  { role: 'user', content: 'And in raspberry?' },
];
const next = await client.messages.create({ ...params, messages: followUp });
const stop: Anthropic.StopReason | null = next.stop_reason;
console.log(stop);
