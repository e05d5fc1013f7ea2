import Anthropic from '@anthropic-ai/sdk';
import { Messages } from '@anthropic-ai/sdk/resources/messages';
import type { Message, MessageParam } from '@anthropic-ai/sdk/resources';

const client = new Anthropic();
console.log(client.messages instanceof Messages, Anthropic.Messages === Messages);

const history: MessageParam[] = [{ role: 'user', content: 'Hello' }];
const message: Message = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history });
console.log(message.role);
