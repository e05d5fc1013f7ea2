// claude-resilience/testing: a mock Claude API server (Node) and chaosFetch (everywhere), with
// the same faults, for testing error handling, retries, the breaker and fallbacks.

/** Fault rates: each request draws one number from the seeded PRNG and falls in the first share
 *  (in this order: 429, 529, 500, 503, drop, hang, truncate, stream error, stream drop, stream
 *  stall) that covers it. */
export interface FaultRates {
  /** Share of requests answered 429 rate_limit_error (with `retry-after: retryAfterSec`). */
  rate429?: number;
  /** Share answered 529 overloaded_error. */
  rate529?: number;
  /** Share answered 500 api_error. */
  rate500?: number;
  /** Share answered 503. */
  rate503?: number;
  /** Share whose connection drops before any response (fetch rejects with a TypeError). */
  rateDrop?: number;
  /** Share never answered: the request waits until its signal aborts (or the mock closes). */
  rateHang?: number;
  /** Share whose body is cut half way: headers arrive, then the connection drops. */
  rateTruncate?: number;
  /** Share of streaming requests whose stream ends with an `error` event after
   *  `streamErrorAfter` text deltas; other requests drawing it are answered normally. */
  rateStreamError?: number;
  /** Default 1. */
  streamErrorAfter?: number;
  /** Share of streaming requests whose connection drops after `streamCutAfter` events (a stream
   *  cut mid-answer); other requests drawing it are answered normally. */
  rateStreamDrop?: number;
  /** Share of streaming requests that go silent after `streamCutAfter` events (a stalled stream,
   *  for the idle watchdog); other requests drawing it are answered normally. */
  rateStreamStall?: number;
  /** Events of every kind (`ping` included) before a stream drop or stall. Default 6: the
   *  start, the block's start, a ping and three text deltas. */
  streamCutAfter?: number;
  /** The `retry-after` of a 429 that names none, in seconds. Default 1. */
  retryAfterSec?: number;
  /** Added before every answer, ms. Default 0. */
  latencyMs?: number;
  /** Mock only: pause between the writes of a stream, ms. Default 0. */
  streamDelayMs?: number;
  /** Every request not scripted is answered 529. Default false. */
  outage?: boolean;
}

/** The faults as they are now: every field set. */
export type Faults = Required<FaultRates>;

/** Where a body stops: after `afterBytes` bytes, or after `afterEvents` whole server-sent events
 *  of every kind (`ping` included; a body with no more events is sent whole); default: half the
 *  body. One of the two at most. */
export interface BodyCut {
  afterBytes?: number;
  afterEvents?: number;
}

/** One scripted answer. Steps are used in order, one a request, before any rate applies;
 *  `{}` is a normal answer. */
export interface FaultStep {
  /** An error status (answered with the API's error body for it), or with `ok`, `body` or
   *  `raw` the status of that answer. Mock: 100–999; chaosFetch: 200–599. */
  status?: number;
  /** The error body's `error.type` / `error.message`. */
  type?: string;
  message?: string;
  /** A JSON body sent instead (a string is sent as is). */
  body?: unknown;
  /** Bytes sent as the body, as is (e.g. truncated JSON). */
  raw?: string;
  /** Default application/json. */
  contentType?: string;
  /** Extra response headers, e.g. `anthropic-ratelimit-requests-remaining`. */
  headers?: Record<string, string | number>;
  /** `retry-after` (seconds) / `retry-after-ms` headers. */
  retryAfter?: number;
  retryAfterMs?: number;
  /** Wait before answering, ms. */
  delayMs?: number;
  /** true: the connection drops before any response. `{ afterBytes }` / `{ afterEvents }`: after
   *  the headers and that many body bytes / stream events. */
  drop?: true | BodyCut;
  /** true: no answer until the request aborts. `{ afterBytes }` / `{ afterEvents }`: the headers
   *  and that many body bytes / stream events, then silence. */
  hang?: true | BodyCut;
  /** The stream (streaming requests; the mock answers any request with one) ends with an `error`
   *  event after `errorAfter` text deltas (default 0). */
  stream?: { errorAfter?: number; errorType?: string; message?: string };
  /** Mock only: pause between stream writes, ms. */
  streamDelayMs?: number;
  /** Mock only: answer with a message even though `status` is set. */
  ok?: boolean;
  /** Mock only: the reply's text and model. */
  text?: string;
  model?: string;
}

