// The subpaths of the official SDK's messages surface, imported by name as from node_modules
// (through the package's `exports`): `claude-resilience/core/error` and `/error` (every error
// class), `claude-resilience/resources/messages` and `/resources` (the `Messages` class and
// the error classes the SDK declares there),
// `claude-resilience/core/api-promise` and `/api-promise` (the `APIPromise` class),
// `claude-resilience/lib/MessageStream` (the `MessageStream` class) and `/core/streaming` and
// `/streaming` (the `Stream` class), in ESM and CommonJS, each the very classes of the package's
// root; their declarations name what they export at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import * as root from '../../pkg/node.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = join(repo, 'pkg');
const project = join(repo, 'target/subpaths');
rmSync(project, { recursive: true, force: true });
mkdirSync(join(project, 'node_modules'), { recursive: true });
symlinkSync(pkgDir, join(project, 'node_modules/claude-resilience'));
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'subpaths-user', private: true, type: 'module' }));

const ERRORS = ['core/error', 'error'];
const MESSAGES = ['resources/messages', 'resources'];
const API_PROMISE = ['core/api-promise', 'api-promise'];
const MESSAGE_STREAM = ['lib/MessageStream'];
const STREAMING = ['core/streaming', 'streaming'];
const errorNames = Object.keys(root).filter((name) => root[name]?.prototype instanceof Error).sort();

/** `claude-resilience/<subpath>` as an ES module imported from the project. */
async function esm(subpath) {
  const file = join(project, `${subpath.replaceAll('/', '-')}.mjs`);
  writeFileSync(file, `export * from 'claude-resilience/${subpath}';\n`);
  return import(pathToFileURL(file).href);
}
const cjs = (subpath) => createRequire(join(project, 'index.js'))(`claude-resilience/${subpath}`);

test('core/error and error: every error class of the root, the same objects, in ESM and CommonJS', async () => {
  assert.ok(errorNames.length >= 24, `${errorNames.length} error classes`);
  const sdkNames = ['AnthropicError', 'APIError', 'APIUserAbortError', 'APIConnectionError', 'APIConnectionTimeoutError',
    'RetryableError', 'BadRequestError', 'AuthenticationError', 'PaymentRequiredError', 'PermissionDeniedError',
    'NotFoundError', 'RequestTimeoutError', 'ConflictError', 'PreconditionFailedError', 'ContentTooLargeError',
    'UnprocessableEntityError', 'RateLimitError', 'RequestHeaderFieldsTooLargeError', 'ClientClosedRequestError',
    'InternalServerError', 'NotImplementedError', 'ServiceUnavailableError', 'GatewayTimeoutError', 'OverloadedError'];
  for (const subpath of ERRORS) {
    for (const [flavour, module] of [['esm', await esm(subpath)], ['cjs', cjs(subpath)]]) {
      const names = Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule').sort();
      assert.deepEqual(names, errorNames, `${flavour} ${subpath}: the root's error classes, no more`);
      for (const name of names) assert.equal(module[name], root[name], `${flavour} ${subpath}: ${name} is the root's`);
      for (const name of sdkNames) assert.ok(name in module, `${flavour} ${subpath}: ${name}, as the SDK's core/error`);
    }
  }
});

test("an error the client throws is an instance of core/error's class", async () => {
  const { RateLimitError, APIError } = await esm('core/error');
  const client = new root.Anthropic({
    apiKey: 'sk-ant-test',
    maxRetries: 0,
    circuitBreaker: false,
    fetch: async () => new Response('{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}', { status: 429 }),
  });
  const params = { model: 'claude-sonnet-5-5', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] };
  await assert.rejects(client.messages.create(params), (error) => error instanceof RateLimitError && error instanceof APIError);
});

test('resources/messages and resources: the Messages class of client.messages (Anthropic.Messages), in ESM and CommonJS', async () => {
  const client = new root.Anthropic({ apiKey: 'sk-ant-test' });
  assert.equal(typeof root.Anthropic.Messages, 'function');
  assert.ok(!Object.keys(root.Anthropic).includes('Messages'), 'a non-enumerable static');
  for (const subpath of MESSAGES) {
    for (const [flavour, module] of [['esm', await esm(subpath)], ['cjs', cjs(subpath)]]) {
      const errors = Object.keys(module).filter((name) => /Error$/.test(name));
      assert.deepEqual(Object.keys(module).filter((name) => name !== '__esModule' && !errors.includes(name)), ['Messages'], `${flavour} ${subpath}`);
      assert.equal(module.Messages, root.Anthropic.Messages, `${flavour} ${subpath}: the root's class`);
      assert.equal(errors.length, 18, `${flavour} ${subpath}: the error classes of the SDK's resources/messages`);
      for (const name of errors) assert.equal(module[name], root.Anthropic[name], `${flavour} ${subpath}: ${name} is Anthropic.${name}`);
      assert.ok(new module.ImageDimensionsTooLargeError('x') instanceof root.BadRequestError);
      assert.ok(client.messages instanceof module.Messages, `${flavour} ${subpath}: client.messages is one`);
    }
  }
});

