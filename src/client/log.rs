//! The `logger` option's structured events. They carry method, path, attempt, status and
//! request id — never the key, never a message body.

use js_sys::{Date, Function, Object, Reflect};
use wasm_bindgen::JsValue;

#[derive(Default)]
pub struct LogEvent<'a> {
    pub level: &'static str,
    pub event: &'static str,
    pub endpoint: &'a str,
    pub attempt: Option<u32>,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    pub error_type: Option<String>,
    pub delay_ms: Option<f64>,
    pub duration_ms: Option<f64>,
    pub message: Option<String>,
}

/// Hands the event to the logger; a logger that throws must not fail the request.
pub fn emit(logger: Option<&Function>, event: LogEvent) {
    let Some(logger) = logger else {
        return;
    };
    let record = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&record, &key.into(), &value);
    };
    set("level", event.level.into());
    set("event", event.event.into());
    set("timestamp", Date::new_0().to_iso_string().into());
    set("method", "POST".into());
    set("endpoint", event.endpoint.into());
    if let Some(attempt) = event.attempt {
        set("attempt", attempt.into());
    }
    if let Some(status) = event.status {
        set("status", status.into());
    }
    if let Some(id) = event.request_id {
        set("requestId", id.into());
    }
    if let Some(kind) = event.error_type {
        set("errorType", kind.into());
    }
    if let Some(delay) = event.delay_ms {
        set("delayMs", delay.into());
    }
    if let Some(duration) = event.duration_ms {
        set("durationMs", duration.into());
    }
    if let Some(message) = event.message {
        set("message", message.into());
    }
    let _ = logger.call1(&JsValue::UNDEFINED, &record);
}
