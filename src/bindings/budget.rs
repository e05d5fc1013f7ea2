//! The retry budget. `RetryBudget` is the JS class in src/js/drivers.js; the bucket is Rust's
//! (core/budget.rs), one per instance, shared by every client and `retryWithBackoff` call given
//! it. A call that succeeds at once is counted by drivers.js in the instance's `{ successes }`
//! without entering the module; every use of the bucket here adds those first.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::prelude::*;

use crate::core::budget::{BudgetConfig, RetryBudget as Bucket};
use crate::interop::errors::type_error;
use crate::interop::object::{property, set};
use crate::interop::options::Options;
use crate::interop::records::BudgetSnapshot;

#[wasm_bindgen(module = "/src/js/drivers.js")]
extern "C" {
    /// The public class; the client builds its own budget through it, so that
    /// `client.retryBudget` is a `RetryBudget` like any other.
    #[wasm_bindgen(reexport)]
    pub type RetryBudget;

    #[wasm_bindgen(constructor, catch)]
    pub fn new(options: JsValue) -> Result<RetryBudget, JsValue>;

    /// A new handle on the bucket of a `RetryBudget` of this module; null for one of another
    /// module (the other entry's), undefined for anything else. What a proxy's trap throws is
    /// returned.
    #[wasm_bindgen(js_name = shareBudget, catch)]
    fn share_budget(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// One bucket and drivers.js's count of the successes not yet added to it.
struct Shared {
    bucket: RefCell<Bucket>,
    /// `{ successes }`, kept by drivers.js.
    flags: JsValue,
}

/// What clients and retry policies hold of a `RetryBudget`.
#[derive(Clone)]
pub struct SharedBudget(Rc<Shared>);

impl SharedBudget {
    /// The bucket, with the successes drivers.js counted added.
    pub fn bucket(&self) -> &RefCell<Bucket> {
        let counted = property(&self.0.flags, "successes").as_f64().unwrap_or(0.0);
        if counted > 0.0 {
            set(&self.0.flags, "successes", &JsValue::from(0));
            self.0.bucket.borrow_mut().refilled(counted);
        }
        &self.0.bucket
    }

    /// The budget of `retryWithBackoff`'s `retryBudget`, which must be a `RetryBudget` (or
    /// `false` / absent for none).
    pub fn from_instance(value: &JsValue) -> Result<Option<SharedBudget>, JsValue> {
        if value.is_undefined() || value.as_bool() == Some(false) {
            return Ok(None);
        }
        SharedBudget::of(value)?
            .map(Some)
            .ok_or_else(|| type_error("retryBudget must be a RetryBudget of this entry or false"))
    }

    /// The bucket of `value` when it is a `RetryBudget` of this module; a TypeError for one of
    /// the other entry, whose bucket lives in another module.
    pub fn of(value: &JsValue) -> Result<Option<SharedBudget>, JsValue> {
        let handle = share_budget(value)?;
        if handle.is_null() {
            return Err(type_error(
                "retryBudget is a RetryBudget of the other entry (claude-resilience and \
                 claude-resilience/resilience each have their own module): make it from the \
                 entry that uses it",
            ));
        }
        Ok(BudgetCore::try_from_js_value(handle)
            .ok()
            .map(|core| core.shared))
    }
}

/// The Rust half of a `RetryBudget`.
#[wasm_bindgen(skip_typescript)]
pub struct BudgetCore {
    shared: SharedBudget,
}

impl BudgetCore {
    /// `new RetryBudget(options)`: named `retryBudget.capacity` … in errors, as the client's
    /// option is.
    pub fn from_options(options: &JsValue, flags: &JsValue) -> Result<BudgetCore, JsValue> {
        Options::new(options, "retryBudget")?;
        let defaults = BudgetConfig::default();
        let options = Options::within(options, "retryBudget.");
        let config = BudgetConfig {
            capacity: options.get("capacity").amount(defaults.capacity)?,
            retry_cost: options.get("retryCost").amount(defaults.retry_cost)?,
            refill: options.get("refill").amount(defaults.refill)?,
        };
        Ok(BudgetCore {
            shared: SharedBudget(Rc::new(Shared {
                bucket: RefCell::new(Bucket::new(config)),
                flags: flags.clone(),
            })),
        })
    }
}

/// One export for every reading (the class's `tokens` and `capacity` read it too): each export
/// costs the module its wrapper, and the level is read now and then, not per call.
#[wasm_bindgen]
impl BudgetCore {
    /// `{ tokens, capacity, retryCost, refill }`, built once the bucket is released: a setter
    /// on `Object.prototype` may run while it is.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsValue {
        let snapshot = {
            let bucket = self.shared.bucket().borrow();
            let config = bucket.config();
            BudgetSnapshot {
                tokens: bucket.tokens(),
                capacity: config.capacity,
                retry_cost: config.retry_cost,
                refill: config.refill,
            }
        };
        snapshot.to_js()
    }

    /// Another handle on the same bucket, for Rust to take: handing over a wasm-bindgen object
    /// consumes it, and the instance keeps its own.
    pub fn share(&self) -> BudgetCore {
        BudgetCore {
            shared: self.shared.clone(),
        }
    }
}
