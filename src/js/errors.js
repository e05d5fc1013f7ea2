// The error classes users catch. They live in JS because only a JS class gives real
// `instanceof`, `.name` and `.stack`. ERROR_CLASSES below is the one list of them: the classes
// are built from it, Rust picks a response's class from it (statusError), the package exports
// and Anthropic's statics are written from `errorClasses` and `errorCodeClasses`
// (pkg-template/api.mjs), and a test holds the declarations (pkg-template/index.d.ts) to it. A
// new class is one line of the list.

export class AnthropicError extends Error {}

/** The fields of a response's error body that the official SDK lifts onto its errors. */
function bodyFields(body) {
  const error = typeof body === 'object' && body !== null ? body.error : undefined;
  const details = error?.details;
  return {
    apiMessage: error?.message ?? null,
    type: error?.type ?? null,
    errorCode: typeof details?.error_code === 'string' ? details.error_code : null,
    details: details ?? null,
  };
}

/** `value` as JSON, or `fallback` where JSON cannot say it (a body nested too deep to print). */
function jsonOr(value, fallback) {
  try {
    return JSON.stringify(value);
  } catch {
    return fallback;
  }
}

/** The official SDK's wording: "<status> <body.message, else the body as JSON, else the text>". */
function sdkMessage(status, body, text) {
  let detail = text;
  if (body?.message) detail = typeof body.message === 'string' ? body.message : jsonOr(body.message, text);
  else if (body) detail = jsonOr(body, text);
  if (status && detail) return `${status} ${detail}`;
  if (status) return `${status} status code (no body)`;
  return detail || '(no status code or body)';
}

/**
 * Two constructors in one: ours, `new APIError(message, { status, headers, error, type,
 * requestId, retryAfterMs, cause })`, and the official SDK's, `new APIError(status, error,
 * message, headers, type)`, told apart by a string first argument.
 */
