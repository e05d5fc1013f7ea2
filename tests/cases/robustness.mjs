// Bad arguments and random input. Every bad argument gets a TypeError or RangeError that names
// it, before any work; random values thrown at every option only ever give those (never a wasm
// trap), and the module keeps working afterwards. The PRNG is seeded: a failure prints the seed,
// and `ctx.seed` replays it.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32: small, fast, good enough to pick test inputs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isArgError = (error) => error instanceof TypeError || error instanceof RangeError;

/** A wasm trap: `WebAssembly.RuntimeError` (e.g. "unreachable" after a Rust panic). */
function isTrap(error) {
  if (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) return true;
  if (error === null || typeof error !== 'object') return false;
  return error.name === 'RuntimeError' || /unreachable|RuntimeError/.test(String(error.message));
}

export default function cases(m, { assert, seed: givenSeed, mockUrl }) {
  const { retryWithBackoff, withFallback, CircuitBreaker } = m;

  /** Asserts `error` is a TypeError or RangeError whose message names `name`. */
  function namesOption(error, name, label) {
    assert.ok(isArgError(error), `${label}: expected a TypeError or RangeError, got ${error?.name}: ${error?.message}`);
    assert.ok(String(error.message).includes(name), `${label}: message ${JSON.stringify(error.message)} should name ${name}`);
  }

  /** An fn that must never run. */
  function untouched() {
    const fn = () => {
      fn.calls += 1;
      return 'ran';
    };
    fn.calls = 0;
    return fn;
  }

  async function rejectsNaming(start, name, label) {
    const fn = untouched();
    const error = await assert.rejects(() => start(fn), undefined, label);
    namesOption(error, name, label);
    assert.equal(fn.calls, 0, `${label}: fn must not run`);
    return error;
  }

  /** [option, bad value, the error class when only one makes sense (null: either)]. */
  const BAD_RETRY_OPTIONS = [
    ['maxRetries', -1, RangeError], ['maxRetries', 1.5, RangeError], ['maxRetries', NaN, null],
    ['maxRetries', '3', TypeError],
    ['baseDelay', -1, RangeError], ['baseDelay', NaN, null], ['baseDelay', Infinity, RangeError],
    ['baseDelay', '10', TypeError],
    ['maxDelay', -5, RangeError], ['maxDelay', NaN, null], ['maxDelay', Infinity, RangeError],
    ['timeout', -1, RangeError], ['timeout', NaN, null], ['timeout', '100', TypeError],
    ['jitter', 'sometimes', RangeError], ['jitter', 'Full', RangeError], ['jitter', 1, TypeError],
    ['retryableStatuses', 'x', TypeError], ['retryableStatuses', [1.5], RangeError],
    ['retryableStatuses', [429, '503'], null], ['retryableStatuses', 429, TypeError],
    ['shouldRetry', true, TypeError], ['shouldRetry', 'yes', TypeError],
    ['onRetry', 'log', TypeError], ['onRetry', {}, TypeError],
    ['signal', {}, TypeError], ['signal', { aborted: false }, TypeError], ['signal', 'signal', TypeError],
    ['respectRetryAfter', 'yes', TypeError],
    ['retryBudget', true, TypeError], ['retryBudget', {}, TypeError], ['retryBudget', { capacity: 5 }, TypeError],
  ];

  /** A seeded generator of hostile values. */
  function values(random) {
    const pick = (list) => list[Math.floor(random() * list.length)];
    const numbers = [0, -0, 1, -1, 2, 3, 0.5, 1.5, -1.5, NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 31, 2 ** 32,
      2 ** 32 + 1, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 100, 429, 503, 999, 1000,
      1e-9, 4294967295, 4294967296, 1e21];
    const strings = ['', '0', '3', '1.5', '-1', 'NaN', 'full', 'none', 'additive', 'equal', 'decorrelated', 'CLOSED',
      'OPEN', 'HALF_OPEN', 'x', 'sk-ant-api03-secret', '\u0000', '🦀', 'true', 'false', ' 10 ', '1e400'];
    const functions = [() => {}, () => true, () => false, () => 0, () => NaN, () => 'yes', () => null,
      async () => true, function named() { return this; }, class Klass {}, Math.max];
    const self = {
      number: () => (random() < 0.6 ? pick(numbers) : (random() - 0.5) * 10 ** Math.floor(random() * 12)),
      string: () => (random() < 0.7 ? pick(strings) : Math.random().toString(36).slice(2)),
      any(depth = 0) {
        const kind = Math.floor(random() * 14);
        switch (kind) {
          case 0: case 1: case 2: return self.number();
          case 3: return self.string();
          case 4: return null;
          case 5: return undefined;
          case 6: return random() < 0.5;
          case 7: return Symbol(self.string());
          case 8: return pick(functions);
          case 9: return pick([0n, 1n, -1n, 10n ** 30n]);
          case 10: return depth > 1 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => self.any(depth + 1));
          case 11: {
            if (depth > 1) return {};
            const o = {};
            for (let i = Math.floor(random() * 3); i > 0; i--) o[pick(['status', 'state', 'x', 'length', 'name'])] = self.any(depth + 1);
            return o;
          }
          case 12: return pick([new Date(NaN), new Date(), /re/, new Map(), Object.create(null), new Headers()]);
          default: return pick([new AbortController().signal, AbortSignal.abort('gone'), new Error('e'), new TypeError('t')]);
        }
      },
      /** How hostile the options of the next call are: often not at all, so that valid but
       *  extreme values get exercised too, not only the argument checks. */
      junkRate: 0,
      nextCall() {
        self.junkRate = pick([0, 0, 0.08, 0.2, 0.6]);
      },
      /** A value for an option: hostile (at the call's junk rate), else absent or valid. */
      option(valid) {
        if (random() < self.junkRate) return self.any();
        return random() < 0.3 ? undefined : pick(valid);
      },
      /** Something fn might throw: random shapes with statuses, headers, names. */
      thrown() {
        const r = random();
        if (r < 0.15) return self.any();
        const error = random() < 0.5 ? new Error('boom') : {};
        if (random() < 0.6) error.status = random() < 0.5 ? pick([400, 429, 500, 503, 529]) : self.any();
        if (random() < 0.2) error.statusCode = self.any();
        if (random() < 0.15) error.name = pick(['AbortError', 'TimeoutError', self.string()]);
        if (random() < 0.2) error.retryAfterMs = random() < 0.5 ? pick([0, 1, 3, -1, NaN, Infinity]) : self.any();
        if (random() < 0.4) {
          const header = () => pick(['1', '0', '0.002', '-1', 'NaN', 'Infinity', '1e3', 'true', 'false', 'TRUE', '',
            'Wed, 21 Oct 2015 07:28:00 GMT', new Date(Date.now() + 3).toUTCString(), 'garbage', '99999999999999999999']);
          const fields = {};
          for (const name of ['retry-after-ms', 'retry-after', 'x-should-retry']) if (random() < 0.6) fields[name] = header();
          error.headers = random() < 0.4 ? new Headers(fields) : random() < 0.8 ? fields : self.any();
        }
        return error;
      },
      pick,
    };
    return self;
  }

  const JITTERS = ['additive', 'full', 'equal', 'decorrelated', 'none'];
  /** One budget shared by the fuzzed calls that draw it. */
  const fuzzBudget = new m.RetryBudget({ capacity: 20 });
  const STATES = ['CLOSED', 'OPEN', 'HALF_OPEN'];

  return [
    // ─────────────── bad arguments, one at a time ───────────────

    ['retryWithBackoff: fn that is not a function rejects with a TypeError naming fn', async () => {
      for (const fn of [undefined, null, 42, 'fn', {}, Promise.resolve(1)]) {
        const error = await assert.rejects(() => retryWithBackoff(fn), TypeError, `fn = ${String(fn)}`);
        assert.match(error.message, /\bfn\b/);
        const withOptions = await assert.rejects(() => retryWithBackoff(fn, { maxRetries: 1 }), TypeError);
        assert.match(withOptions.message, /\bfn\b/);
      }
    }],

    ['retryWithBackoff: each bad option rejects with a TypeError/RangeError naming it, before fn runs', async () => {
      for (const [name, value, kind] of BAD_RETRY_OPTIONS) {
        const label = `${name}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
        const error = await rejectsNaming((fn) => retryWithBackoff(fn, { [name]: value }), name, label);
        if (kind) assert.ok(error instanceof kind, `${label}: expected ${kind.name}, got ${error.name}`);
      }
    }],

    ['retryWithBackoff positional form: bad maxRetries/baseDelay/maxDelay are named', async () => {
      await rejectsNaming((fn) => retryWithBackoff(fn, -1), 'maxRetries', 'positional maxRetries -1');
      await rejectsNaming((fn) => retryWithBackoff(fn, 1.5), 'maxRetries', 'positional maxRetries 1.5');
      await rejectsNaming((fn) => retryWithBackoff(fn, NaN, 1, 2), 'maxRetries', 'positional maxRetries NaN');
      await rejectsNaming((fn) => retryWithBackoff(fn, 2, -1), 'baseDelay', 'positional baseDelay -1');
      await rejectsNaming((fn) => retryWithBackoff(fn, 2, Infinity), 'baseDelay', 'positional baseDelay Infinity');
      await rejectsNaming((fn) => retryWithBackoff(fn, 2, 1, NaN), 'maxDelay', 'positional maxDelay NaN');
      await rejectsNaming((fn) => retryWithBackoff(fn, 2, 1, -3), 'maxDelay', 'positional maxDelay -3');
    }],

    ['withFallback: fn that is not a function rejects with a TypeError naming fn', async () => {
      for (const fn of [undefined, null, 'value', 7, {}]) {
        const error = await assert.rejects(() => withFallback(fn, 'fallback'), TypeError, `fn = ${String(fn)}`);
        assert.match(error.message, /\bfn\b/);
      }
    }],

    ['CircuitBreaker.call: a non-function rejects with a TypeError naming fn; the breaker is unaffected', async () => {
      const cb = new CircuitBreaker({ failureThreshold: 1 });
      for (const fn of [undefined, null, 'x', 1, {}]) {
        const error = await assert.rejects(() => cb.call(fn), TypeError, `fn = ${String(fn)}`);
        assert.match(error.message, /\bfn\b/);
      }
      assert.equal(cb.state, 'CLOSED');
      assert.equal(cb.failureCount, 0);
      assert.equal(await cb.call(() => 1), 1);
    }],

    ['new CircuitBreaker: each bad option throws a TypeError/RangeError naming it', async () => {
      const bad = [
        ['failureThreshold', 0, RangeError], ['failureThreshold', -1, RangeError], ['failureThreshold', 2.5, RangeError],
        ['failureThreshold', NaN, null], ['failureThreshold', '5', TypeError],
        ['recoveryTimeout', -1, RangeError], ['recoveryTimeout', NaN, null],
        ['recoveryTimeout', '30s', TypeError],
        ['halfOpenMaxCalls', 0, RangeError], ['halfOpenMaxCalls', 1.5, RangeError], ['halfOpenMaxCalls', -2, RangeError],
        ['isFailure', true, TypeError], ['onStateChange', 'log', TypeError],
      ];
      for (const [name, value, kind] of bad) {
        const label = `${name}: ${String(value)}`;
        const error = assert.throws(() => new CircuitBreaker({ [name]: value }), undefined, label);
        namesOption(error, name, label);
        if (kind) assert.ok(error instanceof kind, `${label}: expected ${kind.name}, got ${error.name}`);
      }
      namesOption(assert.throws(() => new CircuitBreaker(0, 1000)), 'failureThreshold', 'positional failureThreshold 0');
      namesOption(assert.throws(() => new CircuitBreaker(2.5)), 'failureThreshold', 'positional failureThreshold 2.5');
      namesOption(assert.throws(() => new CircuitBreaker(5, -1)), 'recoveryTimeout', 'positional recoveryTimeout -1');
    }],

    ['CircuitBreaker.fromJSON: a bad snapshot or option throws a TypeError/RangeError naming it', async () => {
      const good = { state: 'CLOSED', failureCount: 0, openedAt: null };
      const bad = [
        [{ ...good, state: 'BROKEN' }, 'state'],
        [{ ...good, state: 'CLOSED ' }, 'state'],
        [{ ...good, state: 'closed' }, 'state'],
        [{ ...good, state: undefined }, 'state'],
        [{ ...good, state: 1 }, 'state'],
        [{ ...good, failureCount: -1 }, 'failureCount'],
        [{ ...good, failureCount: 1.5 }, 'failureCount'],
        [{ ...good, failureCount: 'two' }, 'failureCount'],
        [{ state: 'OPEN', failureCount: 5, openedAt: null }, 'openedAt'],
        [{ state: 'OPEN', failureCount: 5, openedAt: 'yesterday' }, 'openedAt'],
        [{ state: 'OPEN', failureCount: 5, openedAt: NaN }, 'openedAt'],
      ];
      for (const [snapshot, name] of bad) {
        const label = `snapshot ${JSON.stringify(snapshot)}`;
        namesOption(assert.throws(() => CircuitBreaker.fromJSON(snapshot), undefined, label), name, label);
      }
      for (const snapshot of [null, undefined, 'CLOSED', 42]) {
        const error = assert.throws(() => CircuitBreaker.fromJSON(snapshot), TypeError, `snapshot ${String(snapshot)}`);
        assert.match(error.message, /snapshot/);
      }
      namesOption(assert.throws(() => CircuitBreaker.fromJSON(good, { failureThreshold: 0 })), 'failureThreshold',
        'fromJSON options.failureThreshold 0');
      namesOption(assert.throws(() => CircuitBreaker.fromJSON(good, { halfOpenMaxCalls: 0 })), 'halfOpenMaxCalls',
        'fromJSON options.halfOpenMaxCalls 0');
    }],

    ['bad arguments never echo a string value (an API key in the wrong place stays out of messages)', async () => {
      const secret = 'sk-ant-api03-DO-NOT-LEAK';
      const errors = [
        await assert.rejects(() => retryWithBackoff(() => 1, { maxRetries: secret })),
        await assert.rejects(() => retryWithBackoff(() => 1, { jitter: secret })),
        await assert.rejects(() => retryWithBackoff(() => 1, { retryableStatuses: [secret] })),
        await assert.rejects(() => retryWithBackoff(() => 1, secret)),
        assert.throws(() => new CircuitBreaker({ recoveryTimeout: secret })),
        assert.throws(() => CircuitBreaker.fromJSON({ state: secret, failureCount: 0, openedAt: null })),
      ];
      for (const error of errors) {
        assert.ok(isArgError(error), `${error.name}: ${error.message}`);
        assert.ok(!String(error.message).includes(secret), `message echoes the value: ${error.message}`);
      }
    }],

    // ─────────────── random input ───────────────

    ['random values at every option: only TypeError/RangeError, never a wasm trap; the module still works', async () => {
      const seed = Number.isInteger(givenSeed) ? givenSeed : Math.floor(Math.random() * 2 ** 32);
      const random = prng(seed);
      const gen = values(random);
      const describe = (value) => {
        try {
          return JSON.stringify(value, (_, v) => {
            if (typeof v === 'bigint') return `${v}n`;
            if (typeof v === 'symbol') return v.toString();
            if (typeof v === 'function') return `[function ${v.name}]`;
            if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return Object.is(v, -0) ? '-0' : String(v);
            if (v === undefined) return '[undefined]';
            if (v instanceof AbortSignal) return `[AbortSignal aborted=${v.aborted}]`;
            if (v instanceof Headers) return `[Headers ${JSON.stringify([...v])}]`;
            return v;
          });
        } catch {
          return String(value);
        }
      };
      const failure = (index, what, input, outcome) => {
        const text = outcome instanceof Error || (outcome && typeof outcome === 'object' && 'message' in outcome)
          ? `${outcome.name}: ${outcome.message}` : describe(outcome);
        return new Error(`robustness seed=${seed} (replay with ctx.seed=${seed}) case #${index} ${what}(${input}) → ${text}`);
      };
      const started = performance.now();

      // retryWithBackoff: every option random, plus the positional form. fn either succeeds at
      // once or throws one random value first. Calls that can wait are bounded by our own signal,
      // aborted shortly after; with a foreign or no signal, fn succeeds at once.
      const pending = [];
      for (let i = 0; i < 160; i++) {
        const known = new Set();
        const controller = new AbortController();
        const stop = new Error('fuzz stop');
        known.add(stop);
        let options;
        let args;
        let mayWait;
        const shape = random();
        if (shape < 0.15) {
          gen.nextCall();
          const maxDelay = gen.option([0, 1, 5, 20, 1e308]);
          args = [gen.option([0, 1, 2, 5, 4294967295]), gen.option([0, 1, 2, 0.5, 1e308]), maxDelay];
          mayWait = typeof maxDelay === 'number' && maxDelay >= 0 && maxDelay <= 20;
        } else if (shape < 0.22) {
          args = [gen.any()];
          mayWait = false;
        } else {
          gen.nextCall();
          options = {
            maxRetries: gen.option([0, 1, 2, 3, 4294967295]),
            baseDelay: gen.option([0, 1, 2, 10, 0.5, 1e308, Number.MAX_VALUE]),
            maxDelay: gen.option([0, 1, 5, 50, 1e308, Number.MIN_VALUE]),
            jitter: gen.option(JITTERS),
            retryableStatuses: gen.option([[429, 503], [], [500], [100, 999]]),
            shouldRetry: gen.option([() => true, () => false, (e, n) => n < 1, () => 'truthy', () => undefined]),
            respectRetryAfter: gen.option([true, false]),
            timeout: gen.option([0, 5, 50, 10_000, 1e308, 2 ** 31]),
            onRetry: gen.option([() => {}, () => 'ignored']),
            signal: random() < 0.8 ? controller.signal : gen.option([AbortSignal.abort(stop)]),
            retryBudget: gen.option([false, fuzzBudget]),
          };
          for (const key of Object.keys(options)) if (options[key] === undefined && random() < 0.5) delete options[key];
          args = [options];
          mayWait = options.signal === controller.signal;
        }
        const value = { i };
        // Junk fn: a non-function (a junk function would be called, and could wait unbounded).
        const fnIsJunk = random() < 0.05;
        const junk = gen.any();
        let calls = 0;
        const fn = fnIsJunk ? (typeof junk === 'function' ? 42 : junk) : () => {
          calls += 1;
          if (mayWait && calls === 1 && random() < 0.7) {
            const thrown = gen.thrown();
            known.add(thrown);
            throw thrown;
          }
          return random() < 0.5 ? value : Promise.resolve(value);
        };
        const input = `fn=${fnIsJunk ? describe(fn) : 'fn'}, ${args.map(describe).join(', ')}`;
        let promise;
        try {
          promise = retryWithBackoff(fn, ...args);
        } catch (error) {
          throw failure(i, 'retryWithBackoff threw synchronously', input, error);
        }
        if (!promise || typeof promise.then !== 'function') throw failure(i, 'retryWithBackoff returned no promise', input, promise);
        pending.push(promise.then(
          (result) => {
            if (result !== value) return failure(i, 'retryWithBackoff resolved with a foreign value', input, result);
            return null;
          },
          (error) => {
            if (isTrap(error)) return failure(i, 'retryWithBackoff trapped', input, error);
            if (isArgError(error) || known.has(error) || error === controller.signal.reason) return null;
            // A timeout or an aborted signal passed in as an option rejects with its reason.
            if (options && options.signal instanceof AbortSignal && error === options.signal.reason) return null;
            if (options && typeof options.timeout === 'number' && error && error.name === 'TimeoutError') return null;
            return failure(i, 'retryWithBackoff rejected with an unexpected value', input, error);
          },
        ));
        setTimeout(() => controller.abort(stop), 15);
      }

      // withFallback: random fn and random fallback.
      for (let i = 0; i < 60; i++) {
        gen.nextCall();
        const known = new Set();
        const thrown = gen.thrown();
        known.add(thrown);
        const fnValue = gen.any();
        const fn = random() < 0.15 ? gen.any() : random() < 0.5 ? () => fnValue : () => {
          throw thrown;
        };
        const fallbackError = new Error('fallback failed');
        known.add(fallbackError);
        const r = random();
        const fallback = r < 0.4 ? gen.any() : r < 0.7 ? (e) => e : r < 0.85 ? async () => gen.any() : () => {
          throw fallbackError;
        };
        const input = `${describe(fn)}, ${describe(fallback)}`;
        let promise;
        try {
          promise = withFallback(fn, fallback);
        } catch (error) {
          throw failure(i, 'withFallback threw synchronously', input, error);
        }
        pending.push(promise.then(() => null, (error) => {
          if (isTrap(error)) return failure(i, 'withFallback trapped', input, error);
          if (isArgError(error) || known.has(error)) return null;
          return failure(i, 'withFallback rejected with an unexpected value', input, error);
        }));
      }

      // CircuitBreaker: random constructor options (object and positional), random snapshots,
      // then calls with random outcomes through whatever got built.
      for (let i = 0; i < 120; i++) {
        let options;
        const r = random();
        gen.nextCall();
        if (r < 0.2) options = [gen.option([1, 2, 5, 4294967295]), gen.option([0, 10, 1000, 1e308])];
        else if (r < 0.3) options = [gen.any()];
        else {
          options = [{
            failureThreshold: gen.option([1, 2, 3, 4294967295]),
            recoveryTimeout: gen.option([0, 5, 60_000, 1e308, Number.MIN_VALUE]),
            halfOpenMaxCalls: gen.option([1, 2, 4294967295]),
            isFailure: gen.option([() => true, () => false, () => 'yes', () => undefined]),
            onStateChange: gen.option([() => {}, () => 1]),
          }];
        }
        const fromJson = random() < 0.4;
        const snapshot = fromJson
          ? (random() < 0.2 ? gen.any() : {
              state: gen.option(STATES),
              failureCount: gen.option([0, 1, 4, 4294967295]),
              openedAt: random() < 0.3 ? null : gen.option([Date.now(), Date.now() - 1e6, 0, 1e308, 0.5]),
            })
          : undefined;
        const input = fromJson ? `fromJSON(${describe(snapshot)}, ${describe(options[0])})` : `new(${options.map(describe).join(', ')})`;
        let cb;
        try {
          cb = fromJson ? CircuitBreaker.fromJSON(snapshot, options[0]) : new CircuitBreaker(...options);
        } catch (error) {
          if (isTrap(error) || !isArgError(error)) throw failure(i, 'CircuitBreaker', input, error);
          continue;
        }
        try {
          for (let k = 0; k < 4; k++) {
            if (!STATES.includes(cb.state)) throw failure(i, 'CircuitBreaker state', input, cb.state);
            const known = new Set();
            const thrown = gen.thrown();
            known.add(thrown);
            const ret = { k };
            const outcome = random();
            const fnIsJunk = outcome < 0.1;
            const fn = fnIsJunk ? gen.any() : outcome < 0.55 ? () => {
              throw thrown;
            } : () => ret;
            try {
              const got = await cb.call(fn);
              if (!fnIsJunk && got !== ret) throw failure(i, 'CircuitBreaker.call resolved with a foreign value', input, got);
            } catch (error) {
              if (error instanceof Error && error.message.startsWith('robustness seed=')) throw error;
              if (isTrap(error)) throw failure(i, 'CircuitBreaker.call trapped', input, error);
              if (!(isArgError(error) || known.has(error) || error instanceof m.CircuitOpenError)) {
                throw failure(i, 'CircuitBreaker.call rejected with an unexpected value', input, error);
              }
            }
          }
          const json = cb.toJSON();
          if (!STATES.includes(json.state) || !Number.isInteger(json.failureCount)) throw failure(i, 'toJSON', input, json);
          CircuitBreaker.fromJSON(json, options.length === 1 && typeof options[0] === 'object' ? options[0] : undefined);
          try {
            cb.reset();
          } catch (error) {
            // A junk onStateChange (a class) throws its own TypeError from the announcement.
            if (!isArgError(error)) throw error;
          }
          if (cb.state !== 'CLOSED') throw failure(i, 'reset', input, cb.state);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('robustness seed=')) throw error;
          throw failure(i, 'CircuitBreaker use', input, error);
        }
      }

      const problems = (await Promise.all(pending)).filter(Boolean);
      if (problems.length) throw problems[0];
      const took = performance.now() - started;
      assert.ok(took < 2000, `robustness seed=${seed}: the fuzz took ${took.toFixed(0)} ms (bound 2000)`);

      // The module still works.
      let n = 0;
      assert.equal(await retryWithBackoff(() => {
        n += 1;
        if (n < 2) throw Object.assign(new Error('x'), { status: 503 });
        return 'alive';
      }, { baseDelay: 1, jitter: 'none' }), 'alive', `robustness seed=${seed}: retry after the fuzz`);
      const cb = new CircuitBreaker({ failureThreshold: 1, recoveryTimeout: 10 });
      assert.equal(await cb.call(() => 'alive'), 'alive', `robustness seed=${seed}: breaker after the fuzz`);
      await assert.rejects(() => cb.call(() => Promise.reject(new Error('down'))));
      assert.equal(cb.state, 'OPEN');
      await sleep(15);
      assert.equal(await cb.call(() => 'probe'), 'probe');
      assert.equal(await withFallback(() => {
        throw new Error('x');
      }, 'fallback'), 'fallback', `robustness seed=${seed}: withFallback after the fuzz`);
    }],

    ['Anthropic: random values at every client option, request option and param: never a trap; the client still works', async () => {
      const seed = Number.isInteger(givenSeed) ? givenSeed : Math.floor(Math.random() * 2 ** 32);
      const random = prng(seed);
      const gen = values(random);
      const ok = (error) => isArgError(error) || error instanceof m.AnthropicError;
      const fail = (i, what, error) =>
        new Error(`robustness seed=${seed} (replay with ctx.seed=${seed}) case #${i} ${what} → ${error?.name}: ${error?.message}`);
      await fetch(`${mockUrl}/__mock/reset`, { method: 'POST' });
      const pending = [];
      for (let i = 0; i < 120; i++) {
        gen.nextCall();
        // Never a random address: every request this makes goes to the loopback mock.
        const options = {
          apiKey: gen.option(['sk-ant-test', null, 'bad\nkey']),
          baseURL: mockUrl,
          maxRetries: gen.option([0, 1]),
          timeout: gen.option([0, 50, 5000, 1e308]),
          retry: gen.option([{ baseDelay: 1, maxDelay: 2 }, { jitter: 'none', baseDelay: 0 }]),
          circuitBreaker: gen.option([false, { failureThreshold: 2 }, new m.CircuitBreaker()]),
          dangerouslyAllowBrowser: gen.option([true, false]),
          defaultHeaders: gen.option([{ 'x-extra': 'yes' }, {}]),
          fetch: random() < 0.1 ? gen.any() : undefined,
          logger: gen.option([() => {}, () => { throw new Error('logger'); }]),
          streamIdleTimeout: gen.option([0, 30, null, 120_000]),
          totalTimeout: gen.option([0, 40, null, 10_000]),
          resume: gen.option([true, false]),
          retryBudget: gen.option([false, { capacity: 5 }, { retryCost: 0, refill: 0 }]),
          pace: gen.option([true, false]),
          estimateInputTokens: gen.option([() => 1, () => { throw new TypeError('no estimate'); }, () => 'many']),
        };
        let client;
        try {
          client = new m.Anthropic(options);
        } catch (error) {
          if (isTrap(error) || !ok(error)) throw fail(i, 'new Anthropic', error);
          continue;
        }
        const params = random() < 0.15 ? gen.any() : {
          model: gen.option(['claude-sonnet-4-5']) ?? 'claude-sonnet-4-5',
          max_tokens: gen.option([1, 16]),
          messages: gen.option([[{ role: 'user', content: 'hi' }], []]),
          stream: random() < 0.1 ? gen.any() : undefined,
          metadata: gen.option([{ user_id: 'u' }]),
        };
        const controller = new AbortController();
        const request = random() < 0.1 ? gen.any() : {
          signal: gen.option([controller.signal]),
          timeout: gen.option([1, 1000]),
          maxRetries: gen.option([0, 1]),
          headers: gen.option([{ 'x-request': 'r' }]),
          fallbackModels: gen.option([['claude-haiku-4-5'], []]),
          streamIdleTimeout: gen.option([0, 30, null]),
          totalTimeout: gen.option([0, 40, null]),
          resume: gen.option([true, false]),
        };
        const kind = Math.floor(random() * 3);
        const call = async () => {
          if (kind === 0) return client.messages.create(params, request);
          if (kind === 1) return client.messages.countTokens(params, request);
          const stream = client.messages.stream(params, request);
          for await (const event of stream) void event;
          return stream.finalText();
        };
        pending.push(
          call().then(
            () => null,
            (error) => (isTrap(error) || !ok(error) ? fail(i, ['create', 'countTokens', 'stream'][kind], error) : null),
          ),
        );
        setTimeout(() => controller.abort(), 20);
      }
      const problems = (await Promise.all(pending)).filter(Boolean);
      if (problems.length) throw problems[0];

      const client = new m.Anthropic({ apiKey: 'sk-ant-test', baseURL: mockUrl, dangerouslyAllowBrowser: true });
      const message = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] });
      assert.equal(message.type, 'message', `robustness seed=${seed}: the client works after the fuzz`);
    }],
  ];
}
