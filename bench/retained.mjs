// Measure 7a — memory a settled call leaves behind, after GC (run with --expose-gc):
//   node --expose-gc bench/retained.mjs --kind=refused --count=20000
//   node --expose-gc bench/retained.mjs --kind=stream --way=end|break|abort --count=5000
// refused: calls refused by the client's open breaker; stream: streams read to the end, left
// with `break` or ended by `abort()`, all on one AbortSignal. Each after a warm-up, answers built
// in-process (no network), with the soak's own code (tests/soak/memory.mjs): heapUsed and the
// module's linear memory over a GC'd baseline, and listeners left on the shared signal.
import { loadPackage } from '../tests/soak/harness.mjs';
import { finishedStreams, refusedCalls } from '../tests/soak/memory.mjs';
import { parseArgs, pkgUrl, report } from './lib/common.mjs';

const args = parseArgs();
const { m, memory } = await loadPackage(pkgUrl('node.mjs'));
const count = args.count ?? 1000;
if (args.kind === 'refused') {
  const r = await refusedCalls({ m, memory, calls: count });
  report({ kind: 'refused', count, heapPerCall: r.heapPerCall, wasmGrowth: r.wasmGrowth, listeners: null });
} else if (args.kind === 'stream') {
  const r = await finishedStreams({ m, memory, streams: count, ways: [args.way], warmup: args.warmup ?? 2_000 });
  report({ kind: `stream ${args.way}`, count, heapPerCall: r.heapPerStream, wasmGrowth: r.wasmGrowth, listeners: r.listenersLeft });
} else {
  throw new Error(`--kind must be refused or stream, not ${args.kind}`);
}
