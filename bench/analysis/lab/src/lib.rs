//! Each export isolates one cost of crossing between JS and wasm, as the package pays it.
use std::cell::RefCell;

use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;

const NAMES: [&str; 10] = [
    "maxRetries", "baseDelay", "maxDelay", "jitter", "retryableStatuses",
    "respectRetryAfter", "shouldRetry", "onRetry", "signal", "timeout",
];

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S0: JsString = "maxRetries";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S1: JsString = "baseDelay";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S2: JsString = "maxDelay";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S3: JsString = "jitter";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S4: JsString = "retryableStatuses";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S5: JsString = "respectRetryAfter";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S6: JsString = "shouldRetry";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S7: JsString = "onRetry";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S8: JsString = "signal";
    #[wasm_bindgen(thread_local_v2, static_string)]
    static S9: JsString = "timeout";
}

/// An export with no arguments: the bare JS → wasm call.
#[wasm_bindgen]
pub fn nop() {}

#[wasm_bindgen]
pub fn f64x4(a: f64, b: f64, c: f64, d: f64) -> f64 {
    a + b + c + d
}

#[wasm_bindgen]
pub fn ref1(a: &JsValue) -> bool {
    a.is_undefined()
}

/// Owned JsValue arguments: each takes an externref table slot.
#[wasm_bindgen]
pub fn own4(a: JsValue, b: JsValue, c: JsValue, d: JsValue) -> u32 {
    drop((a, b, c, d));
    0
}

#[wasm_bindgen]
pub fn ref4(a: &JsValue, b: &JsValue, c: &JsValue, d: &JsValue) -> u32 {
    let _ = (a, b, c, d);
    0
}

/// One JsValue whose type Rust checks (as_f64 is an import call).
#[wasm_bindgen]
pub fn ref4_as_f64(a: &JsValue, b: &JsValue, c: &JsValue, d: &JsValue) -> f64 {
    a.as_f64().unwrap_or(0.0) + b.as_f64().unwrap_or(0.0) + c.as_f64().unwrap_or(0.0) + d.as_f64().unwrap_or(0.0)
}

/// Date.now() from wasm: an export plus one import.
#[wasm_bindgen]
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Ten option reads the way src/bindings/options.rs does them: each name becomes a new JS
/// string (UTF-8 decode) before Reflect.get.
#[wasm_bindgen]
pub fn read10_fresh(options: &JsValue) -> u32 {
    NAMES.iter().filter(|name| !Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED).is_undefined()).count() as u32
}

/// The same with `wasm_bindgen::intern`: the JS string is cached after the first use.
#[wasm_bindgen]
pub fn read10_interned(options: &JsValue) -> u32 {
    NAMES.iter().filter(|name| !Reflect::get(options, &JsValue::from_str(wasm_bindgen::intern(name))).unwrap_or(JsValue::UNDEFINED).is_undefined()).count() as u32
}

/// The same with `static_string` JsString statics: created once, in JS.
#[wasm_bindgen]
pub fn read10_static(options: &JsValue) -> u32 {
    let keys = [&S0, &S1, &S2, &S3, &S4, &S5, &S6, &S7, &S8, &S9];
    keys.iter()
        .filter(|key| key.with(|k| !Reflect::get(options, k).unwrap_or(JsValue::UNDEFINED).is_undefined()))
        .count() as u32
}

/// A Rust object handed to JS as a class instance (wrapper + FinalizationRegistry).
#[wasm_bindgen]
pub struct Policy {
    max_retries: u32,
    statuses: Vec<u16>,
}

#[wasm_bindgen]
impl Policy {
    #[wasm_bindgen(getter)]
    pub fn max_retries(&self) -> u32 {
        self.max_retries + self.statuses.len() as u32
    }
}

#[wasm_bindgen]
pub fn make_policy(max_retries: u32) -> Policy {
    Policy { max_retries, statuses: vec![408, 409, 429, 500, 502, 503, 504, 529] }
}

thread_local! {
    static SLAB: RefCell<(Vec<Option<Policy>>, Vec<u32>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// The same object kept in Rust, handed out as an index; JS frees it explicitly.
#[wasm_bindgen]
pub fn make_handle(max_retries: u32) -> u32 {
    let policy = make_policy(max_retries);
    SLAB.with(|slab| {
        let (items, free) = &mut *slab.borrow_mut();
        match free.pop() {
            Some(i) => { items[i as usize] = Some(policy); i }
            None => { items.push(Some(policy)); (items.len() - 1) as u32 }
        }
    })
}

#[wasm_bindgen]
pub fn free_handle(handle: u32) {
    SLAB.with(|slab| {
        let (items, free) = &mut *slab.borrow_mut();
        items[handle as usize] = None;
        free.push(handle);
    })
}

/// A Rust closure handed to JS once and called per use, as `planRetry` / `settle` are.
#[wasm_bindgen]
pub fn closure3() -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue, JsValue) -> u32>::new(|_a, _b, _c| 0).into_js_value()
}

/// An Error built in wasm (its stack is captured with wasm frames on it).
#[wasm_bindgen]
pub fn make_error() -> JsValue {
    js_sys::Error::new("Circuit breaker is OPEN").into()
}

/// A String returned to JS (decoded, then freed with a second call).
#[wasm_bindgen]
pub fn state_string() -> String {
    "CLOSED".into()
}

/// The same state as a small integer JS maps to a name.
#[wasm_bindgen]
pub fn state_code() -> u32 {
    0
}
