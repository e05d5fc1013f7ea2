// Prices single boundary operations with a scratch crate (bench/analysis/lab/), so design
// choices on the Rust/JS side can be made with numbers: what an export call costs by argument
// kind, reading option fields with fresh vs interned vs static strings, a Rust object handed to JS
// vs an integer handle, a Closure call vs an export call, an Error built in wasm vs in JS, a
// String vs a code. Each operation runs in a child process of its own (fresh JIT).
//
//   node bench/analysis/lab.mjs [--json]
//
// The crate is built in a temporary directory (cargo --offline, the same wasm-bindgen 0.2.130,
// then wasm-bindgen --target web and wasm-opt -Oz as `make pkg`); the first build takes a minute.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, nowNs, parseArgs, report, runChild, ROOT } from '../lib/common.mjs';

const args = parseArgs();

const opts = { maxRetries: 3, baseDelay: 500, maxDelay: 8000, jitter: 'full' };
// name → [what it shows, (lab, extras) => op]; ops are sync, timed in tight loops.
const OPS = {
  'JS: empty function call': ['the floor', () => { const f = () => 0; return () => f(); }],
  'export, no args': ['bare JS → wasm call', (lab) => () => lab.nop()],
  'export, 4 f64 args': ['numbers cross as they are', (lab) => () => lab.f64x4(1, 2, 3, 4)],
  'export, 1 &JsValue': ['a borrowed JS value', (lab) => () => lab.ref1(opts)],
  'export, 4 &JsValue': ['borrowed: a stack slot each', (lab) => () => lab.ref4(opts, 1, 'a', undefined)],
  'export, 4 JsValue (owned)': ['owned: an externref table slot each, freed in wasm', (lab) => () => lab.own4(opts, 1, 'a', undefined)],
  'export, 4 &JsValue + as_f64 each': ['type checks in Rust: one import per value', (lab) => () => lab.ref4_as_f64(1, 2, 3, 4)],
  'export calling Date.now()': ['export + 1 import', (lab) => () => lab.now()],
  'JS: Date.now()': ['the same in JS', () => () => Date.now()],
  '10 option reads, fresh strings': ['JsValue::from_str per name (TextDecoder) + Reflect.get', (lab) => () => lab.read10_fresh(opts)],
  '10 option reads, intern()': ['wasm_bindgen::intern (feature enable-interning)', (lab) => () => lab.read10_interned(opts)],
  '10 option reads, static_string': ['#[wasm_bindgen(thread_local_v2, static_string)] JsString', (lab) => () => lab.read10_static(opts)],
  'JS: 10 option reads': ['destructuring in JS', () => () => {
    const { maxRetries, baseDelay, maxDelay, jitter, retryableStatuses, respectRetryAfter, shouldRetry, onRetry, signal, timeout } = opts;
    return [maxRetries, baseDelay, maxDelay, jitter, retryableStatuses, respectRetryAfter, shouldRetry, onRetry, signal, timeout].length;
  }],
  'Rust object to JS, free() explicitly': ['class wrapper + FinalizationRegistry register/unregister', (lab) => () => lab.make_policy(3).free()],
  'Rust object to JS, left to the GC': ['… and FinalizationRegistry cleanup later', (lab) => () => lab.make_policy(3)],
  'integer handle, freed explicitly': ['the object stays in Rust (a slab); JS holds a u32', (lab) => () => lab.free_handle(lab.make_handle(3))],
  'Closure call (3 args)': ['wasm-bindgen closure wrapper: refcount, try/finally, ...args', (lab) => { const c = lab.closure3(); return () => c(opts, 1, 2); }],
  'export call (3 &JsValue)': ['what the same call costs as an export', (lab) => () => lab.ref4(opts, 1, 2, undefined)],
  'Error built in wasm': ['js_sys::Error::new: stack captured with wasm frames', (lab) => () => lab.make_error()],
  'JS: new Error()': ['the same in JS', () => () => new Error('Circuit breaker is OPEN')],
  'String returned to JS': ['decode + __wbindgen_free', (lab) => () => lab.state_string()],
  'u32 code returned, JS names it': ['a number and an array lookup', (lab) => { const names = ['CLOSED', 'OPEN', 'HALF_OPEN']; return () => names[lab.state_code()]; }],
};

if (args.op) {
  const lab = await import(String(args.glue));
  lab.initSync({ module: (await import('node:fs')).readFileSync(String(args.wasm)) });
  const op = OPS[args.op][1](lab);
  let sink;
  const batch = async (n) => {
    await new Promise((resolve) => setTimeout(resolve, 1)); // let finalizers run between batches
    const t = nowNs();
    for (let i = 0; i < n; i++) sink = op();
    return nowNs() - t;
  };
  let warmNs = 0;
  let warmN = 0;
  let size = 200;
  while (warmNs < 150e6) {
    const took = await batch(size);
    warmNs += took;
    warmN += size;
    if (took < 10e6) size *= 2;
  }
  const n = Math.max(200, Math.round(40e6 / (warmNs / warmN)));
  const rounds = [];
  for (let r = 0; r < 7; r++) rounds.push((await batch(n)) / n);
  globalThis.sink = sink;
  report({ op: args.op, ns: median(rounds) });
} else {
  const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const work = mkdtempSync(join(tmpdir(), 'boundary-lab-'));
  try {
    const crate = join(work, 'lab');
    cpSync(fileURLToPath(new URL('./lab', import.meta.url)), crate, { recursive: true });
    if (existsSync(join(ROOT, 'Cargo.lock'))) cpSync(join(ROOT, 'Cargo.lock'), join(crate, 'Cargo.lock'));
    console.error('building the lab crate …');
    execFileSync('cargo', ['build', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '--quiet'], {
      cwd: crate,
      env: { ...env, CARGO_TARGET_DIR: join(work, 'target') },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const out = join(work, 'out');
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(work, 'target/wasm32-unknown-unknown/release/boundary_lab.wasm')], { env });
    const wasm = join(out, 'boundary_lab_bg.wasm');
    const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'reference-types', 'mutable-globals', 'multivalue'];
    execFileSync('wasm-opt', ['-Oz', ...features.map((f) => `--enable-${f}`), wasm, '-o', wasm], { env });
    const glue = pathToFileURL(join(out, 'boundary_lab.js')).href;
    const self = fileURLToPath(import.meta.url);
    const rows = [];
    for (const [name, [what]] of Object.entries(OPS)) {
      const { ns } = await runChild(self, [`--op=${name}`, `--glue=${glue}`, `--wasm=${wasm}`]);
      rows.push({ op: name, ns: Math.round(ns * 10) / 10, what });
      if (!args.json) console.log(`${name.padEnd(38)} ${String(rows.at(-1).ns).padStart(8)} ns  ${what}`);
    }
    if (args.json) console.log(JSON.stringify(rows, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
