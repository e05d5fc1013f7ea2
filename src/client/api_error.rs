//! The typed errors a request ends in, built from what came back (or did not).

use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use web_sys::Headers;

use crate::bindings::errors::make_error;
use crate::bindings::facts::property;
use crate::bindings::options::number_text;
use crate::core::classify::{error_class_for_status, status_for_error_type};
use crate::core::retry_after::server_delay_ms;

/// The properties every APIError carries; absent ones stay `undefined` / null.
#[derive(Default)]
pub struct ErrorInit {
    pub status: Option<u16>,
    pub error_type: Option<String>,
    pub request_id: Option<String>,
    pub headers: Option<Headers>,
    pub body: JsValue,
    pub retry_after_ms: Option<f64>,
    pub cause: Option<JsValue>,
}

impl ErrorInit {
    fn build(self, class_name: &str, message: &str) -> JsValue {
        let init = Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = Reflect::set(&init, &key.into(), &value);
        };
        if let Some(status) = self.status {
            set("status", status.into());
        }
        set("type", self.error_type.map_or(JsValue::NULL, JsValue::from));
        set(
            "requestId",
            self.request_id.map_or(JsValue::NULL, JsValue::from),
        );
        if let Some(headers) = self.headers {
            set("headers", headers.into());
        }
        set("error", self.body);
        set(
            "retryAfterMs",
            self.retry_after_ms.map_or(JsValue::NULL, JsValue::from),
        );
        if let Some(cause) = self.cause {
            set("cause", cause);
        }
        make_error(class_name, message, &init)
    }
}

pub fn request_id(headers: &Headers) -> Option<String> {
    headers.get("request-id").ok().flatten()
}

/// `error.type` and `error.message` of an API error body.
fn error_fields(body: &JsValue) -> (Option<String>, Option<String>) {
    let error = property(body, "error");
    (
        property(&error, "type").as_string(),
        property(&error, "message").as_string(),
    )
}

/// A non-2xx response: the class by status, the body parsed (or kept as text when not JSON).
pub fn status_error(
    status: u16,
    status_text: &str,
    headers: Headers,
    text: String,
    now: f64,
) -> JsValue {
    let body = JSON::parse(&text).unwrap_or_else(|_| JsValue::from(text));
    let (error_type, api_message) = error_fields(&body);
    let code = number_text(f64::from(status));
    let message = match (&error_type, &api_message) {
        (Some(kind), Some(text)) => format!("{code} {kind}: {text}"),
        (Some(kind), None) => format!("{code} {kind}"),
        _ if status_text.is_empty() => format!("{code} status code"),
        _ => format!("{code} {status_text}"),
    };
    let retry_after_ms = server_delay_ms(
        headers.get("retry-after-ms").ok().flatten().as_deref(),
        headers.get("retry-after").ok().flatten().as_deref(),
        now,
    );
    ErrorInit {
        status: Some(status),
        request_id: request_id(&headers).or_else(|| property(&body, "request_id").as_string()),
        error_type,
        headers: Some(headers),
        body,
        retry_after_ms,
        cause: None,
    }
    .build(error_class_for_status(status), &message)
}

/// What had arrived of the response when a request failed after its headers: they, and the
/// request id among them, travel with the error, since that is what support asks for.
fn received(headers: Option<&Headers>) -> ErrorInit {
    ErrorInit {
        request_id: headers.and_then(request_id),
        headers: headers.cloned(),
        ..ErrorInit::default()
    }
}

/// An `event: error` inside a stream, typed by its `error.type` (overloaded_error → 529 …).
pub fn stream_error(body: JsValue, headers: Option<&Headers>) -> JsValue {
    let (error_type, api_message) = error_fields(&body);
    let status = status_for_error_type(error_type.as_deref().unwrap_or(""));
    let message = format!(
        "{} {}: {}",
        number_text(f64::from(status)),
        error_type.as_deref().unwrap_or("error"),
        api_message
            .as_deref()
            .unwrap_or("error event in the stream")
    );
    ErrorInit {
        status: Some(status),
        error_type,
        body,
        ..received(headers)
    }
    .build(error_class_for_status(status), &message)
}

/// A 2xx whose body is not the JSON it should be.
pub fn invalid_body(status: u16, headers: Option<&Headers>, text: String) -> JsValue {
    ErrorInit {
        status: Some(status),
        body: text.into(),
        ..received(headers)
    }
    .build("APIError", "The response body is not valid JSON")
}

pub fn connection_error(cause: JsValue, headers: Option<&Headers>) -> JsValue {
    ErrorInit {
        cause: Some(cause),
        ..received(headers)
    }
    .build("APIConnectionError", "Connection error.")
}

/// A deadline ran out; `message` says which (the attempt's, the idle watchdog's, the call's).
pub fn timeout_error(message: &str, headers: Option<&Headers>) -> JsValue {
    received(headers).build("APIConnectionTimeoutError", message)
}

pub fn abort_error(headers: Option<&Headers>) -> JsValue {
    received(headers).build("APIUserAbortError", "Request was aborted.")
}
