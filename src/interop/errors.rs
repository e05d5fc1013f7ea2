//! Rust's handles on the JS error classes (src/js/errors.js, built from its one list), which
//! `bindings` re-exports as the package's own, and the TypeError / RangeError that bad
//! arguments get.

use wasm_bindgen::prelude::*;
use web_sys::Headers;

#[wasm_bindgen(module = "/src/js/errors.js")]
extern "C" {
    // Handles on the classes Rust builds or recognises by `instanceof`; every class is reached
    // by name through `make_error`, `status_error` and `bindings::ERROR_CLASSES`.
    #[wasm_bindgen(extends = js_sys::Error)]
    pub type AnthropicError;
    #[wasm_bindgen(extends = AnthropicError)]
    pub type APIError;
    #[wasm_bindgen(extends = APIError)]
    pub type APIConnectionError;
    #[wasm_bindgen(extends = APIError)]
    pub type APIUserAbortError;
    #[wasm_bindgen(extends = AnthropicError)]
    pub type CircuitOpenError;

    /// Builds the error class named `class_name` with `init` as its properties.
    #[wasm_bindgen(js_name = makeError)]
    pub fn make_error(class_name: &str, message: &str, init: &JsValue) -> JsValue;

    /// The error of a response with `status`, of the class the list gives that status; `body`
    /// is the parsed JSON (undefined when `text` was not JSON).
    #[wasm_bindgen(js_name = statusError)]
    pub fn status_error(
        status: u16,
        body: &JsValue,
        text: &JsValue,
        headers: Option<Headers>,
        request_id: Option<String>,
        retry_after_ms: Option<f64>,
    ) -> JsValue;
}

pub fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

pub fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(message).into()
}
