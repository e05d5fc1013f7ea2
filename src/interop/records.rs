//! The records Rust hands to JS, as plain JS objects whose keys come in field order.
//!
//! The client's — rate-limit info and log events, with nested windows, nulls and fields left
//! out — are serde derives serialised by serde-wasm-bindgen: a field that is `None` is `null`,
//! unless the record leaves it out (`skip_serializing_if`). The records of the module without
//! the client — a breaker's snapshot and state changes, `onRetry`'s event, a retry budget's
//! level, two to four fields each — are built field by field: serde-wasm-bindgen's serialiser would cost that
//! module 2.3 KB gzip of its 32 KB (docs/decisions.md).

use wasm_bindgen::JsValue;

use super::object::set;

/// A breaker's `toJSON()`, which `CircuitBreaker.fromJSON` reads back.
pub struct CircuitSnapshot {
    pub state: &'static str,
    pub failure_count: u32,
    pub opened_at: Option<f64>,
}

impl CircuitSnapshot {
    pub fn to_js(&self) -> JsValue {
        let json = js_sys::Object::new();
        set(&json, "state", &self.state.into());
        set(&json, "failureCount", &self.failure_count.into());
        let opened_at = self.opened_at.map_or(JsValue::NULL, JsValue::from);
        set(&json, "openedAt", &opened_at);
        json.into()
    }
}

/// A retry budget's `toJSON()`: its level and its numbers.
pub struct BudgetSnapshot {
    pub tokens: f64,
    pub capacity: f64,
    pub retry_cost: f64,
    pub refill: f64,
}

impl BudgetSnapshot {
    pub fn to_js(&self) -> JsValue {
        let json = js_sys::Object::new();
        set(&json, "tokens", &self.tokens.into());
        set(&json, "capacity", &self.capacity.into());
        set(&json, "retryCost", &self.retry_cost.into());
        set(&json, "refill", &self.refill.into());
        json.into()
    }
}

/// What `onStateChange` hears.
pub struct StateChange {
    pub from: &'static str,
    pub to: &'static str,
    pub at: f64,
}

impl StateChange {
    pub fn to_js(&self) -> JsValue {
        let change = js_sys::Object::new();
        set(&change, "from", &self.from.into());
        set(&change, "to", &self.to.into());
        set(&change, "at", &self.at.into());
        change.into()
    }
}

/// What `onRetry` hears before each wait.
pub struct RetryEvent<'a> {
    pub attempt: u32,
    pub delay_ms: f64,
    pub error: &'a JsValue,
}

impl RetryEvent<'_> {
    pub fn to_js(&self) -> JsValue {
        let event = js_sys::Object::new();
        set(&event, "attempt", &self.attempt.into());
        set(&event, "delayMs", &self.delay_ms.into());
        set(&event, "error", self.error);
        event.into()
    }
}

#[cfg(feature = "client")]
pub use serialised::*;

/// The client's records, serialised by serde-wasm-bindgen.
#[cfg(feature = "client")]
mod serialised {
    use serde::Serialize;
    use wasm_bindgen::JsValue;

    const SERIALIZER: serde_wasm_bindgen::Serializer =
        serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);

    /// `record` as a JS object. The records here hold only strings, numbers and JS values,
    /// which always serialise; undefined stands for a failure that cannot happen.
    pub fn to_js<T: Serialize>(record: &T) -> JsValue {
        record.serialize(&SERIALIZER).unwrap_or(JsValue::UNDEFINED)
    }

    /// `client.rateLimit`: the `anthropic-ratelimit-*` headers of the latest response; a window
    /// none of whose headers came is null.
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

    #[derive(Serialize)]
    pub struct RateLimitWindow {
        pub limit: Option<f64>,
        pub remaining: Option<f64>,
        pub reset: Option<String>,
    }

    /// One event of the client's `logger`: method, path, attempt, status and request id — never
    /// the key, never a message body. The fields left `None` are left out.
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
}
