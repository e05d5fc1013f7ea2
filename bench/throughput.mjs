// Measure 6 — client throughput: `messages.create` against the project's mock API
// (tests/mock/server.mjs, started in a child process of its own so it never shares this event
// loop). Ours and the official SDK, same prompt, same concurrency, maxRetries 0 for both, plus
// ours without its breaker and a bare-fetch floor (the same request, no client); rounds
// interleaved (ours, sdk, ours without breaker, floor, sdk, …) in this one process so that all see
// the same warm undici and the same machine load; the mock is reset between rounds so its
// per-request bookkeeping does not grow. Besides requests per second (bounded by the mock, which
// has one core at most), it reports this process's CPU time per request (process.cpuUsage):
// the client's own cost, which the mock's ceiling does not hide.
//   node bench/throughput.mjs [--requests=2000] [--concurrency=16] [--rounds=3] [--warmup=300]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, report, nowNs, ROOT, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const requests = args.requests ?? 2000;
const concurrency = args.concurrency ?? 16;
const rounds = args.rounds ?? 3;
const warmup = args.warmup ?? 300;

// Windows far larger than any round: the client reads and counts them on every response, as
// against the API, but never waits for one.
const LIMITS = JSON.stringify({ requests: 1e9, inputTokens: 1e12, outputTokens: 1e12 });
const server = spawn(process.execPath, [join(ROOT, 'tests/mock/server.mjs'), '--port', '0', `--limits=${LIMITS}`], {
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
    // What reading and counting the rate-limit windows costs: the same client without it.
    'ours (pace: false)': new Anthropic({ apiKey, baseURL: url, maxRetries: 0, pace: false }),
    // The floor both clients stand on: the same request with bare fetch, no client at all.
    'bare fetch (floor)': {
      messages: {
        create: (body) =>
          fetch(`${url}/v1/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': apiKey },
            body: JSON.stringify(body),
          }).then((response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return response.json();
          }),
      },
    },
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

  // The mock's own CPU time (Linux /proc; null elsewhere): if it is near one full core, the
  // requests per second are the mock's ceiling, not the client's.
  const mockCpuMs = () => {
    try {
      const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ 100
    } catch {
      return null;
    }
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
    const mock0 = mockCpuMs();
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    const seconds = (nowNs() - start) / 1e9;
    const { user, system } = process.cpuUsage(cpu);
    const mock1 = mockCpuMs();
    if (chars === 0) throw new Error('empty replies');
    return {
      rps: count / seconds,
      cpuPerRequestUs: (user + system) / count,
      mockCores: mock0 === null || mock1 === null ? null : (mock1 - mock0) / 1000 / seconds,
    };
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
  const mockCores = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length];
      await reset();
      const result = await run(clients[n], requests);
      rps[n].push(result.rps);
      cpuPerRequestUs[n].push(result.cpuPerRequestUs);
      mockCores[n].push(result.mockCores);
    }
  }
  report({ requests, concurrency, rounds, rps, cpuPerRequestUs, mockCores });
} finally {
  server.kill('SIGTERM');
}
