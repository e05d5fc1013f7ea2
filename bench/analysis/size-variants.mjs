// What the .wasm would weigh with the build changed: builds copies of the crate in a temporary
// directory (src/ and Cargo.toml here are never touched), each through the same
// scripts/cargo-wasm.sh → wasm-bindgen → scripts/optimise.mjs steps as `make pkg`, and prints raw / gzip / brotli of the
// .wasm and of the wasm-bindgen glue (unminified).
//
//   node bench/analysis/size-variants.mjs [--variants=baseline,resilience,opt-s] [--ref=HEAD]
//
// The crate is taken from git (`--ref`, default HEAD), not from the working tree, so that a
// half-edited src/ cannot break the builds and the numbers name a commit.
// The first build compiles every dependency (a minute or two on 2 cores); the target directory
// is shared between variants, so later ones are quicker. Variants:
//   baseline    the crate as it is
//   resilience  without the `client` feature: the module of `claude-resilience/resilience`
//   opt-s       opt-level "s" instead of "z"
//   wasm-opt-converge   baseline, with `wasm-opt -Oz --converge`
//   stable, stable-resilience   the two modules built by the stable toolchain, with std's
//               prebuilt panic machinery, as before scripts/cargo-wasm.sh
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { ROOT, parseArgs } from '../lib/common.mjs';

const args = parseArgs();
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'reference-types', 'mutable-globals', 'multivalue']
  .map((f) => `--enable-${f}`);
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };

const VARIANTS = {
  baseline: {},
  resilience: { cargo: ['--no-default-features'] },
  'opt-s': { env: { CARGO_PROFILE_RELEASE_OPT_LEVEL: 's' } },
  'wasm-opt-converge': { wasmOpt: ['--converge'] },
  stable: { stable: true },
  'stable-resilience': { stable: true, cargo: ['--no-default-features'] },
};
const ref = String(args.ref ?? 'HEAD');
const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
console.log(`crate at ${ref} (${commit})`);
const names = args.variants ? String(args.variants).split(',') : Object.keys(VARIANTS);

const work = mkdtempSync(join(tmpdir(), 'size-variants-'));
const target = join(work, 'target');
const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const results = {};
try {
  for (const name of names) {
    const variant = VARIANTS[name];
    if (!variant) throw new Error(`unknown variant ${name}`);
    const crate = join(work, name);
    mkdirSync(crate, { recursive: true });
    const tar = execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', ref, 'Cargo.toml', 'Cargo.lock', 'src'], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', crate], { input: tar });
    const [build, flags] = variant.stable
      ? ['cargo', ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown']]
      : [join(ROOT, 'scripts/cargo-wasm.sh'), []];
    execFileSync(build, [...flags, '--quiet', ...(variant.cargo ?? [])], {
      cwd: crate,
      env: { ...env, CARGO_TARGET_DIR: target, ...variant.env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const out = join(crate, 'out');
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(target, 'wasm32-unknown-unknown/release/claude_resilience.wasm')], { env });
    const wasm = join(out, 'optimised.wasm');
    execFileSync('node', [join(ROOT, 'scripts/optimise.mjs'), out, wasm, ...(variant.wasmOpt ?? []), ...FEATURES], { env });
    results[name] = { wasm: measure(readFileSync(wasm)), glue: measure(readFileSync(join(out, 'claude_resilience.js'))) };
    const r = results[name];
    console.log(
      `${name.padEnd(20)} wasm ${String(r.wasm.raw).padStart(7)} raw ${String(r.wasm.gzip).padStart(6)} gzip ${String(r.wasm.brotli).padStart(6)} br` +
        `   glue ${String(r.glue.raw).padStart(6)} raw ${String(r.glue.gzip).padStart(5)} gzip`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (args.json) console.log(JSON.stringify(results, null, 2));
