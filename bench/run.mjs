// The benchmarks of claude-resilience against the official SDK and the usual retry/breaker
// libraries. Prints one table per measure and writes bench/results.json.
//
//   node bench/run.mjs                 full run (make bench; a few minutes on 2 cores)
//   node bench/run.mjs --smoke         tiny counts, a check that every measure still runs (< 60 s);
//                                      results go to $TMPDIR, not bench/results.json
//   node bench/run.mjs --only=overhead,size   some measures only (results not written either)
//
// Every measure runs in child processes (see bench/README.md, "Method"); this process only
// orchestrates, so no library's JIT state or heap touches another's numbers. Exits non-zero when
// any measure throws.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, median, min, parseArgs, pkgDir, runChild } from './lib/common.mjs';
import { SUBJECTS, PEER_OF_GROUP, RETRY_SUBJECTS } from './lib/subjects.mjs';

const args = parseArgs();
const smoke = Boolean(args.smoke);
const only = args.only ? String(args.only).split(',') : null;

const CONFIG = smoke
  ? {
      overhead: { processes: 1, warmupMs: 10, roundMs: 5, rounds: 2 },
      failure: { processes: 1, concurrency: 10, retries: 2, rounds: 1, warmupRounds: 1, warmupMs: 5, roundMs: 5 },
      inflight: { processes: 1, sizes: [100], rounds: 1 },
      coldstart: { samples: 2 },
      throughput: { requests: 40, concurrency: 4, rounds: 1, warmup: 8 },
      retained: { processes: 1, refusals: 300, streams: 150, warmup: 100, exitSamples: 1 },
      pacing: { limit: 3, windowMs: 1000 },
      budget: { calls: 40, rateCalls: 100, concurrency: 20 },
    }
  : {
      overhead: { processes: 6, warmupMs: 300, roundMs: 100, rounds: 3 },
      failure: { processes: 4, concurrency: 100, retries: 10, rounds: 4, warmupRounds: 5, warmupMs: 200, roundMs: 100 },
      inflight: { processes: 2, sizes: [1000, 10000], rounds: 5 },
      coldstart: { samples: 15 },
      throughput: { requests: 2000, concurrency: 16, rounds: 4, warmup: 1000 },
      retained: { processes: 2, refusals: 20_000, streams: 5_000, warmup: 2_000, exitSamples: 10 },
      pacing: { limit: 10, windowMs: 10_000 },
      budget: { calls: 1000, rateCalls: 10_000, concurrency: 250 },
    };

// ---------------------------------------------------------------- the package under test

/** Snapshots pkg/ (see pkgDir in lib/common.mjs) and names the build measured. */
function packageUnderTest() {
  const dir = pkgDir();
  const wasm = readFileSync(join(dir, 'claude_resilience_bg.wasm'));
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  return { dir, version, wasmBytes: wasm.length, wasmSha256: createHash('sha256').update(wasm).digest('hex') };
}

// ---------------------------------------------------------------- formatting

