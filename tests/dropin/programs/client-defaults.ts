import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
console.log(client.maxRetries, client.timeout);
console.log(typeof client.messages.create, typeof client.messages.stream, typeof client.messages.countTokens);
