// Strict type test of claude-resilience/testing, compiled as an installed package's (see
// installed.test.mjs). Every `@ts-expect-error` line must stay an error: it proves the types
// are not `any`.
import Anthropic from 'claude-resilience';
import { chaosFetch, createMockClaude, startMockClaude } from 'claude-resilience/testing';
import type {
  ChaosFetch, FaultRates, FaultStep, Faults, MockClaude, MockClaudeHandler, RecordedRequest,
} from 'claude-resilience/testing';

export async function typed(): Promise<void> {
  const mock: MockClaude = await startMockClaude({
    seed: 7, faults: { rate429: 0.1, rateTruncate: 0.05 }, script: [{ status: 529 }, { drop: { afterBytes: 10 } }],
    limits: { requests: 10 },
  });
  const url: string = mock.url;
  const count: number = mock.script([{ hang: true }, { stream: { errorAfter: 2 } }]);
  const faults: Faults = mock.setFaults({ outage: true });
  const outage: boolean = faults.outage;
  const first: RecordedRequest | undefined = mock.requests[0];
  const fault: FaultStep | null | undefined = first?.fault;
  const closed: Promise<void> = mock.close();

  const chaos: ChaosFetch = chaosFetch({ seed: 1, faults: { rate529: 0.5 }, script: [{ status: 429, retryAfter: 2 }] });
  const client = new Anthropic({ apiKey: 'k', baseURL: url, fetch: chaos });
  const response: Promise<Response> = chaos('http://127.0.0.1:1/v1/messages', { method: 'POST' });
  const seenUrl: string | undefined = chaos.requests[0]?.url;
  const handler: MockClaudeHandler = createMockClaude({ requireKey: true });
  const handled: boolean = handler.handle({}, {});
  const rates: FaultRates = { rateStreamError: 0.1, streamErrorAfter: 3 };

  // @ts-expect-error: a status is a number
  chaosFetch({ script: [{ status: '429' }] });
  // @ts-expect-error: drop is true or { afterBytes }
  mock.script([{ drop: 'yes' }]);
  // @ts-expect-error: streamDelayMs is the mock's alone
  chaosFetch({ faults: { streamDelayMs: 5 } });
  // @ts-expect-error: no such fault
  mock.setFaults({ rate42: 1 });
  // @ts-expect-error: close() returns a promise, not a number
  const wrong: number = mock.close();
  void [count, outage, fault, closed, client, response, seenUrl, handled, rates, wrong];
}
