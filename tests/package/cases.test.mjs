// Runs every shared case (tests/cases/) against the package's Node ESM entry, and those that
// need no client against `claude-resilience/resilience`.
// ROBUSTNESS_SEED=<n> replays the robustness fuzz with the seed a failure printed.
import { after, describe, test } from 'node:test';
import * as m from '../../pkg/node.mjs';
import * as resilience from '../../pkg/resilience.node.mjs';
import * as testing from '../../pkg/testing.mjs';
import { loadCases, resilienceFiles } from '../cases/index.mjs';

const seed = process.env.ROBUSTNESS_SEED === undefined ? undefined : Number(process.env.ROBUSTNESS_SEED);

// The client cases (client.mjs) talk to a mock Claude API over HTTP; the chaos cases
// (chaos.mjs) take the testing entry too.
const mock = await testing.startMockClaude();
after(() => mock.close());

for (const { file, cases } of await loadCases(m, { seed, mockUrl: mock.url, testing })) {
  describe(`esm ${file}`, () => {
    for (const [name, fn] of cases) test(name, fn);
  });
}

for (const { file, cases } of await loadCases(resilience, { seed }, resilienceFiles)) {
  describe(`esm resilience ${file}`, () => {
    for (const [name, fn] of cases) test(name, fn);
  });
}
