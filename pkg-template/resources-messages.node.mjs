// `claude-resilience/resources/messages` (and `claude-resilience/resources`) for Node: at run
// time, what `@anthropic-ai/sdk/resources/messages` has for the messages surface — the `Messages`
// class of `client.messages` and the error classes it declares; its message types are in the
// .d.ts.
import Anthropic from './node.mjs';

export const { Messages } = Anthropic;
/** The error classes picked by error code that the SDK declares here (src/js/errors.js's list;
 *  `make pkg` writes the names). */
export const { /* @MESSAGES_ERROR_NAMES@ */ } = Messages;
