// The error classes users catch. They live in JS because only a JS class gives real
// `instanceof`, `.name` and `.stack`; Rust builds them through `makeError` and re-exports them.

export class AnthropicError extends Error {}

export class APIError extends AnthropicError {
  constructor(message, init = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type ?? null;
    this.requestId = init.requestId ?? null;
    this.headers = init.headers;
    this.error = init.error;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  // Headers serialise to `{}`; the rest is what a log line needs.
  toJSON() {
    const { name, message, status, type, requestId, retryAfterMs, error } = this;
    return { name, message, status, type, requestId, retryAfterMs, error };
  }
}

export class APIConnectionError extends APIError {}
export class APIConnectionTimeoutError extends APIConnectionError {}
export class APIUserAbortError extends APIError {}
export class APIStatusError extends APIError {}
export class BadRequestError extends APIStatusError {}
export class AuthenticationError extends APIStatusError {}
export class PermissionDeniedError extends APIStatusError {}
export class NotFoundError extends APIStatusError {}
export class ConflictError extends APIStatusError {}
export class RequestTooLargeError extends APIStatusError {}
export class UnprocessableEntityError extends APIStatusError {}
export class RateLimitError extends APIStatusError {}
export class InternalServerError extends APIStatusError {}
export class OverloadedError extends InternalServerError {}

export class CircuitOpenError extends AnthropicError {
  constructor(message, state, retryAfterMs) {
    super(message);
    this.state = state;
    this.retryAfterMs = retryAfterMs;
  }

  toJSON() {
    const { name, message, state, retryAfterMs } = this;
    return { name, message, state, retryAfterMs };
  }
}

export const InvalidRequestError = BadRequestError;
export const PermissionError = PermissionDeniedError;

const classes = {
  AnthropicError, APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError,
  APIStatusError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
  ConflictError, RequestTooLargeError, UnprocessableEntityError, RateLimitError,
  InternalServerError, OverloadedError, CircuitOpenError,
};

// `.name` sits on each prototype, so it survives minifiers that rename classes and stays out
// of every instance's own keys.
for (const [name, cls] of Object.entries(classes)) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}

/** Builds the API error class Rust chose by name. */
export function makeError(className, message, init) {
  return new classes[className](message, init);
}