/** A request as the mock or chaosFetch received it. */
export interface RecordedRequest {
  method: string;
  /** e.g. "/v1/messages". */
  path: string;
  /** Lower-case names. The mock's `requests` holds the key as sent; over HTTP it is redacted. */
  headers: Record<string, string>;
  /** Parsed JSON, or the text when it is not JSON. */
  body: unknown;
  /** Date.now() when received. */
  at: number;
  /** The `request-id` of the answer; null when none came (a drop or hang before headers). */
  requestId: string | null;
  /** The step that answered (scripted or drawn), or null for a normal answer. */
  fault: FaultStep | null;
}

/** Requests and tokens per window that the `anthropic-ratelimit-*` headers count down. */
export interface RateLimits {
  requests?: number;
  inputTokens?: number;
  outputTokens?: number;
  /** The rolling window, ms. Default 60000 (a minute, as the API's limits). */
  windowMs?: number;
  /** Mock only: answer a request that would pass `requests` or `inputTokens` in the window with
   *  the API's 429 `rate_limit_error` and a `retry-after` (whole seconds until it would fit),
   *  without counting it. Default false: the headers only count down. */
  enforce?: boolean;
}

interface FaultControls {
  readonly faults: Faults;
  /** Queues steps; returns how many are queued. */
  script(steps: FaultStep | readonly FaultStep[]): number;
  /** Changes some rates; returns them all. */
  setFaults(changes: FaultRates): Faults;
  /** Back to the options it was created with: script, faults, seed, log, counters. */
  reset(): void;
}

export interface MockClaudeOptions {
  /** Default 0: an ephemeral port. The mock listens on 127.0.0.1 only. */
  port?: number;
  /** Seeds the draws of the fault rates. Default 0. */
  seed?: number;
  faults?: FaultRates;
  script?: readonly FaultStep[];
  /** Answer 401 to requests without x-api-key or authorization. Default false. */
  requireKey?: boolean;
  /** Default requests 50, inputTokens 40000, outputTokens 8000. */
  limits?: RateLimits;
  /** Larger bodies get 413. Default 32 MiB. */
  maxBodyBytes?: number;
}

/** The mock's request handler, to mount on a server of one's own. */
export interface MockClaudeHandler extends FaultControls {
  readonly requests: RecordedRequest[];
  /** Answers /v1/messages, /v1/messages/count_tokens and the /__mock/* control paths; false
   *  for any other path. `req` / `res` are node:http's. */
  handle(req: unknown, res: unknown): boolean;
  /** Ends every open response and pending delay. */
  close(): void;
}

/**
 * A running mock of the Claude Messages API. Besides the methods, it is driven over HTTP
 * (from a browser page too): POST /__mock/script (steps), POST|GET /__mock/faults,
 * POST /__mock/reset, GET /__mock/requests.
 */
export interface MockClaude extends FaultControls {
  /** http://127.0.0.1:<port>: the client's baseURL. */
  readonly url: string;
  readonly port: number;
  /** What the mock received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Stops the server, ending hanging requests; resolves once closed. */
  close(): Promise<void>;
}

/** Node only: starts the mock Claude API on loopback. Like the API, it continues an assistant
 *  prefill of its reply's start from where it ends, and refuses one ending in whitespace. */
export declare function startMockClaude(options?: MockClaudeOptions): Promise<MockClaude>;
/** Node only: the mock as a request handler, without a server. */
export declare function createMockClaude(options?: Omit<MockClaudeOptions, 'port'>): MockClaudeHandler;

export interface ChaosFetchOptions {
  /** The fetch wrapped. Default: the global fetch, looked up at each call. */
  fetch?: typeof fetch;
  /** Seeds the draws of the fault rates. Default 0. */
  seed?: number;
  /** `streamDelayMs` is mock-only. */
  faults?: Omit<FaultRates, 'streamDelayMs'>;
  script?: readonly FaultStep[];
  /** When set, every answer carries `anthropic-ratelimit-*` headers counting these down. */
  limits?: RateLimits;
}

/** A fetch with faults: pass it as the client's `fetch` option. */
export interface ChaosFetch extends FaultControls {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** What went through, oldest first; `url` is the full URL. */
  readonly requests: Array<RecordedRequest & { url: string }>;
}

/** Faults injected in-process around any fetch, in browsers and Node: error answers are made
 *  without a request going out; stream errors and cut bodies alter the real answer. */
export declare function chaosFetch(options?: ChaosFetchOptions): ChaosFetch;
