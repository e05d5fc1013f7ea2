// The demo end to end: www/server.mjs in mock mode, the page in headless Chromium, driven as a
// visitor would: retries on the timeline, the breakers (one per model) opening under an outage
// and closing after it, graceful degradation, a burst, a burst beyond an enforced rate limit
// paced with no 429. Then proxy mode against a local stand-in for the API
// (the real API is never contacted). Leaves a full-page screenshot in target/demo.png.
//
//   node --test tests/e2e/                       (needs `make pkg` first)
//   PKG_DIR=/path/to/pkg node --test tests/e2e/  (another build of the package)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM, launchChromium, watchPage } from '../browser/chromium.mjs';
import { startMockClaude } from '../../pkg/testing.mjs';
import { startDemoServer } from '../../www/server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = process.env.PKG_DIR || `${root}pkg/`;
const SCREENSHOT = `${root}target/demo.png`;
const FALLBACK_TEXT = "I'm sorry, I'm currently unavailable.";
const VIEWPORT = { width: 1400, height: 900 };
const WAIT = { timeout: 20_000 };

let browser;
before(async () => {
  assert.ok(existsSync(join(pkgDir, 'browser.mjs')), `${pkgDir}browser.mjs is missing: run \`make pkg\` first`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing`);
  browser = await launchChromium();
});
after(() => browser?.close());

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `POST ${url}: ${response.status}`);
  return response.json();
}

/** What the timeline draws for one lane once it shows `outcome`: its attempts and waits, read
 *  from the SVG (which the page redraws on its own 100 ms tick, after the answer is shown). */
async function lane(page, id, outcome) {
  await page.waitForSelector(`#timeline g.lane[data-lane="${id}"][data-outcome="${outcome}"]`, WAIT);
  return page.evaluate((id) => {
    const g = document.querySelector(`#timeline g.lane[data-lane="${id}"]`);
    if (!g) return null;
    return {
      outcome: g.dataset.outcome,
      attempts: [...g.querySelectorAll('g.attempt')].map((a) => ({ kind: a.dataset.kind, status: a.dataset.status })),
      waits: [...g.querySelectorAll('g.wait')].map((w) => ({ reason: w.dataset.reason, ms: Number(w.dataset.ms) })),
      fallback: [...g.querySelectorAll('g.mark.fallback text')].map((t) => t.textContent),
      summary: g.querySelector('.lane-sum')?.textContent,
    };
  }, id);
}

/** Flips the page's outage switch and waits until the mock agrees. */
async function setOutage(page, server, on) {
  await page.click('label.switch');
  assert.equal(await page.isChecked('#outage'), on);
  const deadline = Date.now() + 5000;
  while ((await (await fetch(`${server.url}/__mock/faults`)).json()).outage !== on) {
    assert.ok(Date.now() < deadline, `the mock never saw outage=${on}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Moves a range input as a user would: its value, then the input event the page listens to. */
async function slide(page, id, value) {
  await page.locator(`#${id}`).evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The demo in mock mode, open in a page at `query` and ready; both closed when `t` ends.
 *  `context()` is the page's log, for a failure's message. */
async function openMockDemo(t, query) {
  const server = await startDemoServer({ port: 0, mode: 'mock', pkgDir });
  t.after(() => server.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  t.after(() => page.close());
  const pageLog = watchPage(page);
  const context = () => `\npage log:\n${pageLog.join('\n')}`;
  await page.goto(`${server.url}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', WAIT).catch((error) => assert.fail(`${error.message}${context()}`));
  return { server, page, pageLog, context };
}

test('the demo in mock mode: retries, breaker, degradation, burst', { timeout: 120_000 }, async (t) => {
  const started = performance.now();
  const { server, page, pageLog, context } = await openMockDemo(t, '?recovery=1000');
  assert.match(await page.textContent('#mode'), /Mock Claude API/);
  assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);
  assert.equal(await page.getAttribute('#breaker', 'data-state'), 'CLOSED');

  await t.test('two 529s, then the streamed answer: the retries are on the timeline', async () => {
    await post(`${server.url}/__mock/script`, [{ status: 529 }, { status: 529 }]);
    await page.fill('#prompt', 'Why do API clients retry with exponential backoff and jitter?');
    await page.click('#send');
    await page.waitForSelector('#answer-state[data-state="streaming"]', WAIT);
    await page.waitForSelector('#answer-state[data-state="done"]', WAIT).catch((e) => assert.fail(`${e.message}${context()}`));
    assert.match(await page.textContent('#answer'), /^Mock reply to "Why do API clients retry/);
    assert.equal(await page.textContent('#answer-model'), 'claude-sonnet-5-5');
    assert.match(await page.textContent('#answer-rid'), /request-id req_mock_3/);
    assert.ok(await page.isHidden('#answer-degraded'));
    const drawn = await lane(page, 1, 'ok');
    assert.deepEqual(drawn.attempts, [
      { kind: 's529', status: '529' }, { kind: 's529', status: '529' }, { kind: 'ok', status: '200' },
    ]);
    assert.deepEqual(drawn.waits.map((w) => w.reason), ['backoff', 'backoff']);
    assert.equal(drawn.outcome, 'ok');
    // Two failures, then a success: the breaker stayed closed and its count is back to 0.
    assert.equal(await page.getAttribute('#breaker', 'data-state'), 'CLOSED');
    assert.match(await page.textContent('#breaker-pips'), /0\s*\/ 3/);
    // The rate-limit gauges show the headers of the latest response.
    assert.match(await page.textContent('#gauges [data-window="requests"] b'), /\d+\s*\/ 50/);
  });

  await t.test('an outage opens the breaker; the answer degrades to the fallback text', async () => {
    // The first call's two retries were given back when it succeeded: the budget is full.
    assert.equal(await page.getAttribute('#budget', 'data-tokens'), '500');
    assert.match(await page.textContent('#budget'), /500\s*\/ 500 tokens/);
    await setOutage(page, server, true);
    await page.click('#send');
    await page.waitForSelector('#breaker[data-state="OPEN"]', WAIT);
    assert.match(await page.textContent('#probe-text'), /next probe in \d\.\d s/);
    await page.waitForSelector('#answer-state[data-state="degraded"]', WAIT);
    assert.equal(await page.textContent('#answer'), FALLBACK_TEXT);
    assert.ok(await page.isVisible('#answer-degraded'));
    assert.match(await page.textContent('#answer-note'), /CircuitOpenError|OverloadedError/);
    const drawn = await lane(page, 2, 'degraded');
    assert.equal(drawn.outcome, 'degraded');
    // Three 529s open the primary's breaker; the fallback model has a breaker of its own, so it
    // is tried too (three 529s more), and its breaker opens in turn.
    assert.deepEqual(drawn.attempts.map((a) => a.status), ['529', '529', '529', '529', '529', '529'], JSON.stringify(drawn));
    assert.deepEqual(drawn.fallback, ['↪ haiku-5-5']);
    // Both opened (the cool-down here is 1 s, so either may read HALF_OPEN by now).
    await page.waitForSelector('#breaker-fallback[data-made="true"]', WAIT);
    assert.match(await page.textContent('#breaker-fallback-model'), /claude-haiku-5-5/);
    const transitions = await page.$$eval('#transitions li', (items) => items.map((li) => li.textContent));
    for (const model of ['sonnet-5-5', 'haiku-5-5']) {
      assert.ok(transitions.some((text) => text.includes(`${model} CLOSED → OPEN`)), transitions.join('\n'));
    }
    // The page shows what the client's breakers hold (its next tick, at most 100 ms on).
    const held = await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('#breaker, #breaker-fallback')].map((e) => e.dataset.state);
      const held = ['claude-sonnet-5-5', 'claude-haiku-5-5'].map((m) => window.demo.client.circuitBreakerFor(m)?.state);
      return shown.join() === held.join() && held;
    }, null, WAIT).then((handle) => handle.jsonValue());
    assert.ok(held.every((state) => state === 'OPEN' || state === 'HALF_OPEN'), held.join());
    // The retries of the failed call spent tokens of the client's budget, which the bar shows.
    const level = await page.waitForFunction(() => {
      const tokens = window.demo.client.retryBudget.tokens;
      return Number(document.getElementById('budget').dataset.tokens) === tokens && tokens;
    }, null, WAIT).then((handle) => handle.jsonValue());
    assert.ok(level < 500, `${level} tokens`);
    assert.match(await page.textContent('#budget'), new RegExp(`${level}\\s*/ 500 tokens`));
  });

  await t.test('the outage ends: a probe closes the breaker again', async () => {
    await setOutage(page, server, false);
    await page.click('#send');
    await page.waitForSelector('#breaker[data-state="CLOSED"]', WAIT);
    await page.waitForSelector('#answer-state[data-state="done"]', WAIT);
    assert.ok(await page.isHidden('#answer-degraded'));
    const transitions = await page.$$eval('#transitions li', (items) => items.map((li) => li.textContent));
    assert.ok(transitions.some((text) => /HALF_OPEN → CLOSED/.test(text)), transitions.join('\n'));
    // The breaker's band on the timeline: closed, open during the outage, closed again.
    await page.waitForSelector('#timeline g.lane[data-lane="3"][data-outcome="ok"]', WAIT);
    const band = await page.$$eval('#timeline rect.band', (rects) => rects.map((r) => r.classList[1]));
    assert.equal(band[0], 'CLOSED');
    assert.ok(band.includes('OPEN'), band.join());
    assert.equal(band.at(-1), 'CLOSED');
  });

  await t.test('a burst of concurrent requests under 429s with retry-after', async () => {
    await slide(page, 'rate429', 35);
    await slide(page, 'rate529', 15);
    const deadline = Date.now() + 5000;
    while ((await (await fetch(`${server.url}/__mock/faults`)).json()).rate529 !== 0.15) {
      assert.ok(Date.now() < deadline, 'the sliders never reached the mock');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.fill('#burst-n', '6');
    await page.click('#burst');
    // The picture, not the page's state: every burst lane drawn with its outcome.
    await page.waitForFunction(() => {
      const drawn = [...document.querySelectorAll('#timeline g.lane[data-kind="burst"]')];
      return drawn.length === 6 && drawn.every((g) => g.dataset.outcome !== 'running');
    }, null, { timeout: 30_000 });
    const burstLanes = await page.$$eval('#timeline g.lane[data-kind="burst"]', (gs) => gs.map((g) => g.dataset.outcome));
    assert.equal(burstLanes.length, 6);
    assert.ok(burstLanes.every((o) => o === 'ok' || o === 'degraded'), burstLanes.join());
    // The page's request count matches what the mock saw, one lane per request.
    const mockRequests = await (await fetch(`${server.url}/__mock/requests`)).json();
    const drawnAttempts = await page.$$eval('#timeline g.attempt:not([data-kind="open"])', (gs) => gs.length);
    assert.equal(drawnAttempts, mockRequests.length);
  });

  await page.waitForTimeout(300); // the last frame of the timeline
  await mkdir(`${root}target`, { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  const errors = pageLog.filter((line) => /pageerror|crashed|request failed/.test(line));
  assert.deepEqual(errors, [], context());
  t.diagnostic(`mock-mode run took ${((performance.now() - started) / 1000).toFixed(1)} s; screenshot: ${SCREENSHOT}`);
});

test('the demo in mock mode: a burst beyond the rate limit is paced, zero 429s', { timeout: 120_000 }, async (t) => {
  const { server, page, pageLog, context } = await openMockDemo(t, '');
  // Before any call, the fallback model has no breaker yet: the client builds it on first use.
  assert.equal(await page.getAttribute('#breaker-fallback', 'data-made'), 'false');
  assert.match(await page.textContent('#pace-queue'), /no call waiting/);

  await page.click('#burst-beyond');
  const limits = (await (await fetch(`${server.url}/demo-limits`)).json()).limits;
  assert.deepEqual(limits, { requests: 4, windowMs: 10_000, enforce: true });
  assert.ok(await page.isChecked('#tight'));
  const calls = 2 * limits.requests + 1;
  // While the burst runs, the queue shows calls waiting for the window.
  await page.waitForFunction(() => Number(document.getElementById('pace-queue').dataset.waiting) > 0, null, WAIT);
  assert.match(await page.textContent('#pace-queue'), /calls? waits? for room in the window of sonnet-5-5 · next in \d/);
  // A held lane shows the wait it is in while it waits.
  await page.waitForSelector('#timeline g.lane[data-outcome="running"] g.wait[data-reason="rate-limit"]', WAIT);
  await mkdir(`${root}target`, { recursive: true });
  await page.screenshot({ path: `${root}target/demo-burst.png`, fullPage: true });
  await page.waitForFunction((n) => {
    const drawn = [...document.querySelectorAll('#timeline g.lane[data-kind="burst"]')];
    return drawn.length === n && drawn.every((g) => g.dataset.outcome !== 'running');
  }, calls, { timeout: 60_000 }).catch((e) => assert.fail(`${e.message}${context()}`));

  const outcomes = await page.$$eval('#timeline g.lane[data-kind="burst"]', (gs) => gs.map((g) => g.dataset.outcome));
  assert.deepEqual(outcomes, Array(calls).fill('ok'));
  const received = await (await fetch(`${server.url}/__mock/requests`)).json();
  assert.equal(received.length, calls, 'one request a call: none refused, none retried');
  assert.deepEqual(received.filter((r) => r.fault?.status === 429), [], 'the mock sent no 429');
  // The calls beyond the window's room waited for it, and the timeline draws those waits.
  const waits = await page.$$eval('#timeline g.wait[data-reason="rate-limit"]', (gs) => gs.map((g) => ({
    ms: Number(g.dataset.ms), label: g.querySelector('text')?.textContent ?? '', lane: g.closest('g.lane').dataset.lane,
  })));
  assert.ok(waits.length >= calls - limits.requests, JSON.stringify(waits));
  assert.equal(new Set(waits.map((w) => w.lane)).size, waits.length, 'one pacing wait a lane');
  assert.ok(waits.every((w) => w.ms > 0), JSON.stringify(waits));
  assert.ok(waits.some((w) => /rate limit/.test(w.label)), JSON.stringify(waits));
  // Spread a refill step apart (10 s ÷ 4), not all at the reset.
  const sent = received.map((r) => r.at).sort((a, b) => a - b);
  assert.ok(sent.at(-1) - sent[0] >= limits.windowMs, `${sent.at(-1) - sent[0]} ms`);
  await page.waitForFunction(() => document.getElementById('pace-queue').dataset.waiting === '0', null, WAIT);
  assert.match(await page.textContent('#pace-queue'), /no call waiting · \d+ paced so far/);
  assert.match(await page.textContent('#budget'), /no retry refused/);
  assert.match(await page.textContent('#gauges [data-window="requests"] b'), /\d+\s*\/ 4/);

  // Reset: the default limits again, and a new client (its fallback breaker not made yet).
  await page.click('#reset');
  await page.waitForFunction(() => !document.getElementById('tight').checked
    && document.getElementById('breaker-fallback').dataset.made === 'false', null, WAIT);
  assert.deepEqual(await (await fetch(`${server.url}/demo-limits`)).json(), { tight: false, limits: null });
  const errors = pageLog.filter((line) => /pageerror|crashed|request failed/.test(line));
  assert.deepEqual(errors, [], context());
});

test('the demo in mock mode: streams cut mid-answer go on in the same answer box', { timeout: 90_000 }, async (t) => {
  const { server, page, pageLog, context } = await openMockDemo(t, '?idle=400');
  const prompt = 'What does a client do when a stream stops half way?';

  /** Asks `prompt` with the mock's next answers scripted; the answer's text and its lane. */
  async function ask(id, script) {
    await post(`${server.url}/__mock/script`, script);
    await page.fill('#prompt', prompt);
    await page.click('#send');
    await page.waitForSelector('#answer-state[data-state="done"]', WAIT).catch((e) => assert.fail(`${e.message}${context()}`));
    const drawn = await lane(page, id, 'ok');
    const cuts = await page.$$eval(`#timeline g.lane[data-lane="${id}"] g.mark.cut text`, (ts) => ts.map((e) => e.textContent));
    return { text: await page.textContent('#answer'), note: await page.textContent('#answer-note'), drawn, cuts };
  }

  const whole = await ask(1, []);
  assert.match(whole.text, /^Mock reply to "What does a client do/);
  assert.deepEqual(whole.cuts, []);

  // Four text deltas, then the connection drops: the continuation picks up from there.
  const dropped = await ask(2, [{ drop: { afterEvents: 7 } }]);
  assert.equal(dropped.text, whole.text, 'the stitched answer is the uninterrupted one');
  assert.match(dropped.note, /cut once and resumed where it stopped/);
  assert.deepEqual(dropped.drawn.attempts.map((a) => a.kind), ['ok', 'ok'], 'the cut attempt and its continuation');
  assert.equal(dropped.cuts.length, 1);
  assert.match(dropped.cuts[0], /^✂ \d+ chars$/);

  // A stall: the watchdog (?idle=400) cuts it, and it resumes the same way.
  const stalled = await ask(3, [{ hang: { afterEvents: 6 } }]);
  assert.equal(stalled.text, whole.text);
  assert.equal(stalled.cuts.length, 1);
  const resumed = await page.$eval('#timeline g.lane[data-lane="3"] g.mark.cut title', (e) => e.textContent);
  assert.match(resumed, /resuming from there/);

  // The sliders reach the mock's stream faults.
  await slide(page, 'rateStreamStall', 25);
  const deadline = Date.now() + 5000;
  while ((await (await fetch(`${server.url}/__mock/faults`)).json()).rateStreamStall !== 0.25) {
    assert.ok(Date.now() < deadline, 'the slider never reached the mock');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.match(await page.textContent('#odds'), /25% stalled/);
  // The cut requests fail in the page's network log by design; nothing else may.
  const errors = pageLog.filter((line) => /pageerror|crashed/.test(line));
  assert.deepEqual(errors, [], context());
});

test('the demo in proxy mode: the server adds the key, the page never sees it', { timeout: 60_000 }, async (t) => {
  const KEY = 'sk-ant-demo-test-key-0123456789';
  // A local stand-in for api.anthropic.com that insists on a key.
  const upstream = await startMockClaude({ requireKey: true });
  t.after(() => upstream.close());
  const lines = [];
  const server = await startDemoServer({ port: 0, mode: 'proxy', pkgDir, apiKey: KEY, upstream: upstream.url, log: (l) => lines.push(l) });
  t.after(() => server.close());

  const config = await (await fetch(`${server.url}/demo-config`)).json();
  assert.deepEqual(config, { mode: 'proxy', faultControls: false });
  for (const path of ['/', '/app.js', '/demo-config', '/pkg/browser.mjs']) {
    const body = await (await fetch(`${server.url}${path}`)).text();
    assert.ok(!body.includes(KEY), `${path} contains the key`);
  }
  assert.equal((await fetch(`${server.url}/__mock/faults`)).status, 404, 'no fault controls in proxy mode');

  // A streamed request passes through: key added upstream, headers and body passed back.
  upstream.script([{ streamDelayMs: 5 }]);
  const response = await fetch(`${server.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2026-10-21', authorization: 'Bearer from-the-page' },
    body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /text\/event-stream/);
  assert.match(response.headers.get('request-id'), /^req_mock_/);
  assert.equal(response.headers.get('anthropic-ratelimit-requests-limit'), '50');
  const sse = await response.text();
  assert.match(sse, /event: message_stop/);
  assert.equal(upstream.requests.at(-1).headers.authorization, `Bearer ${KEY}`, 'the proxy adds its key, not the page\'s');

  // Another site cannot drive the key through the proxy (no CORS preflight for a form post).
  const status = await new Promise((resolve, reject) => {
    const req = http.request(`${server.url}/v1/messages`, {
      method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
    }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', reject);
    req.end('{}');
  });
  assert.equal(status, 403);

  // The page: fault controls gone, a 529 retried through the proxy, the answer streamed.
  const page = await browser.newPage({ viewport: VIEWPORT });
  t.after(() => page.close());
  const pageLog = watchPage(page);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="true"]', WAIT);
  assert.match(await page.textContent('#mode'), /Real Claude API/);
  assert.equal(await page.$('#faults'), null);
  assert.ok(await page.isVisible('#proxy-note'));
  upstream.script([{ status: 529 }]);
  await page.click('#send');
  await page.waitForSelector('#answer-state[data-state="done"]', WAIT)
    .catch((e) => assert.fail(`${e.message}\n${pageLog.join('\n')}`));
  const drawn = await lane(page, 1, 'ok');
  assert.deepEqual(drawn.attempts.map((a) => a.status), ['529', '200']);
  assert.match(await page.textContent('#answer-rid'), /request-id req_mock_/);
  const sent = upstream.requests.slice(-2);
  assert.ok(sent.every((r) => r.headers.authorization === `Bearer ${KEY}`));
  assert.ok(sent.every((r) => !('anthropic-dangerous-direct-browser-access' in r.headers)));
  assert.ok(lines.length >= 3, lines.join('\n'));
  assert.ok(lines.every((line) => !line.includes(KEY)), 'the key appears in the server log');
});
