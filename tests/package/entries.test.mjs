// `claude-resilience/resilience` is the package without the client, over a module of its own;
// its Error classes are the very ones of `claude-resilience`, so `instanceof` holds whichever
// entry threw and whichever the user imported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import * as whole from '../../pkg/node.mjs';
import * as resilience from '../../pkg/resilience.node.mjs';

const CLIENT = ['Anthropic', 'APIPromise', 'default'];
const errorClasses = Object.keys(whole).filter((name) => whole[name]?.prototype instanceof Error);

test('the resilience entry exports every name of the package but the client', () => {
  assert.deepEqual(Object.keys(resilience).sort(), Object.keys(whole).filter((name) => !CLIENT.includes(name)).sort());
  assert.equal(resilience.VERSION, whole.VERSION);
  assert.ok(errorClasses.length > 10, `${errorClasses.length} error classes`);
});

test('its error classes are the same objects as those of the whole package', () => {
  for (const name of errorClasses) assert.equal(resilience[name], whole[name], name);
});

test('its module is a smaller one of its own', () => {
  const wasm = (file) => readFileSync(new URL(`../../pkg/${file}`, import.meta.url)).length;
  assert.ok(wasm('resilience_bg.wasm') < wasm('claude_resilience_bg.wasm'));
  assert.notEqual(resilience.CircuitBreaker, whole.CircuitBreaker, 'each entry has its own breaker class');
});

test('an open circuit of one entry throws the CircuitOpenError of the other', async () => {
  const trip = () => Promise.reject(Object.assign(new Error('unavailable'), { status: 503 }));
  for (const [from, to] of [[resilience, whole], [whole, resilience]]) {
    const breaker = new from.CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 60_000 });
    await assert.rejects(breaker.call(trip));
    await assert.rejects(breaker.call(async () => 1), (error) => {
      assert.ok(error instanceof to.CircuitOpenError, 'CircuitOpenError of the other entry');
      assert.ok(error instanceof to.AnthropicError, 'AnthropicError of the other entry');
      return true;
    });
  }
});

test("a RetryBudget belongs to its entry's module: the other entry refuses it, naming retryBudget", async () => {
  for (const [from, to] of [[resilience, whole], [whole, resilience]]) {
    const budget = new from.RetryBudget();
    let calls = 0;
    await assert.rejects(() => to.retryWithBackoff(() => calls++, { retryBudget: budget }), {
      name: 'TypeError',
      message: /retryBudget is a RetryBudget of the other entry/,
    });
    assert.equal(calls, 0);
  }
  assert.throws(() => new whole.Anthropic({ apiKey: 'sk-ant-test', retryBudget: new resilience.RetryBudget() }),
    (error) => error instanceof TypeError && /retryBudget/.test(error.message));
});

test("the client's errors are instances of the resilience entry's classes", async () => {
  const client = new whole.Anthropic({
    apiKey: 'sk-ant-test',
    maxRetries: 0,
    circuitBreaker: false,
    fetch: () => Promise.reject(new TypeError('no network')),
  });
  const params = { model: 'claude-sonnet-5-5', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] };
  await assert.rejects(client.messages.create(params), (error) => {
    assert.ok(error instanceof resilience.APIConnectionError, 'APIConnectionError');
    assert.ok(error instanceof resilience.APIError, 'APIError');
    return true;
  });
});

test("the resilience module recognises the whole package's errors (an abort is never retried)", async () => {
  let calls = 0;
  const aborted = () => {
    calls++;
    return Promise.reject(new whole.APIUserAbortError('aborted'));
  };
  await assert.rejects(resilience.retryWithBackoff(aborted, { baseDelay: 0, maxDelay: 0 }), whole.APIUserAbortError);
  assert.equal(calls, 1);
});

test('require() of the resilience entry gives the same module', () => {
  const require = createRequire(import.meta.url);
  const cjs = require('../../pkg/resilience.cjs');
  for (const name of Object.keys(resilience)) assert.equal(cjs[name], resilience[name], name);
});

test('resilience.d.ts declares every runtime name, and the client as a type only', () => {
  const types = readFileSync(new URL('../../pkg/resilience.d.ts', import.meta.url), 'utf8');
  const declared = /^export \{([^}]*)\} from '\.\/index\.js';$/m.exec(types)?.[1].split(',').map((name) => name.trim());
  assert.deepEqual(declared?.sort(), Object.keys(resilience).sort());
  assert.match(types, /^export type \* from '\.\/index\.js';$/m);
  const cjsTypes = readFileSync(new URL('../../pkg/resilience.d.cts', import.meta.url), 'utf8');
  assert.equal(cjsTypes, types.replaceAll("'./index.js'", "'./index.cjs'"));
});

test('the public classes and functions keep their names in the minified bundles', async () => {
  const { inspect } = await import('node:util');
  for (const entry of [whole, resilience]) {
    for (const name of ['CircuitBreaker', 'RetryBudget', 'retryWithBackoff', 'withFallback']) assert.equal(entry[name].name, name);
    assert.match(inspect(new entry.CircuitBreaker()), /^CircuitBreaker /);
    await entry.retryWithBackoff((context) => assert.match(inspect(context), /^AttemptContext /));
  }
  assert.equal(whole.Anthropic.name, 'Anthropic');
  assert.equal(whole.default.name, 'Anthropic');
  const client = new whole.Anthropic({ apiKey: 'sk-test' });
  assert.equal(client.messages.constructor.name, 'Messages');
});
