// The messages surface against @anthropic-ai/sdk 1.15's own types, under --strict: what the
// SDK's types describe is accepted by our client and what our client returns is accepted where
// the SDK's types are expected. sdk-compat.test.mjs compiles this file beside the per-name
// checks it writes (every `Anthropic.X` of the SDK's messages, assigned both ways).
import SDK from '@anthropic-ai/sdk';
import type { MessageParam as SDKMessageParam } from '@anthropic-ai/sdk/resources/messages';
import Anthropic, {
  type ContentBlock,
  type Message,
  type MessageCreateParams,
  type MessageStreamEvent,
  type MessageTokensCount,
  type Model,
  type RawContentBlockDeltaEvent,
  type Usage,
} from 'claude-resilience';

const client = new Anthropic({ apiKey: 'sk-ant-example' });

/** A tool-use loop typed with the SDK's names, sent through our client. */
async function toolLoop(): Promise<SDK.Message> {
  const tools: SDK.Tool[] = [
    { name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
    { type: 'web_search_20250305', name: 'web_search', max_uses: 2 },
  ] as SDK.Tool[];
  const messages: SDKMessageParam[] = [{ role: 'user', content: 'Weather in Paris?' }];
  const params: SDK.MessageCreateParamsNonStreaming = {
    model: 'claude-sonnet-5-5',
    max_tokens: 1024,
    messages,
    tools,
    tool_choice: { type: 'auto', disable_parallel_tool_use: true },
    thinking: { type: 'enabled', budget_tokens: 2048 },
    system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
    metadata: { user_id: 'u_1' },
  };
  const reply: SDK.Message = await client.messages.create(params);
  for (const block of reply.content) {
    if (block.type === 'tool_use') {
      messages.push({ role: reply.role, content: reply.content });
      messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: '18°C' }] });
    }
  }
  return client.messages.create({ ...params, messages });
}

/** What our client returns, where the SDK's types are expected, and narrowing as with the SDK. */
async function responses(): Promise<void> {
  const message = await client.messages.create({ model: 'claude-opus-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
  const theirs: SDK.Messages.Message = message;
  const usage: SDK.Usage = message.usage;
  const stop: SDK.StopReason | null = message.stop_reason;
  const blocks: SDK.ContentBlock[] = message.content;
  for (const block of message.content) {
    if (block.type === 'text') {
      const citations: SDK.TextCitation[] | null = block.citations;
      void citations;
    } else if (block.type === 'thinking') {
      const signature: string = block.signature;
      void signature;
    } else if (block.type === 'server_tool_use') {
      const name: SDK.ServerToolUseBlock['name'] = block.name;
      void name;
    }
  }
  // The package's own addition: the request id, beside the API's fields.
  const requestId: string | null | undefined = message._request_id;
  const count: SDK.MessageTokensCount = await client.messages.countTokens({
    model: 'claude-opus-5-5',
    messages: [{ role: 'user', content: 'Hi' }],
    tools: [{ name: 'noop', input_schema: { type: 'object' } }],
  });
  void [theirs, usage, stop, blocks, requestId, count];
}

/** Stream events are discriminated unions, their deltas too; the SDK's stream params are taken. */
async function streaming(sdkParams: SDK.MessageStreamParams, createParams: SDK.MessageCreateParams): Promise<void> {
  void [client.messages.stream(sdkParams), client.messages.stream(createParams)];
  const stream = client.messages.stream({ model: 'claude-haiku-5-5', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
  for await (const event of stream) {
    const theirs: SDK.MessageStreamEvent = event;
    const raw: SDK.RawMessageStreamEvent = event;
    if (event.type === 'content_block_delta') {
      const delta: RawContentBlockDeltaEvent['delta'] = event.delta;
      if (delta.type === 'text_delta') {
        const text: string = delta.text;
        void text;
      } else if (delta.type === 'input_json_delta') {
        const json: string = delta.partial_json;
        void json;
      } else if (delta.type === 'thinking_delta') {
        const thinking: string = delta.thinking;
        void thinking;
      }
    } else if (event.type === 'message_delta') {
      const stop: SDK.StopReason | null = event.delta.stop_reason;
      const outputTokens: number = event.usage.output_tokens;
      void [stop, outputTokens];
    } else if (event.type === 'message_start') {
      const started: SDK.Message = event.message;
      void started;
    }
    void [theirs, raw];
  }
}

/** The SDK's values of our names, and ours of the SDK's. */
function values(sdkMessage: SDK.Message, sdkEvent: SDK.MessageStreamEvent, sdkParams: SDK.MessageCreateParams): void {
  const message: Message = sdkMessage;
  const event: MessageStreamEvent = sdkEvent;
  const params: MessageCreateParams = sdkParams;
  const block: ContentBlock | undefined = sdkMessage.content[0];
  const usage: Usage = sdkMessage.usage;
  // The model union stays open to names it does not list, as the SDK's.
  const future: Model = 'claude-model-of-next-year';
  const listed: SDK.Model = 'claude-opus-5-5' satisfies Model;
  const tokens: MessageTokensCount = { input_tokens: 3 };
  void [message, event, params, block, usage, future, listed, tokens];
}

/** The types are not `any`: each line below must stay an error. */
function notAny(): void {
  // @ts-expect-error a message has no role 'tool'
  const role: Anthropic.MessageParam = { role: 'tool', content: 'x' };
  // @ts-expect-error a model is a string
  const model: Anthropic.Model = 42;
  // @ts-expect-error tool_choice 'sometimes' is no choice
  const choice: Anthropic.ToolChoice = { type: 'sometimes' };
  // @ts-expect-error a text delta has no partial_json
  const delta: Anthropic.TextDelta = { type: 'text_delta', text: '', partial_json: '' };
  // @ts-expect-error budget_tokens is a number
  const thinking: Anthropic.ThinkingConfigParam = { type: 'enabled', budget_tokens: 'lots' };
  // @ts-expect-error an unknown stop reason
  const stop: Anthropic.StopReason = 'tired';
  void [role, model, choice, delta, thinking, stop];
}

void [toolLoop, responses, streaming, values, notAny];
