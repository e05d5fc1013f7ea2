// `claude-resilience/resources/messages` (and `claude-resilience/resources`) for browsers and
// bundlers: at run time, what `@anthropic-ai/sdk/resources/messages` has for the messages
// surface — the `Messages` class of `client.messages`; its message types are in the .d.ts.
import Anthropic from './browser.mjs';

export const { Messages } = Anthropic;
