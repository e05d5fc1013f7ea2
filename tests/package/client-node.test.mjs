// The client in Node: what it takes from the environment, `apiKey: null`, the `fetch` option,
// and that a process that used it exits by itself (the 600 s default timeout holds no timer
// once a request has settled). Child processes run against the mock Claude API.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

import * as m from '../../pkg/node.mjs';
import { startMockClaude } from '../../pkg/testing.mjs';

const pkgUrl = new URL('../../pkg/node.mjs', import.meta.url).href;
const params = { model: 'claude-node-test', max_tokens: 16, messages: [{ role: 'user', content: 'hi from node' }] };
const EXIT_LIMIT_MS = 5_000;

/** Runs `code` (an ES module; `Anthropic` and `m` are imported) in a fresh Node process. */
function runChild(code, { env = {}, limitMs = 15_000 } = {}) {
  const source = `import * as m from ${JSON.stringify(pkgUrl)};\nconst { Anthropic } = m;\n${code}`;
  const childEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const show = (r) => `exit ${r.code} ${r.signal ?? ''} after ${r.ms.toFixed(0)} ms\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe('the client in Node', () => {
  let mock;
  before(async () => {
    mock = await startMockClaude();
  });
  after(() => mock.close());
  beforeEach(() => mock.reset());

  test('apiKey defaults to ANTHROPIC_API_KEY and baseURL to ANTHROPIC_BASE_URL', async () => {
    const result = await runChild(`
      const message = await new Anthropic().messages.create(${JSON.stringify(params)});
      console.log(message.type, message._request_id);
    `, { env: { ANTHROPIC_API_KEY: 'sk-ant-from-env-1', ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(result.code, 0, show(result));
    assert.match(result.stdout, /^message req_mock_1$/m, show(result));
    assert.equal(mock.requests.length, 1, 'the request went to ANTHROPIC_BASE_URL');
    assert.equal(mock.requests[0].headers.authorization, 'Bearer sk-ant-from-env-1');
  });

  test('an ANTHROPIC_API_KEY that is not a valid header value is refused without quoting it', async () => {
    const key = 'sk-ant-env-SECRET-6\nsk-ant-env-SECRET-7';
    const result = await runChild(`
      try {
        const client = new Anthropic({ baseURL: ${JSON.stringify(mock.url)} });
        await client.messages.create(${JSON.stringify(params)});
        console.log('sent');
      } catch (error) {
        console.log('refused', error.name);
        console.log(JSON.stringify([error.message, String(error), error.stack, JSON.stringify(error)]));
      }
    `, { env: { ANTHROPIC_API_KEY: key } });
    assert.equal(result.code, 0, show(result));
    assert.match(result.stdout, /^refused (TypeError|AnthropicError)$/m, show(result));
    assert.ok(!result.stdout.includes('SECRET'), `the key is quoted:\n${result.stdout}`);
    assert.ok(!result.stderr.includes('SECRET'), `the key is quoted:\n${result.stderr}`);
    assert.equal(mock.requests.length, 0);
  });

  test('explicit apiKey and baseURL win over the environment', async () => {
    const result = await runChild(`
      const client = new Anthropic({ apiKey: 'sk-ant-explicit-2', baseURL: ${JSON.stringify(mock.url)} });
      console.log((await client.messages.create(${JSON.stringify(params)})).type);
    `, { env: { ANTHROPIC_API_KEY: 'sk-ant-from-env-2', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9/never' } });
    assert.equal(result.code, 0, show(result));
    assert.equal(mock.requests.length, 1);
    assert.equal(mock.requests[0].headers.authorization, 'Bearer sk-ant-explicit-2');
  });

  test('authToken and ANTHROPIC_AUTH_TOKEN are sent as Authorization: Bearer; an API key wins over a token', async () => {
    const result = await runChild(`
      const p = ${JSON.stringify(params)};
      await new Anthropic({ authToken: 'tok-explicit' }).messages.create(p);
      await new Anthropic().messages.create(p);
      await new Anthropic({ apiKey: null }).messages.create(p);
      await new Anthropic({ authToken: null }).messages.create(p);
      try {
        new Anthropic({ apiKey: 'sk-ant-SECRET', authToken: 'tok-SECRET' });
      } catch (error) {
        console.log(error.name, error.message.includes('SECRET'));
      }
    `, { env: { ANTHROPIC_AUTH_TOKEN: 'tok-from-env', ANTHROPIC_API_KEY: undefined, ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(result.code, 0, show(result));
    assert.equal(result.stdout.trim(), 'TypeError false', 'both at once are refused, unquoted');
    assert.deepEqual(mock.requests.map((r) => r.headers.authorization), [
      'Bearer tok-explicit', 'Bearer tok-from-env', 'Bearer tok-from-env', undefined,
    ]);

    mock.reset();
    const both = await runChild(`
      await new Anthropic().messages.create(${JSON.stringify(params)});
    `, { env: { ANTHROPIC_AUTH_TOKEN: 'tok-from-env', ANTHROPIC_API_KEY: 'sk-ant-from-env-4', ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(both.code, 0, show(both));
    assert.equal(mock.requests[0].headers.authorization, 'Bearer sk-ant-from-env-4');
  });

  test('util.inspect of a client shows neither the key nor the token, however deep it looks', async () => {
    const { inspect } = await import('node:util');
    for (const options of [{ apiKey: 'sk-ant-inspect-SECRET' }, { apiKey: null, authToken: 'tok-inspect-SECRET' }]) {
      const client = new m.Anthropic({ baseURL: mock.url, ...options });
      for (const view of [inspect(client), inspect(client, { showHidden: true, depth: 5, getters: true }), JSON.stringify(client)]) {
        assert.ok(!view.includes('SECRET'), view);
      }
      assert.ok((client.apiKey ?? client.authToken).includes('SECRET'), 'yet it is readable');
    }
  });

  test('ANTHROPIC_LOG sets the level; without a logger, the events go to console as lines', async () => {
    mock.script([{ status: 529 }, {}]);
    const result = await runChild(`
      const client = new Anthropic({ retry: { baseDelay: 1 } });
      console.log('level', client.logLevel);
      await client.messages.create(${JSON.stringify(params)});
      const quiet = new Anthropic({ logLevel: 'off' });
      await quiet.messages.create(${JSON.stringify(params)});
    `, { env: { ANTHROPIC_LOG: 'info', ANTHROPIC_API_KEY: 'sk-ant-log-SECRET', ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(result.code, 0, show(result));
    assert.match(result.stdout, /^level info$/m);
    assert.match(result.stderr, /^claude-resilience retry POST \/v1\/messages 529 req_mock_1: /m, show(result));
    assert.match(result.stdout, /^claude-resilience response POST \/v1\/messages 200 req_mock_2/m, show(result));
    assert.ok(!/request POST/.test(result.stdout), 'debug events stay out at info');
    assert.equal((result.stdout.match(/response POST/g) ?? []).length, 1, 'logLevel: off wins over ANTHROPIC_LOG');
    assert.ok(!`${result.stdout}${result.stderr}`.includes('SECRET'));

    const ignored = await runChild(`
      const client = new Anthropic();
      console.log('level', client.logLevel);
      await client.messages.create(${JSON.stringify(params)});
    `, { env: { ANTHROPIC_LOG: 'verbose', ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(ignored.code, 0, show(ignored));
    assert.equal(ignored.stdout.trim(), 'level off', 'a value that names no level is passed over');
  });

  test('apiKey: null sends no credential, even with ANTHROPIC_API_KEY set; no key at all sends none either', async () => {
    const result = await runChild(`
      const p = ${JSON.stringify(params)};
      console.log((await new Anthropic({ apiKey: null }).messages.create(p)).type);
      console.log((await new Anthropic({ apiKey: null }).messages.countTokens(p)).input_tokens > 0);
    `, { env: { ANTHROPIC_API_KEY: 'sk-ant-from-env-3', ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(result.code, 0, show(result));
    assert.equal(mock.requests.length, 2);
    for (const request of mock.requests) {
      assert.equal(request.headers['x-api-key'], undefined, 'no x-api-key');
      assert.equal(request.headers.authorization, undefined);
      assert.equal(request.headers['anthropic-version'], '2026-10-21');
    }

    mock.reset();
    const bare = await runChild(`
      console.log((await new Anthropic().messages.create(${JSON.stringify(params)})).type);
    `, { env: { ANTHROPIC_API_KEY: undefined, ANTHROPIC_BASE_URL: mock.url } });
    assert.equal(bare.code, 0, show(bare));
    assert.equal(mock.requests[0].headers.authorization, undefined, 'no key configured: none sent');
  });

  test('a process that made successful and failed requests (default 600 s timeout) exits by itself, promptly', async (t) => {
    mock.script([
      {},                                 // create: ok
      { status: 400 },                    // create: rejected, not retried
      { status: 529 }, {},                // create: retried, ok
      { status: 529 }, { status: 529 },   // create (maxRetries 1): rejected
      {},                                 // stream: read to the end
      { streamDelayMs: 50 },              // stream: left early
      { stream: { errorAfter: 1 } },      // stream: error mid-way
      { hang: true },                     // create with a short timeout
      { hang: true },                     // create aborted by the caller
    ]);
    const result = await runChild(`
      const client = new Anthropic({ apiKey: 'sk-ant-exit-4', baseURL: ${JSON.stringify(mock.url)},
        retry: { baseDelay: 1, maxDelay: 10 } });
      const p = ${JSON.stringify(params)};
      const report = (label) => [(v) => console.log(label, 'ok'), (e) => console.log(label, e.name)];
      await client.messages.create(p).then(...report('create'));
      await client.messages.create(p).then(...report('400'));
      await client.messages.create(p).then(...report('529 then ok'));
      await client.messages.create(p, { maxRetries: 1 }).then(...report('529 twice'));
      await client.messages.stream(p).finalText().then(...report('stream'));
      for await (const event of client.messages.stream(p)) if (event.type === 'content_block_delta') break;
      console.log('stream left early');
      await client.messages.stream(p).finalMessage().then(...report('stream error'));
      await client.messages.create(p, { timeout: 50, maxRetries: 0 }).then(...report('timeout'));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      await client.messages.create(p, { signal: controller.signal }).then(...report('abort'));
      console.log('done');
    `, { limitMs: 20_000 });
    assert.equal(result.signal, null, `killed: something kept the process alive\n${show(result)}`);
    assert.equal(result.code, 0, show(result));
    for (const line of ['create ok', '400 BadRequestError', '529 then ok ok', '529 twice OverloadedError', 'stream ok',
      'stream left early', 'stream error OverloadedError', 'timeout APIConnectionTimeoutError', 'abort APIUserAbortError', 'done']) {
      assert.ok(result.stdout.split('\n').includes(line), `printed "${line}"\n${show(result)}`);
    }
    t.diagnostic(`the child exited after ${result.ms.toFixed(0)} ms`);
    assert.ok(result.ms < EXIT_LIMIT_MS, `the process took ${result.ms.toFixed(0)} ms to exit (limit ${EXIT_LIMIT_MS} ms, timeout 600 s)\n${show(result)}`);
  });

  test('the fetch option is used for every request, with the URL and the init the client built', async () => {
    const calls = [];
    const recordingFetch = (url, init) => {
      calls.push({ url: String(url), init });
      return fetch(url, init);
    };
    mock.script([{ status: 529 }, {}]);
    const client = new m.Anthropic({ apiKey: 'sk-ant-fetch-5', baseURL: mock.url, fetch: recordingFetch, retry: { baseDelay: 1 } });
    const message = await client.messages.create(params);
    assert.equal(message.type, 'message');
    const text = await client.messages.stream(params).finalText();
    assert.equal(text, message.content[0].text);
    await client.messages.countTokens(params);
    assert.deepEqual(calls.map((c) => c.url), [
      `${mock.url}/v1/messages`, `${mock.url}/v1/messages`, `${mock.url}/v1/messages`, `${mock.url}/v1/messages/count_tokens`,
    ]);
    assert.equal(mock.requests.length, 4, 'every request went through the given fetch');
    const { init } = calls[0];
    assert.equal(init.method, 'POST');
    assert.deepEqual(JSON.parse(init.body), params);
    const headers = new Headers(init.headers);
    assert.equal(headers.get('authorization'), 'Bearer sk-ant-fetch-5');
    assert.equal(headers.get('anthropic-version'), '2026-10-21');
    assert.ok(init.signal instanceof AbortSignal, 'a signal for the timeout and the caller\'s abort');

    // A fetch that fails is a connection error; one that resolves to something else is too.
    const failing = new m.Anthropic({ apiKey: 'k', baseURL: mock.url, maxRetries: 0, fetch: async () => { throw new TypeError('offline'); } });
    await assert.rejects(failing.messages.create(params), m.APIConnectionError);
    const odd = new m.Anthropic({ apiKey: 'k', baseURL: mock.url, maxRetries: 0, fetch: async () => ({ ok: true }) });
    await assert.rejects(odd.messages.create(params), m.APIConnectionError);
  });
});
