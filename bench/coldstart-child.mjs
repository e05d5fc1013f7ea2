// One cold start (spawned by bench/coldstart.mjs): imports one library and constructs its client
// or policies, then prints performance.now() at the first line of this script and at the end.
// Node's performance.now() counts from process start, so `end` is the whole cold start and
// `end - scriptStart` is the import + construct alone. No imports of our own here: anything
// this file imported statically would be loaded before the first timestamp.
const scriptStart = performance.now();
const [variant, pkgNodeUrl] = process.argv.slice(2);
let made;
if (variant === 'node') {
  made = null;
} else if (variant === 'ours') {
  const { Anthropic } = await import(pkgNodeUrl);
  made = new Anthropic({ apiKey: 'sk-ant-bench-placeholder' });
} else if (variant === 'sdk') {
  const { default: Anthropic } = await import('@anthropic-ai/sdk');
  made = new Anthropic({ apiKey: 'sk-ant-bench-placeholder' });
} else if (variant === 'cockatiel') {
  const { retry, circuitBreaker, wrap, handleAll, ExponentialBackoff, ConsecutiveBreaker } = await import('cockatiel');
  made = wrap(
    retry(handleAll, { maxAttempts: 2, backoff: new ExponentialBackoff() }),
    circuitBreaker(handleAll, { halfOpenAfter: 30_000, breaker: new ConsecutiveBreaker(5) }),
  );
} else {
  throw new Error(`unknown variant ${variant}`);
}
const end = performance.now();
if (variant !== 'node' && !made) throw new Error('nothing constructed');
process.stdout.write(`${JSON.stringify({ scriptStart, end })}\n`);
