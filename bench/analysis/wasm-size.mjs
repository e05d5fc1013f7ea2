// What each module is made of, by twiggy (`cargo install twiggy`): code and data by owner
// (our modules, the futures executor, closures, formatting and panics, export shims …), and
// the largest items.
//
//   node bench/analysis/wasm-size.mjs [--top=30] [--json]
//
// The shipped modules carry no names, so this builds a named twin of each, the whole package
// and the one without the `client` feature, through the same scripts/cargo-wasm.sh → wasm-bindgen →
// wasm-opt -Oz steps as `make pkg` with -g to keep the name section (and without its name shortening, which
// only renames imports and exports). Sizes are twiggy's shallow bytes of the twin, names
// excluded; they track the shipped module's code to within a few percent.
// It leaves target/…/release/claude_resilience.wasm as the whole package's (`make pkg` rebuilds both).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, parseArgs } from '../lib/common.mjs';

const args = parseArgs();
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'reference-types', 'mutable-globals', 'multivalue']
  .map((feature) => `--enable-${feature}`);
const MODULES = { 'claude-resilience/resilience': ['--no-default-features'], 'claude-resilience': [] };

/** twiggy's items of a named twin of the crate built with `cargoFlags`. */
function items(cargoFlags) {
  execFileSync(join(ROOT, 'scripts/cargo-wasm.sh'), ['--quiet', ...cargoFlags], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'wasm-size-'));
  try {
    const built = join(ROOT, 'target/wasm32-unknown-unknown/release/claude_resilience.wasm');
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', dir, built], { env });
    const twin = join(dir, 'claude_resilience_bg.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', ...FEATURES, twin, '-o', twin], { env });
    return JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'json', twin], { env, encoding: 'utf8', maxBuffer: 1 << 26 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Owners, first match wins: what one would cut together. */
const OWNERS = [
  ['names (custom section, not shipped)', /^"function names"|^custom section 'name'/],
  ['other custom sections', /^custom section/],
  ['data (strings, tables, panic locations)', /^data segment/],
  ['import and export names', /^import |^export /],
  ['export shims (wasm-bindgen)', /(externref|multivalue) shim|^[a-z]+_[a-zA-Z]+$/],
  ['formatting and panics (core::fmt, std::panicking)', /fmt::|Formatter|pad_integral|do_count_chars|panick|panic_|unwrap_failed|expect_failed|Display|Debug/],
  ['futures executor (js_sys::futures, JsFuture)', /js_sys::futures|wasm_bindgen_futures|futures_channel|futures_util/],
  ['closures (wasm-bindgen Closure, gloo timers)', /closure::|Closure|closures::|gloo_timers/],
  ['allocator (talc) and alloc', /^<?talc|^<?alloc|RawVec|__rust_(alloc|dealloc|realloc)|memcpy|memset|memmove|memcmp/],
];

function ownerOf(name) {
  for (const [owner, pattern] of OWNERS) if (pattern.test(name)) return owner;
  const ours = /claude_resilience::([a-z_]+)::([a-z_]+)/.exec(name);
  if (ours) return `claude_resilience::${ours[1]}::${ours[2]}`;
  const crate = /^<?&?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  return crate ? crate[1] : '(other)';
}

const result = {};
for (const [module, flags] of Object.entries(MODULES)) {
  // A std rebuilt with the crate names its crates with their hashes (`core[79aa…]::fmt`).
  const all = items(flags)
    .filter((item) => !OWNERS[0][1].test(item.name))
    .map((item) => ({ ...item, name: item.name.replace(/\[[0-9a-f]{16}\]/g, '') }));
  const total = all.reduce((sum, item) => sum + item.shallow_size, 0);
  const owners = new Map();
  for (const item of all) {
    const owner = ownerOf(item.name);
    const entry = owners.get(owner) ?? { owner, bytes: 0, items: 0 };
    entry.bytes += item.shallow_size;
    entry.items += 1;
    owners.set(owner, entry);
  }
  result[module] = {
    total,
    owners: [...owners.values()].sort((a, b) => b.bytes - a.bytes),
    top: all.slice(0, args.top ?? 30).map(({ name, shallow_size }) => ({ bytes: shallow_size, name })),
  };
}

if (args.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  for (const [module, { total, owners, top }] of Object.entries(result)) {
    console.log(`\n${module}: ${total} B without names`);
    for (const o of owners) {
      console.log(`  ${String(o.bytes).padStart(7)}  ${((100 * o.bytes) / total).toFixed(1).padStart(5)}%  ${String(o.items).padStart(4)} items  ${o.owner}`);
    }
    console.log('  largest items:');
    for (const item of top) console.log(`  ${String(item.bytes).padStart(7)}  ${item.name.slice(0, 120)}`);
  }
}
