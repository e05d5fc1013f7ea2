// The public surface, named one by one so the glue's internals stay private. Nothing here may
// call into the module: the entries import this file before they instantiate it.
export {
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
