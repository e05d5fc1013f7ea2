// @ts-check
// `claude-resilience/resilience` for browsers and bundlers: the package without the client.
import init from './resilience-wasm/claude_resilience.js';

await init({ module_or_path: new URL('./resilience_bg.wasm', import.meta.url) });

export * from './resilience.mjs';
