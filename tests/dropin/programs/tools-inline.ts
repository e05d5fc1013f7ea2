import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  tool_choice: { type: 'auto' },
  tools: [
    {
      name: 'get_weather',
      description: 'Get the weather for a specific location',
      input_schema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
    },
  ],
  messages: [{ role: 'user', content: 'What is the weather in SF?' }],
});
for (const block of message.content) {
  if (block.type === 'tool_use') console.log('call', block.name, block.id, block.input);
  if (block.type === 'text') console.log('text', block.text);
}
