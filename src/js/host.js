// Host helpers that have no Rust spelling worth its size.

/** Marks a promise whose failure nobody needs as handled, so hosts report no unhandled rejection. */
export function ignoreRejection(promise) {
  promise.catch(() => {});
}
