// Optimises a module wasm-bindgen staged, and shortens the names its glue and it share:
//
//   node scripts/optimise.mjs <glue dir> <out .wasm> [wasm-opt flags…]
//
// wasm-opt -Oz, without the producers and target-features sections, and with every import and
// export renamed to one or two letters (`--minify-imports-and-exports-and-modules`). wasm-bindgen
// names its imports `__wbg_<name>_<16 hex digits>` in a module `./claude_resilience_bg.js`,
// and each name is spelled twice, in the .wasm and in the glue, where gzip cannot fold the
// hashes: a few kilobytes per module. The glue in `<glue dir>` is rewritten to the new names
// from the mapping wasm-opt prints; an import it cannot place is an error, never a silent skip.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, out, ...flags] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: node scripts/optimise.mjs <glue dir> <out .wasm> [wasm-opt flags…]');
const gluePath = join(dir, 'claude_resilience.js');
const minify = ['--strip-producers', '--strip-target-features', '--minify-imports-and-exports-and-modules'];
const printed = execFileSync(
  'wasm-opt',
  ['-Oz', ...flags, ...minify, join(dir, 'claude_resilience_bg.wasm'), '-o', out],
  { encoding: 'utf8', maxBuffer: 1 << 24 },
);
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));

// Every import now comes from one module, whose name the optimised module tells.
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(out))).map((i) => i.module));
if (modules.size !== 1) throw new Error(`expected the imports in one module, found ${[...modules].join(', ')}`);
const [module] = modules;

let glue = readFileSync(gluePath, 'utf8');
/** Replaces the one occurrence of `pattern` (a global RegExp) that `what` names. */
function replaceOnce(pattern, replacement, what) {
  const found = glue.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`${gluePath}: ${what} found ${found} times`);
  glue = glue.replace(pattern, replacement);
}

// The glue's own imports are the keys of `import0`; snippets' are namespaces (`import1` …).
const objects = /\n    return \{\n        __proto__: null,\n((?:        "[^"]+": import\d+,\n)+)    \};\n\}/;
const listed = objects.exec(glue);
if (!listed) throw new Error(`${gluePath}: the import object of __wbg_get_imports was not found`);
const namespaces = Object.fromEntries([...listed[1].matchAll(/"([^"]+)": (import\d+)/g)].map(([, name, id]) => [name, id]));
const own = namespaces['./claude_resilience_bg.js'];
const fromSnippets = [];
for (const [from, name, short] of mapping.imports) {
  if (!(from in namespaces)) throw new Error(`${gluePath}: no import object for ${from}`);
  if (namespaces[from] === own) replaceOnce(new RegExp(`(?<=\\n        )${name}(?=: function)`, 'g'), short, `import ${name}`);
  else fromSnippets.push(`        ${short}: ${namespaces[from]}.${name},\n`);
}
glue = glue.replace(
  objects,
  `\n    return { ${JSON.stringify(module)}: Object.assign(${own}, {\n${fromSnippets.join('')}    }) };\n}`,
);

// Exports the glue never reads (wasm-bindgen's `__abort_handler`, say) have nothing to rename.
for (const [name, short] of mapping.exports) {
  glue = glue.replace(new RegExp(`(?<=\\bwasm\\.)${name.replace(/\$/g, '\\$')}\\b`, 'g'), short);
}
writeFileSync(gluePath, glue);
