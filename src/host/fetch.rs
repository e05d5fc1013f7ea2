//! The network: the host's global `fetch` (Node ≥ 18, browsers, workers), or the one the user
//! handed the client. Bound by name, as gloo-net does, so no `window` is needed. Every await
//! here is raced against a signal the caller owns: a host whose fetch ignores an abort (Node
//! 20 stalls some body reads for good) cannot hold a call past its deadline.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, ReadableStreamDefaultReader, RequestInit, Response};

use super::is_branded;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(input: &str, init: &RequestInit) -> Promise;
}

#[wasm_bindgen(module = "/src/js/host.js")]
extern "C" {
    /// Marks a promise whose failure nobody needs as handled.
    #[wasm_bindgen(js_name = ignoreRejection)]
    pub fn ignore_rejection(promise: &Promise);

    #[wasm_bindgen(js_name = untilAborted)]
    fn until_aborted(promise: &Promise, signal: &AbortSignal) -> Promise;
}

/// The host's global `fetch` as a value (undefined where there is none), for a wrapper that
/// calls it later; what a throwing getter threw otherwise.
pub fn host_fetch() -> Result<JsValue, JsValue> {
    Reflect::get(&js_sys::global(), &"fetch".into())
}

/// `promise`, settled at the latest when `signal` aborts (rejected with its reason).
async fn bounded(promise: &Promise, signal: &AbortSignal) -> Result<JsValue, JsValue> {
    JsFuture::from(until_aborted(promise, signal)).await
}

/// Sends a request through `custom` when given, else the global fetch. A fetch that throws
/// synchronously or resolves to something other than a real Response is a failed request.
pub async fn fetch(
    custom: Option<&Function>,
    url: &str,
    init: &RequestInit,
    signal: &AbortSignal,
) -> Result<Response, JsValue> {
    let promise = match custom {
        Some(custom) => Promise::resolve(&custom.call2(&JsValue::UNDEFINED, &url.into(), init)?),
        None => global_fetch(url, init),
    };
    let response = bounded(&promise, signal).await?;
    if !is_branded(&response, "Response", "status") {
        return Err(js_sys::TypeError::new("fetch did not resolve to a Response").into());
    }
    Ok(response.unchecked_into())
}

/// The whole body as a JS string.
pub async fn text(response: &Response, signal: &AbortSignal) -> Result<JsValue, JsValue> {
    bounded(&response.text()?, signal).await
}

/// Reads a body chunk by chunk.
#[derive(Clone)]
pub struct BodyReader {
    reader: ReadableStreamDefaultReader,
}

impl BodyReader {
    pub fn new(response: &Response) -> Result<BodyReader, JsValue> {
        let body = response
            .body()
            .ok_or_else(|| JsValue::from(js_sys::TypeError::new("the response has no body")))?;
        Ok(BodyReader::of(body.get_reader()))
    }

    /// A reader the caller got from a stream (`getReader()`).
    pub fn of(reader: impl Into<JsValue>) -> BodyReader {
        BodyReader {
            reader: reader.into().unchecked_into(),
        }
    }

    /// The next chunk, or None at the end of the body.
    pub async fn next(&self, signal: &AbortSignal) -> Result<Option<Vec<u8>>, JsValue> {
        let result = bounded(&self.reader.read(), signal).await?;
        if Reflect::get(&result, &"done".into())?.is_truthy() {
            return Ok(None);
        }
        let value = Reflect::get(&result, &"value".into())?;
        // A stream the user built may carry text rather than bytes.
        if let Some(text) = value.as_string() {
            return Ok(Some(text.into_bytes()));
        }
        let bytes = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| js_sys::TypeError::new("the response body yielded a non-byte chunk"))?;
        Ok(Some(bytes.to_vec()))
    }

    /// Tells the server we are done reading early; failures here change nothing for the caller.
    pub fn cancel(&self) {
        ignore_rejection(&self.reader.cancel());
    }
}
