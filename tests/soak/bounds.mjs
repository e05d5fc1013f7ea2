// The bounds a healthy package meets, with the reason for each. Counts of things that must
// never happen are bounded by 0. Memory bounds sit well above the noise of a heap reading after
// GC and well below what one leaked object per call amounts to. (README.md, "Chaos soak", has
// the same list as a table.)

const KB = 1024;

/**
 * `value(report)` reads the figure from the soak's report; a bound holds when value <= max (and
 * value >= min when given).
 */
export const BOUNDS = [
  {
    name: 'wasm traps',
    value: (r) => r.worker.fuzzOptions.traps + r.worker.fuzzResponses.traps + r.worker.fuzzWire.traps,
    max: 0,
    why: 'a trap breaks the module for every later call of the process',
  },
  {
    name: 'uncaught exceptions',
    value: (r) => r.worker.uncaught.length + r.late.uncaught.length,
    max: 0,
    why: 'one kills a Node process that has no handler; a user object that throws may only reject its call',
  },
  {
    name: 'unhandled rejections',
    value: (r) => r.worker.unhandled.length + r.late.unhandled.length,
    max: 0,
    why: 'Node ≥ 15 exits on one by default',
  },
  {
    name: 'untyped errors',
    value: (r) => r.worker.load.untyped + r.worker.fuzzOptions.untyped + r.worker.fuzzResponses.untyped + r.worker.fuzzWire.untyped,
    max: 0,
    why: 'every failure of a call is an AnthropicError (or a TypeError / RangeError for bad input, or what the user\'s object threw)',
  },
  {
    name: 'results not matching the mock\'s answer',
    value: (r) => r.worker.load.wrongResults + r.reconciled.unmatched + r.worker.fuzzResponses.splitFailures,
    max: 0,
    why: 'a resilience layer must never hand out a corrupted answer or another call\'s',
  },
  {
    name: 'errors of the wrong class for the fault',
    value: (r) => r.reconciled.misclassified,
    max: 0,
    why: 'users branch on the class (RateLimitError, OverloadedError, APIConnectionTimeoutError …)',
  },
  {
    name: 'errors without the request id their response carried',
    value: (r) => r.reconciled.requestIdMissing,
    max: 0,
    why: 'the request id is what support asks for; once the headers arrived, every later error carries it',
  },
  {
    name: 'attempts logged minus requests the mock received',
    value: (r) => r.worker.load.loggedAttempts - r.reconciled.received,
    min: 0,
    max: 0,
    why: 'the logger is the record of what was sent: every attempt once, nothing invented',
  },
  {
    name: 'calls that never settled',
    value: (r) => r.worker.load.hung + r.worker.fuzzOptions.unsettled + r.worker.fuzzResponses.unsettled + r.worker.fuzzWire.unsettled,
    max: 0,
    why: 'every await on the network is bounded by the attempt\'s timeout, whatever the host\'s fetch does',
  },
  {
    name: 'abort listeners left on shared signals',
    value: (r) => r.worker.load.leakedListeners + r.worker.streams.listenersLeft,
    max: 0,
    why: 'a settled call or finished stream holds nothing; an app passes one signal to many calls',
  },
  {
    name: 'heap retained per refused call (B)',
    value: (r) => r.worker.refused.heapPerCall,
    max: 200,
    why: 'a refusal allocates nothing that outlives it; 200 B is ~10× the noise of heapUsed after GC over the short run and < 1/10 of one leaked closure and future per call',
  },
  {
    name: 'wasm memory grown over the refused calls (B)',
    value: (r) => r.worker.refused.wasmGrowth,
    max: 64 * KB,
    why: 'linear memory never shrinks, so a leak shows as growth; one 64 KiB page of slack for the allocator',
  },
  {
    name: 'clients, loggers and captures retained after a refusal',
    value: (r) => r.worker.refusedClients.retained,
    max: 0,
    why: 'a dropped client is garbage, whatever its breaker refused',
  },
  {
    name: 'heap retained per finished stream (B)',
    value: (r) => r.worker.streams.heapPerStream,
    max: 512,
    why: 'a stream ended, left with break or aborted keeps nothing; 512 B is far above GC noise and < 1/10 of a leaked listener with its stream',
  },
  {
    name: 'wasm memory grown over the finished streams (B)',
    value: (r) => r.worker.streams.wasmGrowth,
    max: 256 * KB,
    why: 'a stream leaking its Rust state (~550 B) grows it by 1.1 MB over the short run and 5.5 MB over the full one; four pages of slack for the finalizers\' timing, which sets the high-water mark of streams waiting to be freed',
  },
  {
    name: 'heap retained per load-phase call (B)',
    value: (r) => r.worker.load.heapGrowth / r.worker.load.calls,
    max: 1_024,
    why: 'a settled call, whatever its faults, leaves nothing: a healthy mix measured 190–620 B a call over the short run (mostly the noise of two heap readings); a leaked listener or stream (~3–7 KB) in the 40 % of calls that stream is ≥ 1.8 KB a call',
  },
  {
    name: 'wasm memory grown over the load phase (B)',
    value: (r) => r.worker.load.wasmGrowth,
    max: 512 * KB,
    why: 'the baseline is taken after a warm-up of the same mix at full width, so the in-flight peak is mostly in it; 8 pages of slack for a peak that varies with timing (the refusal and stream phases bound leaks more finely)',
  },
  {
    name: 'exit lag after the last result (ms)',
    value: (r) => r.exitLagMs,
    max: 2_000,
    why: 'nothing holds a timer, socket or listener after the calls settle; a process exiting takes ~100 ms here',
  },
];

/** Each bound's verdict. */
export function check(report) {
  return BOUNDS.map((bound) => {
    const value = bound.value(report);
    const holds = value <= bound.max && (bound.min === undefined || value >= bound.min);
    return { ...bound, value, holds };
  });
}
