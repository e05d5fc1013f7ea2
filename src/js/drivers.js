// @ts-check
// The hot paths in JS. Awaiting the user's promise from Rust costs ~1.4 µs a call, from JS
// ~0.05 µs; so JS only calls, awaits and carries values, and every decision — whether to
// retry, how long to wait, what the breaker does with an outcome, whether an argument is
// valid — is asked of the Rust objects that `install` hands over when the module starts.

import { CircuitOpenError } from './errors.js';
import { untilAborted } from './host.js';

/**
 * @typedef {import('./native.js').Native} Native
 * @typedef {import('./native.js').RetryPolicy} RetryPolicy
 * @typedef {import('./native.js').RetryCall} RetryCall
 * @typedef {import('./native.js').BreakerCore} BreakerCore
 * @typedef {import('./native.js').BreakerFlags} BreakerFlags
 * @typedef {import('./native.js').BudgetCore} BudgetCore
 * @typedef {import('./native.js').BudgetFlags} BudgetFlags
 * @typedef {{ maxRetries?: unknown, baseDelay?: unknown, maxDelay?: unknown, jitter?: unknown,
 *   retryableStatuses?: unknown, shouldRetry?: unknown, respectRetryAfter?: unknown,
 *   timeout?: unknown, signal?: unknown, onRetry?: unknown, retryBudget?: unknown }} RetryFieldsOf
 *   An object whose retry options' fields are read (any of them may be absent).
 * @typedef {(context: AttemptContext) => unknown} AttemptFn
 * @typedef {[options: unknown, baseDelay: unknown, maxDelay: unknown, fields: unknown[] | null]} Plan
 *   A call's arguments, with the options' fields as copied when it was accepted.
 */

/**
 * Rust's side, set once by `install` before any export can be called.
 * @type {Native}
 */
let native;

/** @param {Native} exports */
export function install(exports) {
  // copyFields and sameFields name the retry options' fields one by one, for speed; they must
  // follow Rust's order (`Field::ALL`), which a probe with each field set to its index checks.
  const order = exports.retryFields.map((_, index) => index);
  const probe = Object.fromEntries(exports.retryFields.map((name, index) => [name, index]));
  if (copyFields(probe).join() !== order.join() || !sameFields(probe, order)) {
    throw new Error('drivers.js and Rust disagree on the retry options');
  }
  native = exports;
}

/**
 * The retry options' fields, copied with plain property reads (which V8 caches per call site).
 * @param {RetryFieldsOf} o
 * @returns {unknown[]}
 */
function copyFields(o) {
  return [o.maxRetries, o.baseDelay, o.maxDelay, o.jitter, o.retryableStatuses, o.shouldRetry, o.respectRetryAfter, o.timeout, o.signal, o.onRetry, o.retryBudget];
}

/**
 * @param {RetryFieldsOf} o
 * @param {unknown[]} f
 */
function sameFields(o, f) {
  return (
    o.maxRetries === f[0] && o.baseDelay === f[1] && o.maxDelay === f[2] && o.jitter === f[3] &&
    o.retryableStatuses === f[4] && o.shouldRetry === f[5] && o.respectRetryAfter === f[6] &&
    o.timeout === f[7] && o.signal === f[8] && o.onRetry === f[9] && o.retryBudget === f[10]
  );
}

/** What each attempt receives; for a call without signal or timeout, one exists only once somebody reads it. */
class AttemptContext {
  /**
   * @param {number} attempt
   * @param {AbortSignal | null} signal
   */
  constructor(attempt, signal) {
    this.attempt = attempt;
    this.given = signal;
  }

  get signal() {
    this.given ??= new AbortController().signal;
    return this.given;
  }
}

/**
 * The retry loop. `plan` holds the call's arguments (null: no options); the Rust policy that
 * judges each failure is only built once an attempt fails. `call` is the engine's record of
 * this call (Rust): made up front when the call has a signal or a timeout (it then owns the
 * call's AbortSignal and deadline), else at the first failure. A success puts tokens back in
 * the call's retry budget: counted here when no attempt failed (the policy was never built),
 * else by the policy, which knows what the retries spent.
 * @param {AttemptFn} fn
 * @param {Plan | null} plan
 * @param {RetryCall | null} call
 */
