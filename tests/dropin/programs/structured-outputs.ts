// Structured outputs: messages.parse() with a JSON schema, with a format that brings its own
// parse, and with text that is not JSON; messages.stream() whose final message is parsed.
import Anthropic, { AnthropicError } from '@anthropic-ai/sdk';

const client = new Anthropic();
const schema = {
  type: 'object',
  properties: { answer: { type: 'string' }, confidence: { type: 'number' } },
  required: ['answer', 'confidence'],
  additionalProperties: false,
} as const;
const ask = { model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Is the sky blue?' }] };

const message = await client.messages.parse({ ...ask, output_config: { format: { type: 'json_schema', schema } } });
console.log(JSON.stringify(message.parsed_output));
const [block] = message.content;
if (block.type === 'text') {
  console.log('block', JSON.stringify(block.parsed_output), Object.keys(block).join(','));
}
console.log(Object.keys(message).join(','));
console.log(JSON.stringify(message));
console.log('request id kept:', '_request_id' in message);

interface Answer {
  answer: string;
  confidence: number;
}
const shouting = {
  type: 'json_schema' as const,
  schema,
  parse: (content: string): Answer => {
    const parsed = JSON.parse(content) as Answer;
    return { ...parsed, answer: parsed.answer.toUpperCase() };
  },
};
const custom = await client.messages.parse({ ...ask, output_config: { format: shouting } });
const answer: Answer | null = custom.parsed_output;
console.log('custom', answer?.answer, answer?.confidence);

const plain = await client.messages.parse(ask);
console.log('no format', plain.parsed_output, plain.content.length);

try {
  await client.messages.parse({ ...ask, output_config: { format: { type: 'json_schema', schema } } });
} catch (err) {
  console.log('bad JSON', err instanceof AnthropicError, (err as Error).message);
}

const stream = client.messages.stream({ ...ask, output_config: { format: shouting } });
stream.on('message', (received) => console.log('message event', JSON.stringify(received.parsed_output)));
const streamed = await stream.finalMessage();
console.log('streamed', streamed.parsed_output?.answer);

const bare = client.messages.stream({ ...ask, output_config: { format: { type: 'json_schema', schema } } });
console.log('bare schema when streamed', (await bare.finalMessage()).parsed_output);
