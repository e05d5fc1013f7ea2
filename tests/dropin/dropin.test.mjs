// The drop-in test: programs written as @anthropic-ai/sdk's README and examples use the
// messages surface (programs/*.ts), each run twice against the mock API — once as written, once
// with only the import changed to claude-resilience — comparing what they print, how they exit
// (an error that escapes is reported by class and status) and the requests the mock received
// (method, path, body, headers but user-agent and x-stainless-*). Both versions are type-checked
// with tsc --strict: the SDK's must be clean (the program is right), ours against pkg/.
// programs.mjs lists the programs and the ones expected to fail, with why.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

import { PROGRAMS } from './programs.mjs';
import { startMockClaude } from '../../pkg/testing.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = join(repo, 'target/dropin');
const tsc = join(repo, 'node_modules/.bin/tsc');
const preload = join(here, 'report-uncaught.mjs');
const RUN_LIMIT_MS = 30_000;

/** The one change a user makes: the package name in every import, subpaths kept. */
const swapImports = (source) =>
  source.replace(/(['"])@anthropic-ai\/sdk(\/[^'"]*)?\1/g, (_, quote, subpath = '') => `${quote}claude-resilience${subpath}${quote}`);
const VARIANTS = { sdk: (source) => source, ours: swapImports };

/** Headers that say which client sent a request, not what it asked for. */
const ignoredHeader = (name) => name === 'user-agent' || name.startsWith('x-stainless-');

function normalise(request) {
  const headers = Object.entries(request.headers).filter(([name]) => !ignoredHeader(name)).sort();
  return JSON.stringify({ method: request.method, path: request.path, body: request.body, headers });
}

function writeProject(variant, transform) {
  const dir = join(work, variant);
  mkdirSync(dir, { recursive: true });
  for (const { name } of PROGRAMS) {
    const source = transform(readFileSync(join(here, 'programs', `${name}.ts`), 'utf8'));
    writeFileSync(join(dir, `${name}.ts`), source);
    writeFileSync(join(dir, `${name}.mjs`), transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' }).code);
  }
  writeFileSync(join(dir, 'node.d.ts'), readFileSync(join(here, 'node.d.ts')));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `dropin-${variant}`, private: true, type: 'module' }));
  const compilerOptions = {
    strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable', 'dom.asynciterable'], types: [],
    // The SDK's declarations refer to Node's types, which the programs do without; ours are checked.
    skipLibCheck: variant === 'sdk',
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
  return dir;
}

/** tsc's diagnostics by program name; those outside the programs under '*'. */
function typeCheck(dir) {
  return new Promise((resolve) => {
    const options = { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 };
    execFile(tsc, ['-p', '.', '--pretty', 'false'], options, (_, stdout, stderr) => {
      const byProgram = new Map();
      // A diagnostic's first line names the file, relative to the project; the rest is indented.
      for (const line of `${stdout}${stderr}`.split('\n').filter((l) => /^\S.*error TS\d+/.test(l))) {
        const name = (/^(.*?)\(\d+,\d+\)/.exec(line)?.[1] ?? '').replace(/\.ts$/, '');
        const key = PROGRAMS.some((p) => p.name === name) ? name : '*';
        byProgram.set(key, [...(byProgram.get(key) ?? []), line]);
      }
      resolve(byProgram);
    });
  });
}

function runProgram(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', preload, file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('drop-in: the SDK’s programs with only the import changed', () => {
  let mock;
  let types;
  const dirs = {};
  const counts = { programs: PROGRAMS.length, types: 0, run: 0 };

  before(async () => {
    rmSync(work, { recursive: true, force: true });
    for (const [variant, transform] of Object.entries(VARIANTS)) dirs[variant] = writeProject(variant, transform);
    mkdirSync(join(dirs.ours, 'node_modules'));
    symlinkSync(relative(join(dirs.ours, 'node_modules'), join(repo, 'pkg')), join(dirs.ours, 'node_modules/claude-resilience'));
    const [sdk, ours] = await Promise.all([typeCheck(dirs.sdk), typeCheck(dirs.ours)]);
    types = { sdk, ours };
    mock = await startMockClaude();
  });
  after(() => mock?.close());

  async function run(variant, program) {
    mock.reset();
    if (program.mock) mock.script(program.mock);
    const env = { ...process.env, ANTHROPIC_API_KEY: 'sk-ant-dropin-key', ANTHROPIC_BASE_URL: mock.url };
    for (const name of ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_LOG', 'ANTHROPIC_CUSTOM_HEADERS', 'NODE_OPTIONS']) delete env[name];
    const result = await runProgram(join(dirs[variant], `${program.name}.mjs`), env);
    return { ...result, requests: mock.requests.map(normalise).sort() };
  }

  test('every program has an entry, every entry a program', () => {
    const files = readdirSync(join(here, 'programs')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), PROGRAMS.map((p) => p.name).sort());
    assert.equal(new Set(PROGRAMS.map((p) => p.name)).size, PROGRAMS.length, 'no program listed twice');
  });

  test('the programs are right for @anthropic-ai/sdk: tsc --strict is clean', () => {
    assert.deepEqual([...types.sdk.values()].flat(), []);
    assert.equal(types.ours.get('*'), undefined, `errors outside the programs (in pkg/?):\n${types.ours.get('*')?.join('\n')}`);
  });

  for (const program of PROGRAMS) {
    test(program.name, async () => {
      const diagnostics = types.ours.get(program.name) ?? [];
      if (program.fails?.types) {
        assert.ok(diagnostics.length > 0, `expected to fail to type-check (${program.fails.types}), but it passes now: take it off the list`);
      } else {
        assert.deepEqual(diagnostics, [], 'type-checks against pkg/');
        counts.types += 1;
      }

      const theirs = await run('sdk', program);
      assert.equal(theirs.signal, null, `the SDK run was killed:\n${theirs.stderr}`);
      const ours = await run('ours', program);
      const same = theirs.stdout === ours.stdout && theirs.code === ours.code &&
        JSON.stringify(theirs.requests) === JSON.stringify(ours.requests);
      if (program.fails?.run) {
        assert.ok(!same, `expected to run differently (${program.fails.run}), but it runs the same now: take it off the list`);
        return;
      }
      assert.equal(ours.stdout, theirs.stdout, `stdout (stderr of ours:\n${ours.stderr})`);
      assert.equal(ours.code, theirs.code, 'exit code');
      assert.deepEqual(ours.requests.map((r) => JSON.parse(r)), theirs.requests.map((r) => JSON.parse(r)), 'requests the mock received');
      counts.run += 1;
    });
  }

  test('counts', (t) => {
    t.diagnostic(`${counts.programs} programs: ${counts.types} type-check against pkg/, ${counts.run} run as with the SDK`);
    const expectedTypes = PROGRAMS.filter((p) => !p.fails?.types).length;
    const expectedRun = PROGRAMS.filter((p) => !p.fails?.run).length;
    assert.deepEqual([counts.types, counts.run], [expectedTypes, expectedRun]);
  });
});
