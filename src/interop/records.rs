//! The records Rust hands to JS — a breaker's snapshot and state changes, `onRetry`'s event,
//! the client's rate-limit info and log events — serialised by serde-wasm-bindgen into plain JS
//! objects whose keys come in field order. A field that is `None` is `null`, unless the record
//! leaves it out (`skip_serializing_if`).

use serde::Serialize;
use wasm_bindgen::JsValue;

const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);

/// `record` as a JS object. The records here hold only strings, numbers and JS values, which
/// always serialise; undefined stands for a failure that cannot happen.
pub fn to_js<T: Serialize>(record: &T) -> JsValue {
    record.serialize(&SERIALIZER).unwrap_or(JsValue::UNDEFINED)
}

/// A breaker's `toJSON()`, which `CircuitBreaker.fromJSON` reads back.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CircuitSnapshot {
    pub state: &'static str,
    pub failure_count: u32,
    pub opened_at: Option<f64>,
}

/// What `onStateChange` hears.
#[derive(Serialize)]
pub struct StateChange {
    pub from: &'static str,
    pub to: &'static str,
    pub at: f64,
}

/// What `onRetry` hears before each wait.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryEvent {
    pub attempt: u32,
    pub delay_ms: f64,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub error: JsValue,
}

/// `client.rateLimit`: the `anthropic-ratelimit-*` headers of the latest response; a window
/// none of whose headers came is null.
#[cfg(feature = "client")]
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateLimitInfo {
    pub requests: Option<RateLimitWindow>,
    pub tokens: Option<RateLimitWindow>,
    pub input_tokens: Option<RateLimitWindow>,
    pub output_tokens: Option<RateLimitWindow>,
    pub retry_after_ms: Option<f64>,
    pub observed_at: f64,
}

#[cfg(feature = "client")]
#[derive(Serialize)]
pub struct RateLimitWindow {
    pub limit: Option<f64>,
    pub remaining: Option<f64>,
    pub reset: Option<String>,
}

/// One event of the client's `logger`: method, path, attempt, status and request id — never
/// the key, never a message body. The fields left `None` are left out.
#[cfg(feature = "client")]
#[derive(Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEvent<'a> {
    pub level: &'static str,
    pub event: &'static str,
    /// Filled in when the event is emitted, as is `method`.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub timestamp: JsValue,
    pub method: &'static str,
    pub endpoint: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempt: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
