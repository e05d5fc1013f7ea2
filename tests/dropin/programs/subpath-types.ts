import Anthropic from '@anthropic-ai/sdk';
import type { MessageParam, TextBlock } from '@anthropic-ai/sdk/resources/messages';

const client = new Anthropic();
const history: MessageParam[] = [{ role: 'user', content: 'Hello' }];
const message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history });
const texts = message.content.filter((block): block is TextBlock => block.type === 'text');
console.log(texts.length);
