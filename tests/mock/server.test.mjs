// Run with: node --test tests/mock/
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createMockClaude, startMockClaude } from '../../pkg/testing.mjs';

const BODY = { model: 'claude-test-1', max_tokens: 256, messages: [{ role: 'user', content: 'Hello there' }] };

function post(url, body = BODY, headers = {}, init = {}) {
  return fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-test-secret', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

function parseSse(text) {
  return text.split('\n\n').filter(Boolean).map((block) => {
    const lines = block.split('\n');
    const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
    const data = JSON.parse(lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n'));
    return { event, data };
  });
}

const until = async (cond) => { while (!cond()) await new Promise((r) => setTimeout(r, 5)); };

describe('mock Claude API', () => {
  let srv;
  before(async () => { srv = await startMockClaude(); });
  after(() => srv.close());
  beforeEach(() => srv.reset());

  test('listens on 127.0.0.1 with an ephemeral port', () => {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(srv.port > 0);
  });

  test('default success: message JSON and headers', async () => {
    const res = await post(srv.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /application\/json/);
    assert.equal(res.headers.get('request-id'), 'req_mock_1');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const msg = await res.json();
    assert.equal(msg.id, 'msg_mock_1');
    assert.equal(msg.type, 'message');
    assert.equal(msg.role, 'assistant');
    assert.equal(msg.model, 'claude-test-1');
    assert.equal(msg.stop_reason, 'end_turn');
    assert.equal(msg.stop_sequence, null);
    assert.equal(msg.content.length, 1);
    assert.equal(msg.content[0].type, 'text');
    const text = msg.content[0].text;
    assert.ok(text.startsWith('Mock reply to "Hello there": '), text);
    const words = text.split(/\s+/).length;
    assert.ok(words >= 40 && words <= 80, `word count ${words}`);
    assert.equal(msg.usage.input_tokens, Math.ceil('Hello there'.length / 4));
    assert.equal(msg.usage.output_tokens, words);

    // Same prompt, same text: the reply is deterministic.
    const again = await (await post(srv.url)).json();
    assert.equal(again.content[0].text, text);
    assert.equal(again.id, 'msg_mock_2');
  });

  test('rate-limit headers move with each request', async () => {
    const kinds = ['requests', 'tokens', 'input-tokens', 'output-tokens'];
    const first = await post(srv.url);
    const second = await post(srv.url);
    for (const k of kinds) {
      const limit = Number(first.headers.get(`anthropic-ratelimit-${k}-limit`));
      const r1 = Number(first.headers.get(`anthropic-ratelimit-${k}-remaining`));
      const r2 = Number(second.headers.get(`anthropic-ratelimit-${k}-remaining`));
      assert.ok(limit > 0 && r1 < limit && r2 < r1, `${k}: ${limit} ${r1} ${r2}`);
      const reset = first.headers.get(`anthropic-ratelimit-${k}-reset`);
      assert.match(reset, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.ok(Date.parse(reset) > Date.now());
    }
    assert.equal(Number(first.headers.get('anthropic-ratelimit-requests-remaining')), 49);
    assert.equal(second.headers.get('request-id'), 'req_mock_2');
  });

  test('a prefill of the reply is continued from where it ends; one ending in whitespace is refused', async () => {
    const whole = (await (await post(srv.url)).json()).content[0].text;
    const cut = whole.indexOf(' ', 20);
    const prefill = whole.slice(0, cut);
    const withPrefill = (text) => ({ ...BODY, messages: [...BODY.messages, { role: 'assistant', content: text }] });
    const continued = await (await post(srv.url, withPrefill(prefill))).json();
    assert.equal(prefill + continued.content[0].text, whole);
    const streamed = parseSse(await (await post(srv.url, { ...withPrefill(prefill), stream: true })).text());
    const deltas = streamed.filter((e) => e.event === 'content_block_delta').map((e) => e.data.delta.text).join('');
    assert.equal(prefill + deltas, whole);
    const refused = await post(srv.url, withPrefill(`${prefill} `));
    assert.equal(refused.status, 400);
    assert.match((await refused.json()).error.message, /trailing whitespace/);
  });

  test('count_tokens and request validation', async () => {
    const res = await fetch(`${srv.url}/v1/messages/count_tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(41) }] }),
    });
    assert.deepEqual(await res.json(), { input_tokens: 11 });
    assert.ok(res.headers.get('request-id'));

    const bad = await post(srv.url, { model: 'm', messages: BODY.messages });
    assert.equal(bad.status, 400);
    const err = await bad.json();
    assert.equal(err.error.type, 'invalid_request_error');
    assert.match(err.error.message, /max_tokens/);
    assert.equal(err.request_id, bad.headers.get('request-id'));
  });

  test('SSE framing matches the real event sequence', async () => {
    srv.setFaults({ streamDelayMs: 5 });
    const res = await post(srv.url, { ...BODY, stream: true });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/event-stream/);
    const chunks = [];
    for await (const chunk of res.body) chunks.push(Buffer.from(chunk).toString('latin1'));
    const raw = Buffer.from(chunks.join(''), 'latin1').toString('utf8');
    // Some chunk boundary falls inside an event, not just between events.
    assert.ok(chunks.slice(0, -1).some((c) => !c.endsWith('\n\n')), 'expected a split event');

    const events = parseSse(raw);
    for (const { event, data } of events) assert.equal(data.type, event);
    const names = events.map((e) => e.event);
    const deltaCount = names.filter((n) => n === 'content_block_delta').length;
    assert.ok(deltaCount >= 3);
    assert.deepEqual(names, [
      'message_start', 'content_block_start', 'ping',
      ...Array(deltaCount).fill('content_block_delta'),
      'content_block_stop', 'message_delta', 'message_stop',
    ]);
    const start = events[0].data.message;
    assert.deepEqual(start.content, []);
    assert.equal(start.model, 'claude-test-1');
    assert.equal(start.stop_reason, null);
    assert.equal(start.usage.input_tokens, 3);
    assert.deepEqual(events[1].data, { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
    const text = events.filter((e) => e.event === 'content_block_delta').map((e) => {
      assert.equal(e.data.index, 0);
      assert.equal(e.data.delta.type, 'text_delta');
      return e.data.delta.text;
    }).join('');
    const plain = await (await post(srv.url)).json();
    assert.equal(text, plain.content[0].text);
    const delta = events.at(-2).data;
    assert.deepEqual(delta.delta, { stop_reason: 'end_turn', stop_sequence: null });
    assert.equal(delta.usage.output_tokens, plain.usage.output_tokens);
  });

  test('scripted status steps carry realistic bodies and headers', async () => {
    srv.script([
      { status: 529 },
      { status: 429, retryAfter: 2 },
      { status: 429 },
      { status: 429, retryAfterMs: 150 },
      { status: 500, headers: { 'x-should-retry': 'false' } },
      { status: 400, type: 'invalid_request_error', message: 'prompt is too long' },
      { status: 503, body: { custom: true } },
    ]);
    const r529 = await post(srv.url);
    assert.equal(r529.status, 529);
    const b529 = await r529.json();
    assert.deepEqual(b529, {
      type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_mock_1',
    });
    assert.equal(r529.headers.get('request-id'), 'req_mock_1');

    const r429 = await post(srv.url);
    assert.equal(r429.status, 429);
    assert.equal(r429.headers.get('retry-after'), '2');
    assert.equal((await r429.json()).error.type, 'rate_limit_error');
    assert.equal((await post(srv.url)).headers.get('retry-after'), '1');
    const rMs = await post(srv.url);
    assert.equal(rMs.headers.get('retry-after-ms'), '150');
    assert.equal(rMs.headers.get('retry-after'), null);

    const r500 = await post(srv.url);
    assert.equal(r500.status, 500);
    assert.equal(r500.headers.get('x-should-retry'), 'false');
    assert.equal((await r500.json()).error.type, 'api_error');

    const r400 = await (await post(srv.url)).json();
    assert.deepEqual(r400.error, { type: 'invalid_request_error', message: 'prompt is too long' });
    assert.deepEqual(await (await post(srv.url)).json(), { custom: true });
    assert.equal((await post(srv.url)).status, 200, 'empty queue falls back to success');
  });

  test('every documented status maps to its error type', async () => {
    const table = {
      400: 'invalid_request_error', 401: 'authentication_error', 403: 'permission_error',
      404: 'not_found_error', 413: 'request_too_large', 429: 'rate_limit_error',
      500: 'api_error', 529: 'overloaded_error',
    };
    srv.script(Object.keys(table).map((s) => ({ status: Number(s) })));
    for (const [status, type] of Object.entries(table)) {
      const res = await post(srv.url);
      assert.equal(res.status, Number(status));
      const body = await res.json();
      assert.equal(body.type, 'error');
      assert.equal(body.error.type, type);
      assert.ok(body.error.message);
    }
  });

  test('HTML 502 and raw bodies are sent as is', async () => {
    srv.script([
      { status: 502, body: '<html>bad gateway</html>', contentType: 'text/html' },
      { raw: 'not json', status: 200, contentType: 'application/json' },
    ]);
    const r502 = await post(srv.url);
    assert.equal(r502.status, 502);
    assert.match(r502.headers.get('content-type'), /text\/html/);
    assert.equal(await r502.text(), '<html>bad gateway</html>');
    const raw = await post(srv.url);
    assert.equal(raw.status, 200);
    assert.equal(raw.headers.get('content-type'), 'application/json');
    assert.equal(await raw.text(), 'not json');
  });

  test('delayMs and ok steps, consumed in FIFO order', async () => {
    srv.script([{ ok: true, text: 'first', model: 'other-model', delayMs: 60 }, { status: 529 }]);
    const t0 = Date.now();
    const first = await post(srv.url);
    assert.ok(Date.now() - t0 >= 55);
    const msg = await first.json();
    assert.equal(msg.content[0].text, 'first');
    assert.equal(msg.model, 'other-model');
    assert.equal(msg.usage.output_tokens, 1);
    assert.equal((await post(srv.url)).status, 529);
    assert.equal((await post(srv.url)).status, 200);
  });

  test('hang is ended by the client aborting', async () => {
    srv.script([{ hang: true }]);
    const ac = new AbortController();
    const pending = post(srv.url, BODY, {}, { signal: ac.signal });
    await until(() => srv.requests.length === 1);
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal((await post(srv.url)).status, 200, 'server still serves after an abort');
  });

  test('drop destroys the socket, so fetch rejects', async () => {
    srv.script([{ drop: true }]);
    await assert.rejects(post(srv.url), TypeError);
    assert.equal(srv.requests.length, 1);
  });

  test('mid-stream error event', async () => {
    srv.script([{ stream: { errorAfter: 2, errorType: 'overloaded_error' } }]);
    const res = await post(srv.url, { ...BODY, stream: true });
    assert.equal(res.status, 200);
    const events = parseSse(await res.text());
    assert.deepEqual(events.map((e) => e.event), [
      'message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'error',
    ]);
    assert.deepEqual(events.at(-1).data, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  });

  test('outage answers 529 to everything until lifted', async () => {
    srv.setFaults({ outage: true });
    for (let i = 0; i < 3; i++) {
      const res = await post(srv.url);
      assert.equal(res.status, 529);
      assert.equal((await res.json()).error.type, 'overloaded_error');
    }
    srv.script([{ ok: true }]);
    assert.equal((await post(srv.url)).status, 200, 'script steps take precedence over faults');
    srv.setFaults({ outage: false });
    assert.equal((await post(srv.url)).status, 200);
  });

  test('CORS preflight and headers on control paths', async () => {
    const pre = await fetch(`${srv.url}/v1/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'http://example.test', 'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-api-key,anthropic-version' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(pre.headers.get('access-control-allow-headers'), 'content-type,x-api-key,anthropic-version');
    const star = await fetch(`${srv.url}/__mock/faults`, { method: 'OPTIONS' });
    assert.equal(star.headers.get('access-control-allow-headers'), '*');

    const res = await post(srv.url);
    const exposed = res.headers.get('access-control-expose-headers').split(', ');
    for (const h of ['request-id', 'retry-after', 'retry-after-ms', 'x-should-retry',
      'anthropic-ratelimit-requests-remaining', 'anthropic-ratelimit-output-tokens-reset']) {
      assert.ok(exposed.includes(h), h);
    }
    const control = await fetch(`${srv.url}/__mock/faults`);
    assert.equal(control.headers.get('access-control-allow-origin'), '*');
    assert.equal(srv.requests.length, 1, 'preflights and control calls are not recorded');
  });

  test('requests log, with keys redacted over HTTP', async () => {
    await post(srv.url, BODY, { 'X-Custom': 'yes' });
    await post(srv.url, 'not-json{');
    const [first, second] = srv.requests;
    assert.equal(first.method, 'POST');
    assert.equal(first.path, '/v1/messages');
    assert.deepEqual(first.body, BODY);
    assert.equal(first.headers['x-custom'], 'yes');
    assert.equal(first.headers['x-api-key'], 'sk-test-secret');
    assert.ok(Math.abs(first.at - Date.now()) < 5000);
    assert.equal(second.body, 'not-json{');

    const logged = await (await fetch(`${srv.url}/__mock/requests`)).json();
    assert.equal(logged.length, 2);
    assert.equal(logged[0].headers['x-api-key'], '<redacted>');
    assert.equal(logged[0].headers['x-custom'], 'yes');
    assert.equal(srv.requests.length, 2);
  });

  test('control paths: script, faults, reset', async () => {
    const json = (method, path, body) => fetch(`${srv.url}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body),
    }).then((r) => r.json());
    assert.deepEqual(await json('POST', '/__mock/script', [{ status: 529 }, { status: 500 }]), { queued: 2 });
    const faults = await json('POST', '/__mock/faults', { rate429: 0.5, latencyMs: 10 });
    assert.equal(faults.rate429, 0.5);
    assert.equal(faults.retryAfterSec, 1);
    assert.deepEqual(await json('GET', '/__mock/faults'), faults);
    assert.equal((await post(srv.url)).status, 529);
    await json('POST', '/__mock/reset');
    assert.equal((await json('GET', '/__mock/faults')).rate429, 0);
    assert.equal(srv.requests.length, 0);
    const res = await post(srv.url);
    assert.equal(res.status, 200, 'queue was cleared');
    assert.equal(res.headers.get('request-id'), 'req_mock_1', 'counters were reset');
  });

  test('unknown paths fall through handle()', async () => {
    const api = createMockClaude();
    assert.equal(api.handle({ url: '/index.html', method: 'GET', headers: {} }, {}), false);
    assert.equal(api.handle({ url: '/__mock/nope', method: 'GET', headers: {} }, {}), false);
    const res = await fetch(`${srv.url}/v1/models`);
    assert.equal(res.status, 404);
    assert.equal((await res.json()).error.type, 'not_found_error');
  });
});

/** The status of each of `n` requests, in order; a failure of the body counts as 'cut'. */
async function statuses(url, n, body = BODY) {
  const out = [];
  for (let i = 0; i < n; i++) {
    try {
      const res = await post(url, body);
      try {
        await res.arrayBuffer();
        out.push(res.status);
      } catch {
        out.push('cut');
      }
    } catch {
      out.push('drop');
    }
  }
  return out;
}

test('fault rates: seeded, replayed by reset, in proportion over many requests', async () => {
  const faults = { rate429: 0.1, rate529: 0.1, rate500: 0.1, rate503: 0.1, retryAfterSec: 3 };
  const a = await startMockClaude({ seed: 7, faults });
  const b = await startMockClaude({ seed: 7, faults });
  const c = await startMockClaude({ seed: 8, faults });
  try {
    const first = await statuses(a.url, 400);
    assert.deepEqual(await statuses(b.url, 400), first, 'the same seed, the same faults');
    assert.notDeepEqual(await statuses(c.url, 400), first, 'another seed, other faults');
    a.reset();
    assert.deepEqual(await statuses(a.url, 400), first, 'reset replays the sequence');
    // 400 draws at 10 %: 40 expected each, σ ≈ 6 (200s: 240, σ ≈ 10); the bounds are ≥ 3.3 σ wide.
    for (const status of [429, 529, 500, 503]) {
      const n = first.filter((s) => s === status).length;
      assert.ok(n >= 20 && n <= 60, `${status}: ${n} of 400`);
    }
    const ok = first.filter((s) => s === 200).length;
    assert.ok(ok >= 200 && ok <= 280, `200: ${ok} of 400`);
    const r429 = a.requests.find((r) => r.fault?.status === 429);
    assert.deepEqual(r429.fault, { status: 429 });
    assert.equal(a.requests.filter((r) => r.fault === null).length, ok, 'a normal answer logs no fault');
  } finally {
    await Promise.all([a.close(), b.close(), c.close()]);
  }
});

test('shares past 1 cut the later faults; outage wins over rates', async () => {
  const srv = await startMockClaude({ faults: { rate429: 0.7, rate529: 0.7 } });
  try {
    const seen = await statuses(srv.url, 60);
    assert.ok(seen.every((s) => s === 429 || s === 529), String(seen));
    assert.ok(seen.filter((s) => s === 529).length < seen.filter((s) => s === 429).length);
    srv.setFaults({ outage: true });
    assert.deepEqual(await statuses(srv.url, 3), [529, 529, 529]);
  } finally {
    await srv.close();
  }
});

test('drop, hang and truncate rates: before the headers, and half way through the body', async () => {
  const srv = await startMockClaude({ seed: 1, faults: { rateDrop: 1 } });
  try {
    await assert.rejects(post(srv.url), TypeError);
    assert.deepEqual(srv.requests[0].fault, { drop: true });
    assert.equal(srv.requests[0].requestId, 'req_mock_1', 'the id it would have answered with');

    srv.setFaults({ rateDrop: 0, rateTruncate: 1 });
    for (const body of [BODY, { ...BODY, stream: true }]) {
      const res = await post(srv.url, body);
      assert.equal(res.status, 200, 'the headers arrive');
      assert.ok(res.headers.get('request-id'));
      await assert.rejects(res.text(), TypeError, 'then the connection drops');
    }
    assert.deepEqual(srv.requests.at(-1).fault, { drop: {} });

    srv.setFaults({ rateTruncate: 0, rateHang: 1 });
    const ac = new AbortController();
    const hanging = post(srv.url, BODY, {}, { signal: ac.signal });
    await until(() => srv.requests.length === 4);
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(hanging, { name: 'AbortError' });
    assert.deepEqual(srv.requests.at(-1).fault, { hang: true });
  } finally {
    await srv.close();
  }
});

test('stream error rate: streaming requests end with an error event; others are answered', async () => {
  const srv = await startMockClaude({ faults: { rateStreamError: 1, streamErrorAfter: 2 } });
  try {
    const events = parseSse(await (await post(srv.url, { ...BODY, stream: true })).text());
    assert.deepEqual(events.map((e) => e.event), [
      'message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'error',
    ]);
    assert.deepEqual(srv.requests[0].fault, { stream: { errorAfter: 2 } });
    const plain = await post(srv.url);
    assert.equal((await plain.json()).type, 'message');
    assert.equal(srv.requests[1].fault, null, 'not a streaming request: no fault');
  } finally {
    await srv.close();
  }
});

test('scripted cuts: drop or hang after a number of body bytes', async () => {
  const srv = await startMockClaude({
    script: [{ drop: { afterBytes: 10 } }, { hang: { afterBytes: 0 } }, { status: 503, drop: { afterBytes: 5 } }],
  });
  try {
    const cut = await post(srv.url);
    assert.equal(cut.status, 200);
    const reader = cut.body.getReader();
    let got = 0;
    await assert.rejects(async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        got += value.length;
      }
    }, TypeError);
    assert.equal(got, 10, 'exactly the bytes before the cut');

    const ac = new AbortController();
    const quiet = await post(srv.url, BODY, {}, { signal: ac.signal });
    assert.equal(quiet.status, 200, 'headers, then silence');
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(quiet.text(), { name: 'AbortError' });

    const status = await post(srv.url);
    assert.equal(status.status, 503);
    await assert.rejects(status.text(), TypeError);
  } finally {
    await srv.close();
  }
});

test('scripted cuts after a number of events: whole events arrive, then a drop or silence', async () => {
  const stream = { ...BODY, stream: true };
  const srv = await startMockClaude({
    script: [{ drop: { afterEvents: 5 } }, { hang: { afterEvents: 4 } }, { drop: { afterEvents: 0 } }, { hang: { afterEvents: 1000 } }],
  });
  try {
    const dropped = await post(srv.url, stream);
    assert.equal(dropped.status, 200);
    const reader = dropped.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await assert.rejects(async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    }, TypeError, 'the connection drops after the cut');
    assert.ok(text.endsWith('\n\n'), 'the cut falls between events');
    assert.deepEqual(parseSse(text).map((e) => e.event), [
      'message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta',
    ]);

    const ac = new AbortController();
    const stalled = await post(srv.url, stream, {}, { signal: ac.signal });
    const stalledReader = stalled.body.getReader();
    let got = '';
    const ends = () => got.split('\n\n').length - 1;
    while (ends() < 4) got += decoder.decode((await stalledReader.read()).value, { stream: true });
    assert.equal(parseSse(got).length, 4, 'four whole events, then silence');
    const silence = stalledReader.read();
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(silence, { name: 'AbortError' });

    const none = await post(srv.url, stream);
    await assert.rejects(none.text(), TypeError, 'afterEvents 0: the headers, then the drop');

    const short = await (await post(srv.url, stream)).text();
    assert.equal(parseSse(short).at(-1).event, 'message_stop', 'fewer events than the cut: the whole stream');
  } finally {
    await srv.close();
  }
});

test('stream drop and stall rates: streaming requests are cut after streamCutAfter events; others are answered', async () => {
  const srv = await startMockClaude({ faults: { rateStreamDrop: 1, streamCutAfter: 3 } });
  try {
    await assert.rejects((await post(srv.url, { ...BODY, stream: true })).text(), TypeError);
    assert.deepEqual(srv.requests[0].fault, { drop: { afterEvents: 3 } });
    assert.equal((await (await post(srv.url)).json()).type, 'message');
    assert.equal(srv.requests[1].fault, null, 'not a streaming request: no fault');
    srv.setFaults({ rateStreamDrop: 0, rateStreamStall: 1 });
    const ac = new AbortController();
    const stalled = await post(srv.url, { ...BODY, stream: true }, {}, { signal: ac.signal });
    assert.equal(stalled.status, 200);
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(stalled.text(), { name: 'AbortError' });
    assert.deepEqual(srv.requests[2].fault, { hang: { afterEvents: 3 } });
  } finally {
    await srv.close();
  }
});

test('limits: the rate-limit headers count down from the given limits', async () => {
  const srv = await startMockClaude({ limits: { requests: 3, outputTokens: 1000 } });
  try {
    const remaining = [];
    for (let i = 0; i < 4; i++) {
      const res = await post(srv.url);
      remaining.push(res.headers.get('anthropic-ratelimit-requests-remaining'));
      assert.equal(res.headers.get('anthropic-ratelimit-output-tokens-limit'), '1000');
      await res.arrayBuffer();
    }
    assert.deepEqual(remaining, ['2', '1', '0', '0']);
  } finally {
    await srv.close();
  }
});

test('enforced limits: a request beyond the window\'s requests or input tokens is a 429 until it fits', async () => {
  const srv = await startMockClaude({ limits: { requests: 3, inputTokens: 20, windowMs: 1500, enforce: true } });
  try {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const res = await post(srv.url);
      statuses.push(res.status);
      if (res.status === 429) {
        const body = await res.json();
        assert.equal(body.error.type, 'rate_limit_error');
        assert.match(body.error.message, /3 requests/);
        assert.equal(res.headers.get('retry-after'), '2', 'whole seconds until the oldest leaves the 1.5 s window');
        assert.equal(res.headers.get('anthropic-ratelimit-requests-remaining'), '0');
      } else {
        await res.arrayBuffer();
      }
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    assert.deepEqual(srv.requests[3].fault, { status: 429, retryAfter: 2, message: srv.requests[3].fault.message });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    assert.equal((await post(srv.url)).status, 200, 'the window moved on: the refused request was not counted');

    // 'Hello there' is 3 tokens; a body of 72 characters is 18: it fits once the window is empty.
    srv.reset();
    const big = { ...BODY, messages: [{ role: 'user', content: 'x'.repeat(72) }] };
    assert.equal((await post(srv.url)).status, 200);
    const refused = await post(srv.url, big);
    assert.equal(refused.status, 429);
    assert.match((await refused.json()).error.message, /20 input tokens/);
    const tooBig = await post(srv.url, { ...BODY, messages: [{ role: 'user', content: 'x'.repeat(200) }] });
    assert.equal(tooBig.status, 429, 'larger than the limit itself');
    assert.equal(tooBig.headers.get('retry-after'), '2', 'the whole window');
  } finally {
    await srv.close();
  }
});

test('bad options, steps and faults are a TypeError or RangeError naming them', async () => {
  const cases = [
    [() => createMockClaude({ random: Math.random }), TypeError, /options\.random/],
    [() => createMockClaude({ seed: 1.5 }), TypeError, /options\.seed/],
    [() => createMockClaude({ faults: { rate429: -1 } }), RangeError, /options\.faults\.rate429/],
    [() => createMockClaude({ faults: { rate249: 0.5 } }), TypeError, /rate249 is not a fault/],
    [() => createMockClaude({ faults: { outage: 'yes' } }), TypeError, /outage/],
    [() => createMockClaude({ script: [{ status: 1000 }] }), RangeError, /script\[0\]\.status/],
    [() => createMockClaude({ script: [{ retry_after: 1 }] }), TypeError, /retry_after is not a step field/],
    [() => createMockClaude({ script: [{ drop: { after: 3 } }] }), TypeError, /drop\.after/],
    [() => createMockClaude({ script: [{ hang: { afterEvents: 1.5 } }] }), RangeError, /hang\.afterEvents/],
    [() => createMockClaude({ script: [{ drop: { afterEvents: 1, afterBytes: 1 } }] }), TypeError, /not both/],
    [() => createMockClaude({ faults: { streamCutAfter: -1 } }), RangeError, /streamCutAfter/],
    [() => createMockClaude({ limits: { requests: -1 } }), RangeError, /limits\.requests/],
    [() => createMockClaude({ limits: { windowMs: 0 } }), RangeError, /limits\.windowMs/],
    [() => createMockClaude({ limits: { enforce: 1 } }), TypeError, /limits\.enforce/],
    [() => createMockClaude({ requireKey: 1 }), TypeError, /requireKey/],
  ];
  for (const [make, kind, message] of cases) assert.throws(make, (e) => e instanceof kind && message.test(e.message));
  await assert.rejects(startMockClaude({ port: 70000 }), RangeError);
  await assert.rejects(startMockClaude('fast'), TypeError);
});

test('over HTTP, a bad step or fault is a 400 naming it, and nothing is queued', async () => {
  const srv = await startMockClaude();
  try {
    const send = (path, body) => fetch(`${srv.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const bad = await send('/__mock/script', [{ status: 529 }, { hang: 'forever' }]);
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /script\[1\]\.hang/);
    const unknown = await send('/__mock/faults', { rate42: 1 });
    assert.equal(unknown.status, 400);
    assert.match((await unknown.json()).error.message, /rate42/);
    assert.equal((await post(srv.url)).status, 200, 'the valid first step was not queued either');
  } finally {
    await srv.close();
  }
});

test('reset returns to the options: initial faults and script come back', async () => {
  const srv = await startMockClaude({ faults: { latencyMs: 5 }, script: [{ status: 529 }] });
  try {
    assert.equal((await post(srv.url)).status, 529);
    srv.setFaults({ latencyMs: 0 });
    srv.reset();
    assert.equal(srv.faults.latencyMs, 5);
    assert.equal((await post(srv.url)).status, 529);
    assert.equal((await post(srv.url)).status, 200);
  } finally {
    await srv.close();
  }
});

test('requireKey rejects requests without credentials', async () => {
  const srv = await startMockClaude({ requireKey: true });
  try {
    const res = await fetch(`${srv.url}/v1/messages`, { method: 'POST', body: JSON.stringify(BODY) });
    assert.equal(res.status, 401);
    assert.equal((await res.json()).error.type, 'authentication_error');
    assert.equal((await post(srv.url)).status, 200);
    const bearer = await fetch(`${srv.url}/v1/messages`, {
      method: 'POST', headers: { authorization: 'Bearer t' }, body: JSON.stringify(BODY),
    });
    assert.equal(bearer.status, 200);
    const bare = await fetch(`${srv.url}/v1/messages`, {
      method: 'POST', headers: { authorization: 'sk-ant-without-scheme' }, body: JSON.stringify(BODY),
    });
    assert.equal(bare.status, 401, 'an authorization header must be a Bearer credential');
  } finally {
    await srv.close();
  }
});

test('close() resolves promptly with a hanging request', async () => {
  const srv = await startMockClaude();
  srv.script([{ hang: true }, { delayMs: 60_000 }]);
  const hanging = post(srv.url).then(() => 'resolved', () => 'rejected');
  const delayed = post(srv.url).then(() => 'resolved', () => 'rejected');
  await until(() => srv.requests.length === 2);
  const t0 = Date.now();
  await srv.close();
  assert.ok(Date.now() - t0 < 500, `close took ${Date.now() - t0} ms`);
  assert.equal(await hanging, 'rejected');
  assert.equal(await delayed, 'rejected');
});
