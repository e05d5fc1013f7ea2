// One sample of measure 7b (bench/exit.mjs): `node exit-child.mjs calls|baseline <node.mjs URL>
// <mock URL>`. Prints "settled" after its last call and returns; it never calls process.exit.
const [variant, entry, mockUrl] = process.argv.slice(2);

if (variant === 'calls') {
  const { Anthropic, CircuitOpenError } = await import(entry);
  const params = { model: 'bench-model', max_tokens: 16, messages: [{ role: 'user', content: 'exit' }] };
  const script = (steps) => fetch(`${mockUrl}/__mock/script`, { method: 'POST', body: JSON.stringify(steps) }).then((r) => r.json());
  const client = new Anthropic({ apiKey: 'sk-ant-bench', baseURL: mockUrl, timeout: 100, retry: { baseDelay: 1, maxDelay: 5 } });
  await script([{ status: 529 }, {}]);
  await client.messages.create(params);
  await script([{ hang: true }]);
  await client.messages.create(params, { maxRetries: 0 }).catch(() => {});
  const shared = new AbortController();
  for (const way of ['end', 'break', 'abort']) {
    const stream = client.messages.stream(params, { signal: shared.signal });
    try {
      for await (const event of stream) {
        if (event.type !== 'content_block_delta') continue;
        if (way === 'break') break;
        if (way === 'abort') stream.abort();
      }
    } catch {
      // the aborted one
    }
  }
  const open = new Anthropic({ apiKey: 'sk-ant-bench', baseURL: mockUrl, maxRetries: 0, circuitBreaker: { failureThreshold: 1, recoveryTimeout: 600_000 } });
  await script([{ status: 500 }]);
  await open.messages.create(params).catch(() => {});
  const refused = await open.messages.create(params).catch((error) => error);
  if (!(refused instanceof CircuitOpenError)) throw new Error(`expected a refusal, got ${refused}`);
}
process.stdout.write('settled\n');
