// `claude-resilience/lib/MessageStream` for browsers and bundlers, as
// `@anthropic-ai/sdk/lib/MessageStream`: the `MessageStream` class of `messages.stream()`, with
// its `fromReadableStream` (a page reading what a server passed on with `toReadableStream()`).
import Anthropic from './browser.mjs';

export const { MessageStream } = Anthropic;