const ns = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} µs` : `${Math.round(v)} ns`);
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
function table(title, header, rows) {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(cells[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of cells.slice(1)) console.log(line(r));
}

// ---------------------------------------------------------------- the measures

const script = (name) => join(BENCH_DIR, name);

/** Runs `runs` (a list of [key, args]) `processes` times, rotating the order each time. */
async function interleaved(file, runs, processes, opts) {
  const results = new Map(runs.map(([key]) => [key, []]));
  for (let p = 0; p < processes; p++) {
    for (let k = 0; k < runs.length; k++) {
      const [key, childArgs] = runs[(p + k) % runs.length];
      results.get(key).push(await runChild(file, childArgs, opts));
    }
  }
  return results;
}

const MEASURES = {
  async overhead() {
    const c = CONFIG.overhead;
    const names = Object.keys(SUBJECTS);
    const runs = names.map((s) => [
      s,
      [`--subject=${s}`, `--warmupMs=${c.warmupMs}`, `--roundMs=${c.roundMs}`, `--rounds=${c.rounds}`],
    ]);
    const raw = await interleaved(script('overhead.mjs'), runs, c.processes, {});
    const stats = Object.fromEntries(
      names.map((s) => {
        const all = raw.get(s).flatMap((r) => r.perCallNs);
        const perProcess = raw.get(s).map((r) => median(r.perCallNs));
        return [s, { medianNs: median(all), minNs: min(all), perProcess, samples: all }];
      }),
    );
    const bare = stats.bare.medianNs;
    const rows = names.map((s) => {
      const { group, label, note } = SUBJECTS[s];
      const peer = PEER_OF_GROUP[group];
      const st = stats[s];
      return {
        subject: s,
        label,
        note,
        group,
        medianNs: st.medianNs,
        minNs: st.minNs,
        overheadNs: st.medianNs - bare,
        perProcessNs: st.perProcess,
        vsBare: st.medianNs / bare,
        peer: peer ?? null,
        vsPeer: peer ? st.medianNs / stats[peer].medianNs : null,
        overheadVsPeer: peer ? (st.medianNs - bare) / (stats[peer].medianNs - bare) : null,
        samples: st.samples,
      };
    });
    table(
      `1. Happy-path overhead per call (median of ${c.processes} processes × ${c.rounds} rounds, each subject in its own processes)`,
      ['subject', 'median', 'min', 'process medians', 'above bare', '× bare', 'vs cockatiel (same kind)', 'overhead vs cockatiel'],
      rows.map((r) => [
        r.label,
        ns(r.medianNs),
        ns(r.minNs),
        `${ns(Math.min(...r.perProcessNs))}–${ns(Math.max(...r.perProcessNs))}`,
        ns(r.overheadNs),
        ratio(r.medianNs, bare),
        r.peer ? `${ratio(r.medianNs, stats[r.peer].medianNs)} ${SUBJECTS[r.peer].label}` : '',
        r.peer ? ratio(r.overheadNs, stats[r.peer].medianNs - bare) : '',
      ]),
    );
    return { config: c, bareNs: bare, rows };
  },

  async failure() {
    const c = CONFIG.failure;
    const retryRuns = RETRY_SUBJECTS.map((s) => [
      s,
      ['--kind=retry', `--subject=${s}`, `--concurrency=${c.concurrency}`, `--retries=${c.retries}`, `--rounds=${c.rounds}`, `--warmupRounds=${c.warmupRounds}`],
    ]);
    const retryRaw = await interleaved(script('failure.mjs'), retryRuns, c.processes, {});
    const retry = RETRY_SUBJECTS.map((s) => {
      const cpu = retryRaw.get(s).flatMap((r) => r.cpuPerRetryNs);
      const wall = retryRaw.get(s).flatMap((r) => r.wallPerRetryNs);
      return { subject: s, label: SUBJECTS[s].label, cpuPerRetryNs: median(cpu), wallPerRetryNs: median(wall), cpuSamples: cpu, wallSamples: wall };
    });
    const peerCpu = retry.find((r) => r.subject === 'cockatiel.retry').cpuPerRetryNs;
    table(
      `2a. Failure path: always-failing fn, ${c.concurrency} calls at once × ${c.retries} zero-delay retries (median of ${c.processes} × ${c.rounds})`,
      ['subject', 'CPU per retry', 'wall per retry', 'CPU vs cockatiel'],
      retry.map((r) => [r.label, ns(r.cpuPerRetryNs), ns(r.wallPerRetryNs), ratio(r.cpuPerRetryNs, peerCpu)]),
    );
    const breakers = ['ours.breaker', 'cockatiel.breaker', 'opossum'];
    const openRuns = breakers.map((s) => [
      s,
      ['--kind=open', `--subject=${s}`, `--warmupMs=${c.warmupMs}`, `--roundMs=${c.roundMs}`, `--rounds=${c.rounds}`],
    ]);
    const openRaw = await interleaved(script('failure.mjs'), openRuns, c.processes, {});
    const open = breakers.map((s) => {
      const all = openRaw.get(s).flatMap((r) => r.perRejectionNs);
      return { subject: s, label: SUBJECTS[s].label, perRejectionNs: median(all), minNs: min(all), samples: all };
    });
    const peerOpen = open.find((r) => r.subject === 'cockatiel.breaker').perRejectionNs;
    table(
      `2b. Rejection while the breaker is open (await + catch, median of ${c.processes} × ${c.rounds})`,
      ['subject', 'per rejection', 'min', 'vs cockatiel'],
      open.map((r) => [r.label, ns(r.perRejectionNs), ns(r.minNs), ratio(r.perRejectionNs, peerOpen)]),
    );
    return { config: c, retry, open };
  },

  async inflight() {
    const c = CONFIG.inflight;
    const names = Object.keys(SUBJECTS);
    const runs = c.sizes.flatMap((n) =>
      names.map((s) => [`${s}@${n}`, [`--subject=${s}`, `--size=${n}`, `--rounds=${c.rounds}`]]),
    );
    const raw = await interleaved(script('inflight.mjs'), runs, c.processes, { flags: ['--expose-gc'] });
    const rows = runs.map(([key]) => {
      const [subject, n] = key.split('@');
      const rs = raw.get(key);
      const timeMs = median(rs.flatMap((r) => r.timeMs));
      return {
        subject,
        label: SUBJECTS[subject].label,
        inFlight: Number(n),
        timeMs,
        perCallNs: (timeMs * 1e6) / Number(n),
        peakHeapBytes: median(rs.map((r) => r.peakHeapBytes)),
        retainedHeapBytes: median(rs.map((r) => r.retainedHeapBytes)),
        wasmGrowthBytes: median(rs.map((r) => r.wasmGrowthBytes)),
      };
    });
    for (const n of c.sizes) {
      const sized = rows.filter((r) => r.inFlight === n);
      table(
        `3. ${n.toLocaleString('en')} calls in flight at once (time: median of ${c.processes} × ${c.rounds}; heap: median of ${c.processes})`,
        ['subject', 'time', 'per call', 'peak heap', 'retained (after GC)', 'retained / call', 'wasm memory growth'],
        sized.map((r) => [
          r.label,
          `${r.timeMs.toFixed(2)} ms`,
          ns(r.perCallNs),
          mb(r.peakHeapBytes),
          mb(r.retainedHeapBytes),
          `${Math.round(r.retainedHeapBytes / n)} B`,
          r.subject.startsWith('ours') ? `${Math.round(r.wasmGrowthBytes / 1024)} KiB` : '',
        ]),
      );
    }
    return { config: c, rows };
  },

  async size() {
    const r = await runChild(script('size.mjs'), [], {});
    const rows = [
      ...Object.entries(r.ours.entries).flatMap(([entry, e]) => [
        [`${entry}, as shipped: entry + errors.mjs + .wasm`, e.shipped.total],
        ['  of which the .wasm', e.shipped.wasm],
        ['  of which JS (glue, snippets, entry, errors)', e.shipped.js],
        [`${entry}, JS re-bundled by esbuild, + the .wasm`, e.bundled.total],
      ]),
      ...Object.entries(r.peers).map(([name, s]) => [name, s]),
    ];
    const sdk = r.peers['@anthropic-ai/sdk (one-call client)'];
    table(
      '4. Package size over the wire (KB = 1000 bytes; gzip -9 / brotli q11 per file; peers: esbuild --bundle --minify --platform=browser)',
      ['what', 'raw', 'gzip', 'brotli', 'gzip vs SDK client'],
      rows.map(([name, s]) => [name, kb(s.raw), kb(s.gzip), kb(s.brotli), ratio(s.gzip, sdk.gzip)]),
    );
    return r;
  },

  async coldstart() {
    const c = CONFIG.coldstart;
    const r = await runChild(script('coldstart.mjs'), [`--samples=${c.samples}`], { timeoutMs: 300_000 });
    const labels = {
      node: 'node, empty script (baseline)',
      ours: 'ours: import + new Anthropic()',
      sdk: '@anthropic-ai/sdk: import + new Anthropic()',
      cockatiel: 'cockatiel: import + wrap(retry, breaker)',
    };
    const rows = Object.entries(r.variants).map(([v, s]) => ({
      variant: v,
      label: labels[v],
      importConstructMs: median(s.importConstructMs),
      sinceStartMs: median(s.sinceStartMs),
      wallMs: median(s.wallMs),
      samples: s,
    }));
    table(
      `5. Cold start, a fresh process each (median of ${c.samples}, variants interleaved)`,
      ['variant', 'import + construct (in child)', 'since process start (in child)', 'spawn → exit (wall)'],
      rows.map((x) => [x.label, `${x.importConstructMs.toFixed(1)} ms`, `${x.sinceStartMs.toFixed(1)} ms`, `${x.wallMs.toFixed(1)} ms`]),
    );
    return { config: c, method: 'performance.now() in the child (time since process start) at its first line and after construct; wall time of spawnSync in the parent', rows };
  },

  async throughput() {
    const c = CONFIG.throughput;
    const r = await runChild(
      script('throughput.mjs'),
      [`--requests=${c.requests}`, `--concurrency=${c.concurrency}`, `--rounds=${c.rounds}`, `--warmup=${c.warmup}`],
      { timeoutMs: 300_000 },
    );
    const rows = Object.keys(r.rps).map((name) => ({
      client: name,
      rps: median(r.rps[name]),
      bestRps: Math.max(...r.rps[name]),
      cpuPerRequestUs: median(r.cpuPerRequestUs[name]),
      mockCores: r.mockCores[name].includes(null) ? null : median(r.mockCores[name]),
      samples: { rps: r.rps[name], cpuPerRequestUs: r.cpuPerRequestUs[name], mockCores: r.mockCores[name] },
    }));
    const sdk = rows.find((x) => x.client === 'sdk');
    table(
      `6. Client throughput: messages.create against the loopback mock (${c.requests} requests × ${c.rounds} rounds, ${c.concurrency} in flight, maxRetries 0)`,
      ['client', 'requests/s (median)', 'vs SDK', 'best round', 'client CPU per request', 'CPU vs SDK', 'mock server busy'],
      rows.map((x) => [
        x.client,
        x.rps.toFixed(0),
        ratio(x.rps, sdk.rps),
        x.bestRps.toFixed(0),
        `${x.cpuPerRequestUs.toFixed(0)} µs`,
        ratio(x.cpuPerRequestUs, sdk.cpuPerRequestUs),
        x.mockCores === null ? 'n/a' : `${(x.mockCores * 100).toFixed(0)}% of a core`,
      ]),
    );
    return { config: c, rows };
  },

  async retained() {
    const c = CONFIG.retained;
    const kinds = [
      ['refused', ['--kind=refused', `--count=${c.refusals}`]],
      ...['end', 'break', 'abort'].map((way) => [`stream ${way}`, ['--kind=stream', `--way=${way}`, `--count=${c.streams}`, `--warmup=${c.warmup}`]]),
    ];
    const raw = await interleaved(script('retained.mjs'), kinds, c.processes, { flags: ['--expose-gc'] });
    const labels = {
      refused: 'a call refused by the open breaker',
      'stream end': 'a stream read to the end',
      'stream break': 'a stream left with break',
      'stream abort': 'a stream ended by abort()',
    };
    const rows = kinds.map(([kind]) => {
      const rs = raw.get(kind);
      return {
        kind,
        label: labels[kind],
        count: rs[0].count,
        heapPerCallBytes: median(rs.map((r) => r.heapPerCall)),
        wasmGrowthBytes: median(rs.map((r) => r.wasmGrowth)),
        listenersLeft: rs[0].listeners === null ? null : Math.max(...rs.map((r) => r.listeners)),
        samples: rs,
      };
    });
    table(
      `7a. Retained after it settled, after GC (median of ${c.processes} processes; answers in-process; streams on one shared signal)`,
      ['what', 'count', 'heap per call', 'wasm memory growth', 'listeners left on the signal'],
      rows.map((r) => [r.label, r.count, `${Math.round(r.heapPerCallBytes)} B`, `${Math.round(r.wasmGrowthBytes / 1024)} KiB`, r.listenersLeft ?? '']),
    );
    const exit = await runChild(script('exit.mjs'), [`--samples=${c.exitSamples}`], { timeoutMs: 600_000 });
    table(
      `7b. Exit lag: last result to process exit, a fresh process each (median of ${c.exitSamples})`,
      ['child', 'exit lag (median)', 'max'],
      [
        ['node, no calls (baseline)', `${exit.medians.baseline.toFixed(1)} ms`, `${Math.max(...exit.lags.baseline).toFixed(1)} ms`],
        ['ours: retries, a timeout, 3 streams, a refusal', `${exit.medians.calls.toFixed(1)} ms`, `${Math.max(...exit.lags.calls).toFixed(1)} ms`],
      ],
    );
    return { config: c, rows, exit };
  },

  async pacing() {
    const c = CONFIG.pacing;
    const r = await runChild(script('pacing.mjs'), [`--limit=${c.limit}`, `--windowMs=${c.windowMs}`], {
      timeoutMs: 300_000,
    });
    table(
      `8. A burst of 3× the rate limit (${r.burst} calls after one, the mock enforcing ${r.limit} requests a rolling ${r.windowMs / 1000} s window)`,
      ['client', 'requests sent', '429s received', 'calls failed', 'time to finish', 'vs requests ÷ limit × window'],
      r.rows.map((x) => [
        x.client, x.requests, x.refused429, x.failed, `${(x.ms / 1000).toFixed(2)} s`, ratio(x.ms, r.floorMs),
      ]),
    );
    return { config: c, floorMs: r.floorMs, rows: r.rows };
  },

  async budget() {
    const c = CONFIG.budget;
    const r = await runChild(script('budget.mjs'), [`--calls=${c.calls}`, `--rateCalls=${c.rateCalls}`, `--concurrency=${c.concurrency}`], {
      timeoutMs: 300_000,
    });
    const perCall = (x) => x.requests / x.calls;
    table(
      `9a. A full outage (every request 529): ${r.calls.toLocaleString('en')} logical calls, ${r.concurrency} in flight, ${r.retries} retries each`,
      ['subject', 'requests', 'requests per call', 'refused by the budget', 'refused by the breaker', 'time'],
      r.outage.map((x) => [
        x.subject, x.requests, perCall(x).toFixed(2), x.refusedByBudget, x.refusedByBreaker, `${(x.ms / 1000).toFixed(2)} s`,
      ]),
    );
    const share = (x) => (100 * x.succeeded) / x.calls;
    table(
      `9b. 10 % random 503s (seed ${r.seed}, the same for each): ${r.rateCalls.toLocaleString('en')} calls, ${r.concurrency} in flight, ${r.retries} retries each`,
      ['subject', 'requests', 'calls succeeded', 'share', 'refused by the budget'],
      r.errors503.map((x) => [x.subject, x.requests, x.succeeded, `${share(x).toFixed(2)} %`, x.refusedByBudget]),
    );
    return { config: c, seed: r.seed, retries: r.retries, outage: r.outage, errors503: r.errors503 };
  },
};

// ---------------------------------------------------------------- targets

function targets(results) {
  const out = [];
  const o = results.overhead;
  if (o) {
    const get = (s) => o.rows.find((r) => r.subject === s);
    for (const [ours, peer] of [
      ['ours.retry', 'cockatiel.retry'],
      ['ours.retry-opts', 'cockatiel.retry'],
      ['ours.retry-opts-alt', 'cockatiel.retry'],
      ['ours.breaker', 'cockatiel.breaker'],
      ['ours.composed', 'cockatiel.wrap'],
      ['ours.composed-defaults', 'cockatiel.wrap'],
    ]) {
      const a = get(ours);
      const b = get(peer);
      // Met only if both the medians and the best rounds say so: a process of either library
      // can land in a slower JIT state (bench/README.md), and that must not decide the verdict.
      out.push({
        target: `happy path ${SUBJECTS[ours].label} ≤ ${SUBJECTS[peer].label}`,
        ours: a.medianNs,
        reference: b.medianNs,
        unit: 'ns/call',
        ratio: a.medianNs / b.medianNs,
        bestRatio: a.minNs / b.minNs,
        met: a.medianNs <= b.medianNs && a.minNs <= b.minNs,
      });
    }
  }
  if (results.size) {
    const gzip = results.size.ours.entries['claude-resilience'].shipped.total.gzip;
    out.push({ target: 'package ≤ 40 KB gzip (40,000 B), as shipped', ours: gzip, reference: 40_000, unit: 'bytes', ratio: gzip / 40_000, met: gzip <= 40_000 });
    const small = results.size.ours.entries['claude-resilience/resilience'].shipped.total.gzip;
    out.push({ target: 'claude-resilience/resilience ≤ 15 KB gzip (15,000 B)', ours: small, reference: 15_000, unit: 'bytes', ratio: small / 15_000, met: small <= 15_000 });
    const sdk = results.size.peers['@anthropic-ai/sdk (one-call client)'].gzip;
    out.push({ target: 'package gzip vs the SDK one-call bundle', ours: gzip, reference: sdk, unit: 'bytes', ratio: gzip / sdk, met: gzip <= sdk });
  }
  if (results.coldstart) {
    const get = (v) => results.coldstart.rows.find((r) => r.variant === v);
    const ours = get('ours').importConstructMs;
    out.push({ target: 'cold import + construct ≤ 15 ms', ours, reference: 15, unit: 'ms', ratio: ours / 15, met: ours <= 15 });
    out.push({ target: 'cold import + construct vs the SDK', ours, reference: get('sdk').importConstructMs, unit: 'ms', ratio: ours / get('sdk').importConstructMs, met: ours <= get('sdk').importConstructMs });
  }
  if (results.pacing) {
    const paced = results.pacing.rows.find((r) => r.client.startsWith('ours (pace: true'));
    const ratioToFloor = paced.ms / results.pacing.floorMs;
    out.push({ target: 'a burst of 3× the limit, paced: no 429', ours: paced.refused429, reference: 0, unit: '429s', ratio: null, met: paced.refused429 === 0 });
    out.push({ target: 'a burst of 3× the limit, paced: ≤ 1.1 × requests ÷ limit × window', ours: paced.ms, reference: results.pacing.floorMs, unit: 'ms', ratio: ratioToFloor, met: ratioToFloor <= 1.1 });
  }
  if (results.budget) {
    const outage = (subject) => results.budget.outage.find((r) => r.subject === subject);
    for (const subject of ['ours (budget and breaker, the defaults)', 'ours (budget, circuitBreaker: false)']) {
      const x = outage(subject);
      const ours = x.requests / x.calls;
      out.push({ target: `full outage, ${subject}: ≤ 1.2 requests per call`, ours, reference: 1.2, unit: 'requests/call', ratio: ours / 1.2, met: ours <= 1.2 });
    }
    const share = (subject) => {
      const x = results.budget.errors503.find((r) => r.subject === subject);
      return (100 * x.succeeded) / x.calls;
    };
    const cost = share('ours (retryBudget: false, circuitBreaker: false)') - share('ours (budget, circuitBreaker: false)');
    out.push({ target: '10 % 503s: the budget costs < 0.5 points of calls succeeded', ours: cost, reference: 0.5, unit: 'points', ratio: null, met: cost < 0.5 });
  }
  if (results.throughput) {
    const get = (c) => results.throughput.rows.find((r) => r.client === c);
    out.push({ target: 'client throughput ≥ the SDK', ours: get('ours').rps, reference: get('sdk').rps, unit: 'requests/s', ratio: get('ours').rps / get('sdk').rps, met: get('ours').rps >= get('sdk').rps });
    out.push({ target: 'client CPU per request ≤ the SDK', ours: get('ours').cpuPerRequestUs, reference: get('sdk').cpuPerRequestUs, unit: 'µs', ratio: get('ours').cpuPerRequestUs / get('sdk').cpuPerRequestUs, met: get('ours').cpuPerRequestUs <= get('sdk').cpuPerRequestUs });
  }
  const fmt = (v, unit) =>
    unit === 'bytes' ? kb(v) : unit === 'ns/call' ? ns(v) : `${v.toFixed(unit === 'requests/call' || unit === 'points' ? 2 : 1)} ${unit}`;
  table(
    smoke ? 'Targets (smoke run: tiny counts, not meaningful)' : 'Targets (happy path: met when both the median and the best-round ratio are ≤ 1)',
    ['target', 'ours', 'reference', 'ratio', 'best-round ratio', 'met'],
    out.map((t) => [
      t.target,
      fmt(t.ours, t.unit),
      fmt(t.reference, t.unit),
      t.ratio === null ? '' : `${t.ratio.toFixed(2)}×`,
      t.bestRatio === undefined ? '' : `${t.bestRatio.toFixed(2)}×`,
      t.met ? 'yes' : 'NO',
    ]),
  );
  return out;
}

// ---------------------------------------------------------------- main

const started = Date.now();
const machine = {
  os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 1e8) / 10,
  node: process.version,
  v8: process.versions.v8,
  loadavgAtStart: os.loadavg(),
};
console.log(`claude-resilience benchmarks${smoke ? ' (smoke: tiny counts, numbers meaningless)' : ''}`);
console.log(`${machine.os}, ${machine.cpuModel} × ${machine.cores}, Node ${machine.node}, load ${machine.loadavgAtStart.map((l) => l.toFixed(2)).join(' ')}`);

const pkg = packageUnderTest();
console.log(`package ${pkg.version}, wasm ${pkg.wasmBytes} B sha256 ${pkg.wasmSha256.slice(0, 16)}…`);
const results = {};
const errors = {};
for (const [name, measure] of Object.entries(MEASURES)) {
  if (only && !only.includes(name)) continue;
  const t0 = Date.now();
  try {
    results[name] = await measure();
    results[name].seconds = (Date.now() - t0) / 1000;
  } catch (error) {
    errors[name] = String(error?.stack ?? error);
    console.error(`\n${name} FAILED:\n${errors[name]}`);
  }
}
const summary = targets(results);
machine.loadavgAtEnd = os.loadavg();
const output = {
  timestamp: new Date(started).toISOString(),
  seconds: (Date.now() - started) / 1000,
  mode: smoke ? 'smoke' : only ? `only ${only.join(',')}` : 'full',
  machine,
  package: { version: pkg.version, wasmBytes: pkg.wasmBytes, wasmSha256: pkg.wasmSha256 },
  method:
    'Each subject of measures 1–3 runs in child processes of its own (fresh JIT, heap and wasm instance), ' +
    'repeated over several processes with the order rotated; see bench/README.md.',
  config: CONFIG,
  targets: summary,
  results,
  errors,
};
const file = smoke || only ? join(os.tmpdir(), `claude-resilience-bench-${smoke ? 'smoke' : 'partial'}.json`) : join(BENCH_DIR, 'results.json');
writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
console.log(`\n${Object.keys(errors).length ? 'FAILED' : 'done'} in ${output.seconds.toFixed(0)} s (load ${machine.loadavgAtEnd.map((l) => l.toFixed(2)).join(' ')}); results in ${file}`);
if (Object.keys(errors).length) process.exit(1);
