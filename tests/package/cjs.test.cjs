// The CommonJS entry: `require('claude-resilience')` gives a working module with the very same
// classes as the ESM entry, and every shared case passes through it.
const { after, describe, test } = require('node:test');
const assert = require('node:assert/strict');

const m = require('../../pkg/index.cjs');

const seed = process.env.ROBUSTNESS_SEED === undefined ? undefined : Number(process.env.ROBUSTNESS_SEED);

describe('cjs entry', () => {
  test('require() returns the module synchronously, with the same names as the ESM entry', async () => {
    const esm = await import('../../pkg/node.mjs');
    assert.deepEqual(
      Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort(),
      Object.keys(esm).filter((k) => k !== 'default').sort(),
    );
    assert.equal(typeof m.retryWithBackoff, 'function');
  });

  test('the classes are the same objects as the ESM ones (instanceof works across entries)', async () => {
    const esm = await import('../../pkg/node.mjs');
    for (const name of Object.keys(esm)) {
      if (name === 'default') continue;
      assert.equal(m[name], esm[name], name);
    }
    const cb = new m.CircuitBreaker({ failureThreshold: 1 });
    await assert.rejects(cb.call(() => Promise.reject(new Error('down'))));
    await assert.rejects(cb.call(() => 1), esm.CircuitOpenError);
  });
});

describe('cjs cases', async () => {
  const { loadCases } = await import('../cases/index.mjs');
  // The client cases (client.mjs) talk to a mock Claude API over HTTP.
  // The testing entry through require() too, as a CommonJS test suite loads it.
  const testing = require('../../pkg/testing.mjs');
  const mock = await testing.startMockClaude();
  after(() => mock.close());
  for (const { file, cases } of await loadCases(m, { seed, mockUrl: mock.url, testing })) {
    describe(`cjs ${file}`, () => {
      for (const [name, fn] of cases) test(name, fn);
    });
  }
});
