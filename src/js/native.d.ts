// The Rust objects the drivers (drivers.js) work with, as the module hands them over: the types
// `tsc` checks drivers.js against. They mirror the `#[wasm_bindgen]` exports of src/bindings/.

/** What `bindings::start` installs: planning a retry, the shared policy, building breakers. */
export interface Native {
  /** The policy of calls without options, shared by all of them. */
  readonly defaultPolicy: RetryPolicy;
  /** The retry options' field names in Rust's `Field::ALL` order. */
  readonly retryFields: string[];
  /** Checks a call's arguments before `fn` runs; its scope when it has a signal or a timeout. */
  checkRetry(isFunction: boolean, options: unknown, baseDelay: unknown, maxDelay: unknown, fields: unknown[] | null): CallScope | null;
  /** The policy of a call whose arguments `checkRetry` accepted, built at its first failure. */
  planRetry(options: unknown, baseDelay: unknown, maxDelay: unknown, fields: unknown[] | null): RetryPolicy;
  breakerCore(options: unknown, recoveryTimeout: unknown, flags: BreakerFlags): BreakerCore;
  restoreBreaker(snapshot: unknown, options: unknown, flags: BreakerFlags): BreakerCore;
}

export interface RetryPolicy {
  /** The wait before the next attempt in ms, or −1 to give up and rethrow `error`. */
  nextDelay(error: unknown, attempt: number, previousDelay: number, remainingMs: number, aborted: boolean): number;
  /** Waits `delay` ms; rejects with the signal's reason the moment it aborts. */
  sleep(delay: number, signal: AbortSignal | undefined): Promise<void>;
  free(): void;
}

/** One call's cancellation: the caller's signal and the overall timeout, merged. */
export interface CallScope {
  readonly signal: AbortSignal;
  /** ms left of the overall budget; Infinity without one. */
  remainingMs(): number;
  free(): void;
}

export interface BreakerCore {
  /** The call's ticket, or −1 with the reason kept for `refusal`. */
  admit(isFunction: boolean): number;
  refusal(): unknown;
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
}
