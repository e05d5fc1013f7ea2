// @ts-check
// Node entry: the module is compiled synchronously from the file beside it, so importing the
// package is all the set-up there is, and `require()` of this file works too (no top-level await).
import { readFileSync } from 'node:fs';
import { initSync } from './wasm/claude_resilience.js';

initSync({ module: readFileSync(new URL('./claude_resilience_bg.wasm', import.meta.url)) });

export * from './api.mjs';
export { default } from './api.mjs';
