// The chaos soak: the parent side. It runs the mock Claude API with a seeded fault mix, starts
// the worker (the client side, tests/soak/worker.mjs) as a child process, reconciles every call
// the worker reports with what the mock received and answered, times how long the worker takes
// to exit after its last result, prints the figures and checks them against tests/soak/bounds.mjs.
//
//   node tests/soak/run.mjs [--short] [--seed=N]      (make soak; SEED=N also works)
//   PKG_DIR=/path/to/pkg      soak another build of the package (default: pkg/)
//
// Exit code 1 when a bound fails.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { BOUNDS, check } from './bounds.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const defaultPkg = process.env.PKG_DIR || fileURLToPath(new URL('../../pkg/', import.meta.url));

/** The seeded fault mix of the load phase, per request. `retryAfterSec: 0` keeps 429s
 *  retryable within the clients' 30 ms backoff cap (a longer server-asked wait fails at once). */
export const FAULTS = {
  rate429: 0.06, rate529: 0.06, rate500: 0.04, rate503: 0.04, rateDrop: 0.03, rateHang: 0.02,
  rateTruncate: 0.04, rateStreamError: 0.06, streamErrorAfter: 2, retryAfterSec: 0,
};

export const SIZES = {
  full: { calls: 11_000, width: 200, refusals: 50_000, streams: 10_000, optionCases: 5_500, responseCases: 2_000, splitStep: 1, wireCases: 2_000 },
  // Memory figures are per call over a difference of two heap readings after GC, which differ
  // by up to ~400 KB on a healthy run: the counts keep that noise well under each bound.
  short: { calls: 1_600, width: 50, refusals: 5_000, streams: 2_000, optionCases: 600, responseCases: 300, splitStep: 4, wireCases: 150 },
};
/** How long the worker may take to exit after its report before it is killed: the bound on
 *  the exit lag, and some more to tell a slow exit from none. */
const EXIT_LIMIT_MS = 5_000;

/** Whether the response headers had arrived for an attempt that met `fault`. */
const headersArrived = (fault) =>
  fault === null || fault.status !== undefined || typeof fault.drop === 'object' || typeof fault.hang === 'object' || fault.stream !== undefined;

/** The error class a call must end with when its last attempt met `fault` (null: no check). */
function expectedClass(fault, kind) {
  if (fault === null) return null;
  if (fault.status === 429) return ['RateLimitError'];
  if (fault.status === 529) return ['OverloadedError'];
  // The official SDK 1.x's classes under InternalServerError, for the statuses that have one.
  if (fault.status === 501) return ['NotImplementedError'];
  if (fault.status === 503) return ['ServiceUnavailableError'];
  if (fault.status === 504) return ['GatewayTimeoutError'];
  if (fault.status >= 500) return ['InternalServerError'];
  if (fault.drop === true) return ['APIConnectionError'];
  if (fault.hang === true) return ['APIConnectionTimeoutError'];
  if (typeof fault.drop === 'object') return ['APIConnectionError'];
  if (fault.stream) return kind === 'stream' ? ['OverloadedError'] : null;
  return null;
}

const promptOf = (entry) => entry.body?.messages?.[0]?.content;

