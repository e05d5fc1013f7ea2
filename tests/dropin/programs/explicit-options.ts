import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({
  apiKey: 'sk-ant-explicit-key',
  baseURL: process.env['ANTHROPIC_BASE_URL'],
  maxRetries: 3,
  timeout: 20 * 1000,
});
console.log(client.baseURL === process.env['ANTHROPIC_BASE_URL'], client.maxRetries, client.timeout);
console.log(client.apiKey === 'sk-ant-explicit-key');
const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
console.log(message.model);
