// claude-resilience/lib/MessageStream: the MessageStream class, as @anthropic-ai/sdk/lib/MessageStream.
import type { MessageStream as MessageStreamAPI } from './index.js';

export type { MessageStreamEvents } from './index.js';
/** What `messages.stream()` returns. */
export interface MessageStream<ParsedT = null> extends MessageStreamAPI<ParsedT> {}
/** Made by `messages.stream()` or `fromReadableStream`, not constructed. */
export declare const MessageStream: (abstract new (...args: never[]) => MessageStream) & {
  /** A MessageStream over the newline-delimited JSON events of another one's
   *  `toReadableStream()` (a server passing a stream on to a page): the same events, snapshots
   *  and final message. It has no response (`withResponse()` throws, `request_id` is
   *  undefined), and `messages` holds only what it received. Each read is bounded by the
   *  client's default idle watchdog (2 minutes); an abort cancels the readable stream. */
  fromReadableStream(stream: ReadableStream): MessageStream;
};
