// claude-resilience/resources/messages (and claude-resilience/resources): the `Messages` class
// and, as types, every message type of the package's declarations.
import type { Messages as MessagesAPI } from './index.js';

export type * from './index.js';
/** The class of `client.messages` (`Anthropic.Messages`): for `instanceof`, not to construct. */
export interface Messages extends MessagesAPI {}
export declare const Messages: abstract new (...args: never[]) => Messages;
