// Prints what each entry weighs over the wire in a browser: its bundle, the shared errors.mjs
// and its module, each gzip -9 on its own as a static server would send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const root = new URL('../../pkg/', import.meta.url).pathname;

/** The files a browser loads for each public entry of the package. */
export const ENTRIES = {
  'claude-resilience': ['browser.mjs', 'errors.mjs', 'claude_resilience_bg.wasm'],
  'claude-resilience/resilience': ['resilience.browser.mjs', 'errors.mjs', 'resilience_bg.wasm'],
};

/** Sizes of `files` (in pkg/), in bytes: raw, gzip and brotli, summed, and the .wasm alone. */
export function packageSize(files = ENTRIES['claude-resilience']) {
  const bytes = files.map((file) => readFileSync(join(root, file)));
  const sum = (measure) => bytes.reduce((total, content) => total + measure(content), 0);
  const wasm = bytes[files.findIndex((file) => file.endsWith('.wasm'))];
  return {
    files: files.length,
    raw: sum((content) => content.length),
    gzip: sum((content) => gzipSync(content, { level: 9 }).length),
    brotli: sum((content) => brotliCompressSync(content).length),
    wasmRaw: wasm.length,
    wasmGzip: gzipSync(wasm, { level: 9 }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  for (const [entry, files] of Object.entries(ENTRIES)) {
    const size = packageSize(files);
    console.log(
      `${entry} (${size.files} files): ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli, ${kb(size.raw)} raw` +
        ` (the .wasm: ${kb(size.wasmGzip)} gzip, ${kb(size.wasmRaw)} raw)`,
    );
  }
}
