// The guide's TypeScript section as a program: retries with backoff, a circuit breaker around
// them, graceful degradation, typed errors, streaming. It uses the package as a user does.
//
//   make example                          against the embedded mock API, which injects the faults
//   ANTHROPIC_API_KEY=… node guide.mjs    against the real API (no faults are injected there)
//
// The client reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL from the environment.
import Anthropic, {
  CircuitBreaker,
  CircuitOpenError,
  OverloadedError,
  RateLimitError,
  retryWithBackoff,
  withFallback,
  type LogEvent,
  type Message,
} from 'claude-resilience';

// The Node globals this program uses (the workspace has no @types/node).
declare const process: {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): boolean };
  exitCode?: number;
};

const MODEL = 'claude-sonnet-5-5';
const BASE_URL = process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com';
// Faults are injected only into the mock API on loopback; the real API gets plain requests.
const MOCK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(BASE_URL);

const section = (title: string) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tells the mock what to answer next (`/__mock/script`) or how to fail (`/__mock/faults`). */
async function inject(path: 'script' | 'faults', body: unknown): Promise<void> {
  if (!MOCK) return;
  const response = await fetch(`${BASE_URL.replace(/\/$/, '')}/__mock/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`mock control ${path}: HTTP ${response.status}`);
}

// The guide's own wrappers do the retrying here, so the client makes one attempt per call and
// has no breaker of its own. (Left at its defaults, the client retries 2 times by itself.)
const client = new Anthropic({
  maxRetries: 0,
  circuitBreaker: false,
  logger: (event: LogEvent) => {
    if (event.event === 'error') console.log(`   · attempt failed: ${event.status} ${event.errorType} (${event.requestId})`);
  },
});

async function sendMessage(prompt: string): Promise<string> {
  const response: Message = await retryWithBackoff(
    () => client.messages.create({ model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: prompt }] }),
    {
      maxRetries: 4,
      baseDelay: 200,
      maxDelay: 2000,
      onRetry: ({ attempt, delayMs }) => console.log(`   · retry ${attempt + 1} in ${Math.round(delayMs)} ms`),
    },
  );
  const first = response.content[0];
  return first?.type === 'text' ? first.text : '';
}

async function retries(): Promise<void> {
  section('1. retryWithBackoff(() => client.messages.create(…))');
  // A 529, then a 429 whose retry-after (1 s) wins over the computed backoff.
  await inject('script', [{ status: 529 }, { status: 429, retryAfter: 1 }]);
  const text = await sendMessage('Explain exponential backoff in one sentence.');
  console.log(`   answer: ${text.slice(0, 90)}…`);

  // The guide's positional form: retryWithBackoff(fn, maxRetries, baseDelay, maxDelay).
  await inject('script', [{ status: 500 }]);
  const message = await retryWithBackoff(
    () => client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }),
    3, 100, 1000,
  );
  console.log(`   positional form: ${message.id} (request-id ${message._request_id})`);
}

async function errors(): Promise<void> {
  section('2. typed errors: status, type, requestId');
  const cases: Array<[string, object]> = [
    ['invalid request', { status: 400 }],
    ['rate limited', { status: 429, retryAfter: 3 }],
    ['overloaded', { status: 529 }],
  ];
  for (const [name, step] of cases) {
    await inject('script', [step]);
    try {
      await client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: 'user', content: name }] });
      console.log(`   ${name}: no error (the real API answered)`);
    } catch (error) {
      if (error instanceof RateLimitError) {
        console.log(`   ${name}: RateLimitError ${error.status}, retry after ${error.retryAfterMs} ms, ${error.requestId}`);
      } else if (error instanceof OverloadedError) {
        console.log(`   ${name}: OverloadedError ${error.status} ${error.type}, ${error.requestId}`);
      } else if (error instanceof Anthropic.APIError) {
        console.log(`   ${name}: ${error.name} ${error.status} ${error.type}, ${error.requestId}`);
      } else {
        throw error;
      }
    }
  }
}

async function breaker(): Promise<void> {
  section('3. a CircuitBreaker around the retries');
  const breaker = new CircuitBreaker({
    failureThreshold: 3,
    recoveryTimeout: 1500,
    onStateChange: ({ from, to }) => console.log(`   ⚡ breaker ${from} → ${to}`),
  });
  const call = () =>
    breaker.call(() =>
      retryWithBackoff(
        () => client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: 'user', content: 'Status?' }] }),
        { maxRetries: 1, baseDelay: 50, maxDelay: 200 },
      ),
    );

  await inject('faults', { outage: true });
  for (let i = 1; i <= 4; i++) {
    try {
      await call();
      console.log(`   call ${i}: ok`);
    } catch (error) {
      if (error instanceof CircuitOpenError) {
        console.log(`   call ${i}: ${error.message}; next probe in ${error.retryAfterMs} ms (nothing was sent)`);
      } else if (error instanceof Anthropic.APIError) {
        console.log(`   call ${i}: ${error.name} ${error.status} (breaker: ${breaker.state}, ${breaker.failureCount} failures)`);
      } else {
        throw error;
      }
    }
  }

  section('4. withFallback: graceful degradation while the breaker is open');
  const answer = await withFallback(() => call().then(() => 'a real answer'), "I'm sorry, I'm currently unavailable.");
  console.log(`   answer: ${answer}`);

  await inject('faults', { outage: false });
  await sleep(1600);
  console.log(`   the outage is over; after the cool-down the breaker reads ${breaker.state}`);
  await call();
  console.log(`   a probe succeeded: breaker ${breaker.state}`);
}

async function streaming(): Promise<void> {
  section('5. streaming: for await, then finalText()');
  await inject('faults', { streamDelayMs: 15 });
  // The client's own defaults this time: 2 retries with backoff, and its breaker.
  const streamer = new Anthropic();
  await inject('script', [{ status: 529 }]);
  const stream = streamer.messages.stream({
    model: MODEL,
    max_tokens: 256,
    messages: [{ role: 'user', content: 'Why does a circuit breaker help an API client?' }],
  });
  process.stdout.write('   ');
  for await (const event of stream) {
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
      process.stdout.write(String(event.delta.text));
    }
  }
  const text = await stream.finalText();
  console.log(`\n   finalText(): ${text.length} characters, request-id ${stream.requestId}`);
  const limits = streamer.rateLimit;
  if (limits?.requests) {
    console.log(`   rate limit: ${limits.requests.remaining}/${limits.requests.limit} requests left, resets ${limits.requests.reset}`);
  }
  await inject('faults', { streamDelayMs: 0 });
}

console.log(`claude-resilience guide, against ${BASE_URL}${MOCK ? ' (mock: faults injected)' : ''}`);
try {
  await retries();
  await errors();
  await breaker();
  await streaming();
  console.log('\ndone');
} catch (error) {
  console.error('\nthe example failed:', error);
  process.exitCode = 1;
}
