//! The JS error classes (src/js/errors.js), re-exported as the package's own, and the
//! TypeError / RangeError that bad arguments get.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/js/errors.js")]
extern "C" {
    #[wasm_bindgen(extends = js_sys::Error, reexport)]
    pub type AnthropicError;
    #[wasm_bindgen(extends = AnthropicError, reexport)]
    pub type APIError;
    #[wasm_bindgen(extends = APIError, reexport)]
    pub type APIConnectionError;
    #[wasm_bindgen(extends = APIConnectionError, reexport)]
    pub type APIConnectionTimeoutError;
    #[wasm_bindgen(extends = APIError, reexport)]
    pub type APIUserAbortError;
    #[wasm_bindgen(extends = APIError, reexport)]
    pub type APIStatusError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type BadRequestError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type AuthenticationError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type PermissionDeniedError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type NotFoundError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type ConflictError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type RequestTooLargeError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type UnprocessableEntityError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type RateLimitError;
    #[wasm_bindgen(extends = APIStatusError, reexport)]
    pub type InternalServerError;
    #[wasm_bindgen(extends = InternalServerError, reexport)]
    pub type OverloadedError;
    #[wasm_bindgen(extends = AnthropicError, reexport)]
    pub type CircuitOpenError;

    #[wasm_bindgen(constructor)]
    fn new(message: &str, state: &str, retry_after_ms: f64) -> CircuitOpenError;

    /// Builds the error class named `class_name` with `init` as its properties.
    #[wasm_bindgen(js_name = makeError)]
    pub fn make_error(class_name: &str, message: &str, init: &JsValue) -> JsValue;
}

/// The guide's names for two of the classes, re-exported beside the SDK's names.
#[wasm_bindgen(module = "/src/js/errors.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, reexport, js_name = InvalidRequestError)]
    static INVALID_REQUEST_ERROR: JsValue;
    #[wasm_bindgen(thread_local_v2, reexport, js_name = PermissionError)]
    static PERMISSION_ERROR: JsValue;
}

pub fn circuit_open(state: &str, retry_after_ms: f64) -> JsValue {
    CircuitOpenError::new("Circuit breaker is OPEN", state, retry_after_ms).into()
}

pub fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

pub fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(message).into()
}
