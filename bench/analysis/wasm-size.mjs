// Where the .wasm's bytes go: section sizes, and code size by crate and by function.
//
//   node bench/analysis/wasm-size.mjs [--top=40] [--json]
//
// The shipped .wasm carries no names, so this rebuilds a named twin from cargo's output in a
// temporary directory — the same wasm-bindgen and `wasm-opt -Oz` steps as `make pkg`, plus -g
// to keep the name section — and attributes its function bodies. Sizes are raw bytes of the
// twin; they track the shipped module's code to within a few percent (names aside).
// Needs a prior `cargo build --release --target wasm32-unknown-unknown` (make pkg does it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, parseArgs } from '../lib/common.mjs';

const args = parseArgs();
const cargoOut = join(ROOT, 'target/wasm32-unknown-unknown/release/claude_resilience.wasm');
const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'reference-types', 'mutable-globals', 'multivalue'];
const dir = mkdtempSync(join(tmpdir(), 'wasm-size-'));
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
let bytes;
try {
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', dir, cargoOut], { env });
  const bg = join(dir, 'claude_resilience_bg.wasm');
  execFileSync('wasm-opt', ['-Oz', '-g', ...features.map((f) => `--enable-${f}`), bg, '-o', bg], { env });
  bytes = readFileSync(bg);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// --- a minimal wasm reader: sections, function bodies, the name section ---
let pos = 0;
const u8 = () => bytes[pos++];
const leb = () => {
  let result = 0, shift = 0, b;
  do { b = u8(); result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return result;
};
const str = () => { const n = leb(); const s = bytes.subarray(pos, pos + n).toString('utf8'); pos += n; return s; };
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
pos = 8;
const sections = [];
let importedFuncs = 0;
const bodies = [];
const names = new Map();
while (pos < bytes.length) {
  const id = u8();
  const size = leb();
  const start = pos;
  let name = SECTION[id] ?? `id${id}`;
  if (id === 0) {
    name = `custom:${str()}`;
    if (name === 'custom:name') {
      while (pos < start + size) {
        const sub = u8(); const subSize = leb(); const subEnd = pos + subSize;
        if (sub === 1) { const n = leb(); for (let i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); } }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      str(); str(); const kind = u8();
      if (kind === 0) { leb(); importedFuncs++; }
      else if (kind === 1) { u8(); const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { u8(); u8(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const len = leb(); bodies.push({ index: importedFuncs + i, size: len }); pos += len; }
  }
  sections.push({ name, size });
  pos = start + size;
}

// A crate for a demangled name: the first path segment, looking inside `<… as …>` impls.
function crateOf(name) {
  if (/ (externref|multivalue) shim$|^__wbg|^__wbindgen|^__externref/.test(name)) return 'wasm-bindgen export shims';
  const cleaned = name.replace(/\[[0-9a-f]+\]/g, '').replace(/^<+/, '').replace(/^&(mut )?/, '').replace(/^dyn /, '');
  // Our crate by module (client::transport, core::breaker, …); js_sys's futures executor apart.
  const ours = /^claude_resilience::([a-z_]+)::([a-z_]+)/.exec(cleaned);
  if (ours) return `claude_resilience::${ours[1]}::${ours[2]}`;
  if (cleaned.startsWith('js_sys::futures') || cleaned.startsWith('wasm_bindgen_futures')) return 'js_sys::futures (promise executor)';
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(cleaned);
  if (m) return m[1];
  if (/^(dlmalloc|malloc|free|realloc|__rust_)/.test(name)) return 'allocator';
  if (/^(memcpy|memset|memmove|memcmp|compiler_builtins)/.test(name)) return 'compiler_builtins';
  return '(unnamed)';
}
const byCrate = new Map();
const functions = bodies.map((b) => ({ ...b, name: names.get(b.index) ?? `func${b.index}` }));
for (const f of functions) {
  const crate = crateOf(f.name);
  const entry = byCrate.get(crate) ?? { crate, bytes: 0, functions: 0 };
  entry.bytes += f.size; entry.functions += 1;
  byCrate.set(crate, entry);
}
const codeTotal = functions.reduce((s, f) => s + f.size, 0);
// Cross-cutting groups (overlapping the crates above): what format!/Display and panics pull in.
const GROUPS = {
  'core::fmt machinery (format!, Display, Formatter)': /(^|[^a-z_])fmt::|Formatter|pad_integral|do_count_chars|Utf8Chunks|write_char|write_str/,
  'panic paths': /panic|unwrap_failed|expect_failed|abort|begin_panic|rust_begin_unwind/,
  'js_sys::futures + closures (async machinery)': /js_sys::futures|wasm_bindgen_futures|closure::|Closure|WasmClosure|futures_channel|queue::Queue/,
};
const groups = Object.fromEntries(
  Object.entries(GROUPS).map(([name, re]) => {
    const hit = functions.filter((f) => re.test(f.name));
    return [name, { bytes: hit.reduce((t, f) => t + f.size, 0), functions: hit.length }];
  }),
);
const shipped = statSync(join(ROOT, 'pkg/wasm/claude_resilience_bg.wasm'), { throwIfNoEntry: false });
const result = {
  twinBytes: bytes.length,
  twinWithoutNames: bytes.length - (sections.find((s) => s.name === 'custom:name')?.size ?? 0),
  shippedBytes: shipped?.size ?? null,
  twinGzip: gzipSync(bytes, { level: 9 }).length,
  sections: sections.map(({ name, size }) => ({ name, size })),
  codeTotal,
  byCrate: [...byCrate.values()].sort((a, b) => b.bytes - a.bytes),
  groups,
  topFunctions: functions.sort((a, b) => b.size - a.size).slice(0, args.top ?? 40).map(({ name, size }) => ({ size, name })),
};
if (args.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`named twin ${result.twinBytes} B (${result.twinWithoutNames} B without names; shipped ${result.shippedBytes} B)`);
  console.log('\nsections:');
  for (const s of result.sections) console.log(`  ${String(s.size).padStart(8)}  ${s.name}`);
  console.log(`\ncode by crate (${codeTotal} B of function bodies):`);
  for (const c of result.byCrate) console.log(`  ${String(c.bytes).padStart(8)}  ${(100 * c.bytes / codeTotal).toFixed(1).padStart(5)}%  ${String(c.functions).padStart(4)} fns  ${c.crate}`);
  console.log('\ncross-cutting groups (overlap the crates above):');
  for (const [name, g] of Object.entries(groups)) console.log(`  ${String(g.bytes).padStart(8)}  ${(100 * g.bytes / codeTotal).toFixed(1).padStart(5)}%  ${String(g.functions).padStart(4)} fns  ${name}`);
  console.log('\nlargest functions:');
  for (const f of result.topFunctions) console.log(`  ${String(f.size).padStart(7)}  ${f.name.slice(0, 140)}`);
}
