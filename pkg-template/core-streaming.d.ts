// claude-resilience/core/streaming: the Stream class, as @anthropic-ai/sdk/core/streaming.
import type { Stream as StreamAPI } from './index.js';

/** What `messages.create({ stream: true })` resolves with. */
export interface Stream<Item> extends StreamAPI<Item> {}
/** Made by `create({ stream: true })` or `fromReadableStream`, not constructed. */
export declare const Stream: (abstract new <Item>(...args: never[]) => Stream<Item>) & {
  /** The events of another stream's `toReadableStream()` (newline-delimited JSON), read as
   *  iterated, once; aborting `controller` ends the iteration quietly. */
  fromReadableStream<Item>(readableStream: ReadableStream, controller?: AbortController): Stream<Item>;
};
