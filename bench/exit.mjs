// Measure 7b — exit lag: how long a Node process takes to exit by itself once its last call has
// settled. Each sample is a fresh child (exit-child.mjs) that makes a mix of client calls against
// the mock Claude API run here (a retried 529, a timeout on a hanging answer, a stream read to
// the end, one left with `break`, one aborted, a call refused by an open breaker), prints its
// last result, and returns without process.exit. The lag is from that line to the child's exit;
// the same child with no calls gives the baseline (Node's own teardown).
//   node bench/exit.mjs [--samples=10]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, ROOT, median, parseArgs, pkgUrl, report } from './lib/common.mjs';

const args = parseArgs();
const samples = args.samples ?? 10;
const LIMIT_MS = 30_000;
const { startMockClaude } = await import(pkgUrl('testing.mjs'));
// Windows far larger than the samples' calls: the client paces to the windows the mock reports,
// and this measure is about what a settled call leaves, not about rate limits.
const mock = await startMockClaude({ limits: { requests: 1e9, inputTokens: 1e12, outputTokens: 1e12 } });

function once(variant) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(BENCH_DIR, 'exit-child.mjs'), variant, pkgUrl('node.mjs'), mock.url], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastAt = null;
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('settled\n')) lastAt ??= performance.now();
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      if (lastAt !== null && signal === 'SIGKILL') return resolve(LIMIT_MS); // it never exited by itself
      if (lastAt === null || code !== 0) return reject(new Error(`exit child (${variant}) ended ${code ?? signal}:\n${out}${err}`));
      resolve(performance.now() - lastAt);
    });
  });
}

const lags = { baseline: [], calls: [] };
await once('calls'); // warm the file cache
for (let i = 0; i < samples; i++) {
  for (const variant of i % 2 ? ['baseline', 'calls'] : ['calls', 'baseline']) lags[variant].push(await once(variant));
}
await mock.close();
report({ samples, lags, medians: { baseline: median(lags.baseline), calls: median(lags.calls) } });
