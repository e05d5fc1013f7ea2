// The official SDK's stream API as typed by the package: MessageStream's events with their
// arguments, its accessors, and create({ stream: true }) giving a Stream of raw events while a
// plain create still gives a Message; structured outputs' parsed_output through parse() and
// stream(). Compiled by tests/types/installed.test.mjs.
import Anthropic, {
  type ContentBlock,
  type Message,
  type MessageCreateParamsNonStreaming,
  type MessageStream,
  type MessageStreamEvent,
  type ParsedMessage,
  type AutoParseableOutputFormat,
  type Stream,
  APIUserAbortError,
} from 'claude-resilience';

export async function streams(client: Anthropic, params: MessageCreateParamsNonStreaming): Promise<void> {
  const stream: MessageStream = client.messages
    .stream(params)
    .on('connect', () => {})
    .on('streamEvent', (event: MessageStreamEvent, snapshot: Message) => void [event.type, snapshot.id])
    .on('text', (delta: string, snapshot: string) => void (delta + snapshot))
    .on('inputJson', (partial: string, json: unknown) => void [partial, json])
    .on('thinking', (delta: string, snapshot: string) => void (delta + snapshot))
    .on('signature', (signature: string) => void signature)
    .on('citation', (citation, citations) => void [citation, citations.length])
    .on('contentBlock', (block: ContentBlock) => void block.type)
    .once('message', (message: Message) => void message.stop_reason)
    .on('finalMessage', (message: Message) => void message.usage.output_tokens)
    .on('error', (error) => void error.message)
    .on('abort', (error: APIUserAbortError) => void error.name)
    .on('end', () => {});
  // @ts-expect-error: not an event of a MessageStream
  stream.on('chunk', () => {});
  // @ts-expect-error: text listeners get strings
  stream.on('text', (delta: number) => delta);
  const first: Message = await stream.emitted('message');
  const nothing: void = await stream.emitted('end');
  await stream.done();
  const message: Message = await stream.finalMessage();
  const all: string = await stream.finalText();
  const current: Message | undefined = stream.currentMessage;
  const ids: [string | null | undefined, string | null] = [stream.request_id, stream.requestId];
  const flags: boolean[] = [stream.ended, stream.errored, stream.aborted];
  const received: Message[] = stream.receivedMessages;
  const { data, response, request_id } = await stream.withResponse();
  const readable: ReadableStream = data.toReadableStream();
  stream.controller.abort();
  stream.abort();
  for await (const event of stream) void event.type;
  void [first, nothing, message, all, current, ids, flags, received, response.status, request_id, readable];

  const raw: Stream<MessageStreamEvent> = await client.messages.create({ ...params, stream: true });
  for await (const event of raw) if (event.type === 'message_start') void event.message.id;
  const [left, right]: [Stream<MessageStreamEvent>, Stream<MessageStreamEvent>] = raw.tee();
  raw.controller.abort();
  void [left.toReadableStream(), right];
  const plain: Message = await client.messages.create(params);
  const off: Message = await client.messages.create({ ...params, stream: false });
  void [plain.id, off.id];
}

export async function structured(client: Anthropic, params: MessageCreateParamsNonStreaming): Promise<number> {
  const schema = { type: 'object', properties: { n: { type: 'number' } } } as const;
  const counted: AutoParseableOutputFormat<{ n: number }> = {
    type: 'json_schema',
    schema,
    parse: (text: string) => JSON.parse(text) as { n: number },
  };
  const parsed: ParsedMessage<{ n: number }> = await client.messages.parse({ ...params, output_config: { format: counted } });
  const n: number | undefined = parsed.parsed_output?.n;
  const bare = await client.messages.parse({ ...params, output_config: { format: { type: 'json_schema', schema } } });
  const nothing: null = bare.parsed_output;
  const first = bare.content[0];
  if (first.type === 'text') void first.parsed_output;
  const asMessage: Message = bare;
  const stream = client.messages.stream({ ...params, output_config: { format: counted } });
  stream.on('finalMessage', (message) => void message.parsed_output?.n);
  const streamed = await stream.finalMessage();
  const plain: MessageStream = client.messages.stream(params);
  // @ts-expect-error parse() gives a plain Promise, as the SDK's does at run time
  void client.messages.parse(params).withResponse;
  void [nothing, asMessage, plain];
  return (n ?? 0) + (streamed.parsed_output?.n ?? 0);
}
