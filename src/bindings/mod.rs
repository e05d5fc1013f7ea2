//! The exported JS API: option parsing, JS error objects, and the Rust side of the JS drivers
//! of the hot paths (src/js/drivers.js), which `start` connects when the module is instantiated.

pub mod breaker;
pub mod errors;
pub mod facts;
pub mod options;
pub mod retry;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use breaker::BreakerCore;

#[wasm_bindgen(module = "/src/js/drivers.js")]
extern "C" {
    fn install(native: &Object);
}

/// Hands the drivers what they ask Rust for: planning a retry, the shared default policy,
/// and building breaker cores. Runs when the module is instantiated; a test harness that
/// instantiates it otherwise calls it first.
#[wasm_bindgen(start)]
pub fn start() {
    type Check = dyn Fn(bool, JsValue, JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>;
    type Plan = dyn Fn(JsValue, JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>;
    type Build = dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>;
    let fields: Array = retry::Field::ALL
        .iter()
        .map(|field| JsValue::from_str(field.name()))
        .collect();
    let native = Object::new();
    let entries = [
        ("defaultPolicy", retry::default_policy()),
        ("retryFields", fields.into()),
        (
            "checkRetry",
            Closure::<Check>::new(|is_function, options, base, max, fields| {
                retry::check_retry(is_function, &options, &base, &max, &fields)
            })
            .into_js_value(),
        ),
        (
            "planRetry",
            Closure::<Plan>::new(|options, base, max, fields| {
                retry::plan_retry(&options, &base, &max, &fields)
            })
            .into_js_value(),
        ),
        (
            "breakerCore",
            Closure::<Build>::new(|options, recovery, flags| {
                BreakerCore::from_options(&options, &recovery, &flags).map(JsValue::from)
            })
            .into_js_value(),
        ),
        (
            "restoreBreaker",
            Closure::<Build>::new(|snapshot, options, flags| {
                BreakerCore::restore(&snapshot, &options, &flags).map(JsValue::from)
            })
            .into_js_value(),
        ),
    ];
    for (name, value) in entries {
        let _ = Reflect::set(&native, &name.into(), &value);
    }
    install(&native);
}
