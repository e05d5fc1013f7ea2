//! Reading what the core needs to know off any thrown value: ours, the official SDK's, or
//! another client's (`status` / `statusCode`, `headers` as `Headers` or a plain object).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Headers;

use super::errors::{APIUserAbortError, CircuitOpenError};
use super::object::property;
use crate::core::classify::ErrorFacts;
use crate::core::retry_after::{parse_should_retry, server_delay_ms};

/// An integral HTTP status, or None.
fn status_of(error: &JsValue) -> Option<u16> {
    ["status", "statusCode"].iter().find_map(|name| {
        let value = property(error, name).as_f64()?;
        (value.fract() == 0.0 && (100.0..=999.0).contains(&value)).then_some(value as u16)
    })
}

/// A response header off `headers`, whether it is a `Headers` or a plain object.
pub fn header(headers: &JsValue, name: &'static str) -> Option<String> {
    if let Some(headers) = headers.dyn_ref::<Headers>() {
        return headers.get(name).ok().flatten();
    }
    property(headers, name).as_string()
}

/// An abort: a DOM `AbortError`, or an `APIUserAbortError` (ours, or the official SDK's, which
/// is told apart by name since it is another class).
fn is_abort(error: &JsValue) -> bool {
    error.is_instance_of::<APIUserAbortError>()
        || matches!(
            property(error, "name").as_string().as_deref(),
            Some("AbortError" | "APIUserAbortError")
        )
}

pub fn read_facts(error: &JsValue, now: f64) -> ErrorFacts {
    if !error.is_object() {
        return ErrorFacts::default();
    }
    let headers = property(error, "headers");
    // Our errors, and CircuitOpenError, carry the delay already resolved against the response time.
    let retry_after_ms = property(error, "retryAfterMs")
        .as_f64()
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .or_else(|| {
            server_delay_ms(
                header(&headers, "retry-after-ms").as_deref(),
                header(&headers, "retry-after").as_deref(),
                now,
            )
        });
    ErrorFacts {
        status: status_of(error),
        aborted: is_abort(error),
        should_retry: header(&headers, "x-should-retry")
            .as_deref()
            .and_then(parse_should_retry),
        retry_after_ms,
        circuit_open: error.is_instance_of::<CircuitOpenError>(),
    }
}
