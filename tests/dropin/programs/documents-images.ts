import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const mediaType: Anthropic.Base64ImageSource['media_type'] = 'image/png';
const image: Anthropic.ImageBlockParam = { type: 'image', source: { type: 'base64', media_type: mediaType, data: png } };
const linked: Anthropic.ImageBlockParam = { type: 'image', source: { type: 'url', url: 'https://example.com/chart.png' } };
const note: Anthropic.DocumentBlockParam = {
  type: 'document',
  source: { type: 'text', media_type: 'text/plain', data: 'The meeting moved to Thursday.' },
  title: 'Memo',
  context: 'An internal note',
  citations: { enabled: true },
};
const content: Anthropic.ContentBlockParam[] = [image, linked, note, { type: 'text', text: 'What do these say?' }];

const message = await client.messages.create({
  model: 'claude-sonnet-5-5',
  max_tokens: 512,
  messages: [{ role: 'user', content }],
});
for (const block of message.content) {
  if (block.type === 'text') console.log(block.text, (block.citations ?? []).length);
}
