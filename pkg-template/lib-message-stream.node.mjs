// `claude-resilience/lib/MessageStream` for Node, as `@anthropic-ai/sdk/lib/MessageStream`: the
// `MessageStream` class of `messages.stream()`, with its `fromReadableStream`.
import Anthropic from './node.mjs';

export const { MessageStream } = Anthropic;
