// claude-resilience/core/error: every error class, as @anthropic-ai/sdk/core/error exports them.
export { /* @ERROR_NAMES@ */ } from './index.js';
