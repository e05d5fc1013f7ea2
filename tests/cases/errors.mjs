// The error classes: hierarchy, names, stacks, aliases, fields, JSON, and VERSION.

/** Every error class, with the class it directly extends: the contract's and the official SDK's. */
const HIERARCHY = [
  ['AnthropicError', 'Error'],
  ['APIError', 'AnthropicError'],
  ['APIConnectionError', 'APIError'],
  ['APIConnectionTimeoutError', 'APIConnectionError'],
  ['APIUserAbortError', 'APIError'],
  ['RetryableError', 'AnthropicError'],
  ['APIStatusError', 'APIError'],
  ['BadRequestError', 'APIStatusError'],
  ['AuthenticationError', 'APIStatusError'],
  ['PaymentRequiredError', 'APIStatusError'],
  ['PermissionDeniedError', 'APIStatusError'],
  ['NotFoundError', 'APIStatusError'],
  ['RequestTimeoutError', 'APIStatusError'],
  ['ConflictError', 'APIStatusError'],
  ['PreconditionFailedError', 'APIStatusError'],
  ['ContentTooLargeError', 'APIStatusError'],
  ['UnprocessableEntityError', 'APIStatusError'],
  ['RateLimitError', 'APIStatusError'],
  ['RequestHeaderFieldsTooLargeError', 'APIStatusError'],
  ['ClientClosedRequestError', 'APIStatusError'],
  ['InternalServerError', 'APIStatusError'],
  ['NotImplementedError', 'InternalServerError'],
  ['ServiceUnavailableError', 'InternalServerError'],
  ['GatewayTimeoutError', 'InternalServerError'],
  ['OverloadedError', 'InternalServerError'],
  ['CircuitOpenError', 'AnthropicError'],
];

