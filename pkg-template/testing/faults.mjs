// The fault vocabulary shared by the mock server and chaosFetch: fault rates, scripted steps,
// their validation and the seeded draw that picks a fault per request. No imports and no
// runtime-specific globals, so the browser entry can carry it.

/** The rates, in the order a draw walks them: a request falls in the first share that covers
 *  its draw, so shares adding up past 1 cut the later ones short. Each makes its fault from the
 *  current faults; those marked `streaming` apply to streaming requests only. New rates go at
 *  the end, so that a seed keeps drawing the same faults where they are 0. */
const RATES = [
  ['rate429', () => ({ status: 429 })],
  ['rate529', () => ({ status: 529 })],
  ['rate500', () => ({ status: 500 })],
  ['rate503', () => ({ status: 503 })],
  ['rateDrop', () => ({ drop: true })],
  ['rateHang', () => ({ hang: true })],
  ['rateTruncate', () => ({ drop: {} })],
  ['rateStreamError', (f) => ({ stream: { errorAfter: f.streamErrorAfter } }), 'streaming'],
  ['rateStreamDrop', (f) => ({ drop: { afterEvents: f.streamCutAfter } }), 'streaming'],
  ['rateStreamStall', (f) => ({ hang: { afterEvents: f.streamCutAfter } }), 'streaming'],
];

/** Counts of events or deltas, as opposed to the shares and durations. */
const COUNTS = ['streamErrorAfter', 'streamCutAfter'];

export const DEFAULT_FAULTS = Object.freeze({
  ...Object.fromEntries(RATES.map(([name]) => [name, 0])),
  streamErrorAfter: 1,
  streamCutAfter: 6,
  retryAfterSec: 1,
  latencyMs: 0,
  streamDelayMs: 0,
  outage: false,
});

const STEP_KEYS = new Set([
  'status', 'type', 'message', 'body', 'raw', 'contentType', 'headers', 'retryAfter', 'retryAfterMs',
  'delayMs', 'drop', 'hang', 'stream', 'streamDelayMs', 'ok', 'text', 'model',
]);

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function nonNegative(value, name) {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${typeof value}`);
  if (!(value >= 0) || value === Infinity) throw new RangeError(`${name} must be a finite number >= 0`);
}

function count(value, name) {
  nonNegative(value, name);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer`);
}

/**
 * Checks `changes` against the fault names and returns `current` updated with them. Unknown
 * names are a TypeError (a misspelt fault would otherwise silently inject nothing).
 * `unsupported` lists names this runtime cannot honour.
 */
export function mergeFaults(current, changes, label = 'faults', unsupported = []) {
  if (!isObject(changes)) throw new TypeError(`${label} must be an object`);
  const next = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const where = `${label}.${name}`;
    if (!(name in DEFAULT_FAULTS)) throw new TypeError(`${where} is not a fault (known: ${Object.keys(DEFAULT_FAULTS).join(', ')})`);
    if (unsupported.includes(name)) throw new TypeError(`${where} is not supported here`);
    if (name === 'outage') {
      if (typeof value !== 'boolean') throw new TypeError(`${where} must be a boolean`);
    } else if (COUNTS.includes(name)) {
      count(value, where);
    } else {
      nonNegative(value, where);
    }
    next[name] = value;
  }
  return next;
}

const CUT_KEYS = ['afterBytes', 'afterEvents'];

function cutSpec(value, where) {
  if (value === undefined || value === false || value === true) return;
  if (!isObject(value)) throw new TypeError(`${where} must be true, { afterBytes } or { afterEvents }`);
  for (const key of Object.keys(value)) {
    if (!CUT_KEYS.includes(key)) throw new TypeError(`${where}.${key} is not an option (afterBytes or afterEvents)`);
  }
  for (const key of CUT_KEYS) {
    if (value[key] !== undefined) count(value[key], `${where}.${key}`);
  }
  if (value.afterBytes !== undefined && value.afterEvents !== undefined) {
    throw new TypeError(`${where} takes afterBytes or afterEvents, not both`);
  }
}

