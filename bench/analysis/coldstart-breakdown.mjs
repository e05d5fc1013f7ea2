// Where our cold start goes, step by step, in fresh processes (median of --samples, default 15):
// loading the JS glue modules, reading the .wasm, compiling it, instantiating it, and
// constructing a client. Same steps as pkg/node.mjs, timed apart.
//
//   node bench/analysis/coldstart-breakdown.mjs [--samples=15]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, parseArgs, ROOT, pkgUrl } from '../lib/common.mjs';

const args = parseArgs();
if (args.whole) {
  // One whole cold start of an entry file (node.mjs as shipped, or a one-file bundle of it).
  const t0 = performance.now();
  const { Anthropic } = await import(String(args.whole));
  const client = new Anthropic({ apiKey: 'sk-ant-bench-placeholder' });
  if (!client) throw new Error('bad');
  process.stdout.write(JSON.stringify([t0, performance.now()]));
} else if (args.child) {
  const t = [performance.now()];
  const base = String(args.child);
  // The ESM loader's own first-use cost, which any library imported this way pays too.
  await import(`data:text/javascript,export default 1`);
  t.push(performance.now());
  const glue = await import(`${base}wasm/claude_resilience.js`);
  const api = await import(`${base}api.mjs`);
  t.push(performance.now());
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(new URL(`${base}wasm/claude_resilience_bg.wasm`));
  t.push(performance.now());
  const module = new WebAssembly.Module(bytes);
  t.push(performance.now());
  glue.initSync({ module });
  t.push(performance.now());
  const client = new api.Anthropic({ apiKey: 'sk-ant-bench-placeholder' });
  t.push(performance.now());
  const retry = await api.retryWithBackoff(async () => 1);
  t.push(performance.now());
  if (!client || retry !== 1) throw new Error('bad');
  process.stdout.write(JSON.stringify(t));
} else {
  const steps = ['first dynamic import (loader warm-up)', 'import glue + api modules', 'read .wasm', 'compile (new WebAssembly.Module)', 'instantiate (initSync)', 'new Anthropic()', 'first retryWithBackoff call'];
  const samples = args.samples ?? 15;
  const runs = [];
  const self = fileURLToPath(import.meta.url);
  const base = pkgUrl('node.mjs').replace(/node\.mjs$/, '');
  for (let i = 0; i < samples + 1; i++) {
    const r = spawnSync(process.execPath, [self, `--child=${base}`], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    if (i > 0) runs.push(JSON.parse(r.stdout));
  }
  const out = steps.map((name, i) => ({ step: name, ms: median(runs.map((t) => t[i + 1] - t[i])) }));
  const total = median(runs.map((t) => t[6] - t[0]));
  for (const { step, ms } of out) console.log(`${step.padEnd(36)} ${ms.toFixed(2).padStart(7)} ms`);
  console.log(`${'import … new Anthropic() (total)'.padEnd(36)} ${total.toFixed(2).padStart(7)} ms`);

  // The same package as one file: esbuild --bundle --minify of node.mjs written beside it (in the
  // private snapshot), so `new URL('./wasm/…', import.meta.url)` still finds the .wasm.
  const { build } = await import('esbuild');
  const { join } = await import('node:path');
  const { pkgDir } = await import('../lib/common.mjs');
  const bundled = join(pkgDir(), 'node.bundle.mjs');
  await build({ entryPoints: [join(pkgDir(), 'node.mjs')], bundle: true, minify: true, format: 'esm', platform: 'node', outfile: bundled, logLevel: 'silent' });
  const whole = { 'as shipped (node.mjs and its module graph)': pkgUrl('node.mjs'), 'one esbuild bundle (node.bundle.mjs)': pkgUrl('node.bundle.mjs') };
  const times = Object.fromEntries(Object.keys(whole).map((k) => [k, []]));
  for (let i = 0; i < samples + 1; i++) {
    for (const [name, url] of Object.entries(whole)) {
      const r = spawnSync(process.execPath, [self, `--whole=${url}`], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const [a, b] = JSON.parse(r.stdout);
      if (i > 0) times[name].push(b - a);
    }
  }
  console.log('\nimport + new Anthropic(), whole:');
  for (const [name, ms] of Object.entries(times)) console.log(`${name.padEnd(44)} ${median(ms).toFixed(2).padStart(7)} ms`);
  if (args.json) console.log(JSON.stringify({ steps: out, total, whole: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) }));
}
