// The soak's worker: the client side of the run, in a process of its own so that its memory
// holds only the package and what the calls leave, and so that the parent can time how long
// it takes to exit once its work is done. It never calls process.exit: it must exit by itself.
//   node --expose-gc tests/soak/worker.mjs '<json config>'   (started by tests/soak/run.mjs)
// stdout: one `R <json>` line per load-phase call, then `DONE <json>` with every figure.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

import { escaped, loadPackage, reading } from './harness.mjs';
import { seeded } from './random.mjs';
import { runLoad } from './load.mjs';
import { finishedStreams, refusedCalls, refusedClientFreed } from './memory.mjs';
import { fuzzOptions } from './fuzz-options.mjs';
import { fuzzResponses, fuzzWire } from './fuzz-responses.mjs';

const config = JSON.parse(process.argv[2]);
const entry = pathToFileURL(join(config.pkgDir, 'node.mjs')).href;
const { m, memory } = await loadPackage(entry);
const random = seeded(config.seed);
const emit = (record) => process.stdout.write(`R ${JSON.stringify(record)}\n`);
const timings = {};
const phase = async (name, run) => {
  const started = performance.now();
  const result = await run();
  timings[name] = Math.round(performance.now() - started);
  return result;
};

const start = await reading(memory);
const figures = {
  seed: config.seed,
  load: await phase('load', () => runLoad({
    m, memory, mockUrl: config.mockUrl, random: random.fork(), seed: config.seed, calls: config.calls, width: config.width, emit,
  })),
  refused: await phase('refused', () => refusedCalls({ m, memory, calls: config.refusals })),
  refusedClients: await phase('refusedClients', () => refusedClientFreed({ m })),
  streams: await phase('streams', () => finishedStreams({ m, memory, streams: config.streams })),
  fuzzOptions: await phase('fuzzOptions', () => fuzzOptions({ m, random: random.fork(), cases: config.optionCases, width: 50 })),
  fuzzResponses: await phase('fuzzResponses', () => fuzzResponses({
    m, random: random.fork(), cases: config.responseCases, step: config.splitStep, width: 25,
  })),
  fuzzWire: await phase('fuzzWire', () => fuzzWire({
    m, random: random.fork(), mockUrl: config.mockUrl, cases: config.wireCases, width: 25,
  })),
};
const end = await reading(memory);
figures.total = { heapGrowth: end.heap - start.heap, wasmGrowth: end.wasm - start.wasm, wasmBytes: end.wasm };
figures.timings = timings;
figures.uncaught = escaped.uncaught;
figures.unhandled = escaped.unhandled;
process.stdout.write(`DONE ${JSON.stringify(figures)}\n`);
// What escapes after the report (a timer or a stream of a call that never settled, firing late)
// is reported as the process exits.
const reported = { uncaught: escaped.uncaught.length, unhandled: escaped.unhandled.length };
process.on('exit', () => {
  const late = { uncaught: escaped.uncaught.slice(reported.uncaught), unhandled: escaped.unhandled.slice(reported.unhandled) };
  if (late.uncaught.length || late.unhandled.length) process.stdout.write(`LATE ${JSON.stringify(late)}\n`);
});
