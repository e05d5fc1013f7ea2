//! Jitter's randomness, from `crypto.getRandomValues` through getrandom's JS backend.

use std::cell::RefCell;

/// Bytes drawn per call to the host: one `getRandomValues` costs ~2.6 µs in Node whatever its
/// size, so drawing 8 bytes per decision would make it the largest cost of a retry.
const BATCH: usize = 1024;

struct Pool {
    bytes: [u8; BATCH],
    used: usize,
}

thread_local! {
    static POOL: RefCell<Pool> = const { RefCell::new(Pool { bytes: [0; BATCH], used: BATCH }) };
}

/// A uniform number in [0, 1).
pub fn unit() -> f64 {
    let drawn = POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.used + 8 > BATCH {
            getrandom::fill(&mut pool.bytes).ok()?;
            pool.used = 0;
        }
        let start = pool.used;
        pool.used += 8;
        let mut word = [0u8; 8];
        word.copy_from_slice(pool.bytes.get(start..start + 8)?);
        Some(u64::from_le_bytes(word))
    });
    match drawn {
        // The top 53 bits fill an f64 mantissa exactly, so the result never reaches 1.
        Some(word) => (word >> 11) as f64 / (1u64 << 53) as f64,
        // A host without Web Crypto still deserves jitter rather than a failed call.
        None => js_sys::Math::random(),
    }
}
