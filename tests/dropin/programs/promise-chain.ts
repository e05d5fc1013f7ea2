import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

client.messages
  .create({ model: 'claude-haiku-5-5', max_tokens: 32, messages: [{ role: 'user', content: 'ping' }] })
  .then((message) => console.log('got', message.id))
  .catch((error) => console.log('failed', error.name))
  .finally(() => console.log('done'));
