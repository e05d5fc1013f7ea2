import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const controller = new AbortController();

const pending = client.messages.create(
  { model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'never answered' }] },
  { signal: controller.signal },
);
setTimeout(() => controller.abort(), 1000);
try {
  await pending;
} catch (err) {
  console.log(err instanceof Anthropic.APIUserAbortError, (err as Error).name, (err as Error).message);
}
