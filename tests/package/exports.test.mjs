// The package's runtime exports match the contract (`../shared/contract/claude-resilience.d.ts`
// beside the repository): every value the contract exports exists at runtime with the right
// kind, nothing undeclared leaks out of the entries, and the shipped .d.ts declares every name.
// Without the contract the tests that compare against it fail: they are the point of this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import * as m from '../../pkg/node.mjs';

const pkgDir = fileURLToPath(new URL('../../pkg/', import.meta.url));
const contractUrl = new URL('../../../shared/contract/claude-resilience.d.ts', import.meta.url);
const indexTypes = readFileSync(new URL('index.d.ts', `file://${pkgDir}`), 'utf8');
/** index.d.ts with the declaration files it re-exports whole (`export * from './messages.js'`). */
const shippedTypes = [
  indexTypes,
  ...[...indexTypes.matchAll(/^export (?:type )?\* from '\.\/(\w+)\.js';$/gm)].map(([, file]) =>
    readFileSync(new URL(`${file}.d.ts`, `file://${pkgDir}`), 'utf8'),
  ),
].join('\n');

/** The contract's source; a missing contract is a failure, never a skip. */
function contract() {
  assert.ok(existsSync(contractUrl), `the contract is missing: expected ${fileURLToPath(contractUrl)}`);
  return readFileSync(contractUrl, 'utf8');
}

/** `export declare class|function|const Name`, `export type|interface Name`, `export default Name`. */
function exportsOf(source) {
  const values = new Map();
  for (const [, kind, name] of source.matchAll(/^export\s+declare\s+(?:abstract\s+)?(class|function|const|let|var|enum)\s+(\w+)/gm)) {
    values.set(name, kind);
  }
  const types = new Set([...source.matchAll(/^export\s+(?:declare\s+)?(?:type|interface)\s+(\w+)/gm)].map(([, name]) => name));
  const defaultName = source.match(/^export\s+default\s+(\w+)/m)?.[1] ?? null;
  return { values, types, defaultName };
}

/** The runtime names the package must have, with their kind; kept by hand so a contract change
 *  shows up here as a failure. The client (Anthropic, default) is checked separately below. */
const RUNTIME = {
  retryWithBackoff: 'function',
  withFallback: 'function',
  CircuitBreaker: 'class',
  AnthropicError: 'class',
  APIError: 'class',
  APIConnectionError: 'class',
  APIConnectionTimeoutError: 'class',
  APIUserAbortError: 'class',
  APIStatusError: 'class',
  BadRequestError: 'class',
  AuthenticationError: 'class',
  PermissionDeniedError: 'class',
  NotFoundError: 'class',
  ConflictError: 'class',
  RequestTooLargeError: 'class',
  UnprocessableEntityError: 'class',
  RateLimitError: 'class',
  InternalServerError: 'class',
  OverloadedError: 'class',
  CircuitOpenError: 'class',
  InvalidRequestError: 'const',
  PermissionError: 'const',
  VERSION: 'const',
};
const CLIENT = ['Anthropic'];
/** Values the package adds to the contract, with their kind; declared in index.d.ts too. */
const ADDED = { RetryBudget: 'class' };

test('the list of runtime names matches the value exports of the contract', () => {
  const { values } = exportsOf(contract());
  const contractValues = Object.fromEntries([...values].filter(([name]) => !CLIENT.includes(name)));
  assert.deepEqual(
    Object.keys(contractValues).sort(),
    Object.keys(RUNTIME).sort(),
    'RUNTIME lists the value exports of the contract',
  );
  for (const [name, kind] of Object.entries(RUNTIME)) assert.equal(contractValues[name], kind, `${name} is a ${kind}`);
});

test('every value export exists in pkg/node.mjs with the right kind', () => {
  for (const [name, kind] of Object.entries({ ...RUNTIME, ...ADDED })) {
    assert.ok(name in m, `${name} is exported`);
    if (kind === 'class' || kind === 'function') assert.equal(typeof m[name], 'function', `${name} is callable`);
  }
  for (const name of ['CircuitBreaker', 'APIError', 'CircuitOpenError']) {
    assert.ok(/^class\b/.test(Function.prototype.toString.call(m[name])) || typeof m[name].prototype === 'object',
      `${name} is constructible`);
  }
  assert.equal(typeof m.VERSION, 'string');
  assert.equal(m.InvalidRequestError, m.BadRequestError, 'InvalidRequestError: typeof BadRequestError');
  assert.equal(m.PermissionError, m.PermissionDeniedError, 'PermissionError: typeof PermissionDeniedError');
  const pkgJson = JSON.parse(readFileSync(new URL('package.json', `file://${pkgDir}`), 'utf8'));
  assert.equal(m.VERSION, pkgJson.version, 'VERSION is the version of package.json');
});