/** Checks every call the worker reported against the mock's log. */
export function reconcile(records, requests, seed) {
  const prefix = `soak ${seed}.`;
  const byPrompt = new Map();
  let received = 0;
  for (const entry of requests) {
    const prompt = promptOf(entry);
    if (typeof prompt !== 'string' || !prompt.startsWith(prefix)) continue;
    received += 1;
    if (!byPrompt.has(prompt)) byPrompt.set(prompt, []);
    byPrompt.get(prompt).push(entry);
  }
  const out = { received, unmatched: 0, misclassified: 0, requestIdMissing: 0, timedOutUnfaulted: 0, examples: [] };
  const example = (what, record, last) => {
    if (out.examples.length < 16) out.examples.push(`${what}: call ${record.i} ${record.kind}${record.mode ? `/${record.mode}` : ''} → ${record.outcome} ${record.error ?? ''} requestId=${record.requestId} (mock: ${last?.requestId} fault ${JSON.stringify(last?.fault)})`);
  };
  for (const record of records) {
    const entries = byPrompt.get(`${prefix}${record.i}`) ?? [];
    const last = entries.at(-1);
    if (record.outcome === 'ok') {
      const checkId = record.kind !== 'countTokens';
      const complete = record.kind === 'create' || record.mode === 'end';
      if (!last || (checkId && record.requestId !== last.requestId) || (complete && last.fault !== null)) {
        out.unmatched += 1;
        example('unmatched result', record, last);
      }
      continue;
    }
    if (record.outcome === 'hung') example('never settled', record, last);
    if (record.outcome !== 'error' || record.error === 'CircuitOpenError' || record.error === 'APIUserAbortError') continue;
    if (!last) {
      out.unmatched += 1;
      example('an error without a request', record, last);
      continue;
    }
    const expected = expectedClass(last.fault, record.kind);
    if (last.fault === null && record.error === 'APIConnectionTimeoutError') {
      out.timedOutUnfaulted += 1; // the machine was slower than the timeout: reported, not a defect
      continue;
    }
    if (expected && !expected.includes(record.error)) {
      out.misclassified += 1;
      example('misclassified', record, last);
    }
    if (headersArrived(last.fault) && record.requestId !== last.requestId) {
      out.requestIdMissing += 1;
      example('no request id', record, last);
    }
  }
  return out;
}

/** Runs the worker to its end; resolves with its records, report and exit timing. */
function runWorker(config) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', `${here}worker.mjs`, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const records = [];
    let report = null;
    let late = { uncaught: [], unhandled: [] };
    let doneAt = null;
    let killer = null;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith('R ')) records.push(JSON.parse(line.slice(2)));
        else if (line.startsWith('DONE ')) {
          report = JSON.parse(line.slice(5));
          doneAt = performance.now();
          killer = setTimeout(() => child.kill('SIGKILL'), EXIT_LIMIT_MS);
        } else if (line.startsWith('LATE ')) late = JSON.parse(line.slice(5));
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const exitAt = performance.now();
      clearTimeout(killer);
      if (!report) return reject(new Error(`the soak worker ended (${code ?? signal}) without a report:\n${stderr}`));
      resolve({ records, report, late, code, signal, stderr, exitLagMs: exitAt - doneAt, killed: signal === 'SIGKILL' });
    });
  });
}

