// Where a cold start goes, per entry, in fresh processes (median of --samples, default 15):
// loading the entry's JS, compiling the module, instantiating it (its start function included)
// and, for the whole package, constructing a client. The shipped entries are imported as they
// are, with WebAssembly.Module and WebAssembly.Instance timed while they run.
//
//   node bench/analysis/coldstart-breakdown.mjs [--samples=15]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, parseArgs, ROOT, pkgUrl } from '../lib/common.mjs';

const args = parseArgs();
const ENTRIES = { 'claude-resilience': 'node.mjs', 'claude-resilience/resilience': 'resilience.node.mjs' };

if (args.child) {
  const spent = { compile: 0, instantiate: 0 };
  const timed = (Real, step) =>
    function (...argv) {
      const started = performance.now();
      try {
        return new Real(...argv);
      } finally {
        spent[step] += performance.now() - started;
      }
    };
  WebAssembly.Module = timed(WebAssembly.Module, 'compile');
  WebAssembly.Instance = timed(WebAssembly.Instance, 'instantiate');
  const started = performance.now();
  const m = await import(String(args.child));
  const imported = performance.now();
  if (m.Anthropic) new m.Anthropic({ apiKey: 'sk-ant-bench-placeholder' });
  const constructed = performance.now();
  const total = imported - started;
  process.stdout.write(
    JSON.stringify({
      'load and run the JS': total - spent.compile - spent.instantiate,
      'compile the .wasm': spent.compile,
      'instantiate (and start)': spent.instantiate,
      'new Anthropic()': constructed - imported,
      'import + construct': constructed - started,
    }),
  );
} else {
  const samples = args.samples ?? 15;
  const self = fileURLToPath(import.meta.url);
  const result = {};
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const runs = [];
    for (let i = 0; i < samples + 1; i++) {
      const r = spawnSync(process.execPath, [self, `--child=${pkgUrl(file)}`], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      if (i > 0) runs.push(JSON.parse(r.stdout));
    }
    result[entry] = Object.fromEntries(Object.keys(runs[0]).map((step) => [step, median(runs.map((run) => run[step]))]));
    console.log(`\n${entry}`);
    for (const [step, ms] of Object.entries(result[entry])) console.log(`  ${step.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms`);
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
}
