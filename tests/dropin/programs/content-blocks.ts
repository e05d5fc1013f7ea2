import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const image = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const message = await client.messages.create({
  model: 'claude-opus-5-5',
  max_tokens: 300,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: image } },
        { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'A short note.' }, title: 'Note' },
        { type: 'text', text: 'Describe the picture and the note.' },
      ],
    },
  ],
});
console.log(message.stop_reason, message.content.length);
