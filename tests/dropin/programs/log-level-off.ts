import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ logLevel: 'off' });
console.log(client.logLevel);
const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
console.log(message.id);
