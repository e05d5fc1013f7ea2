// The error classes: hierarchy, names, stacks, aliases, fields, JSON, and VERSION.

/** Every error class of the contract, with the class it directly extends. */
const HIERARCHY = [
  ['AnthropicError', 'Error'],
  ['APIError', 'AnthropicError'],
  ['APIConnectionError', 'APIError'],
  ['APIConnectionTimeoutError', 'APIConnectionError'],
  ['APIUserAbortError', 'APIError'],
  ['APIStatusError', 'APIError'],
  ['BadRequestError', 'APIStatusError'],
  ['AuthenticationError', 'APIStatusError'],
  ['PermissionDeniedError', 'APIStatusError'],
  ['NotFoundError', 'APIStatusError'],
  ['ConflictError', 'APIStatusError'],
  ['RequestTooLargeError', 'APIStatusError'],
  ['UnprocessableEntityError', 'APIStatusError'],
  ['RateLimitError', 'APIStatusError'],
  ['InternalServerError', 'APIStatusError'],
  ['OverloadedError', 'InternalServerError'],
  ['CircuitOpenError', 'AnthropicError'],
];

export default function cases(m, { assert }) {
  const cls = (name) => (name === 'Error' ? Error : m[name]);

  return [
    ['every error class of the contract exists and extends the class the contract says', async () => {
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

    ["the guide's aliases: InvalidRequestError === BadRequestError, PermissionError === PermissionDeniedError", async () => {
      assert.equal(m.InvalidRequestError, m.BadRequestError);
      assert.equal(m.PermissionError, m.PermissionDeniedError);
      assert.ok(new m.BadRequestError('x') instanceof m.InvalidRequestError);
      assert.ok(new m.PermissionError('x') instanceof m.PermissionDeniedError);
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
    }],

    ['VERSION is a semver string', async () => {
      assert.equal(typeof m.VERSION, 'string');
      assert.match(m.VERSION, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
    }],
  ];
}
