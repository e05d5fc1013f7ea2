// The one list of error classes (src/js/errors.js) against what is derived from it — the
// package's exports, Anthropic's statics, the declarations — and against the official SDK
// 1.15 itself: its classes, their constructors and fields, and the error each response status
// (and each error code the SDK has a class for) ends in when both clients meet the same mock API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as SDKErrors from '@anthropic-ai/sdk/core/error';
import * as SDKMessages from '@anthropic-ai/sdk/resources/messages';
import SDK from '@anthropic-ai/sdk';

import * as m from '../../pkg/node.mjs';
import { ERROR_CLASSES, ERROR_ALIASES, errorClasses, errorCodeClasses } from '../../src/js/errors.js';
import { startMockClaude } from '../../pkg/testing.mjs';

const declarations = readFileSync(new URL('../../pkg/index.d.ts', import.meta.url), 'utf8');
/** The classes of the package's root; the others are picked by error code. */
const names = ERROR_CLASSES.filter(([, , , code]) => code === undefined).map(([name]) => name);
const byCode = ERROR_CLASSES.filter(([, , , code]) => code !== undefined);

/** Our class names that the SDK does not have, and the one that stands between them. */
const OURS_ONLY = ['APIStatusError', 'CircuitOpenError'];
const sdkClassNames = Object.keys(SDKErrors).filter((name) => typeof SDKErrors[name] === 'function');

/** The chain of class names from `cls` up to Error, without our APIStatusError. */
function chain(cls) {
  const out = [];
  for (let c = cls; c && c !== Error && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const name = Object.hasOwn(c.prototype, 'name') ? c.prototype.name : c.name;
    if (name !== 'APIStatusError') out.push(name);
  }
  return out;
}

describe('the list and what is derived from it', () => {
  test('every class and alias of the list is a runtime export and a static of Anthropic', () => {
    assert.ok(names.length >= 26, `${names.length} classes`);
    for (const [name, cls] of Object.entries(errorClasses)) {
      assert.equal(typeof m[name], 'function', `${name} is exported`);
      assert.equal(m.Anthropic[name], m[name], `Anthropic.${name}`);
      assert.equal(m[name].prototype.name, cls.prototype.name, `${name} is the list's class`);
    }
    for (const [alias, target] of Object.entries(ERROR_ALIASES)) {
      assert.equal(m[alias], m[target], `${alias} is ${target}`);
    }
    const exported = Object.keys(m).filter((name) => /Error$/.test(name));
    assert.deepEqual(exported.sort(), Object.keys(errorClasses).sort(), 'no error class outside the list');
  });

  test('the classes are built as the list says: name, parent, one identity', () => {
    for (const [name, parent] of ERROR_CLASSES) {
      const base = parent === 'Error' ? Error : m.Anthropic[parent];
      assert.equal(Object.getPrototypeOf(m.Anthropic[name]), base, `${name} extends ${parent}`);
      assert.equal(m.Anthropic[name].name, name, `${name}.name`);
      assert.equal(new m.Anthropic[name]('x').name, name, `an instance's name`);
    }
  });

  test('the classes by error code: statics of Anthropic, not root exports; those of resources/messages there and on Anthropic.Messages', async () => {
    assert.equal(byCode.length, 36);
    const subpath = await import('../../pkg/resources-messages.node.mjs');
    for (const [name, , , , module] of byCode) {
      assert.equal(m.Anthropic[name], errorCodeClasses[module][name] && m.Anthropic[name], `Anthropic.${name}`);
      assert.ok(!Object.keys(m.Anthropic).includes(name), `Anthropic.${name} is not enumerable`);
      assert.equal(m[name], undefined, `${name} is not a root export, as in the SDK`);
      assert.equal(typeof SDK[name], 'function', `the SDK has Anthropic.${name}`);
      const inMessages = module === 'messages';
      assert.equal(typeof SDKMessages[name] === 'function', inMessages, `${name}: in the SDK's resources/messages iff listed so`);
      assert.equal(subpath[name], inMessages ? m.Anthropic[name] : undefined, `resources/messages exports ${name} iff the SDK's does`);
      assert.equal(m.Anthropic.Messages[name], inMessages ? m.Anthropic[name] : undefined, `Anthropic.Messages.${name}`);
      assert.deepEqual(chain(m.Anthropic[name]), chain(SDK[name]), `${name}: the chain of classes`);
    }
    const sdkMessagesErrors = Object.keys(SDKMessages).filter((key) => /Error$/.test(key)).sort();
    assert.deepEqual(Object.keys(subpath).filter((key) => key !== 'Messages').sort(), sdkMessagesErrors, 'every error class of the SDK\'s resources/messages');
  });

  test('pkg/index.d.ts declares every class of the list with its parent, every alias, every static', () => {
    for (const [name, parent] of ERROR_CLASSES.filter(([, , , code]) => code === undefined)) {
      const declared = new RegExp(`^export declare class ${name} extends ${parent}\\b`, 'm');
      assert.match(declarations, declared, `export declare class ${name} extends ${parent}`);
    }
    for (const [alias, target] of Object.entries(ERROR_ALIASES)) {
      const asClass = new RegExp(`^export declare class ${alias} extends ${target} \\{\\}`, 'm');
      const asConst = new RegExp(`^export declare const ${alias}: typeof ${target};`, 'm');
      assert.ok(asClass.test(declarations) || asConst.test(declarations), `${alias} is declared as ${target}`);
    }
    const client = declarations.slice(declarations.indexOf('export declare class Anthropic '));
    for (const name of Object.keys(errorClasses)) {
      assert.match(client, new RegExp(`static readonly ${name}: typeof \\w+;`), `static ${name}`);
    }
    const namespace = declarations.slice(declarations.indexOf('export declare namespace Anthropic '));
    const subpath = readFileSync(new URL('../../pkg/resources-messages.d.ts', import.meta.url), 'utf8');
    for (const [name, parent, , , module] of byCode) {
      assert.match(namespace, new RegExp(`^  export class ${name} extends ${parent} \\{\\}$`, 'm'), `Anthropic.${name} extends ${parent}`);
      assert.equal(subpath.includes(`export import ${name} = Anthropic.${name};`), module === 'messages', `resources/messages declares ${name}`);
    }
  });
});

