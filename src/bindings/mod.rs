//! The exported JS API: the error classes, and the Rust side of the JS drivers of the hot paths
//! (src/js/drivers.js), which `start` connects when the module is instantiated.

pub mod breaker;
pub mod budget;
pub mod retry;

use js_sys::Array;
use wasm_bindgen::prelude::*;

use breaker::BreakerCore;
use budget::BudgetCore;

#[wasm_bindgen(module = "/src/js/drivers.js")]
extern "C" {
    fn install(native: JsValue);
}

#[wasm_bindgen(module = "/src/js/errors.js")]
extern "C" {
    /// Every error class and alias by name; the package exports each of them.
    #[wasm_bindgen(thread_local_v2, reexport, js_name = errorClasses)]
    pub static ERROR_CLASSES: JsValue;
}

/// What the drivers ask Rust for: planning a retry, the shared default policy, the verdicts of
/// `withFallback`, and building breaker and budget cores. Methods of one exported object rather than
/// `Closure`s, which would each cost
/// the module a closure shim and its glue.
#[wasm_bindgen(skip_typescript)]
pub struct Native {
    default_policy: JsValue,
    retry_fields: JsValue,
}

#[wasm_bindgen]
impl Native {
    #[wasm_bindgen(getter, js_name = defaultPolicy)]
    pub fn default_policy(&self) -> JsValue {
        self.default_policy.clone()
    }

    #[wasm_bindgen(getter, js_name = retryFields)]
    pub fn retry_fields(&self) -> JsValue {
        self.retry_fields.clone()
    }

    #[wasm_bindgen(js_name = checkRetry)]
    pub fn check_retry(
        &self,
        is_function: bool,
        options: JsValue,
        base: JsValue,
        max: JsValue,
        fields: JsValue,
    ) -> Result<JsValue, JsValue> {
        retry::check_retry(is_function, &options, &base, &max, &fields)
    }

    #[wasm_bindgen(js_name = planRetry)]
    pub fn plan_retry(
        &self,
        options: JsValue,
        base: JsValue,
        max: JsValue,
        fields: JsValue,
    ) -> Result<JsValue, JsValue> {
        retry::plan_retry(&options, &base, &max, &fields)
    }

    #[wasm_bindgen(js_name = checkFallback)]
    pub fn check_fallback(&self, is_function: bool) -> Result<(), JsValue> {
        retry::check_fallback(is_function)
    }

    #[wasm_bindgen(js_name = isAbort)]
    pub fn is_abort(&self, error: JsValue) -> bool {
        retry::is_abort(&error)
    }

    #[wasm_bindgen(js_name = breakerCore)]
    pub fn breaker_core(
        &self,
        options: JsValue,
        recovery: JsValue,
        flags: JsValue,
    ) -> Result<BreakerCore, JsValue> {
        BreakerCore::from_options(&options, &recovery, &flags)
    }

    #[wasm_bindgen(js_name = restoreBreaker)]
    pub fn restore_breaker(
        &self,
        snapshot: JsValue,
        options: JsValue,
        flags: JsValue,
    ) -> Result<BreakerCore, JsValue> {
        BreakerCore::restore(&snapshot, &options, &flags)
    }

    #[wasm_bindgen(js_name = budgetCore)]
    pub fn budget_core(&self, options: JsValue, flags: JsValue) -> Result<BudgetCore, JsValue> {
        BudgetCore::from_options(&options, &flags)
    }
}

/// Hands the drivers their [`Native`]. Runs when the module is instantiated; a test harness
/// that instantiates it otherwise calls it first.
#[wasm_bindgen(start)]
pub fn start() {
    let fields: Array = retry::Field::ALL
        .iter()
        .map(|field| JsValue::from_str(field.name()))
        .collect();
    let native = Native {
        default_policy: retry::default_policy(),
        retry_fields: fields.into(),
    };
    install(native.into());
}