async function driveRetry(fn, plan, call) {
  const signal = call === null ? null : call.signal;
  /** @type {RetryPolicy | null} */
  let policy = null;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const value =
          signal === null ? await fn(new AttemptContext(attempt, null)) : await untilAborted(fn(new AttemptContext(attempt, signal)), signal);
        // Rust accepted the plan: its retryBudget is a RetryBudget, false or absent.
        const budget = plan === null || plan[3] === null ? undefined : plan[3][10];
        if (budget) {
          if (policy === null) countSuccess(/** @type {RetryBudget} */ (budget));
          else policy.succeeded(/** @type {RetryCall} */ (call));
        }
        return value;
      } catch (error) {
        policy ??= plan === null ? native.defaultPolicy : native.planRetry(...plan);
        call ??= policy.begin();
        const delay = policy.nextDelay(call, error);
        if (delay < 0) throw error;
        await call.sleep(delay);
      }
    }
  } finally {
    // Freed now rather than by a FinalizationRegistry: the call's timer and listener go at
    // once, and a busy caller does not pile up wasm memory waiting for the GC.
    if (call !== null) call.free();
    if (policy !== null && plan !== null) policy.free();
  }
}

/** Arguments Rust accepted lately for calls without signal or timeout, one per recent call
 *  site (see below); replaced round-robin.
 *  @type {Plan[]} */
const accepted = [];
const ACCEPTED_KEPT = 4;
let acceptedNext = 0;

/** Whether a call passes the arguments of `plan`: an options object's fields are compared
 *  in place with the copied ones (no copy unless they differ), not by identity.
 *  @param {Plan} plan
 *  @param {unknown} options
 *  @param {unknown} baseDelay
 *  @param {unknown} maxDelay */
function matches(plan, options, baseDelay, maxDelay) {
  if (baseDelay !== plan[1] || maxDelay !== plan[2]) return false;
  const fields = plan[3];
  if (fields === null) return options === plan[0];
  return typeof options === 'object' && options !== null && sameFields(options, fields);
}

/**
 * @param {unknown} fn
 * @param {unknown} options
 * @param {unknown} baseDelay
 * @param {unknown} maxDelay
 */
export function retryWithBackoff(fn, options, baseDelay, maxDelay) {
  const callable = typeof fn === 'function';
  // Most calls pass no options: they share one policy and need no checks but this one.
  if (callable && options === undefined && baseDelay === undefined && maxDelay === undefined) {
    return driveRetry(/** @type {AttemptFn} */ (fn), null, null);
  }
  // A loop passing equal options (a fresh literal each time, typically) asks Rust once.
  if (callable) {
    for (let index = 0; index < accepted.length; index++) {
      if (matches(accepted[index], options, baseDelay, maxDelay)) {
        return driveRetry(/** @type {AttemptFn} */ (fn), accepted[index], null);
      }
    }
  }
  // The fields are copied once, so Rust validates them in one call and the policy a failure
  // builds later sees the same values even if the caller's object changes meanwhile.
  const fields = typeof options === 'object' && options !== null ? copyFields(options) : null;
  /** @type {Plan} */
  const plan = [options, baseDelay, maxDelay, fields];
  /** @type {RetryCall | null} */
  let call;
  try {
    call = native.checkRetry(callable, options, baseDelay, maxDelay, fields);
  } catch (error) {
    return Promise.reject(error);
  }
  if (call === null) {
    accepted[acceptedNext] = plan;
    acceptedNext = (acceptedNext + 1) % ACCEPTED_KEPT;
  }
  // checkRetry accepted the call: `fn` is a function.
  return driveRetry(/** @type {AttemptFn} */ (fn), plan, call);
}

/**
 * Why `core` refused the call it returned `code` for (`BreakerCore.admit`: −1 a bad `fn`, −2 /
 * −3 the circuit, OPEN / HALF_OPEN). The CircuitOpenError is built here, from
 * Rust's verdict: built in the module, it would capture its stack over wasm frames, which
 * doubles the cost of a refusal.
 * @param {BreakerCore} core
 * @param {number} code
 */
function refusal(core, code) {
  if (code === -1) return core.refusal();
  return new CircuitOpenError(OPEN_MESSAGE, code === -2 ? 'OPEN' : 'HALF_OPEN', core.retryAfterMs);
}

const OPEN_MESSAGE = 'Circuit breaker is OPEN';

/**
 * `fn`'s outcome, or on its failure the fallback's: its value, or what it returns when it is a
 * function, unless the failure is an abort (Rust's verdict), which no fallback may replace.
 * @param {unknown} fn
 * @param {unknown} fallback
 */
export function withFallback(fn, fallback) {
  try {
    native.checkFallback(typeof fn === 'function');
  } catch (error) {
    return Promise.reject(error);
  }
  let outcome;
  try {
    outcome = Promise.resolve(/** @type {() => unknown} */ (fn)());
  } catch (error) {
    outcome = Promise.reject(error);
  }
  return outcome.then(undefined, (error) => {
    if (native.isAbort(error)) throw error;
    return typeof fallback === 'function' ? fallback(error) : fallback;
  });
}

