// claude-resilience/core/api-promise: the APIPromise class, as @anthropic-ai/sdk/core/api-promise.
export { APIPromise } from './index.js';
