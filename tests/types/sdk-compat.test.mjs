// The package's Messages API types against @anthropic-ai/sdk 1.15's, in a scratch project where
// both are installed (pkg/ as node_modules/claude-resilience, the SDK linked from the repo's
// node_modules), compiled with tsc --strict:
// - sdk-compat.ts: the SDK's types through our client and back, narrowing as with the SDK;
// - names.ts, written here from the SDK's own `Anthropic` namespace: every type name it offers
//   for messages, and those of its nested namespaces (`Anthropic.Tool.InputSchema`), exists as
//   `Anthropic.X` and `Anthropic.Messages.X` and is assignable to the SDK's and back, so a field
//   that diverges fails with tsc naming the type and the field.
// The SDK's declarations refer to Node's types: skipLibCheck, as the drop-in test does for them;
// ours are checked without it by installed.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(repo, 'node_modules/.bin/tsc');
const sdk = join(repo, 'node_modules/@anthropic-ai/sdk');

/** The type names the SDK's `Anthropic` namespace takes from resources/messages. */
function sdkMessageTypeNames() {
  const client = readFileSync(join(sdk, 'client.d.ts'), 'utf8');
  const line = client.split('\n').find((l) => l.trimStart().startsWith('export { Messages as Messages,'));
  assert.ok(line, "the SDK's client.d.ts has its Messages export line");
  return [...line.matchAll(/\btype (\w+) as \w+/g)].map((m) => m[1]);
}

/** `Outer.Inner` for the type members of the SDK's namespaces in messages.d.ts. */
function sdkNestedNames() {
  const source = readFileSync(join(sdk, 'resources/messages/messages.d.ts'), 'utf8');
  const nested = [];
  for (const [, outer, body] of source.matchAll(/^export declare namespace (\w+) \{\n([\s\S]*?)^\}/gm)) {
    if (outer === 'Messages') continue;
    for (const [, inner] of body.matchAll(/^ {4}(?:interface|type) (\w+)/gm)) nested.push(`${outer}.${inner}`);
  }
  return nested;
}

function namesSource(names, nested) {
  const lines = [
    "import type SDK from '@anthropic-ai/sdk';",
    "import type Anthropic from 'claude-resilience';",
    'declare function value<T>(): T;',
  ];
  for (const name of [...names, ...nested]) {
    const id = name.replace('.', '_');
    lines.push(
      `export const ours_${id}: Anthropic.${name} = value<SDK.${name}>();`,
      `export const theirs_${id}: SDK.${name} = value<Anthropic.${name}>();`,
    );
  }
  for (const name of names) lines.push(`export const nested_${name}: Anthropic.Messages.${name} = value<Anthropic.${name}>();`);
  return `${lines.join('\n')}\n`;
}

test('messages.d.ts is what scripts/messages-types.mjs writes from the SDK', () => {
  try {
    execFileSync(process.execPath, [join(repo, 'scripts/messages-types.mjs'), '--check'], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`${error.stdout}${error.stderr}`);
  }
});

test("every messages type of the SDK's Anthropic namespace is ours too, assignable both ways, and our client takes and gives the SDK's types", () => {
  const names = sdkMessageTypeNames();
  assert.ok(names.length > 400, `the SDK's namespace lists its message types (found ${names.length})`);
  for (const core of ['MessageParam', 'Message', 'Tool', 'ToolUseBlock', 'MessageCreateParams', 'Model', 'RawMessageStreamEvent', 'Usage']) {
    assert.ok(names.includes(core), `${core} is among the names read from the SDK`);
  }
  const nested = sdkNestedNames();
  assert.ok(nested.includes('Tool.InputSchema'), `nested names read from the SDK (found ${nested.join(', ')})`);

  const dir = mkdtempSync(join(tmpdir(), 'claude-resilience-sdk-compat-'));
  try {
    cpSync(join(repo, 'pkg'), join(dir, 'node_modules/claude-resilience'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/@anthropic-ai'));
    symlinkSync(sdk, join(dir, 'node_modules/@anthropic-ai/sdk'));
    cpSync(join(repo, 'tests/types/sdk-compat.ts'), join(dir, 'sdk-compat.ts'));
    writeFileSync(join(dir, 'names.ts'), namesSource(names, nested));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
    const compilerOptions = {
      strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
      lib: ['es2022', 'dom', 'dom.iterable', 'dom.asynciterable'], types: [], skipLibCheck: true,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['sdk-compat.ts', 'names.ts'] }));
    try {
      execFileSync(tsc, ['-p', dir, '--pretty', 'false'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    } catch (error) {
      assert.fail(`tsc found our types and the SDK's apart:\n${error.stdout}${error.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
