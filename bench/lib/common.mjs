// Helpers shared by the measure scripts and the orchestrator.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether pkg/ holds a finished `make pkg` (its last step writes the declarations). */
function complete(dir) {
  try {
    return (
      existsSync(join(dir, 'node.mjs')) &&
      existsSync(join(dir, 'claude_resilience_bg.wasm')) &&
      existsSync(join(dir, 'index.d.cts')) &&
      !readFileSync(join(dir, 'node.mjs'), 'utf8').includes('@VERSION@')
    );
  } catch {
    return false;
  }
}

let pkgSnapshot = process.env.BENCH_PKG_DIR;

/**
 * The package under test: a private copy of pkg/, taken once per run by the first process that
 * asks (bench/run.mjs, or a script run on its own) and handed to child processes through
 * BENCH_PKG_DIR. A `make pkg` elsewhere (it starts with `rm -rf pkg`) then cannot pull files
 * from under a running measure, and every number of a run describes the same build. Waits up to
 * two minutes for a pkg/ that is being rebuilt; the copy is removed when this process exits.
 */
export function pkgDir() {
  if (pkgSnapshot) return pkgSnapshot;
  const source = join(ROOT, 'pkg');
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !complete(source); waited += 250) {
    if (waited > 120_000) throw new Error('pkg/ is missing or incomplete: run `make pkg` first');
    Atomics.wait(sleeper, 0, 0, 250);
  }
  const dir = mkdtempSync(join(tmpdir(), 'claude-resilience-bench-pkg-'));
  cpSync(source, dir, { recursive: true });
  if (!complete(dir)) throw new Error('pkg/ changed while it was copied; run again');
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  process.env.BENCH_PKG_DIR = pkgSnapshot = dir;
  return dir;
}

export const pkgUrl = (path) => pathToFileURL(join(pkgDir(), path)).href;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const min = (values) => Math.min(...values);

/** `--name=value` / `--flag` arguments into an object; numbers become numbers. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${arg}`);
    const [, name, value] = match;
    args[name] = value === undefined ? true : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return args;
}

const MARK = '@@BENCH-RESULT@@';

/** A measure script's answer to the orchestrator: one marked JSON line on stdout. */
export function report(result) {
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
}

/**
 * Runs `node [flags] script args…` and resolves with the object it report()ed. Rejects when the
 * child exits non-zero, is killed, reports nothing, or outlives `timeoutMs`.
 */
export function runChild(script, args = [], { flags = [], timeoutMs = 120_000, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(MARK));
      const where = `${script} ${args.join(' ')}`;
      if (code !== 0 || !line) {
        reject(new Error(`${where} failed (exit ${code}${signal ? `, ${signal}` : ''})\n${stderr}${stdout}`));
        return;
      }
      resolve(JSON.parse(line.slice(MARK.length)));
    });
  });
}

/** Nanoseconds since an arbitrary origin, as a Number. */
export const nowNs = () => Number(process.hrtime.bigint());

/** Yields to the event loop (timers and I/O included), so pending work can finish. */
export const tick = () => new Promise((resolve) => setImmediate(resolve));

export function gc() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
  globalThis.gc();
  globalThis.gc();
}
