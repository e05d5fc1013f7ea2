// The package's types as an installed package's: pkg/ copied to node_modules/claude-resilience
// of a scratch project, so its package.json `exports` map decides what TypeScript loads. The
// contract's consumer.ts, our retry-breaker.ts, resilience.ts (`claude-resilience/resilience`),
// testing.ts (`claude-resilience/testing`), messages.ts (the Messages API's types, the
// `Anthropic` namespace), subpaths.ts (APIPromise, `core/error`, `resources/messages`) and
// streams.ts (MessageStream's events, `create({ stream: true })`) compile under --strict with every
// `@ts-expect-error` still an error, for a bundler project, a Node ESM project and a Node
// CommonJS project (where `require` conditions pick the .d.cts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(repo, 'node_modules/.bin/tsc');
const sources = [
  join(repo, '../shared/contract/consumer.ts'),
  join(repo, 'tests/types/retry-breaker.ts'),
  join(repo, 'tests/types/resilience.ts'),
  join(repo, 'tests/types/testing.ts'),
  join(repo, 'tests/types/messages.ts'),
  join(repo, 'tests/types/subpaths.ts'),
  join(repo, 'tests/types/streams.ts'),
];

const projects = {
  bundler: { type: 'module', module: 'esnext', moduleResolution: 'bundler' },
  'node16 ESM': { type: 'module', module: 'node16', moduleResolution: 'node16' },
  'node16 CommonJS': { type: 'commonjs', module: 'node16', moduleResolution: 'node16' },
};

for (const [name, { type, module, moduleResolution }] of Object.entries(projects)) {
  test(`consumer.ts, retry-breaker.ts, resilience.ts, testing.ts, messages.ts, subpaths.ts and streams.ts compile --strict as a ${name} project`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'claude-resilience-types-'));
    try {
      cpSync(join(repo, 'pkg'), join(dir, 'node_modules/claude-resilience'), { recursive: true });
      // helpers/zod's peer dependency, installed beside the package as an app that uses it has it.
      symlinkSync(join(repo, 'node_modules/zod'), join(dir, 'node_modules/zod'));
      for (const source of sources) cpSync(source, join(dir, source.split('/').pop()));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type }));
      const compilerOptions = {
        strict: true, noEmit: true, target: 'es2022', module, moduleResolution,
        lib: ['es2022', 'dom', 'dom.iterable', 'dom.asynciterable'], types: [], skipLibCheck: false,
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: sources.map((source) => source.split('/').pop()) }));
      try {
        execFileSync(tsc, ['-p', dir], { encoding: 'utf8' });
      } catch (error) {
        assert.fail(`tsc failed for a ${name} project:\n${error.stdout}${error.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
