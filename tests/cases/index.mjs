// The shared behaviour cases, runner-agnostic: Node (tests/package/) and a browser page
// (tests/browser/) import this file and run what loadCases returns. No node:* imports here or in
// any case file; cases are loaded with relative dynamic imports so a static server suffices.
import * as assert from './assert.mjs';

/** Case files, in run order. Each default-exports `cases(m, ctx)` → [[name, async fn], …]. */
export const files = ['retry.mjs', 'breaker.mjs', 'errors.mjs', 'fallback.mjs', 'robustness.mjs', 'client.mjs', 'reliability.mjs', 'streams.mjs', 'events.mjs', 'traffic.mjs', 'pacing.mjs', 'chaos.mjs', 'api-promise.mjs', 'budget.mjs'];

/** The case files that need no client: what `claude-resilience/resilience` runs too. */
export const resilienceFiles = ['retry.mjs', 'breaker.mjs', 'errors.mjs', 'fallback.mjs', 'budget.mjs'];

/**
 * Loads the case files `only` (every one by default). `m` is the package's module namespace;
 * `ctx` may add to `{ assert }` (e.g. `seed` to replay the robustness fuzz, a mock URL for
 * client cases, the testing entry for the chaosFetch cases).
 * @returns {Promise<Array<{file: string, cases: Array<[string, () => Promise<void>]>}>>}
 */
export async function loadCases(m, ctx = {}, only = files) {
  const context = { assert, ...ctx };
  const groups = [];
  for (const file of only) {
    const module = await import(`./${file}`);
    groups.push({ file, cases: module.default(m, context) });
  }
  return groups;
}

export { assert };