export class APIError extends AnthropicError {
  constructor(...args) {
    const [message, init] = typeof args[0] === 'string'
      ? [args[0], args[1] ?? {}]
      : [sdkMessage(args[0], args[1], args[2]), { status: args[0], error: args[1], headers: args[3], type: args[4] }];
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    const { headers, error } = init;
    const header = (name) => (typeof headers?.get === 'function' ? headers.get(name) : undefined);
    const fields = bodyFields(error);
    // The official SDK's fields, in its order, then ours.
    this.status = init.status;
    this.headers = headers;
    this.requestID = header('request-id');
    this.workspaceID = header('anthropic-workspace-id');
    this.error = error;
    this.apiMessage = fields.apiMessage;
    this.type = init.type ?? fields.type;
    this.errorCode = fields.errorCode;
    this.details = fields.details;
    this.requestId = init.requestId ?? this.requestID ?? error?.request_id ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  // Headers serialise to `{}`; the rest is what a log line needs.
  toJSON() {
    const { name, message, status, type, requestId, requestID, workspaceID, apiMessage, errorCode, details, retryAfterMs, error } = this;
    return { name, message, status, type, requestId, requestID, workspaceID, apiMessage, errorCode, details, retryAfterMs, error };
  }
}

/** The SDK's `{ message, cause }` form, or ours: a message string and an init. */
function withDefault(args, message) {
  if (typeof args[0] === 'string') return args;
  const { message: given, cause } = args[0] ?? {};
  return [given || message, cause === undefined ? {} : { cause }];
}

export class APIConnectionError extends APIError {
  constructor(...args) {
    super(...withDefault(args, 'Connection error.'));
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  constructor(...args) {
    super(...(typeof args[0] === 'string' ? args : [{ message: args[0]?.message ?? 'Request timed out.' }]));
  }
}

export class APIUserAbortError extends APIError {
  constructor(...args) {
    super(...withDefault(args, 'Request was aborted.'));
  }
}

/** The official SDK's opt-in to its retries; it has no status, so ours retry it too. */
export class RetryableError extends AnthropicError {
  constructor(message, { cause } = {}) {
    super(message ?? 'Retryable error.', cause === undefined ? undefined : { cause });
  }
}

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

const written = {
  AnthropicError, APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError,
  RetryableError, CircuitOpenError,
};

/**
 * Every error class, parents first: [name, parent, status it stands for, and for the classes
 * the official SDK picks by the body's `error.details.error_code`: that code and the SDK module
 * that declares the class]. The classes written out above keep their constructors; every other
 * one is a bare subclass. A status without a class of its own is an InternalServerError from
 * 500 up, an APIStatusError below. The classes by code are the SDK's for the codes its messages
 * endpoints name (`@throws` of create and countTokens); as there, they are not exported from the
 * package's root, only as statics of `Anthropic` and, those of `resources/messages`, from
 * `claude-resilience/resources/messages` and as statics of `Anthropic.Messages`.
 */
export const ERROR_CLASSES = [
  ['AnthropicError', 'Error'],
  ['APIError', 'AnthropicError'],
  ['APIConnectionError', 'APIError'],
  ['APIConnectionTimeoutError', 'APIConnectionError'],
  ['APIUserAbortError', 'APIError'],
  ['RetryableError', 'AnthropicError'],
  ['APIStatusError', 'APIError'],
  ['BadRequestError', 'APIStatusError', 400],
  ['AuthenticationError', 'APIStatusError', 401],
  ['PaymentRequiredError', 'APIStatusError', 402],
  ['PermissionDeniedError', 'APIStatusError', 403],
  ['NotFoundError', 'APIStatusError', 404],
  ['RequestTimeoutError', 'APIStatusError', 408],
  ['ConflictError', 'APIStatusError', 409],
  ['PreconditionFailedError', 'APIStatusError', 412],
  ['ContentTooLargeError', 'APIStatusError', 413],
  ['UnprocessableEntityError', 'APIStatusError', 422],
  ['RateLimitError', 'APIStatusError', 429],
  ['RequestHeaderFieldsTooLargeError', 'APIStatusError', 431],
  ['ClientClosedRequestError', 'APIStatusError', 499],
  ['InternalServerError', 'APIStatusError', 500],
  ['NotImplementedError', 'InternalServerError', 501],
  ['ServiceUnavailableError', 'InternalServerError', 503],
  ['GatewayTimeoutError', 'InternalServerError', 504],
  ['OverloadedError', 'InternalServerError', 529],
  ['CircuitOpenError', 'AnthropicError'],
  ['AvailableToolsLimitExceededError', 'BadRequestError', 400, 'available_tools_limit_exceeded', 'messages'],
  ['ClaudeCodeKeyCreatorNotMemberError', 'BadRequestError', 400, 'claude_code_key_creator_not_member', 'shared'],
  ['ClaudeCodeVersionTooOldError', 'BadRequestError', 400, 'claude_code_version_too_old', 'shared'],
  ['CMEKKeyDisabledError', 'BadRequestError', 400, 'cmek_key_disabled', 'shared'],
  ['CMEKKeyNetworkBlockedError', 'BadRequestError', 400, 'cmek_key_network_blocked', 'shared'],
  ['CompactionBlockAmbiguousError', 'BadRequestError', 400, 'compaction_block_ambiguous', 'messages'],
  ['CompactionBlockMisplacedError', 'BadRequestError', 400, 'compaction_block_misplaced', 'messages'],
  ['CompactionContentMismatchError', 'BadRequestError', 400, 'compaction_content_mismatch', 'messages'],
  ['CompactionIncompleteTurnError', 'BadRequestError', 400, 'compaction_incomplete_turn', 'messages'],
  ['CompactionNothingToSummarizeError', 'BadRequestError', 400, 'compaction_nothing_to_summarize', 'messages'],
  ['CompactionSignatureInvalidError', 'BadRequestError', 400, 'compaction_signature_invalid', 'messages'],
  ['CompactionTooManyToolReferencesError', 'BadRequestError', 400, 'compaction_too_many_tool_references', 'messages'],
  ['CompactionToolChangesMismatchError', 'BadRequestError', 400, 'compaction_tool_changes_mismatch', 'messages'],
  ['ImageDimensionsTooLargeError', 'BadRequestError', 400, 'image_dimensions_too_large', 'messages'],
  ['OrganizationOnHoldError', 'BadRequestError', 400, 'organization_on_hold', 'shared'],
  ['RequestBodyEncodingInvalidError', 'BadRequestError', 400, 'request_body_encoding_invalid', 'shared'],
  ['RequestBodyEncodingUnsupportedError', 'BadRequestError', 400, 'request_body_encoding_unsupported', 'shared'],
  ['ThreadAlreadyContinuedError', 'BadRequestError', 400, 'thread_already_continued', 'messages'],
  ['ThreadContinueInFlightError', 'BadRequestError', 400, 'thread_continue_in_flight', 'messages'],
  ['ThreadFingerprintMismatchError', 'BadRequestError', 400, 'thread_fingerprint_mismatch', 'messages'],
  ['ThreadUnsupportedRequestError', 'BadRequestError', 400, 'thread_unsupported_request', 'messages'],
  ['ToolNameConflictError', 'BadRequestError', 400, 'tool_name_conflict', 'messages'],
  ['ToolReferenceUnresolvedError', 'BadRequestError', 400, 'tool_reference_unresolved', 'messages'],
  ['UserProfileRequiredError', 'BadRequestError', 400, 'user_profile_required', 'user-profiles'],
  ['LinkedOrganizationBillingUnavailableError', 'PaymentRequiredError', 402, 'linked_organization_billing_unavailable', 'shared'],
  ['LinkedOrganizationSpendLimitReachedError', 'PaymentRequiredError', 402, 'linked_organization_spend_limit_reached', 'shared'],
  ['UserProfileBillingNotAuthorizedError', 'PermissionDeniedError', 403, 'user_profile_billing_not_authorized', 'user-profiles'],
  ['UserProfileNotBillableError', 'PermissionDeniedError', 403, 'user_profile_not_billable', 'user-profiles'],
  ['ThreadNotFoundError', 'NotFoundError', 404, 'thread_not_found', 'messages'],
  ['SkillReadBlockedUndecryptableError', 'ConflictError', 409, 'skill_read_blocked_undecryptable', 'skills'],
  ['RequestBodyTooLargeAfterDecodingError', 'ContentTooLargeError', 413, 'request_body_too_large_after_decoding', 'shared'],
  ['ContractSpendLimitReachedError', 'RateLimitError', 429, 'contract_spend_limit_reached', 'shared'],
  ['EnforcedSpendLimitReachedError', 'RateLimitError', 429, 'enforced_spend_limit_reached', 'shared'],
  ['RampLimitExceededError', 'RateLimitError', 429, 'ramp_limit_exceeded', 'shared'],
  ['CMEKKeyUnreachableError', 'ServiceUnavailableError', 503, 'cmek_key_unreachable', 'shared'],
  ['CompactionUnavailableError', 'OverloadedError', 529, 'compaction_unavailable', 'messages'],
];

/** Other names of the same classes: this package's earlier name, and the guide's two. */
export const ERROR_ALIASES = {
  RequestTooLargeError: 'ContentTooLargeError',
  InvalidRequestError: 'BadRequestError',
  PermissionError: 'PermissionDeniedError',
};

/** Every class and alias by name, as the package exports them. */
export const errorClasses = {};
/** The classes picked by error code, by name under the SDK module that declares them
 *  (`messages`, `shared`, …): `Anthropic`'s statics, not the root's exports. */
export const errorCodeClasses = {};
const byStatus = new Map();
const byCode = new Map();
for (const [name, parent, status, code, module] of ERROR_CLASSES) {
  const base = parent === 'Error' ? Error : errorClasses[parent];
  const cls = written[name] ?? { [name]: class extends base {} }[name];
  if (Object.getPrototypeOf(cls) !== base) throw new Error(`${name} must extend ${parent}`);
  // `.name` sits on each prototype, so it survives minifiers that rename classes and stays out
  // of every instance's own keys.
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
  if (code === undefined) {
    errorClasses[name] = cls;
    if (status !== undefined) byStatus.set(status, cls);
  } else {
    (errorCodeClasses[module] ??= {})[name] = cls;
    byCode.set(`${status} ${code}`, cls);
  }
}
for (const [alias, name] of Object.entries(ERROR_ALIASES)) errorClasses[alias] = errorClasses[name];

/** Builds the error class Rust chose by name. */
export function makeError(className, message, init) {
  return new errorClasses[className](message, init);
}

/**
 * The error of a response with `status`, of the class its status and error code stand for (as
 * the SDK's `makeStatusError`: the code's class for that status first), worded as the official
 * SDK words it. `body` is the parsed JSON, undefined when `text` was not JSON; `error` holds the
 * one or the other. Rust has read `requestId` and `retryAfterMs` already.
 */
export function statusError(status, body, text, headers, requestId, retryAfterMs) {
  const code = body?.error?.details?.error_code;
  const cls = (typeof code === 'string' ? byCode.get(`${status} ${code}`) : undefined) ?? byStatus.get(status) ??
    errorClasses[status >= 500 ? 'InternalServerError' : 'APIStatusError'];
  const message = sdkMessage(status, body, text);
  return new cls(message, { status, headers, error: body === undefined ? text : body, requestId, retryAfterMs });
}
