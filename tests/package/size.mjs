// Prints what the package weighs over the wire: the wasm and every JS file a user loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const root = new URL('../../pkg/', import.meta.url).pathname;

/** Sizes of the files one runtime loads: its entry (one bundle) and the module. */
export function packageSize(entry = 'browser.mjs') {
  const shipped = [join(root, entry), join(root, 'claude_resilience_bg.wasm')];
  const sum = (measure) => shipped.reduce((total, path) => total + measure(readFileSync(path)), 0);
  return {
    files: shipped.length,
    raw: sum((bytes) => bytes.length),
    gzip: sum((bytes) => gzipSync(bytes, { level: 9 }).length),
    brotli: sum((bytes) => brotliCompressSync(bytes).length),
    wasmRaw: readFileSync(join(root, 'claude_resilience_bg.wasm')).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = packageSize();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `package (wasm + JS, ${size.files} files): ${kb(size.raw)} raw, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (wasm alone ${kb(size.wasmRaw)} raw)`,
  );
}