test('types exported by the contract have no runtime value (they are types only)', () => {
  const { types } = exportsOf(contract());
  assert.ok(types.size > 10, `parsed ${types.size} type exports`);
  for (const name of types) assert.ok(!(name in m), `${name} is a type, not a runtime export`);
});

test('nothing undeclared leaks: every runtime export is declared in pkg/index.d.ts', () => {
  const shipped = exportsOf(shippedTypes);
  for (const name of Object.keys(m)) {
    if (name === 'default') {
      assert.ok(shipped.defaultName, 'a runtime default export is declared in index.d.ts');
      continue;
    }
    assert.ok(shipped.values.has(name), `runtime export ${name} is not declared as a value in pkg/index.d.ts`);
  }
});

test('pkg/index.d.ts declares every name of the contract (values and types)', () => {
  const declared = exportsOf(contract());
  const shipped = exportsOf(shippedTypes);
  for (const [name, kind] of declared.values) assert.equal(shipped.values.get(name), kind, `index.d.ts declares ${kind} ${name}`);
  for (const name of declared.types) assert.ok(shipped.types.has(name), `index.d.ts exports type ${name}`);
  assert.equal(shipped.defaultName, declared.defaultName, 'the same default export');
});

test('the CommonJS entry exports the same names', () => {
  const require = createRequire(import.meta.url);
  const cjs = require('../../pkg/index.cjs');
  for (const name of Object.keys({ ...RUNTIME, ...ADDED })) assert.equal(cjs[name], m[name], name);
  assert.equal(cjs.Anthropic, m.Anthropic, 'Anthropic');
  assert.equal(cjs.default, m.Anthropic, 'the default export is Anthropic in CommonJS too');
});

test('package.json: every entry the exports map names is shipped', () => {
  const pkgJson = JSON.parse(readFileSync(new URL('package.json', `file://${pkgDir}`), 'utf8'));
  const targets = [];
  const walk = (node) => (typeof node === 'string' ? targets.push(node) : Object.values(node).forEach(walk));
  walk(pkgJson.exports);
  targets.push(pkgJson.main, pkgJson.types);
  for (const target of targets) {
    assert.ok(existsSync(new URL(target, `file://${pkgDir}`)), `${target} exists in pkg/`);
    const top = target.replace(/^\.\//, '').split('/')[0];
    if (top !== 'package.json') {
      assert.ok(pkgJson.files.some((f) => f.replace(/\/$/, '') === top), `${target} is in "files"`);
    }
  }
  // TypeScript takes the first matching condition: in each set of file targets "types" comes
  // first, and Node's `require` gets the CommonJS flavour of the declarations.
  const leaves = [];
  const collect = (node) => {
    if (typeof node === 'string') return;
    if (Object.values(node).every((value) => typeof value === 'string')) leaves.push(node);
    Object.values(node).forEach(collect);
  };
  collect(pkgJson.exports['.']);
  for (const conditions of leaves) {
    if ('types' in conditions) assert.equal(Object.keys(conditions)[0], 'types', `"types" first in ${JSON.stringify(conditions)}`);
  }
  assert.equal(pkgJson.exports['.'].types, './index.d.ts', 'bundlers get the ESM declarations');
  assert.equal(pkgJson.exports['.'].node.import.types, './index.d.ts', 'Node import gets the ESM declarations');
  assert.equal(pkgJson.exports['.'].node.require.types, './index.d.cts', 'Node require gets the CommonJS declarations');
});

// The client is exercised by its own tests; here only that the entry exposes it as the contract says.
test('client exports: Anthropic, the default export, and the error classes as its statics', () => {
  assert.equal(typeof m.Anthropic, 'function', 'Anthropic is exported');
  assert.equal(m.default, m.Anthropic, 'the default export is Anthropic');
  for (const [name, kind] of Object.entries(RUNTIME)) {
    if (kind !== 'class' || name === 'CircuitBreaker') continue;
    assert.equal(m.Anthropic[name], m[name], `Anthropic.${name}`);
  }
});
