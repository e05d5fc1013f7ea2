// Strict type test of the retry, breaker, fallback and error parts of the package, compiled
// against the shipped pkg/index.d.ts the way a user resolves 'claude-resilience':
//   tsc -p tests/types/tsconfig.json          (moduleResolution bundler)
//   tsc -p tests/types/tsconfig.node16.json   (moduleResolution node16, as an ES module)
// Every `@ts-expect-error` line must stay an error: it proves the types are not `any`.
import {
  retryWithBackoff,
  withFallback,
  CircuitBreaker,
  CircuitOpenError,
  RetryBudget,
  Anthropic,
  AnthropicError,
  APIError,
  APIStatusError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  BadRequestError,
  RateLimitError,
  InternalServerError,
  OverloadedError,
  InvalidRequestError,
  PermissionError,
  PermissionDeniedError,
  VERSION,
} from 'claude-resilience';
import type {
  AttemptContext,
  CircuitBreakerOptions,
  CircuitSnapshot,
  CircuitState,
  CircuitStateChange,
  JitterMode,
  RetryBudgetOptions,
  RetryBudgetSnapshot,
  RetryEvent,
  RetryOptions,
} from 'claude-resilience';

/** Compile-time equality of two types. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
function assertType<T extends true>(): void {}

export async function retry(): Promise<void> {
  // Generic inference from fn's return type, async and sync.
  const n: number = await retryWithBackoff(async () => 42);
  const s: string = await retryWithBackoff(() => 'sync');
  const inferred = retryWithBackoff(async () => ({ id: 'msg_1', tokens: 3 }));
  assertType<Equals<typeof inferred, Promise<{ id: string; tokens: number }>>>();

  // The attempt context, destructured.
  const tagged: string = await retryWithBackoff(
    async ({ attempt, signal }) => {
      const a: number = attempt;
      const sig: AbortSignal = signal;
      return `${a}:${sig.aborted}`;
    },
    {
      maxRetries: 2,
      baseDelay: 10,
      maxDelay: 100,
      jitter: 'decorrelated',
      retryableStatuses: [429, 529],
      shouldRetry: (error: unknown, attempt: number) => attempt < 2 && error instanceof APIError,
      respectRetryAfter: false,
      timeout: 5_000,
      signal: new AbortController().signal,
      onRetry: ({ attempt, delayMs, error }: RetryEvent) => void [attempt, delayMs, error],
    },
  );
  const ctxType = (context: AttemptContext): number => context.attempt;

  // The guide's positional form.
  const positional: boolean = await retryWithBackoff(async () => true, 5, 1000, 60000);
  const fewer: number = await retryWithBackoff(() => 1, 2);

  // Options built ahead of time, with a readonly status list.
  const statuses = [429, 503] as const;
  const options: RetryOptions = { jitter: 'full', retryableStatuses: statuses };
  const jitters: JitterMode[] = ['additive', 'full', 'equal', 'decorrelated', 'none'];
  const withOptions: number = await retryWithBackoff(() => 3, options);

  // @ts-expect-error the value is a number, not a string
  const wrong: string = await retryWithBackoff(async () => 42);
  // @ts-expect-error 'sometimes' is no JitterMode
  await retryWithBackoff(async () => 1, { jitter: 'sometimes' });
  // @ts-expect-error maxRetries is a number
  await retryWithBackoff(async () => 1, { maxRetries: '3' });
  // @ts-expect-error fn must be a function
  await retryWithBackoff(42);
  // @ts-expect-error unknown option
  await retryWithBackoff(async () => 1, { retries: 3 });
  // @ts-expect-error onRetry's event has no `status`
  await retryWithBackoff(async () => 1, { onRetry: (e) => e.status });
  // @ts-expect-error signal must be an AbortSignal
  await retryWithBackoff(async () => 1, { signal: new AbortController() });
  // @ts-expect-error the positional maxRetries is a number
  await retryWithBackoff(async () => 1, '5');
  // @ts-expect-error the context is readonly
  await retryWithBackoff((context) => { context.attempt = 1; });

  void [n, s, tagged, ctxType, positional, fewer, withOptions, jitters, wrong];
}

export async function fallback(): Promise<void> {
  const same: string = await withFallback(async () => 'answer', "I'm sorry, I'm currently unavailable.");
  const either = await withFallback(async () => 42, 'unavailable');
  assertType<Equals<typeof either, number | string>>();
  const fromFn: number | null = await withFallback(
    () => 1,
    (error: unknown) => (error instanceof RateLimitError ? null : 0),
  );
  const fromAsyncFn: number | undefined = await withFallback(async () => 1, async () => undefined);

  // @ts-expect-error the result may be the fallback string
  const onlyNumber: number = await withFallback(async () => 42, 'unavailable');
  // @ts-expect-error fn must be a function
  await withFallback('value', 'fallback');

  void [same, either, fromFn, fromAsyncFn, onlyNumber];
}

export async function breaker(): Promise<void> {
  const changes: CircuitStateChange[] = [];
  const options: CircuitBreakerOptions = {
    failureThreshold: 3,
    recoveryTimeout: 10_000,
    halfOpenMaxCalls: 1,
    isFailure: (error: unknown) => error instanceof InternalServerError,
    onStateChange: (change) => {
      const from: CircuitState = change.from;
      const to: CircuitState = change.to;
      const at: number = change.at;
      changes.push({ from, to, at });
    },
  };
  const cb = new CircuitBreaker(options);
  const guide = new CircuitBreaker(5, 30000);
  const bare = new CircuitBreaker();

  const value: { id: string } = await cb.call(async () => ({ id: 'x' }));
  const sync: number = await cb.call(() => 7);
  const called = cb.call(async () => [1, 2, 3]);
  assertType<Equals<typeof called, Promise<number[]>>>();

  const state: CircuitState = cb.state;
  const count: number = cb.failureCount;
  cb.reset();
  const snapshot: CircuitSnapshot = cb.toJSON();
  const openedAt: number | null = snapshot.openedAt;
  const restored: CircuitBreaker = CircuitBreaker.fromJSON(snapshot, { recoveryTimeout: 1000 });
  const restoredBare: CircuitBreaker = CircuitBreaker.fromJSON({ state: 'OPEN', failureCount: 5, openedAt: Date.now() });

  // Composed the guide's way.
  const composed: string = await retryWithBackoff(() => guide.call(async () => 'through both'), { maxRetries: 3 });

  switch (state) {
    case 'CLOSED':
    case 'OPEN':
    case 'HALF_OPEN':
      break;
    default: {
      const never: never = state;
      void never;
    }
  }

  // @ts-expect-error call needs a function
  await cb.call(42);
  // @ts-expect-error the value is a number
  const wrongValue: string = await cb.call(async () => 1);
  // @ts-expect-error 'CLOSED ' is not a CircuitState
  const typo: CircuitState = 'CLOSED ';
  // @ts-expect-error state is readonly
  cb.state = 'OPEN';
  // @ts-expect-error failureCount is readonly
  cb.failureCount = 0;
  // @ts-expect-error failureThreshold is a number
  new CircuitBreaker({ failureThreshold: '5' });
  // @ts-expect-error the snapshot needs a valid state
  CircuitBreaker.fromJSON({ state: 'BROKEN', failureCount: 0, openedAt: null });

  void [value, sync, count, openedAt, restored, restoredBare, composed, bare, wrongValue, typo];
}

export async function budget(): Promise<void> {
  const options: RetryBudgetOptions = { capacity: 100, retryCost: 5, refill: 1 };
  const shared = new RetryBudget(options);
  const defaults = new RetryBudget();
  const level: number = shared.tokens / shared.capacity;
  const snapshot: RetryBudgetSnapshot = defaults.toJSON();
  const paid: number = await retryWithBackoff(async () => 1, { maxRetries: 3, retryBudget: shared });
  await retryWithBackoff(async () => 1, { retryBudget: false });
  const a = new Anthropic({ apiKey: null, retryBudget: shared });
  const b = new Anthropic({ apiKey: null, retryBudget: { capacity: 50 } });
  const c = new Anthropic({ apiKey: null, retryBudget: false });
  const read: RetryBudget | null = a.retryBudget;
  try {
    await retryWithBackoff(async () => 1, { retryBudget: shared });
  } catch (error: unknown) {
    if (error instanceof APIError) {
      const refused: boolean | undefined = error.retryBudgetExhausted;
      void refused;
    }
  }

  // @ts-expect-error tokens is readonly
  shared.tokens = 5;
  // @ts-expect-error capacity is a number
  new RetryBudget({ capacity: '5' });
  // @ts-expect-error retryWithBackoff takes a RetryBudget, not its options
  await retryWithBackoff(async () => 1, { retryBudget: { capacity: 5 } });
  // @ts-expect-error the client's retry knobs do not take the budget: it is a client option
  new Anthropic({ retry: { retryBudget: shared } });

  void [level, snapshot, paid, b, c, read];
}

export async function errors(): Promise<void> {
  try {
    await retryWithBackoff(async () => 1);
  } catch (error: unknown) {
    if (error instanceof APIError) {
      const status: number | undefined = error.status;
      const type: string | null = error.type;
      const requestId: string | null = error.requestId;
      const headers: Headers | undefined = error.headers;
      const body: unknown = error.error;
      const wait: number | null = error.retryAfterMs;
      const message: string = error.message;
      // @ts-expect-error status may be undefined on an APIError
      const definite: number = error.status;
      // @ts-expect-error status is readonly
      error.status = 500;
      void [status, type, requestId, headers, body, wait, message, definite];
    }
    if (error instanceof APIStatusError) {
      const status: number = error.status;
      void status;
    }
    if (error instanceof OverloadedError) {
      const asServer: InternalServerError = error;
      const asStatus: APIStatusError = asServer;
      const asApi: APIError = asStatus;
      const asBase: AnthropicError = asApi;
      const asError: Error = asBase;
      void asError;
    }
    if (error instanceof APIConnectionTimeoutError) {
      const connection: APIConnectionError = error;
      void connection;
    }
    if (error instanceof CircuitOpenError) {
      const state: CircuitState = error.state;
      const wait: number = error.retryAfterMs;
      const base: AnthropicError = error;
      // @ts-expect-error a CircuitOpenError is not an APIError: it has no status
      void error.status;
      // @ts-expect-error retryAfterMs is readonly
      error.retryAfterMs = 0;
      void [state, wait, base];
    }
    if (error instanceof InvalidRequestError) {
      const same: BadRequestError = error;
      void same;
    }
    if (error instanceof PermissionError) {
      const same: PermissionDeniedError = error;
      void same;
    }
    void (error instanceof APIUserAbortError);
  }
  const invalid: typeof BadRequestError = InvalidRequestError;
  const version: string = VERSION;
  // @ts-expect-error VERSION is a string
  const versionNumber: number = VERSION;
  void [invalid, version, versionNumber];
}
