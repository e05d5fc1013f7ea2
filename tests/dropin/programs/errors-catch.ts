import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

async function main() {
  try {
    await client.messages.create({ model: 'claude-does-not-exist', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
  } catch (err) {
    if (err instanceof Anthropic.APIError) {
      console.log('Caught APIError!');
      console.log('requestID:', err.requestID);
      console.log('status:', err.status);
      console.log('name:', err.name);
      console.log('type:', err.type);
      console.log('message:', err.message);
      console.log('apiMessage:', err.apiMessage);
    } else {
      throw err;
    }
  }
}

main().catch(console.error);
