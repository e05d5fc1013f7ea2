// A tiny assertion module with no imports, so the same case files run in Node and in a
// browser page. Every failure says what was expected and what came.

/** A short, loss-free-enough rendering of any value for a failure message. */
export function show(value, depth = 0) {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'function') return `[function ${value.name || '(anonymous)'}]`;
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (value instanceof Error || (typeof value.name === 'string' && typeof value.message === 'string')) {
    const extra = ['status', 'state', 'code']
      .filter((k) => value[k] !== undefined)
      .map((k) => ` ${k}=${show(value[k], depth + 1)}`)
      .join('');
    return `${value.name}(${JSON.stringify(value.message)}${extra})`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => show(v, depth + 1)).join(', ')}]`;
  if (value instanceof Date) return `Date(${value.toISOString?.() ?? value})`;
  if (value instanceof RegExp) return String(value);
  try {
    const entries = Object.keys(value).map((k) => `${k}: ${show(value[k], depth + 1)}`);
    const tag = value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : '';
    return `${tag}{${entries.join(', ')}}`;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export class AssertionError extends Error {
  constructor(message, details) {
    super(message);
    this.name = 'AssertionError';
    if (details) Object.assign(this, details);
  }
}

function fail(message, what, details) {
  throw new AssertionError(message ? `${message}: ${what}` : what, details);
}

export function ok(value, message) {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    fail(message, `expected ${show(expected)}, got ${show(actual)}`, { actual, expected });
  }
}

export function notEqual(actual, unexpected, message) {
  if (Object.is(actual, unexpected)) fail(message, `expected anything but ${show(unexpected)}`);
}

function deepDiff(actual, expected, path) {
  if (Object.is(actual, expected)) return null;
  const here = path || 'value';
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${here}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) {
    return `${here}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${here}: expected a ${expected.constructor?.name} like ${show(expected)}, got ${show(actual)}`;
  }
  if (actual instanceof Date) {
    return actual.getTime() === expected.getTime() ? null : `${here}: expected ${show(expected)}, got ${show(actual)}`;
  }
  const keysA = Object.keys(actual);
  const keysE = Object.keys(expected);
  const missing = keysE.filter((k) => !Object.prototype.hasOwnProperty.call(actual, k));
  const extra = keysA.filter((k) => !Object.prototype.hasOwnProperty.call(expected, k));
  if (missing.length || extra.length) {
    return `${here}: keys differ (missing ${show(missing)}, unexpected ${show(extra)}); expected ${show(expected)}, got ${show(actual)}`;
  }
  for (const k of keysE) {
    const diff = deepDiff(actual[k], expected[k], Array.isArray(expected) ? `${here}[${k}]` : `${here}.${k}`);
    if (diff) return diff;
  }
  return null;
}

export function deepEqual(actual, expected, message) {
  const diff = deepDiff(actual, expected, '');
  if (diff) fail(message, diff, { actual, expected });
}

export function match(string, regexp, message) {
  if (typeof string !== 'string' || !regexp.test(string)) {
    fail(message, `expected a string matching ${regexp}, got ${show(string)}`);
  }
}

/** Checks a caught error against `expected`: a class, a RegExp for the message, or an object
 *  of properties (each compared deeply, or matched when the expected value is a RegExp and the
 *  actual one a string). */
function check(error, expected, message, verb) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (!(error instanceof expected)) {
      fail(message, `expected it to ${verb} a ${expected.name}, got ${show(error)}`, { actual: error });
    }
    return;
  }
  if (expected instanceof RegExp) {
    const text = error !== null && typeof error === 'object' ? error.message : undefined;
    if (typeof text !== 'string' || !expected.test(text)) {
      fail(message, `expected it to ${verb} an error whose message matches ${expected}, got ${show(error)}`, {
        actual: error,
      });
    }
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
      fail(message, `expected it to ${verb} an object like ${show(expected)}, got ${show(error)}`);
    }
    for (const key of Object.keys(expected)) {
      const want = expected[key];
      const got = error[key];
      if (want instanceof RegExp && typeof got === 'string') {
        if (!want.test(got)) fail(message, `expected ${key} to match ${want}, got ${show(got)} (in ${show(error)})`);
        continue;
      }
      const diff = deepDiff(got, want, key);
      if (diff) fail(message, `${diff} (in ${show(error)})`, { actual: error });
    }
    return;
  }
  throw new TypeError(`assert: unsupported expectation ${show(expected)}`);
}

/**
 * Awaits `promiseOrFn` (or the promise `promiseOrFn()` returns) and returns its rejection.
 * A function that throws synchronously instead of returning a rejected promise fails: the
 * API under test promises a rejection, not a synchronous throw.
 */
export async function rejects(promiseOrFn, expected, message) {
  let promise = promiseOrFn;
  if (typeof promiseOrFn === 'function') {
    try {
      promise = promiseOrFn();
    } catch (error) {
      fail(message, `expected a rejected promise, but the function threw synchronously: ${show(error)}`, {
        actual: error,
      });
    }
  }
  if (!promise || typeof promise.then !== 'function') {
    fail(message, `expected a promise, got ${show(promise)}`);
  }
  let value;
  try {
    value = await promise;
  } catch (error) {
    check(error, expected, message, 'reject with');
    return error;
  }
  return fail(message, `expected a rejection, but it resolved with ${show(value)}`);
}

/** Calls `fn` and returns what it threw; fails when it returns normally. */
export function throws(fn, expected, message) {
  let value;
  try {
    value = fn();
  } catch (error) {
    check(error, expected, message, 'throw');
    return error;
  }
  return fail(message, `expected it to throw, but it returned ${show(value)}`);
}
