import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ authToken: 'oauth-token-from-a-login-flow' });

const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(message.id, client.authToken === 'oauth-token-from-a-login-flow');
