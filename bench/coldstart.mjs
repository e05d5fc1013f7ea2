// Measure 5 — cold start: a fresh Node process per sample that imports a library and constructs
// a client (ours: `new Anthropic()`; the SDK: `new Anthropic()`; cockatiel: retry + breaker
// policies). Variants are interleaved sample by sample, after one discarded warm-up each (so the
// OS file cache is warm for all). Three numbers per sample:
//   importConstructMs  inside the child: performance.now() at the end minus at the script's
//                      first line — the library's own cost;
//   sinceStartMs       inside the child: performance.now() at the end — time since the process
//                      started, Node's bootstrap included;
//   wallMs             in this process: spawn to exit (includes process teardown).
//   node bench/coldstart.mjs [--samples=15]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs, report, nowNs, ROOT, BENCH_DIR, pkgUrl } from './lib/common.mjs';

const args = parseArgs();
const samples = args.samples ?? 15;
const variants = ['node', 'ours', 'sdk', 'cockatiel'];
const child = join(BENCH_DIR, 'coldstart-child.mjs');

function once(variant) {
  const start = nowNs();
  const run = spawnSync(process.execPath, [child, variant, pkgUrl('node.mjs')], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = (nowNs() - start) / 1e6;
  if (run.status !== 0) throw new Error(`cold start of ${variant} failed:\n${run.stderr}`);
  const { scriptStart, end } = JSON.parse(run.stdout.trim().split('\n').pop());
  return { importConstructMs: end - scriptStart, sinceStartMs: end, wallMs };
}

const out = Object.fromEntries(variants.map((v) => [v, { importConstructMs: [], sinceStartMs: [], wallMs: [] }]));
for (const v of variants) once(v);
for (let i = 0; i < samples; i++) {
  // Rotate the order so no variant always runs right after the same other one.
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(i + k) % variants.length];
    const r = once(v);
    for (const key of Object.keys(r)) out[v][key].push(r[key]);
  }
}
report({ samples, variants: out });
