// @ts-check
// Host helpers that have no Rust spelling worth its size.

/**
 * Marks a promise whose failure nobody needs as handled, so hosts report no unhandled rejection.
 * @param {Promise<unknown>} promise
 */
export function ignoreRejection(promise) {
  promise.catch(() => {});
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts. A host's
 * promise that ignores the abort (Node 20's fetch can stall a body read for good) then settles
 * nothing of ours: the listener goes with whichever comes first, and what the stalled promise
 * keeps is plain JS that is collected with it.
 * @template T
 * @param {T | PromiseLike<T>} promise
 * @param {AbortSignal} signal
 * @returns {Promise<T>}
 */
export function untilAborted(promise, signal) {
  if (signal.aborted) {
    // The abort decides; whatever `promise` still does is nobody's business.
    Promise.resolve(promise).catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Whether `value` is a real instance of the global class `name`, not merely an object on its
 * prototype: `Object.create(AbortSignal.prototype)` passes `instanceof` and then throws on
 * every use. The prototype's own `getter` throws for anything the class did not construct.
 * @param {unknown} value
 * @param {'AbortSignal' | 'Response'} name
 * @param {string} getter
 * @returns {boolean}
 */
export function isBranded(value, name, getter) {
  try {
    const read = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(globalThis[name].prototype, getter)).get;
    /** @type {() => unknown} */ (read).call(value);
    return true;
  } catch {
    return false;
  }
}
