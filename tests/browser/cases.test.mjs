// The runner-agnostic cases of tests/cases/, run against pkg/browser.mjs in headless Chromium,
// and those that need no client against pkg/resilience.browser.mjs: the page
// (tests/browser/page.html) imports the entry as any page does and runs the cases; each comes
// back here as its own node:test subtest. Needs `make pkg` first.
//
//   node --test tests/browser/
//   CASES=retry,breaker node --test tests/browser/      (only those case files)
//   PKG_DIR=/path/to/pkg node --test tests/browser/     (another build of the package)
//   ROBUSTNESS_SEED=<n> node --test tests/browser/      (replay the robustness fuzz)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM, launchChromium, watchPage } from './chromium.mjs';
import { startStaticServer, testPageRoutes } from './server.mjs';
import { startMockClaude } from '../../pkg/testing.mjs';

// PKG_DIR=/some/other/pkg tests another build of the package (e.g. an unpacked tarball).
const pkgDir = process.env.PKG_DIR || fileURLToPath(new URL('../../pkg/', import.meta.url));
const ENTRIES = { 'claude-resilience': 'browser.mjs', 'claude-resilience/resilience': 'resilience.browser.mjs' };

for (const [entry, file] of Object.entries(ENTRIES)) {
  test(`${entry} runs the shared cases in headless Chromium`, { timeout: 120_000 }, (t) => runCases(t, file));
}

async function runCases(t, file) {
  const pkgEntry = join(pkgDir, file);
  assert.ok(existsSync(pkgEntry), `${pkgEntry} is missing: run \`make pkg\` first`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing`);

  const statics = await startStaticServer({ routes: testPageRoutes({ pkgDir }) });
  t.after(() => statics.close());
  const mock = await startMockClaude();
  t.after(() => mock.close());
  const browser = await launchChromium();
  t.after(() => browser.close());

  const page = await browser.newPage();
  const pageLog = watchPage(page);
  const query = new URLSearchParams({ mock: mock.url });
  if (process.env.CASES) query.set('cases', process.env.CASES);
  if (file.startsWith('resilience')) query.set('entry', 'resilience');
  if (process.env.ROBUSTNESS_SEED !== undefined) query.set('seed', process.env.ROBUSTNESS_SEED);
  const started = performance.now();
  await page.goto(`${statics.url}/?${query}`);
  try {
    await page.waitForFunction(() => window.__done === true, null, { timeout: 60_000 });
  } catch (error) {
    const partial = await page.evaluate(() => window.__results?.length ?? 0).catch(() => '?');
    assert.fail(
      `the page did not finish within 60 s (${partial} cases reported): ${error.message}\n${pageLog.join('\n')}`,
    );
  }
  const { results, loadError, userAgent } = await page.evaluate(() => ({
    results: window.__results,
    loadError: window.__loadError,
    userAgent: navigator.userAgent,
  }));
  t.diagnostic(`${userAgent}`);
  t.diagnostic(`${results.length} cases in ${(performance.now() - started).toFixed(0)} ms`);

  assert.ok(loadError === null, `the page failed to load the package or the cases:\n${loadError}\n${pageLog.join('\n')}`);
  assert.ok(results.length > 0, `zero cases ran\n${pageLog.join('\n')}`);

  for (const result of results) {
    await t.test(`${result.file}: ${result.name}`, () => {
      if (result.ok) return;
      const details = [result.error, result.stack, ...result.console].filter(Boolean);
      // The page-wide log cannot be told apart per case; show it only with failures.
      if (pageLog.length) details.push('--- page console/network log ---', ...pageLog);
      assert.fail(details.join('\n'));
    });
  }
}
