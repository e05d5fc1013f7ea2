// Measure 6 — client throughput: `messages.create` against the project's mock API
// (tests/mock/server.mjs, started in a child process of its own so it never shares this event
// loop). Ours and the official SDK, same prompt, same concurrency, maxRetries 0 for both, rounds
// interleaved (ours, sdk, ours without breaker, ours, …) in this one process so that both see
// the same warm undici and the same machine load; the mock is reset between rounds so its
// per-request bookkeeping does not grow. Besides requests per second (bounded by the mock, which
// has one core at most), it reports this process's CPU time per request (process.cpuUsage):
// the client's own cost, which the mock's ceiling does not hide.
//   node bench/throughput.mjs [--requests=2000] [--concurrency=16] [--rounds=3] [--warmup=300]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs, report, nowNs, ROOT, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const requests = args.requests ?? 2000;
const concurrency = args.concurrency ?? 16;
const rounds = args.rounds ?? 3;
const warmup = args.warmup ?? 300;

const server = spawn(process.execPath, [join(ROOT, 'tests/mock/server.mjs'), '--port', '0'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let seen = '';
  server.stdout.on('data', (chunk) => {
    seen += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(seen);
    if (match) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`mock server exited (${code}) before listening`)));
});

try {
  const { Anthropic } = await import(pkgUrl('node.mjs'));
  const { default: SdkAnthropic } = await import('@anthropic-ai/sdk');
  const apiKey = 'sk-ant-bench-placeholder';
  const clients = {
    ours: new Anthropic({ apiKey, baseURL: url, maxRetries: 0 }),
    sdk: new SdkAnthropic({ apiKey, baseURL: url, maxRetries: 0 }),
    'ours (circuitBreaker: false)': new Anthropic({ apiKey, baseURL: url, maxRetries: 0, circuitBreaker: false }),
  };
  // A current model: for deprecated ones the SDK console.warn()s on every request, which
  // would slow it down for a reason no real user keeps; any warning fails the run instead.
  console.warn = (...parts) => {
    throw new Error(`unexpected warning during the throughput run: ${parts.join(' ')}`);
  };
  const params = {
    model: 'claude-sonnet-5-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'Say something about retries.' }],
  };

  const reset = () => fetch(`${url}/__mock/reset`, { method: 'POST' }).then((r) => r.arrayBuffer());
  async function run(client, count) {
    let next = 0;
    let chars = 0;
    const worker = async () => {
      while (next < count) {
        next++;
        const message = await client.messages.create(params);
        chars += message.content[0].text.length;
      }
    };
    const start = nowNs();
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    const seconds = (nowNs() - start) / 1e9;
    const { user, system } = process.cpuUsage(cpu);
    if (chars === 0) throw new Error('empty replies');
    return { rps: count / seconds, cpuPerRequestUs: (user + system) / count };
  }

  const names = Object.keys(clients);
  // Same reply from both (the mock is deterministic per prompt): they did the same work.
  const replies = await Promise.all(names.map((n) => clients[n].messages.create(params)));
  if (new Set(replies.map((m) => m.content[0].text)).size !== 1) throw new Error('clients got different replies');
  for (const n of names) {
    await reset();
    await run(clients[n], warmup);
  }
  const rps = Object.fromEntries(names.map((n) => [n, []]));
  const cpuPerRequestUs = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length];
      await reset();
      const result = await run(clients[n], requests);
      rps[n].push(result.rps);
      cpuPerRequestUs[n].push(result.cpuPerRequestUs);
    }
  }
  report({ requests, concurrency, rounds, rps, cpuPerRequestUs });
} finally {
  server.kill('SIGTERM');
}
