import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const search: Anthropic.WebSearchTool20250305 = {
  type: 'web_search_20250305',
  name: 'web_search',
  max_uses: 3,
  allowed_domains: ['example.com'],
  user_location: { type: 'approximate', city: 'Paris', country: 'FR' },
};
const choice: Anthropic.ToolChoice = { type: 'any', disable_parallel_tool_use: true };
const request: Anthropic.Messages.MessageCreateParams = {
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  tools: [search],
  tool_choice: choice,
  messages: [{ role: 'user', content: 'What is new on example.com?' }],
};

const message = await client.messages.create(request);
for (const block of message.content) {
  switch (block.type) {
    case 'server_tool_use':
      console.log('server tool', block.name);
      break;
    case 'web_search_tool_result':
      console.log('results', Array.isArray(block.content) ? block.content.length : block.content.error_code);
      break;
    case 'text':
      console.log('text', block.text);
      break;
  }
}
console.log(message.usage.server_tool_use?.web_search_requests ?? 0);
