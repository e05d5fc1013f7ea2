// `claude-resilience/core/api-promise` (and `claude-resilience/api-promise`) for browsers and
// bundlers, as `@anthropic-ai/sdk/core/api-promise`: the `APIPromise` class of the package's root.
export { APIPromise } from './browser.mjs';
