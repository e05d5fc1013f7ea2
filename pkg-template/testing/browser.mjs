// `claude-resilience/testing` in browsers and bundlers: chaosFetch. The mock server needs
// node:http; its two names are here too, so that a test file importing all three loads in a
// page and fails only where it starts a server, with an error that says why.
export { chaosFetch } from './chaos-fetch.mjs';

const nodeOnly = (name) => new TypeError(`${name} needs Node (node:http); in a browser, use chaosFetch`);

export function createMockClaude() {
  throw nodeOnly('createMockClaude');
}

export async function startMockClaude() {
  throw nodeOnly('startMockClaude');
}
