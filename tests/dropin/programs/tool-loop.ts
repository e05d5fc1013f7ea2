import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const tools: Anthropic.Tool[] = [
  {
    name: 'get_weather',
    description: 'Get the current weather in a given location',
    input_schema: {
      type: 'object',
      properties: { location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' } },
      required: ['location'],
    },
  },
];

function runTool(block: Anthropic.ToolUseBlock): Anthropic.ToolResultBlockParam {
  const input = block.input as { location: string };
  return { type: 'tool_result', tool_use_id: block.id, content: [{ type: 'text', text: `Sunny in ${input.location}` }] };
}

async function main() {
  const messages: Anthropic.Messages.MessageParam[] = [{ role: 'user', content: 'What is the weather in San Francisco?' }];
  for (let turn = 0; turn < 4; turn++) {
    const message: Anthropic.Message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1024, tools, messages });
    messages.push({ role: 'assistant', content: message.content });
    const calls = message.content.filter((block): block is Anthropic.ToolUseBlock => block.type === 'tool_use');
    if (message.stop_reason !== 'tool_use' || calls.length === 0) {
      const text = message.content.filter((b): b is Anthropic.TextBlock => b.type === 'text').map((b) => b.text).join('');
      console.log(`turn ${turn}: ${text}`);
      break;
    }
    const results: Anthropic.ContentBlockParam[] = calls.map(runTool);
    console.log(`turn ${turn}: ${calls.map((c) => c.name).join(', ')}`);
    messages.push({ role: 'user', content: results });
  }
  console.log(messages.length);
}

main();
