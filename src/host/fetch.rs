//! The network: the host's global `fetch` (Node ≥ 18, browsers, workers), or the one the user
//! handed the client. Bound by name, as gloo-net does, so no `window` is needed.

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, RequestInit, Response};

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
}

/// Sends a request through `custom` when given, else the global fetch. A fetch that throws
/// synchronously or resolves to something other than a Response is a failed request.
pub async fn fetch(
    custom: Option<&Function>,
    url: &str,
    init: &RequestInit,
) -> Result<Response, JsValue> {
    let promise = match custom {
        Some(custom) => Promise::resolve(&custom.call2(&JsValue::UNDEFINED, &url.into(), init)?),
        None => global_fetch(url, init),
    };
    JsFuture::from(promise)
        .await?
        .dyn_into::<Response>()
        .map_err(|_| js_sys::TypeError::new("fetch did not resolve to a Response").into())
}

/// The whole body as a JS string.
pub async fn text(response: &Response) -> Result<JsValue, JsValue> {
    JsFuture::from(response.text()?).await
}

/// Reads a body chunk by chunk.
pub struct BodyReader {
    reader: ReadableStreamDefaultReader,
}

impl BodyReader {
    pub fn new(response: &Response) -> Result<BodyReader, JsValue> {
        let body = response
            .body()
            .ok_or_else(|| JsValue::from(js_sys::TypeError::new("the response has no body")))?;
        Ok(BodyReader {
            reader: body.get_reader().unchecked_into(),
        })
    }

    /// The next chunk, or None at the end of the body.
    pub async fn next(&self) -> Result<Option<Vec<u8>>, JsValue> {
        let result = JsFuture::from(self.reader.read()).await?;
        let done = js_sys::Reflect::get(&result, &"done".into())?.is_truthy();
        if done {
            return Ok(None);
        }
        let value = js_sys::Reflect::get(&result, &"value".into())?;
        Ok(Some(value.unchecked_into::<Uint8Array>().to_vec()))
    }

    /// Tells the server we are done reading early; failures here change nothing for the caller.
    pub fn cancel(&self) {
        ignore_rejection(&self.reader.cancel());
    }
}

impl Clone for BodyReader {
    fn clone(&self) -> Self {
        BodyReader {
            reader: self.reader.clone(),
        }
    }
}
