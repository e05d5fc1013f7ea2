// Strict type test of the official SDK's request surface as this package has it: the
// APIPromise of create / countTokens (withResponse, asResponse), and the subpaths
// `claude-resilience/core/error`, `/error`, `/resources/messages`, `/resources`,
// `/core/api-promise` and `/api-promise`, whose classes are the root's; `/lib/MessageStream`,
// `/core/streaming` and `/streaming` with their `fromReadableStream`; `/helpers/json-schema`.
import Anthropic, {
  APIPromise,
  BadRequestError as RootBadRequestError,
  RateLimitError as RootRateLimitError,
  type Message,
} from 'claude-resilience';
import { APIError, RateLimitError } from 'claude-resilience/core/error';
import { OverloadedError } from 'claude-resilience/error';
import { Messages, ImageDimensionsTooLargeError, type MessageParam, type TextBlock } from 'claude-resilience/resources/messages';
import { Messages as ResourcesMessages, type Message as ResourcesMessage } from 'claude-resilience/resources';
import { APIPromise as SubpathAPIPromise } from 'claude-resilience/core/api-promise';
import type { APIPromise as DeprecatedAPIPromise } from 'claude-resilience/api-promise';
import { MessageStream } from 'claude-resilience/lib/MessageStream';
import { Stream } from 'claude-resilience/core/streaming';
import { Stream as DeprecatedStream } from 'claude-resilience/streaming';
import { jsonSchemaOutputFormat } from 'claude-resilience/helpers/json-schema';
import { zodOutputFormat } from 'claude-resilience/helpers/zod';
import { z } from 'zod/v4';

const client = new Anthropic({ apiKey: null });
const history: MessageParam[] = [{ role: 'user', content: 'Hello' }];

export async function surface(): Promise<string | null | undefined> {
  const pending: APIPromise<Message> = client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 64,
    messages: history,
    workspace_id: 'wrkspc_1',
  });
  const asPromise: Promise<Message> = pending;
  const sameClass: SubpathAPIPromise<Message> = pending;
  const alsoSame: DeprecatedAPIPromise<Message> = sameClass;
  const isAPIPromise: boolean = pending instanceof SubpathAPIPromise;
  const { data, response, request_id, workspace_id } = await pending.withResponse();
  const text = data.content.find((block): block is TextBlock => block.type === 'text');
  const status: number = response.status;
  const sameMessage: ResourcesMessage = data;
  const raw: Response = await client.messages.countTokens({ model: 'claude-sonnet-5-5', messages: history }).asResponse();
  const counted = await client.messages.countTokens({ model: 'claude-sonnet-5-5', messages: history }).withResponse();
  const tokens: number = counted.data.input_tokens;
  const isMessages: boolean = client.messages instanceof Messages && client.messages instanceof ResourcesMessages;

  // @ts-expect-error an APIPromise is made by the client, not by users
  new APIPromise(() => data);
  // @ts-expect-error the Messages class is for instanceof, not to construct
  new Messages();

  try {
    await asPromise;
  } catch (error) {
    if (error instanceof ImageDimensionsTooLargeError) {
      const bad: RootBadRequestError = error;
      const same: Anthropic.ImageDimensionsTooLargeError = error;
      void [bad, same];
    } else if (error instanceof Anthropic.EnforcedSpendLimitReachedError) {
      const limited: RootRateLimitError = error;
      void limited;
    } else if (error instanceof RateLimitError) {
      const limited: RootRateLimitError = error;
      const code: 429 = limited.status;
      void code;
    } else if (error instanceof OverloadedError || error instanceof APIError) {
      const requestId: string | null = error.requestId;
      void requestId;
    }
  }
  void [text, status, sameMessage, raw, tokens, isMessages, alsoSame, isAPIPromise];
  return request_id ?? workspace_id;
}

export async function passedOn(): Promise<string> {
  const upstream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history });
  const received: MessageStream = MessageStream.fromReadableStream(upstream.toReadableStream());
  const isOne: boolean = upstream instanceof MessageStream;
  received.on('text', (delta: string, snapshot: string) => void [delta, snapshot]);
  const message: Message = await received.finalMessage();

  const raw = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history, stream: true });
  const events: Stream<Anthropic.RawMessageStreamEvent> = Stream.fromReadableStream(raw.toReadableStream(), new AbortController());
  const alsoEvents: DeprecatedStream<Anthropic.RawMessageStreamEvent> = DeprecatedStream.fromReadableStream(raw.toReadableStream());
  for await (const event of events) if (event.type === 'message_stop') break;
  const format = jsonSchemaOutputFormat({ type: 'object', properties: { n: { type: 'number' } } } as const);
  const parsed = await client.messages.parse({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history, output_config: { format } });
  void parsed.parsed_output?.n;
  // @ts-expect-error only object schemas
  jsonSchemaOutputFormat({ type: 'string' } as const);
  const Point = z.object({ x: z.number(), label: z.string().optional() });
  const point = await client.messages.parse({ model: 'claude-sonnet-5-5', max_tokens: 64, messages: history, output_config: { format: zodOutputFormat(Point) } });
  const x: number | undefined = point.parsed_output?.x;
  // @ts-expect-error the zod schema types parsed_output
  const wrong: string | undefined = point.parsed_output?.x;
  void [x, wrong];
  // @ts-expect-error made by the client or fromReadableStream, not constructed
  new MessageStream();
  void [isOne, alsoEvents];
  return message.id;
}