/** Marks `new CircuitBreaker(restoring, core)` as fromJSON's, not a user's. */
const restoring = Symbol('restoring');

export class CircuitBreaker {
  /** @type {BreakerCore} */
  #core;
  /** `{ ticket, until }`, kept by the core: while the circuit is CLOSED with no failures, the
   *  ticket every call is admitted under (−1 otherwise). Admitting then is a foregone
   *  "yes" and a success changes nothing, so the success path need not enter the module.
   *  While it is OPEN, `until` is when it turns HALF_OPEN (0 otherwise): before then admitting
   *  is a foregone "no", so a refusal need not enter the module either.
   *  @type {BreakerFlags} */
  #flags = { ticket: -1, until: 0 };

  /**
   * @param {unknown} [options] the options, or `restoring` (then `recoveryTimeout` builds the core)
   * @param {unknown} [recoveryTimeout]
   */
  constructor(options, recoveryTimeout) {
    this.#core =
      options === restoring
        ? /** @type {(flags: BreakerFlags) => BreakerCore} */ (recoveryTimeout)(this.#flags)
        : native.breakerCore(options, recoveryTimeout, this.#flags);
  }

  /** @param {unknown} fn */
  async call(fn) {
    const core = this.#core;
    const flags = this.#flags;
    let ticket = flags.ticket;
    if (ticket < 0 || typeof fn !== 'function') {
      const left = flags.until - Date.now();
      if (left > 0 && typeof fn === 'function') throw new CircuitOpenError(OPEN_MESSAGE, 'OPEN', left);
      ticket = core.admit(typeof fn === 'function');
      if (ticket < 0) throw refusal(core, ticket);
    }
    let value;
    try {
      // Admitted: `fn` is a function.
      value = await /** @type {() => unknown} */ (fn)();
    } catch (error) {
      core.failed(ticket, error);
      throw error;
    }
    // Unchanged since admission: still CLOSED without failures, the same phase.
    if (flags.ticket !== ticket) core.succeeded(ticket);
    return value;
  }

  get state() {
    return this.#core.state;
  }

  get failureCount() {
    return this.#core.failureCount;
  }

  reset() {
    this.#core.reset();
  }

  toJSON() {
    return this.#core.toJSON();
  }

  /**
   * @param {unknown} snapshot
   * @param {unknown} [options]
   */
  static fromJSON(snapshot, options) {
    return new CircuitBreaker(restoring, (/** @type {BreakerFlags} */ flags) => native.restoreBreaker(snapshot, options, flags));
  }
}

/** Adds a success to `budget`'s count (see RetryBudget).
 *  @type {(budget: RetryBudget) => void} */
let countSuccess;
/** @type {(value: object) => BudgetCore | undefined} */
let coreOf;

/** A retry budget that clients and `retryWithBackoff` calls share. The bucket is Rust's; a call
 *  that succeeds at once only counts itself in `#flags`, which the core adds to the bucket at its
 *  next use, so the success path need not enter the module. */
export class RetryBudget {
  /** @type {BudgetFlags} */
  #flags = { successes: 0 };
  /** @type {BudgetCore} */
  #core;

  /** @param {unknown} [options] */
  constructor(options) {
    this.#core = native.budgetCore(options, this.#flags);
  }

  static {
    countSuccess = (budget) => {
      budget.#flags.successes++;
    };
    coreOf = (value) => (#core in value ? value.#core : undefined);
  }

  /** The tokens in the bucket now. */
  get tokens() {
    return this.#core.toJSON().tokens;
  }

  get capacity() {
    return this.#core.toJSON().capacity;
  }

  toJSON() {
    return this.#core.toJSON();
  }

  get [Symbol.toStringTag]() {
    return 'RetryBudget';
  }
}

/**
 * For Rust: a new handle on the bucket of a RetryBudget of this module; null for a RetryBudget of
 * another module (the other entry's); undefined for anything else.
 * @param {unknown} value
 */
export function shareBudget(value) {
  if (typeof value !== 'object' || value === null) return undefined;
  const core = coreOf(value);
  if (core !== undefined) return core.share();
  return Object.prototype.toString.call(value) === '[object RetryBudget]' ? null : undefined;
}

/**
 * Makes instances of `object`'s class usable with `for await`.
 * @param {object} object
 */
export function asyncIterable(object) {
  const prototype = Object.getPrototypeOf(object);
  if (!Object.hasOwn(prototype, Symbol.asyncIterator)) {
    prototype[Symbol.asyncIterator] = /** @this {unknown} */ function () {
      return this;
    };
  }
}
