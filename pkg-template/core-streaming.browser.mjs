// `claude-resilience/core/streaming` (and `claude-resilience/streaming`) for browsers and
// bundlers, as `@anthropic-ai/sdk/core/streaming`: the `Stream` class of `create({ stream: true })`.
import Anthropic from './browser.mjs';

export const { Stream } = Anthropic;
