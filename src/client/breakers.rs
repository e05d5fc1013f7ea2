//! A circuit breaker per fallback model: the API overloads models one at a time, so an
//! overloaded model should send later calls on to the next one for its cooldown without
//! tripping the others. Each is built from the client's `circuitBreaker` options on the model's
//! first use; the requested model keeps the client's own breaker (`client.circuitBreaker`).
//! A breaker instance given as the option is shared by every model, as one given to user code
//! sees every call it makes.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::bindings::breaker::CircuitBreaker;
use crate::interop::object::property;

pub struct ModelBreakers {
    /// The client's `circuitBreaker` option: options, or undefined for the defaults.
    options: JsValue,
    /// The fallback models' breakers, by model, in the order they were first used.
    made: RefCell<Vec<(String, JsValue)>>,
    /// The models calls with a fallback chain asked for first: they use the client's breaker.
    requested: RefCell<Vec<String>>,
}

impl ModelBreakers {
    /// Per-model breakers for a `circuitBreaker` option that is options or absent; None for
    /// `false` (no breakers) or an instance (shared by every model).
    pub fn from_option(value: &JsValue) -> Option<ModelBreakers> {
        let options = value.is_undefined()
            || (value.is_object() && !value.is_null() && !property(value, "call").is_function());
        options.then(|| ModelBreakers {
            options: value.clone(),
            made: RefCell::default(),
            requested: RefCell::default(),
        })
    }

    /// The breaker of fallback model `model`, made on its first use.
    pub fn fallback(&self, model: &str) -> Result<JsValue, JsValue> {
        if let Some((_, breaker)) = self.made.borrow().iter().find(|(name, _)| name == model) {
            return Ok(breaker.clone());
        }
        let breaker: JsValue =
            CircuitBreaker::new(self.options.clone(), JsValue::UNDEFINED)?.into();
        self.made
            .borrow_mut()
            .push((model.to_owned(), breaker.clone()));
        Ok(breaker)
    }

    /// A call with a fallback chain asked for `model` first.
    pub fn requested(&self, model: &str) {
        let mut requested = self.requested.borrow_mut();
        if !requested.iter().any(|name| name == model) {
            requested.push(model.to_owned());
        }
    }

    /// The breaker of `model` in use: its own as a fallback model, else `primary` when calls
    /// asked for it first, else None.
    pub fn find(&self, model: &str, primary: Option<&JsValue>) -> Option<JsValue> {
        let made = self.made.borrow();
        if let Some((_, breaker)) = made.iter().find(|(name, _)| name == model) {
            return Some(breaker.clone());
        }
        let requested = self.requested.borrow().iter().any(|name| name == model);
        primary.filter(|_| requested).cloned()
    }
}