describe('the classes against @anthropic-ai/sdk/core/error', () => {
  test('every class of the SDK exists here with its name and place in the hierarchy', () => {
    assert.ok(sdkClassNames.length >= 24, `${sdkClassNames.length} SDK classes`);
    for (const name of sdkClassNames) {
      assert.equal(typeof m[name], 'function', `${name} is exported`);
      assert.deepEqual(chain(m[name]), chain(SDKErrors[name]), `${name}: the chain of classes`);
      assert.equal(m.Anthropic[name], m[name], `Anthropic.${name}`);
    }
    const extra = names.filter((name) => !sdkClassNames.includes(name));
    assert.deepEqual(extra, OURS_ONLY, 'the classes this package adds');
    assert.equal(m.RequestTooLargeError, m.ContentTooLargeError, 'RequestTooLargeError is ContentTooLargeError');
  });

  test("the SDK's constructor form gives the SDK's message and fields", () => {
    const headers = new Headers({ 'request-id': 'req_h', 'anthropic-workspace-id': 'wrk_1' });
    const body = {
      type: 'error',
      error: { type: 'rate_limit_error', message: 'slow down', details: { error_code: 'mock_code', retry: 1 } },
      request_id: 'req_b',
    };
    const argsList = [
      [429, body, undefined, headers],
      [503, { error: { message: 'down' } }, undefined, new Headers()],
      [500, undefined, 'raw text', headers],
      [418, undefined, undefined, headers],
      [400, { message: 'top-level message' }, undefined, headers],
      [400, { message: { nested: true } }, undefined, headers],
      [400, body, undefined, headers, 'given_type'],
      [undefined, undefined, 'only a message', undefined],
      [undefined, undefined, undefined, undefined],
    ];
    const fields = ['message', 'status', 'headers', 'requestID', 'workspaceID', 'error', 'apiMessage', 'type', 'errorCode', 'details'];
    for (const args of argsList) {
      for (const name of ['APIError', 'RateLimitError', 'InternalServerError', 'OverloadedError']) {
        const ours = new m[name](...args);
        const theirs = new SDKErrors[name](...args);
        for (const field of fields) assert.deepEqual(ours[field], theirs[field], `${name}(${JSON.stringify(args)}).${field}`);
        assert.equal(ours.name, theirs.name);
        assert.equal(String(ours), String(theirs));
      }
    }
    const ours = new m.APIError(...argsList[0]);
    assert.equal(ours.requestId, 'req_h', 'our requestId beside requestID');
    assert.equal(ours.retryAfterMs, null);
    assert.equal(new m.APIError(400, body, undefined, undefined).requestId, 'req_b', 'else the body\'s request_id');
  });

  test("the SDK's forms of the connection, abort and retryable errors", () => {
    const cause = new Error('socket hang up');
    const pairs = [
      ['APIConnectionError', [{}]],
      ['APIConnectionError', [{ message: 'custom', cause }]],
      ['APIConnectionError', [{ message: '' }]],
      ['APIConnectionTimeoutError', []],
      ['APIConnectionTimeoutError', [{ message: 'slow' }]],
      ['APIConnectionTimeoutError', [{ message: '' }]],
      ['APIUserAbortError', []],
      ['APIUserAbortError', [{ message: 'stopped' }]],
      ['RetryableError', []],
      ['RetryableError', ['again', { cause }]],
    ];
    for (const [name, args] of pairs) {
      const ours = new m[name](...args);
      const theirs = new SDKErrors[name](...args);
      const label = `${name}(${JSON.stringify(args)})`;
      for (const field of ['name', 'message', 'status', 'headers', 'requestID', 'error', 'type', 'cause']) {
        assert.deepEqual(ours[field], theirs[field], `${label}.${field}`);
      }
      assert.equal(ours instanceof m.APIError, theirs instanceof SDKErrors.APIError, `${label} instanceof APIError`);
    }
  });
});

