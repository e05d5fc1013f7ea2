import Anthropic from '@anthropic-ai/sdk';

// Tests often build the SDK's errors by hand, to check their own handling of them.
const headers = new Headers({ 'request-id': 'req_test' });
const errors = [
  new Anthropic.RateLimitError(429, { type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' } }, undefined, headers),
  new Anthropic.InternalServerError(500, undefined, 'upstream failed', headers),
  new Anthropic.APIConnectionError({ message: 'socket hang up' }),
  new Anthropic.APIConnectionTimeoutError(),
  new Anthropic.APIUserAbortError(),
];
for (const error of errors) {
  console.log(error.name, error.status, error.message, error.requestID, error.type, error instanceof Anthropic.APIError);
}
