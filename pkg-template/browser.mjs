// @ts-check
// Browser and bundler entry: top-level await fetches and compiles the module before any
// importer runs; bundlers see the `new URL(…, import.meta.url)` and ship the .wasm as an asset.
import init from './wasm/claude_resilience.js';

await init({ module_or_path: new URL('./claude_resilience_bg.wasm', import.meta.url) });

export * from './api.mjs';
export { default } from './api.mjs';
