// The public surface, named one by one so the glue's internals stay private. Nothing here may
// call into the module: the entries import this file before they instantiate it.
import * as glue from './wasm/claude_resilience.js';
import { returningAPIPromise } from './api-promise.mjs';

export { Anthropic, retryWithBackoff, withFallback, CircuitBreaker, RetryBudget } from './wasm/claude_resilience.js';
export { APIPromise } from './api-promise.mjs';

/** Every error class and alias of src/js/errors.js's list; `make pkg` writes the names. */
export const { /* @ERROR_NAMES@ */ } = glue.errorClasses;

/** The package's version, as in its package.json (written by `make pkg`). */
export const VERSION = '@VERSION@';

// The guide catches `error instanceof Anthropic.APIError`: every class is a static too.
for (const [name, cls] of Object.entries(glue.errorClasses)) {
  Object.defineProperty(glue.Anthropic, name, { value: cls, enumerable: false });
}

// The official SDK's `Anthropic.Messages`: `claude-resilience/resources/messages` exports it.
Object.defineProperty(glue.Anthropic, 'Messages', { value: glue.Messages, enumerable: false });

// The classes picked by a response's error code are statics, as the SDK's: of `Anthropic` all of
// them, of `Anthropic.Messages` those of resources/messages (which that subpath exports).
for (const [module, classes] of Object.entries(glue.errorCodeClasses)) {
  for (const [name, cls] of Object.entries(classes)) {
    Object.defineProperty(glue.Anthropic, name, { value: cls, enumerable: false });
    if (module === 'messages') Object.defineProperty(glue.Messages, name, { value: cls, enumerable: false });
  }
}

// `claude-resilience/lib/MessageStream` and `claude-resilience/core/streaming` export these; their
// `fromReadableStream` reads through the module's Rust stream.
glue.streams.readLinesWith(glue.streamOfLines);
for (const [name, cls] of [['MessageStream', glue.streams.MessageStream], ['Stream', glue.streams.Stream]]) {
  Object.defineProperty(glue.Anthropic, name, { value: cls, enumerable: false });
}

// `create` and `countTokens` return an APIPromise (`.withResponse()`, `.asResponse()`), whatever
// the call they start resolves with.
for (const name of ['create', 'countTokens']) {
  Object.defineProperty(glue.Messages.prototype, name, { value: returningAPIPromise(glue.Messages.prototype[name]) });
}

// Node's inspect shows the getters of a class with `showHidden`; a client shows what a log
// line needs, never its credential.
Object.defineProperty(glue.Anthropic.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(depth, options, inspect) {
    const { baseURL, maxRetries, timeout, logLevel } = this;
    return `Anthropic ${inspect({ baseURL, maxRetries, timeout, logLevel }, options)}`;
  },
});

export default glue.Anthropic;