export default function cases(m, { assert }) {
  const cls = (name) => (name === 'Error' ? Error : m[name]);

  return [
    ['every error class exists and extends the class the contract (or the official SDK) says', async () => {
      for (const [name, parent] of HIERARCHY) {
        assert.equal(typeof m[name], 'function', `${name} is exported`);
        assert.equal(Object.getPrototypeOf(m[name]), cls(parent), `${name} extends ${parent}`);
        assert.equal(Object.getPrototypeOf(m[name].prototype), cls(parent).prototype, `${name}.prototype chain`);
      }
    }],

    ['instances are real Errors: instanceof up the chain, .name is the class name, .stack is set', async () => {
      for (const [name] of HIERARCHY) {
        const error = new m[name](`a ${name}`);
        assert.ok(error instanceof Error, `${name} instanceof Error`);
        assert.ok(error instanceof m.AnthropicError, `${name} instanceof AnthropicError`);
        assert.ok(error instanceof m[name], `${name} instanceof itself`);
        assert.equal(error.name, name, `${name}.name`);
        assert.equal(error.message, `a ${name}`, `${name}.message`);
        assert.equal(typeof error.stack, 'string', `${name}.stack is a string`);
        assert.ok(error.stack.includes(name), `${name}.stack mentions ${name}: ${error.stack.split('\n')[0]}`);
        assert.equal(Object.prototype.toString.call(error), '[object Error]');
        assert.equal(String(error), `${name}: a ${name}`);
      }
    }],

    ['the documented chains hold: OverloadedError → InternalServerError → APIStatusError → APIError → AnthropicError', async () => {
      const overloaded = new m.OverloadedError('Overloaded', { status: 529 });
      for (const parent of ['InternalServerError', 'APIStatusError', 'APIError', 'AnthropicError']) {
        assert.ok(overloaded instanceof m[parent], `OverloadedError instanceof ${parent}`);
      }
      const timeout = new m.APIConnectionTimeoutError('Request timed out.');
      for (const parent of ['APIConnectionError', 'APIError', 'AnthropicError']) {
        assert.ok(timeout instanceof m[parent], `APIConnectionTimeoutError instanceof ${parent}`);
      }
      assert.ok(!(timeout instanceof m.APIStatusError), 'a connection error is not a status error');
      assert.ok(!(new m.RateLimitError('x') instanceof m.InternalServerError));
      assert.ok(!(new m.CircuitOpenError('x') instanceof m.APIError), 'CircuitOpenError is not an APIError');
      assert.ok(!(new m.APIUserAbortError('x') instanceof m.APIConnectionError));
    }],

    ["the aliases: RequestTooLargeError === ContentTooLargeError, the guide's InvalidRequestError and PermissionError", async () => {
      assert.equal(m.RequestTooLargeError, m.ContentTooLargeError);
      assert.equal(new m.RequestTooLargeError('x').name, 'ContentTooLargeError');
      assert.equal(m.InvalidRequestError, m.BadRequestError);
      assert.equal(m.PermissionError, m.PermissionDeniedError);
      assert.ok(new m.BadRequestError('x') instanceof m.InvalidRequestError);
      assert.ok(new m.PermissionError('x') instanceof m.PermissionDeniedError);
    }],

    ["new APIError(status, body, message, headers): the official SDK's form, its message and fields", async () => {
      const headers = new Headers({ 'request-id': 'req_h', 'anthropic-workspace-id': 'wrk_1' });
      const body = {
        type: 'error',
        error: { type: 'rate_limit_error', message: 'slow down', details: { error_code: 'a_code', n: 1 } },
        request_id: 'req_b',
      };
      const error = new m.RateLimitError(429, body, undefined, headers);
      assert.equal(error.message, `429 ${JSON.stringify(body)}`);
      assert.equal(error.status, 429);
      assert.equal(error.headers, headers);
      assert.equal(error.requestID, 'req_h');
      assert.equal(error.requestId, 'req_h');
      assert.equal(error.workspaceID, 'wrk_1');
      assert.equal(error.error, body);
      assert.equal(error.apiMessage, 'slow down');
      assert.equal(error.type, 'rate_limit_error');
      assert.equal(error.errorCode, 'a_code');
      assert.deepEqual(error.details, { error_code: 'a_code', n: 1 });
      assert.equal(error.retryAfterMs, null);
      assert.equal(new m.InternalServerError(502, undefined, 'Bad Gateway', new Headers()).message, '502 Bad Gateway');
      assert.equal(new m.APIError(418, undefined, undefined, new Headers()).message, '418 status code (no body)');
      assert.equal(new m.APIError(400, { message: 'top' }, undefined, undefined).message, '400 top');
      assert.equal(new m.APIError().message, '(no status code or body)');
      const bare = new m.APIError(404, {}, undefined, new Headers());
      assert.equal(bare.requestID, null, 'no request-id header: null');
      assert.equal(new m.APIError(404, {}, undefined, undefined).requestID, undefined, 'no headers: undefined');
      assert.equal(new m.APIError(400, body, undefined, headers, 'other_type').type, 'other_type');
    }],

    ["the SDK's { message, cause } forms of the connection and abort errors, and RetryableError", async () => {
      const cause = new Error('socket hang up');
      const connection = new m.APIConnectionError({ cause });
      assert.equal(connection.message, 'Connection error.');
      assert.equal(connection.cause, cause);
      assert.equal(connection.status, undefined);
      assert.equal(new m.APIConnectionError({ message: 'custom' }).message, 'custom');
      assert.equal(new m.APIConnectionTimeoutError().message, 'Request timed out.');
      assert.equal(new m.APIConnectionTimeoutError({ message: 'slow' }).message, 'slow');
      assert.equal(new m.APIUserAbortError().message, 'Request was aborted.');
      assert.equal(new m.APIUserAbortError({ message: 'stopped' }).message, 'stopped');
      const retryable = new m.RetryableError(undefined, { cause });
      assert.equal(retryable.message, 'Retryable error.');
      assert.equal(retryable.cause, cause);
      assert.ok(!(retryable instanceof m.APIError), 'RetryableError is no APIError');
    }],

    ['new APIError(message, {status, type, requestId, retryAfterMs}) exposes those fields', async () => {
      const error = new m.APIError('m', { status: 529, type: 'overloaded_error', requestId: 'req_1', retryAfterMs: 5 });
      assert.equal(error.message, 'm');
      assert.equal(error.status, 529);
      assert.equal(error.type, 'overloaded_error');
      assert.equal(error.requestId, 'req_1');
      assert.equal(error.retryAfterMs, 5);
      const headers = new Headers({ 'request-id': 'req_2' });
      const body = { type: 'error', error: { type: 'rate_limit_error', message: 'slow' } };
      const full = new m.RateLimitError('slow', { status: 429, headers, error: body });
      assert.equal(full.headers, headers);
      assert.equal(full.error, body);
    }],

    ['APIError fields default to undefined / null', async () => {
      const error = new m.APIError('bare');
      assert.equal(error.status, undefined);
      assert.equal(error.type, null);
      assert.equal(error.requestId, null);
      assert.equal(error.headers, undefined);
      assert.equal(error.retryAfterMs, null);
      for (const field of ['apiMessage', 'errorCode', 'details']) assert.equal(error[field], null, field);
      assert.equal(error.requestID, undefined);
      assert.equal(error.workspaceID, undefined);
      const connection = new m.APIConnectionError('Connection error.');
      assert.equal(connection.status, undefined, 'a connection error has no status');
    }],

    ['JSON.stringify of an error gives name, message, status…', async () => {
      const error = new m.OverloadedError('Overloaded', { status: 529, type: 'overloaded_error', requestId: 'req_9', retryAfterMs: 7 });
      const json = JSON.parse(JSON.stringify(error));
      assert.equal(json.name, 'OverloadedError');
      assert.equal(json.message, 'Overloaded');
      assert.equal(json.status, 529);
      assert.equal(json.type, 'overloaded_error');
      assert.equal(json.requestId, 'req_9');
      assert.equal(json.retryAfterMs, 7);
      const body = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded', details: { error_code: 'c' } } };
      const sdkForm = JSON.parse(JSON.stringify(new m.OverloadedError(529, body, undefined, new Headers({ 'request-id': 'req_8' }))));
      assert.deepEqual(
        [sdkForm.requestID, sdkForm.workspaceID, sdkForm.apiMessage, sdkForm.errorCode, sdkForm.details, sdkForm.error],
        ['req_8', null, 'Overloaded', 'c', { error_code: 'c' }, body],
        "the official SDK's fields too",
      );
    }],

    ['a CircuitOpenError from a breaker is typed, named and serialisable', async () => {
      const cb = new m.CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 60_000 });
      await assert.rejects(() => cb.call(() => Promise.reject(new Error('down'))));
      const error = await assert.rejects(() => cb.call(() => 1), m.CircuitOpenError);
      assert.ok(error instanceof m.AnthropicError && error instanceof Error);
      assert.equal(error.name, 'CircuitOpenError');
      assert.equal(typeof error.stack, 'string');
      assert.ok(error.stack.includes('CircuitOpenError'));
      const json = JSON.parse(JSON.stringify(error));
      assert.equal(json.name, 'CircuitOpenError');
      assert.equal(json.message, 'Circuit breaker is OPEN');
      assert.equal(json.state, 'OPEN');
      assert.equal(typeof json.retryAfterMs, 'number');
    }],

    ["the package's classes are classified by retryWithBackoff like the statuses they carry", async () => {
      const count = async (error, options = {}) => {
        let calls = 0;
        const rejection = await assert.rejects(() => m.retryWithBackoff(() => {
          calls += 1;
          throw error;
        }, { maxRetries: 2, baseDelay: 1, maxDelay: 2, jitter: 'none', ...options }));
        assert.equal(rejection, error);
        return calls;
      };
      assert.equal(await count(new m.RateLimitError('x', { status: 429 })), 3, 'RateLimitError 429');
      assert.equal(await count(new m.OverloadedError('x', { status: 529 })), 3, 'OverloadedError 529');
      assert.equal(await count(new m.InternalServerError('x', { status: 500 })), 3, 'InternalServerError 500');
      assert.equal(await count(new m.APIConnectionError('x')), 3, 'APIConnectionError');
      assert.equal(await count(new m.APIConnectionTimeoutError('x')), 3, 'APIConnectionTimeoutError');
      assert.equal(await count(new m.BadRequestError('x', { status: 400 })), 1, 'BadRequestError 400');
      assert.equal(await count(new m.AuthenticationError('x', { status: 401 })), 1, 'AuthenticationError 401');
      assert.equal(await count(new m.NotFoundError('x', { status: 404 })), 1, 'NotFoundError 404');
      assert.equal(await count(new m.APIUserAbortError('x')), 1, 'APIUserAbortError');
      assert.equal(await count(new m.RetryableError('x')), 3, 'RetryableError');
      assert.equal(await count(new m.ServiceUnavailableError('x', { status: 503 })), 3, 'ServiceUnavailableError 503');
      assert.equal(await count(new m.RequestTimeoutError('x', { status: 408 })), 3, 'RequestTimeoutError 408');
      assert.equal(await count(new m.PaymentRequiredError('x', { status: 402 })), 1, 'PaymentRequiredError 402');
    }],

    ['VERSION is a semver string', async () => {
      assert.equal(typeof m.VERSION, 'string');
      assert.match(m.VERSION, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
    }],
  ];
}
