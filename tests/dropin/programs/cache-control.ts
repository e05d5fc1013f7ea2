import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const cached: Anthropic.CacheControlEphemeral = { type: 'ephemeral', ttl: '1h' };
const system: Array<Anthropic.TextBlockParam> = [
  { type: 'text', text: 'You are a careful assistant for a law firm.' },
  { type: 'text', text: 'The firm handbook: ...', cache_control: cached },
];
const tools: Anthropic.ToolUnion[] = [
  {
    name: 'lookup_case',
    description: 'Find a case by its number',
    input_schema: { type: 'object', properties: { number: { type: 'string' } } },
    cache_control: { type: 'ephemeral' },
  },
];

async function ask(question: string): Promise<Anthropic.Usage> {
  const message = await client.messages.create({
    model: 'claude-haiku-5-5',
    max_tokens: 256,
    system,
    tools,
    tool_choice: { type: 'auto' },
    messages: [{ role: 'user', content: [{ type: 'text', text: question, cache_control: { type: 'ephemeral' } }] }],
  });
  return message.usage;
}

const usage = await ask('Summarise the handbook.');
console.log(usage.input_tokens, usage.output_tokens, usage.cache_creation_input_tokens ?? 0, usage.cache_read_input_tokens ?? 0);
