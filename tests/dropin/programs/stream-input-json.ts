import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  tools: [
    {
      name: 'get_weather',
      description: 'Get the current weather in a given location',
      input_schema: { type: 'object', properties: { location: { type: 'string' }, unit: { type: 'string' } }, required: ['location'] },
    },
  ],
  messages: [{ role: 'user', content: 'What is the weather like in San Francisco?' }],
});
stream.on('inputJson', (partialJson, jsonSnapshot) => {
  console.log(JSON.stringify(partialJson), JSON.stringify(jsonSnapshot));
});
stream.on('contentBlock', (block) => {
  if (block.type === 'tool_use') console.log('tool', block.name, JSON.stringify(block.input));
  else console.log('block', block.type);
});
const message = await stream.finalMessage();
console.log(message.stop_reason, message.content.length);
