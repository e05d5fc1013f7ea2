//! The typed errors a request ends in, built from what came back (or did not). Which class,
//! which message and which body fields an error carries follow the one list of classes in
//! src/js/errors.js; what is read here is the status, the body and the server's wait.

use js_sys::Object;
use wasm_bindgen::prelude::*;
use web_sys::Headers;

use crate::core::classify::status_for_error_type;
use crate::core::retry_after::server_delay_ms;
use crate::interop::errors::{self, make_error};
use crate::interop::object::{parse_json, property, set};

pub fn request_id(headers: &Headers) -> Option<String> {
    headers.get("request-id").ok().flatten()
}

/// A non-2xx response: the class by status, the body parsed (or kept as text when not JSON).
/// The status text is not part of the error: the official SDK words it from status and body.
pub fn status_error(status: u16, headers: Headers, text: String, now: f64) -> JsValue {
    let retry_after_ms = server_delay_ms(
        headers.get("retry-after-ms").ok().flatten().as_deref(),
        headers.get("retry-after").ok().flatten().as_deref(),
        now,
    );
    let text = JsValue::from(text);
    let body = parse_json(&text).unwrap_or(JsValue::UNDEFINED);
    errors::status_error(status, &body, &text, Some(headers), None, retry_after_ms)
}

/// What had arrived of the response when a request failed after its headers: they, and the
/// request id among them, travel with the error, since that is what support asks for.
fn received(headers: Option<&Headers>) -> [(&'static str, JsValue); 2] {
    [
        (
            "headers",
            headers.map_or(JsValue::UNDEFINED, |headers| headers.into()),
        ),
        (
            "requestId",
            headers
                .and_then(request_id)
                .map_or(JsValue::UNDEFINED, JsValue::from),
        ),
    ]
}

/// An `event: error` inside a stream, typed by its `error.type` (overloaded_error → 529 …).
/// `data` is the event's parsed JSON, or its text when it was not JSON.
pub fn stream_error(data: JsValue, headers: Option<&Headers>) -> JsValue {
    let error_type = property(&property(&data, "error"), "type").as_string();
    let status = status_for_error_type(error_type.as_deref().unwrap_or(""));
    let (body, text) = if data.is_string() {
        (JsValue::UNDEFINED, data)
    } else {
        (data, JsValue::UNDEFINED)
    };
    let id = headers.and_then(request_id);
    errors::status_error(status, &body, &text, headers.cloned(), id, None)
}

/// An error of a class without a response status, with `fields` as its init.
fn build(class_name: &str, message: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let init = Object::new();
    for (key, value) in fields {
        set(&init, key, value);
    }
    make_error(class_name, message, &init)
}

/// A 2xx whose body is not the JSON it should be.
pub fn invalid_body(status: u16, headers: Option<&Headers>, text: String) -> JsValue {
    let [headers, id] = received(headers);
    build(
        "APIError",
        "The response body is not valid JSON",
        &[
            ("status", status.into()),
            headers,
            id,
            ("error", text.into()),
        ],
    )
}

pub fn connection_error(cause: JsValue, headers: Option<&Headers>) -> JsValue {
    let [headers, id] = received(headers);
    build(
        "APIConnectionError",
        "Connection error.",
        &[("cause", cause), headers, id],
    )
}

/// A deadline ran out; `message` says which (the attempt's, the idle watchdog's, the call's).
pub fn timeout_error(message: &str, headers: Option<&Headers>) -> JsValue {
    build("APIConnectionTimeoutError", message, &received(headers))
}

pub fn abort_error(headers: Option<&Headers>) -> JsValue {
    build(
        "APIUserAbortError",
        "Request was aborted.",
        &received(headers),
    )
}
