import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

function describe(event: Anthropic.MessageStreamEvent): string {
  switch (event.type) {
    case 'message_start':
      return `start ${event.message.role} ${event.message.usage.input_tokens}`;
    case 'content_block_start':
      return `block ${event.index} ${event.content_block.type}`;
    case 'content_block_delta': {
      const delta: Anthropic.RawContentBlockDelta = event.delta;
      if (delta.type === 'text_delta') return `text ${JSON.stringify(delta.text)}`;
      if (delta.type === 'input_json_delta') return `json ${delta.partial_json}`;
      return `delta ${delta.type}`;
    }
    case 'content_block_stop':
      return `stop ${event.index}`;
    case 'message_delta':
      return `delta ${event.delta.stop_reason} ${event.usage.output_tokens}`;
    case 'message_stop':
      return 'end';
  }
}

const stream = client.messages.stream({
  model: 'claude-haiku-5-5',
  max_tokens: 256,
  messages: [{ role: 'user', content: 'Count to three.' }],
});
for await (const event of stream) console.log(describe(event));
const final: Anthropic.Message = await stream.finalMessage();
console.log(final.content.length);
