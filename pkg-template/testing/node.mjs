// `claude-resilience/testing` in Node: the mock Claude API server and chaosFetch.
export { createMockClaude, startMockClaude } from './mock.mjs';
export { chaosFetch } from './chaos-fetch.mjs';
