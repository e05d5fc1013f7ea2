// Strict type test of the Messages API's types as an installed package's, compiled by
// tests/types/installed.test.mjs: the SDK's names under the `Anthropic` namespace (the default
// export's) and by name, from both entries, with the narrowing the SDK's unions allow.
import Anthropic, { type Message, type MessageParam, type RawMessageStreamEvent, type Tool } from 'claude-resilience';
import type { ContentBlock, Usage } from 'claude-resilience/resilience';

const tools: Anthropic.Tool[] = [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }];
const schema: Anthropic.Tool.InputSchema = { type: 'object' };
const history: Anthropic.Messages.MessageParam[] = [{ role: 'user', content: [{ type: 'text', text: 'Hi', cache_control: { type: 'ephemeral' } }] }];
const params: Anthropic.MessageCreateParams = { model: 'claude-opus-5-5', max_tokens: 64, messages: history, tools, thinking: { type: 'adaptive' } };

export function texts(message: Anthropic.Message): string[] {
  return message.content.filter((block): block is Anthropic.TextBlock => block.type === 'text').map((block) => block.text);
}

export function deltaText(event: Anthropic.MessageStreamEvent): string {
  return event.type === 'content_block_delta' && event.delta.type === 'text_delta' ? event.delta.text : '';
}

export function byName(message: Message, event: RawMessageStreamEvent, usage: Usage): [MessageParam, Tool[], ContentBlock[], number] {
  const reply: MessageParam = { role: message.role, content: message.content };
  const stop: Anthropic.StopReason | null = message.stop_reason;
  void [event, stop, schema, params];
  return [reply, tools, message.content, usage.input_tokens];
}

// @ts-expect-error a model is a string
export const model: Anthropic.Model = 5;
// @ts-expect-error an event's type is one of the stream's
export const unknownEvent: Anthropic.MessageStreamEvent = { type: 'message_paused' };
