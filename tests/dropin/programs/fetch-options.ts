import Anthropic from '@anthropic-ai/sdk';

const seen: (string | undefined)[] = [];
const client = new Anthropic({
  fetchOptions: { redirect: 'error', keepalive: false },
  fetch: async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    seen.push(`${init?.redirect} ${init?.keepalive}`);
    return fetch(url, init);
  },
});
const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
console.log(message.id, seen);
