import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const stream = client.messages.stream({
  model: 'claude-opus-5-5',
  max_tokens: 2048,
  thinking: { type: 'enabled', budget_tokens: 1024 },
  messages: [{ role: 'user', content: 'How many r are in strawberry?' }],
});
stream.on('thinking', (delta, snapshot) => console.log('thinking', JSON.stringify(delta), snapshot.length));
stream.on('signature', (signature) => console.log('signature', signature));
stream.on('text', (delta) => console.log('text', JSON.stringify(delta)));
console.log(await stream.finalText());
