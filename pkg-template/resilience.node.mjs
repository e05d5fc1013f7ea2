// @ts-check
// `claude-resilience/resilience` for Node: retry, breaker, fallback and the Error classes, over
// the module built without the client. The classes are the very ones of `claude-resilience`.
import { readFileSync } from 'node:fs';
import { initSync } from './resilience-wasm/claude_resilience.js';

initSync({ module: readFileSync(new URL('./resilience_bg.wasm', import.meta.url)) });

export * from './resilience.mjs';
