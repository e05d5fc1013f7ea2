// The short run of the chaos soak (tests/soak/run.mjs; `make soak` is the long one): every bound
// of tests/soak/bounds.mjs is a subtest, and the figures are printed as diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { format, runSoak } from './run.mjs';

test('chaos soak, short run', { timeout: 120_000 }, async (t) => {
  const seed = Number(process.env.SEED ?? 1);
  const result = await runSoak({ short: true, seed });
  const { report, verdicts } = result;
  for (const line of format(result).split('\n')) t.diagnostic(line);

  await t.test('the run itself: every call reported, every phase ran its cases', () => {
    const { load, fuzzOptions, fuzzResponses, fuzzWire, streams, refused } = report.worker;
    assert.equal(Object.values(load.outcomes).reduce((s, n) => s + n, 0), report.sizes.calls);
    assert.ok(load.outcomes.ok > report.sizes.calls / 2, 'most calls succeed through the faults');
    assert.ok(Object.keys(load.failures).length >= 4, `several kinds of failure: ${JSON.stringify(load.failures)}`);
    assert.ok(report.reconciled.received > report.sizes.calls, 'faults made the clients retry');
    assert.equal(refused.refused, report.sizes.refusals, 'every call of the outage phase was refused');
    assert.equal(streams.end + streams.break + streams.abort + streams.failed, report.sizes.streams);
    assert.equal(Object.values(fuzzOptions.outcomes).reduce((s, n) => s + n, 0), report.sizes.optionCases);
    assert.equal(fuzzResponses.cases, report.sizes.responseCases);
    assert.ok(fuzzResponses.splits > 100);
    assert.equal(Object.values(fuzzWire.outcomes).reduce((s, n) => s + n, 0), report.sizes.wireCases);
  });

  for (const verdict of verdicts) {
    await t.test(`${verdict.name} ≤ ${verdict.max}`, () => {
      assert.ok(verdict.holds, `${verdict.name}: ${verdict.value}, bound ${verdict.min ?? '-∞'}…${verdict.max} — ${verdict.why}`);
    });
  }
});
