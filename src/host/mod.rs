//! The JS host: the only module that reaches for JS globals (time, randomness, timers, fetch,
//! the environment). Everything above it asks here, so the rest of the crate stays testable and
//! host-agnostic.

pub mod abort;
pub mod clock;
pub mod env;
pub mod fetch;
pub mod random;
pub mod timer;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/js/host.js")]
extern "C" {
    /// Whether `value` was made by the global class `class`, which `instanceof` cannot tell.
    #[wasm_bindgen(js_name = isBranded)]
    fn is_branded(value: &JsValue, class: &str, getter: &str) -> bool;
}
