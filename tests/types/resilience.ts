// Strict type test of `claude-resilience/resilience`, compiled by tests/types/installed.test.mjs
// as an installed package's: its values are the package's own types, and the client, which this
// entry does not ship, is a type only (using it as a value must not compile).
import {
  retryWithBackoff,
  withFallback,
  CircuitBreaker,
  CircuitOpenError,
  RateLimitError,
  RetryBudget,
  VERSION,
  type RetryOptions,
  type CircuitSnapshot,
  Anthropic,
} from 'claude-resilience/resilience';
import { CircuitOpenError as WholeCircuitOpenError } from 'claude-resilience';

const options: RetryOptions = { maxRetries: 3, jitter: 'full', retryBudget: new RetryBudget({ capacity: 50 }) };
const breaker = new CircuitBreaker({ failureThreshold: 5 });

export async function guarded(): Promise<number> {
  const value: number = await retryWithBackoff(() => breaker.call(async () => 1), options);
  const text: string = await withFallback(async () => 'answer', 'fallback');
  const snapshot: CircuitSnapshot = breaker.toJSON();
  // @ts-expect-error retryWithBackoff keeps its type parameter: a number is not a string
  const wrong: string = await retryWithBackoff(async () => 1);
  return value + text.length + snapshot.failureCount + wrong.length + VERSION.length;
}

export function classify(error: unknown): string {
  // One class whichever entry it is imported from.
  const open: typeof WholeCircuitOpenError = CircuitOpenError;
  if (error instanceof open) return error.state;
  if (error instanceof RateLimitError) return String(error.retryAfterMs);
  return 'other';
}

export type Client = Anthropic;
// @ts-expect-error the client is not part of this entry: a type only
export const client = new Anthropic();
