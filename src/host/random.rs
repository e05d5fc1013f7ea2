//! Jitter's randomness, from `crypto.getRandomValues` through getrandom's JS backend.

/// A uniform number in [0, 1).
pub fn unit() -> f64 {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        // A host without Web Crypto still deserves jitter rather than a failed call.
        return js_sys::Math::random();
    }
    // The top 53 bits fill an f64 mantissa exactly, so the result never reaches 1.
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}
