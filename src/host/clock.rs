//! Wall-clock time, as the breaker's snapshots and `Date.now()`-based events expect.

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The time now as an ISO 8601 string, as log events carry it.
pub fn timestamp() -> js_sys::JsString {
    js_sys::Date::new_0().to_iso_string()
}