/** Runs the soak; resolves with `{ report, verdicts }` (and prints nothing). */
export async function runSoak({ short = false, seed = 1, pkgDir = defaultPkg } = {}) {
  const { startMockClaude } = await import(pathToFileURL(`${pkgDir}/testing.mjs`).href);
  // Rate-limit windows far larger than the soak's traffic: it measures faults, and the client
  // paces itself to whatever windows the mock reports (50 requests a minute by default).
  const limits = { requests: 1e9, inputTokens: 1e12, outputTokens: 1e12 };
  const mock = await startMockClaude({ seed, faults: FAULTS, limits });
  try {
    const sizes = SIZES[short ? 'short' : 'full'];
    const started = performance.now();
    const worker = await runWorker({ ...sizes, seed, pkgDir, mockUrl: mock.url });
    const reconciled = reconcile(worker.records, mock.requests, seed);
    const wirePrompts = new Set(worker.report.fuzzWire.unsettledPrompts);
    const unsettledWire = mock.requests.filter((r) => wirePrompts.has(promptOf(r))).map((r) => JSON.stringify(r.fault));
    const report = {
      short, seed, sizes, seconds: (performance.now() - started) / 1000, worker: worker.report, late: worker.late,
      reconciled, exitLagMs: worker.exitLagMs, killed: worker.killed, exitCode: worker.code, unsettledWire,
      stderr: worker.stderr,
    };
    return { report, verdicts: check(report) };
  } finally {
    await mock.close();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const entries = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/** The figures, as `make soak` prints them. */
export function format({ report: r, verdicts }) {
  const w = r.worker;
  const lines = [
    `chaos soak, ${r.short ? 'short' : 'full'} run, seed ${r.seed}: ${r.seconds.toFixed(1)} s (${entries(w.timings)} ms)`,
    '',
    `calls            ${w.load.calls} at ${w.load.width} in flight, ${w.load.seconds.toFixed(1)} s: ${entries(w.load.outcomes)}`,
    `failures by kind ${entries(w.load.failures)}`,
    `streams          ${entries(w.load.streams)} (left with break / aborted / read to the end)`,
    `requests         ${w.load.loggedAttempts} attempts logged, ${r.reconciled.received} received by the mock`,
    `reconciled       ${r.reconciled.unmatched} unmatched, ${r.reconciled.misclassified} misclassified, ${r.reconciled.requestIdMissing} without their request id, ${r.reconciled.timedOutUnfaulted} unfaulted attempts timed out`,
    `refused calls    ${w.refused.refused} by an open breaker: ${w.refused.heapPerCall.toFixed(0)} B heap each, wasm +${kb(w.refused.wasmGrowth)}; ${w.refusedClients.retained}/${w.refusedClients.tracked} clients/loggers/captures retained`,
    `finished streams ${w.streams.streams} on one signal (${w.streams.end} end, ${w.streams.break} break, ${w.streams.abort} abort, ${w.streams.failed} failed): ${w.streams.listenersLeft} listeners left, ${w.streams.heapPerStream.toFixed(0)} B heap each, wasm +${kb(w.streams.wasmGrowth)}`,
    `option fuzz      ${w.fuzzOptions.cases} cases: ${entries(w.fuzzOptions.outcomes)}`,
    `response fuzz    ${w.fuzzResponses.cases} cases + ${w.fuzzResponses.splits} splits: ${entries(w.fuzzResponses.outcomes)}`,
    `wire fuzz        ${w.fuzzWire.cases} cases: ${entries(w.fuzzWire.outcomes)}`,
    `traps            ${w.fuzzOptions.traps + w.fuzzResponses.traps + w.fuzzWire.traps}`,
    `unhandled        ${w.unhandled.length + r.late.unhandled.length} rejections, ${w.uncaught.length + r.late.uncaught.length} uncaught exceptions`,
    `leaked listeners ${w.load.leakedListeners} (load, shared signal) + ${w.streams.listenersLeft} (finished streams)`,
    `memory after GC  load: heap ${kb(w.load.heapGrowth)} (${(w.load.heapGrowth / w.load.calls).toFixed(0)} B/call), wasm +${kb(w.load.wasmGrowth)}; whole run: heap ${kb(w.total.heapGrowth)}, wasm +${kb(w.total.wasmGrowth)} (${kb(w.total.wasmBytes)})`,
    `exit lag         ${r.exitLagMs.toFixed(0)} ms${r.killed ? ' (killed: it did not exit by itself)' : ''}`,
    '',
  ];
  for (const v of verdicts) {
    const mark = v.holds ? 'ok  ' : 'FAIL';
    const bound = v.min !== undefined && v.min === v.max ? `= ${v.max}` : `≤ ${v.max}`;
    lines.push(`${mark} ${v.name}: ${Number.isInteger(v.value) ? v.value : v.value.toFixed(1)} (${bound})`);
  }
  const problems = [...r.reconciled.examples, ...w.fuzzOptions.problems, ...w.fuzzResponses.problems, ...w.fuzzWire.problems,
    ...r.unsettledWire.slice(0, 8).map((f) => `wire fuzz unsettled on ${f}`),
    ...[...w.uncaught, ...r.late.uncaught].slice(0, 5).map((e) => `uncaught: ${e}`),
    ...[...w.unhandled, ...r.late.unhandled].slice(0, 5).map((e) => `unhandled: ${e}`)];
  if (problems.length) lines.push('', 'examples:', ...problems.map((p) => `  ${p}`));
  if (r.stderr.trim()) lines.push('', 'worker stderr:', r.stderr.trim().slice(0, 2000));
  return lines.join('\n');
}

export { BOUNDS };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const seedArg = args.find((a) => a.startsWith('--seed='))?.slice(7) ?? process.env.SEED ?? '1';
  if (!/^\d+$/.test(seedArg)) {
    console.error('usage: node tests/soak/run.mjs [--short] [--seed=N]');
    process.exit(2);
  }
  const result = await runSoak({ short: args.includes('--short'), seed: Number(seedArg) });
  console.log(format(result));
  if (result.verdicts.some((v) => !v.holds)) process.exitCode = 1;
}
