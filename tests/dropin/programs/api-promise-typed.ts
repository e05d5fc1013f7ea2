import Anthropic from '@anthropic-ai/sdk';
import { APIPromise } from '@anthropic-ai/sdk/core/api-promise';
import type { Message } from '@anthropic-ai/sdk/resources/messages';

const client = new Anthropic();

function ask(text: string): APIPromise<Message> {
  return client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: text }] });
}

const pending = ask('Hello');
console.log(pending instanceof APIPromise, pending instanceof Promise);
const { data, request_id } = await pending.withResponse();
console.log(data.id, request_id);
const again = await ask('Again');
console.log(again.id, again._request_id);
