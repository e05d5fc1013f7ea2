// The public surface, named one by one so the glue's internals stay private. Nothing here may
// call into the module: the entries import this file before they instantiate it.
import * as glue from './wasm/claude_resilience.js';

export {
  Anthropic,
  retryWithBackoff,
  withFallback,
  CircuitBreaker,
  AnthropicError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  APIStatusError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  RequestTooLargeError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  OverloadedError,
  InvalidRequestError,
  PermissionError,
  CircuitOpenError,
} from './wasm/claude_resilience.js';

/** The package's version, as in its package.json (written by `make pkg`). */
export const VERSION = '@VERSION@';

const errorClasses = [
  'AnthropicError', 'APIError', 'APIConnectionError', 'APIConnectionTimeoutError',
  'APIUserAbortError', 'APIStatusError', 'BadRequestError', 'AuthenticationError',
  'PermissionDeniedError', 'NotFoundError', 'ConflictError', 'RequestTooLargeError',
  'UnprocessableEntityError', 'RateLimitError', 'InternalServerError', 'OverloadedError',
  'CircuitOpenError',
];

// The guide catches `error instanceof Anthropic.APIError`: every class is a static too.
for (const name of errorClasses) {
  Object.defineProperty(glue.Anthropic, name, { value: glue[name], enumerable: false });
}

export default glue.Anthropic;