describe('the error of each response status, beside the SDK against the same mock', () => {
  let mock;
  let ours;
  let theirs;
  before(async () => {
    mock = await startMockClaude();
    ours = new m.Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.url, maxRetries: 0, circuitBreaker: false });
    theirs = new SDK({ apiKey: 'sk-ant-test', baseURL: mock.url, maxRetries: 0 });
  });
  after(() => mock.close());

  const params = { model: 'claude-sonnet-5-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] };
  const statuses = [400, 401, 402, 403, 404, 405, 408, 409, 412, 413, 418, 422, 429, 431, 451, 499, 500, 501, 502, 503, 504, 505, 529, 599];

  async function failure(client, step) {
    mock.reset();
    mock.script([step]);
    return client.messages.create(params).then(() => assert.fail('expected a rejection'), (error) => error);
  }

  async function compare(step, label) {
    const a = await failure(ours, step);
    const b = await failure(theirs, step);
    const expected = b.constructor === SDKErrors.APIError ? 'APIStatusError' : b.name;
    assert.equal(a.name, expected, `${label}: the class`);
    assert.ok(a instanceof m.Anthropic[b.name], `${label}: instanceof ${b.name}`);
    for (const field of ['message', 'status', 'requestID', 'workspaceID', 'apiMessage', 'type', 'errorCode', 'details']) {
      assert.deepEqual(a[field], b[field], `${label}: ${field}`);
    }
    if (b.error !== undefined) assert.deepEqual(a.error, b.error, `${label}: error`);
    assert.equal(a.requestId, b.requestID, `${label}: requestId`);
    return a;
  }

  test('a JSON error body, with details and a workspace header', async () => {
    for (const status of statuses) {
      await compare({
        status,
        headers: { 'anthropic-workspace-id': 'wrk_mock' },
        body: { type: 'error', error: { type: 'api_error', message: `failed ${status}`, details: { error_code: 'mock_code' } }, request_id: 'req_body' },
      }, `status ${status} JSON`);
    }
  });

  test("the mock's own error bodies", async () => {
    for (const status of statuses) await compare({ status }, `status ${status}`);
  });

  test('an error code the SDK has a class for picks that class, for its status only', async () => {
    for (const [name, , status, code] of byCode) {
      const body = { type: 'error', error: { type: 'api_error', message: `failed ${code}`, details: { error_code: code } }, request_id: 'req_code' };
      const error = await compare({ status, body }, `${status} ${code}`);
      assert.equal(error.name, name);
      assert.ok(error instanceof m.Anthropic[name]);
      const other = await compare({ status: status === 400 ? 422 : 400, body }, `${code} under another status`);
      assert.ok(!(other instanceof m.Anthropic[name]));
    }
    await compare({ status: 400, body: { type: 'error', error: { type: 'x', message: 'y', details: { error_code: 7 } } } }, 'a code that is not a string');
  });

  test('a body that is not JSON, and an empty one: the text stays in `error`', async () => {
    for (const status of [413, 502, 503]) {
      const html = '<html><body>bad gateway</body></html>';
      const error = await compare({ status, raw: html, contentType: 'text/html' }, `status ${status} HTML`);
      assert.equal(error.error, html, 'the raw text, as this package documents');
      await compare({ status, raw: '' }, `status ${status} empty`);
    }
  });
});
