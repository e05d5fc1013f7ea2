// @ts-check
// Host helpers that have no Rust spelling worth its size.

/**
 * Marks a promise whose failure nobody needs as handled, so hosts report no unhandled rejection.
 * @param {Promise<unknown>} promise
 */
export function ignoreRejection(promise) {
  promise.catch(() => {});
}
