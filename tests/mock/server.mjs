// Runs the package's mock Claude API (claude-resilience/testing, built into pkg/ by `make pkg`)
// as a process of its own, for `make example` and the benchmarks:
//   node tests/mock/server.mjs [--port N] [--limits=JSON]
// prints "mock Claude API listening on <url>"; `--limits` are the mock's `limits` option.
import { startMockClaude } from '../../pkg/testing.mjs';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
const value = at < 0 ? '0' : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
const port = Number(value);
if (!/^\d+$/.test(value ?? '') || port > 65535) {
  console.error('usage: node tests/mock/server.mjs [--port N] [--limits=JSON]');
  process.exit(2);
}
const limits = args.find((a) => a.startsWith('--limits='));
const { url, close } = await startMockClaude({ port, limits: limits && JSON.parse(limits.slice('--limits='.length)) });
console.log(`mock Claude API listening on ${url}`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => close().then(() => process.exit(0)));
}
