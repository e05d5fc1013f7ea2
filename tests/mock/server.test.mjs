// Run with: node --test tests/mock/
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi, startMockServer } from './server.mjs';

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
  before(async () => { srv = await startMockServer(); });
  after(() => srv.close());
  beforeEach(() => srv.api.reset());

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
    srv.api.setFaults({ streamDelayMs: 5 });
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
    srv.api.script([
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
    srv.api.script(Object.keys(table).map((s) => ({ status: Number(s) })));
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
    srv.api.script([
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
    srv.api.script([{ ok: true, text: 'first', model: 'other-model', delayMs: 60 }, { status: 529 }]);
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
    srv.api.script([{ hang: true }]);
    const ac = new AbortController();
    const pending = post(srv.url, BODY, {}, { signal: ac.signal });
    await until(() => srv.api.requests.length === 1);
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal((await post(srv.url)).status, 200, 'server still serves after an abort');
  });

  test('drop destroys the socket, so fetch rejects', async () => {
    srv.api.script([{ drop: true }]);
    await assert.rejects(post(srv.url), TypeError);
    assert.equal(srv.api.requests.length, 1);
  });

  test('mid-stream error event', async () => {
    srv.api.script([{ stream: { errorAfter: 2, errorType: 'overloaded_error' } }]);
    const res = await post(srv.url, { ...BODY, stream: true });
    assert.equal(res.status, 200);
    const events = parseSse(await res.text());
    assert.deepEqual(events.map((e) => e.event), [
      'message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_delta', 'error',
    ]);
    assert.deepEqual(events.at(-1).data, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  });

  test('outage answers 529 to everything until lifted', async () => {
    srv.api.setFaults({ outage: true });
    for (let i = 0; i < 3; i++) {
      const res = await post(srv.url);
      assert.equal(res.status, 529);
      assert.equal((await res.json()).error.type, 'overloaded_error');
    }
    srv.api.script([{ ok: true }]);
    assert.equal((await post(srv.url)).status, 200, 'script steps take precedence over faults');
    srv.api.setFaults({ outage: false });
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
    assert.equal(srv.api.requests.length, 1, 'preflights and control calls are not recorded');
  });

  test('requests log, with keys redacted over HTTP', async () => {
    await post(srv.url, BODY, { 'X-Custom': 'yes' });
    await post(srv.url, 'not-json{');
    const [first, second] = srv.api.requests;
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
    assert.equal(srv.api.requests.length, 2);
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
    assert.equal(srv.api.requests.length, 0);
    const res = await post(srv.url);
    assert.equal(res.status, 200, 'queue was cleared');
    assert.equal(res.headers.get('request-id'), 'req_mock_1', 'counters were reset');
  });

  test('unknown paths fall through handle()', async () => {
    const api = createMockApi();
    assert.equal(api.handle({ url: '/index.html', method: 'GET', headers: {} }, {}), false);
    assert.equal(api.handle({ url: '/__mock/nope', method: 'GET', headers: {} }, {}), false);
    const res = await fetch(`${srv.url}/v1/models`);
    assert.equal(res.status, 404);
    assert.equal((await res.json()).error.type, 'not_found_error');
  });
});

test('fault shares follow the injected random', async () => {
  const draws = [0.05, 0.15, 0.25, 0.95, 0.1999];
  const srv = await startMockServer({ random: () => draws.shift() });
  try {
    srv.api.setFaults({ rate429: 0.1, rate529: 0.1, rate500: 0.1, retryAfterSec: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(srv.url);
      statuses.push(res.status);
      if (res.status === 429) assert.equal(res.headers.get('retry-after'), '3');
      await res.arrayBuffer();
    }
    assert.deepEqual(statuses, [429, 529, 500, 200, 529]);
    assert.equal(draws.length, 0);
  } finally {
    await srv.close();
  }
});

test('requireKey rejects requests without credentials', async () => {
  const srv = await startMockServer({ requireKey: true });
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
  const srv = await startMockServer();
  srv.api.script([{ hang: true }, { delayMs: 60_000 }]);
  const hanging = post(srv.url).then(() => 'resolved', () => 'rejected');
  const delayed = post(srv.url).then(() => 'resolved', () => 'rejected');
  await until(() => srv.api.requests.length === 2);
  const t0 = Date.now();
  await srv.close();
  assert.ok(Date.now() - t0 < 500, `close took ${Date.now() - t0} ms`);
  assert.equal(await hanging, 'rejected');
  assert.equal(await delayed, 'rejected');
});
