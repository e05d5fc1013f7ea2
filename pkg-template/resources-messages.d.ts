// claude-resilience/resources/messages (and claude-resilience/resources): the `Messages` class,
// the error classes the SDK declares in resources/messages and, as types, every message type of
// the package's declarations.
import { Anthropic, type Messages as MessagesAPI } from './index.js';

export type * from './index.js';
/** The class of `client.messages` (`Anthropic.Messages`): for `instanceof`, not to construct. */
export interface Messages extends MessagesAPI {}
export declare const Messages: abstract new (...args: never[]) => Messages;

export import AvailableToolsLimitExceededError = Anthropic.AvailableToolsLimitExceededError;
export import CompactionBlockAmbiguousError = Anthropic.CompactionBlockAmbiguousError;
export import CompactionBlockMisplacedError = Anthropic.CompactionBlockMisplacedError;
export import CompactionContentMismatchError = Anthropic.CompactionContentMismatchError;
export import CompactionIncompleteTurnError = Anthropic.CompactionIncompleteTurnError;
export import CompactionNothingToSummarizeError = Anthropic.CompactionNothingToSummarizeError;
export import CompactionSignatureInvalidError = Anthropic.CompactionSignatureInvalidError;
export import CompactionTooManyToolReferencesError = Anthropic.CompactionTooManyToolReferencesError;
export import CompactionToolChangesMismatchError = Anthropic.CompactionToolChangesMismatchError;
export import ImageDimensionsTooLargeError = Anthropic.ImageDimensionsTooLargeError;
export import ThreadAlreadyContinuedError = Anthropic.ThreadAlreadyContinuedError;
export import ThreadContinueInFlightError = Anthropic.ThreadContinueInFlightError;
export import ThreadFingerprintMismatchError = Anthropic.ThreadFingerprintMismatchError;
export import ThreadUnsupportedRequestError = Anthropic.ThreadUnsupportedRequestError;
export import ToolNameConflictError = Anthropic.ToolNameConflictError;
export import ToolReferenceUnresolvedError = Anthropic.ToolReferenceUnresolvedError;
export import ThreadNotFoundError = Anthropic.ThreadNotFoundError;
export import CompactionUnavailableError = Anthropic.CompactionUnavailableError;
