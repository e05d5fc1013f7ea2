import Anthropic from '@anthropic-ai/sdk';

const calls: string[] = [];
const client = new Anthropic({
  fetch: async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push(`${init?.method} ${new URL(String(url)).pathname}`);
    return fetch(url, init);
  },
});

await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
await client.messages.countTokens({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }] });
console.log(calls);