test('core/api-promise and api-promise: the APIPromise class that create() returns, in ESM and CommonJS', async () => {
  const client = new root.Anthropic({ apiKey: 'sk-ant-test', fetch: () => Promise.reject(new TypeError('offline')), maxRetries: 0 });
  const pending = client.messages.countTokens({ model: 'claude-sonnet-5-5', messages: [] });
  await assert.rejects(pending, root.APIConnectionError);
  for (const subpath of API_PROMISE) {
    for (const [flavour, module] of [['esm', await esm(subpath)], ['cjs', cjs(subpath)]]) {
      assert.deepEqual(Object.keys(module).filter((name) => name !== '__esModule'), ['APIPromise'], `${flavour} ${subpath}`);
      assert.equal(module.APIPromise, root.APIPromise, `${flavour} ${subpath}: the root's class`);
      assert.ok(pending instanceof module.APIPromise, `${flavour} ${subpath}: what countTokens returned is one`);
    }
  }
});

test('lib/MessageStream, core/streaming and streaming: the classes of messages.stream() and create({ stream: true }), in ESM and CommonJS', async () => {
  const client = new root.Anthropic({ apiKey: 'sk-ant-test', fetch: () => Promise.reject(new TypeError('offline')), maxRetries: 0 });
  const stream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 8, messages: [] });
  await assert.rejects(stream.done(), root.APIConnectionError);
  for (const [subpaths, name] of [[MESSAGE_STREAM, 'MessageStream'], [STREAMING, 'Stream']]) {
    assert.ok(!Object.keys(root.Anthropic).includes(name), `${name}: a non-enumerable static of the client class`);
    for (const subpath of subpaths) {
      for (const [flavour, module] of [['esm', await esm(subpath)], ['cjs', cjs(subpath)]]) {
        assert.deepEqual(Object.keys(module).filter((key) => key !== '__esModule'), [name], `${flavour} ${subpath}`);
        assert.equal(module[name], root.Anthropic[name], `${flavour} ${subpath}: one class`);
        assert.equal(module[name].name, name, `${flavour} ${subpath}: ${name}.name survives the minifier`);
        assert.equal(typeof module[name].fromReadableStream, 'function', `${flavour} ${subpath}: ${name}.fromReadableStream`);
      }
    }
  }
  assert.ok(stream instanceof root.Anthropic.MessageStream, 'messages.stream() returns one');
});

test('the declarations of each subpath name its runtime exports, for ESM and CommonJS', () => {
  const pkgJson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const subpath of [...ERRORS, ...MESSAGES, ...API_PROMISE, ...MESSAGE_STREAM, ...STREAMING, 'helpers/json-schema', 'helpers/zod']) {
    const entry = pkgJson.exports[`./${subpath}`];
    assert.ok(entry, `./${subpath} is in the exports map`);
    assert.equal(Object.keys(entry.node.import)[0], 'types', `./${subpath}: "types" first`);
    assert.equal(Object.keys(entry.node.require)[0], 'types');
    assert.equal(entry.types, entry.node.import.types);
    assert.match(entry.node.require.types, /\.d\.cts$/);
    assert.ok(entry.default.endsWith('.mjs'), 'browsers and bundlers get an ES module');
    const esmTypes = readFileSync(join(pkgDir, entry.node.import.types), 'utf8');
    const cjsTypes = readFileSync(join(pkgDir, entry.node.require.types), 'utf8');
    assert.ok(esmTypes.includes("from './index.js'") && cjsTypes.includes("from './index.cjs'"), `${subpath}: ESM and CJS flavours`);
  }
  const errorTypes = readFileSync(join(pkgDir, 'core-error.d.ts'), 'utf8');
  const declared = /export \{([^}]*)\} from/.exec(errorTypes)[1].split(',').map((name) => name.trim()).sort();
  assert.deepEqual(declared, errorNames, 'core/error declares every class it exports');
  const messageTypes = readFileSync(join(pkgDir, 'resources-messages.d.ts'), 'utf8');
  assert.match(messageTypes, /export declare const Messages\b/);
  assert.match(messageTypes, /export type \* from '\.\/index\.js'/);
});
