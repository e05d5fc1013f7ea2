// The Rust objects the drivers (drivers.js) work with, as the module hands them over: the types
// `tsc` checks drivers.js against. They mirror the `#[wasm_bindgen]` exports of src/bindings/.

/** What `bindings::start` installs: planning a retry, the shared policy, `withFallback`'s
 *  verdicts, building breakers and retry budgets. */
export interface Native {
  /** The policy of calls without options, shared by all of them. */
  readonly defaultPolicy: RetryPolicy;
  /** The retry options' field names in Rust's `Field::ALL` order. */
  readonly retryFields: string[];
  /** Checks a call's arguments before `fn` runs; the call, begun, when it has a signal or a timeout. */
  checkRetry(isFunction: boolean, options: unknown, baseDelay: unknown, maxDelay: unknown, fields: unknown[] | null): RetryCall | null;
  /** The policy of a call whose arguments `checkRetry` accepted, built at its first failure. */
  planRetry(options: unknown, baseDelay: unknown, maxDelay: unknown, fields: unknown[] | null): RetryPolicy;
  /** Throws the TypeError of a `withFallback` call whose `fn` is not a function. */
  checkFallback(isFunction: boolean): void;
  /** Whether a failure is an abort, which no fallback may replace. */
  isAbort(error: unknown): boolean;
  breakerCore(options: unknown, recoveryTimeout: unknown, flags: BreakerFlags): BreakerCore;
  restoreBreaker(snapshot: unknown, options: unknown, flags: BreakerFlags): BreakerCore;
  budgetCore(options: unknown, flags: BudgetFlags): BudgetCore;
}

export interface RetryPolicy {
  /** A call without signal or timeout, begun at its first failure. */
  begin(): RetryCall;
  /** The wait before `call`'s next attempt in ms, or −1 to give up and rethrow `error`. */
  nextDelay(call: RetryCall, error: unknown): number;
  /** `call` succeeded after a failure: its retry budget gets back what the retries spent. */
  succeeded(call: RetryCall): void;
  free(): void;
}

/** One call as the engine sees it, and its cancellation (the caller's signal and the overall
 *  timeout, merged) when it has a signal or a timeout. */
export interface RetryCall {
  /** Null for a call without signal or timeout. */
  readonly signal: AbortSignal | null;
  /** Waits `delay` ms; rejects with the call's abort reason the moment it aborts. */
  sleep(delay: number): Promise<void>;
  free(): void;
}

export interface BreakerCore {
  /** The call's ticket, or a refusal: −1 with the TypeError kept for `refusal`, −2 / −3 the
   *  circuit refuses while OPEN / HALF_OPEN, for `retryAfterMs`. */
  admit(isFunction: boolean): number;
  refusal(): unknown;
  /** The wait the last refusal by the circuit named, in ms. */
  readonly retryAfterMs: number;
  succeeded(ticket: number): void;
  failed(ticket: number, error: unknown): void;
  readonly state: string;
  readonly failureCount: number;
  reset(): void;
  toJSON(): unknown;
}

/** Kept by the core: the ticket of a CLOSED circuit without failures, −1 otherwise. */
export interface BreakerFlags {
  ticket: number;
  /** While the circuit is OPEN, when it turns HALF_OPEN (ms since the epoch); 0 otherwise. */
  until: number;
}

/** A retry budget's bucket (src/bindings/budget.rs). */
export interface BudgetCore {
  /** The level, with the successes counted in `BudgetFlags` added first. */
  toJSON(): { tokens: number; capacity: number; retryCost: number; refill: number };
  /** Another handle on the same bucket, which Rust takes over. */
  share(): BudgetCore;
}

/** Kept by drivers.js: the calls that succeeded at once since the core last added them. */
export interface BudgetFlags {
  successes: number;
}

/** The Rust `MessageStream` (src/client/stream.rs) that stream.js hands out events of. */
export interface RustStream {
  next(): Promise<IteratorResult<unknown>>;
  return(): Promise<IteratorResult<unknown>>;
  /** The folded message, with its `_request_id`, once every event is read. */
  finalMessage(): Promise<unknown>;
  finalText(): Promise<string>;
  abort(): void;
  readonly requestId: string | null;
  /** The message folded so far: one object, mutated in place. */
  readonly message: any;
  /** Settles when the response is in and its first event read. */
  readonly opened: Promise<void>;
  readonly response: Response | null;
  /** The message as the SDK hands out a finished one, with its `parsed_output`. */
  finished(message: unknown): unknown;
  /** The partial input of the tool-use block at `index`, set on the block. */
  inputSnapshot(index: number): unknown;
}