/**
 * Checks one scripted step and returns a copy. `statuses` is the range of statuses the runtime
 * can answer with (a `Response` allows 200–599, node:http 100–999).
 */
export function checkStep(step, where, [lowest, highest]) {
  if (!isObject(step)) throw new TypeError(`${where} must be an object`);
  for (const key of Object.keys(step)) {
    if (!STEP_KEYS.has(key)) throw new TypeError(`${where}.${key} is not a step field`);
  }
  const { status, headers, stream } = step;
  if (status !== undefined) {
    if (!Number.isInteger(status)) throw new TypeError(`${where}.status must be an integer`);
    if (status < lowest || status > highest) throw new RangeError(`${where}.status must be in ${lowest}–${highest}`);
  }
  for (const name of ['delayMs', 'streamDelayMs', 'retryAfter', 'retryAfterMs']) {
    if (step[name] !== undefined) nonNegative(step[name], `${where}.${name}`);
  }
  for (const name of ['type', 'message', 'contentType', 'text', 'model']) {
    if (step[name] !== undefined && typeof step[name] !== 'string') throw new TypeError(`${where}.${name} must be a string`);
  }
  if (headers !== undefined) {
    if (!isObject(headers)) throw new TypeError(`${where}.headers must be an object`);
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new TypeError(`${where}.headers[${JSON.stringify(name)}] must be a string or a number`);
      }
    }
  }
  cutSpec(step.drop, `${where}.drop`);
  cutSpec(step.hang, `${where}.hang`);
  if (stream !== undefined) {
    if (!isObject(stream)) throw new TypeError(`${where}.stream must be { errorAfter?, errorType?, message? }`);
    for (const key of Object.keys(stream)) {
      if (!['errorAfter', 'errorType', 'message'].includes(key)) throw new TypeError(`${where}.stream.${key} is not an option`);
    }
    if (stream.errorAfter !== undefined) count(stream.errorAfter, `${where}.stream.errorAfter`);
  }
  return { ...step };
}

export function checkSteps(steps, where, statuses) {
  const list = Array.isArray(steps) ? steps : [steps];
  return list.map((step, i) => checkStep(step, Array.isArray(steps) ? `${where}[${i}]` : where, statuses));
}

/**
 * The fault for one request from the rates, with one draw per request (so a seeded sequence of
 * draws maps one-to-one onto outcomes), or null for a normal answer. A stream error only applies
 * to streaming requests; others drawing it answer normally.
 */
export function drawFault(faults, random, streaming) {
  if (faults.outage) return { status: 529 };
  if (!RATES.some(([name]) => faults[name] > 0)) return null;
  const r = random();
  let edge = 0;
  for (const [name, make, only] of RATES) {
    edge += faults[name];
    if (r >= edge) continue;
    return only === 'streaming' && !streaming ? null : make(faults);
  }
  return null;
}

/** A seeded PRNG (mulberry32): the same seed gives the same faults. */
export function seeded(seed, label = 'seed') {
  if (!Number.isInteger(seed)) throw new TypeError(`${label} must be an integer`);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Where a `drop` or `hang` step stops `bytes`, the whole body: after `afterBytes` bytes, after
 * the blank line that ends the `afterEvents`-th server-sent event, or half way by default; null
 * when the step cuts nothing, or when the body holds no more than `afterEvents` events.
 */
export function cutAt(spec, bytes) {
  if (!isObject(spec)) return null;
  if (spec.afterEvents === undefined) return spec.afterBytes ?? Math.floor(bytes.length / 2);
  let events = 0;
  for (let i = 0; events < spec.afterEvents; i += 1) {
    if (i >= bytes.length) return null;
    // An event ends at a blank line: LF LF, or CR LF CR LF (ASCII, so UTF-8 text cannot fake it).
    if (bytes[i] !== 0x0a) continue;
    const end = bytes[i + 1] === 0x0a ? i + 2 : bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a ? i + 3 : 0;
    if (end === 0) continue;
    events += 1;
    if (events === spec.afterEvents) return end;
    i = end - 1;
  }
  return 0;
}
