//! Wall-clock time, as the breaker's snapshots and `Date.now()`-based events expect.

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}
