// `claude-resilience/core/streaming` (and `claude-resilience/streaming`) for Node, as
// `@anthropic-ai/sdk/core/streaming`: the `Stream` class of `create({ stream: true })`.
import Anthropic from './node.mjs';

export const { Stream } = Anthropic;
