//! Option parsing shared by every export: each option is named once, by the key it is read
//! from, and its errors name it; a message echoes a number it was given but never a string (a
//! misplaced API key must not land in a message).

use js_sys::{Array, Function, Number};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use super::errors::{range_error, type_error};
use super::object::property;
use crate::host::abort::is_abort_signal;

/// A number as JS prints it (Rust's float formatting would cost the module kilobytes).
pub fn number_text(number: f64) -> String {
    Number::from(number)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// What a message may say about a bad value.
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    match value.as_f64() {
        Some(number) => number_text(number),
        None => value.js_typeof().as_string().unwrap_or_default(),
    }
}

/// An options object, or undefined: each field is read by its key, and named in errors by its
/// key after the object's prefix (`retryBudget.` + `capacity`).
pub struct Options {
    object: JsValue,
    prefix: &'static str,
}

impl Options {
    /// `object` when it is absent or a non-null object; a TypeError naming `name` otherwise.
    pub fn new(object: &JsValue, name: &'static str) -> Result<Options, JsValue> {
        Opt::new(object.clone(), name).object()
    }

    /// `object`'s fields as they are (a non-object has none), named `prefix` + key.
    pub fn within(object: &JsValue, prefix: &'static str) -> Options {
        Options {
            object: object.clone(),
            prefix,
        }
    }

    pub fn get(&self, key: &'static str) -> Opt {
        Opt {
            value: property(&self.object, key),
            prefix: self.prefix,
            key,
        }
    }

    pub fn value(&self) -> &JsValue {
        &self.object
    }
}

/// One option: its value, and the name its errors give it.
pub struct Opt {
    value: JsValue,
    prefix: &'static str,
    key: &'static str,
}

impl Opt {
    /// An option that is not a field of an object: a positional argument, a field drivers.js
    /// copied out.
    pub fn new(value: JsValue, name: &'static str) -> Opt {
        Opt {
            value,
            prefix: "",
            key: name,
        }
    }

    pub fn value(&self) -> &JsValue {
        &self.value
    }

    pub fn is_absent(&self) -> bool {
        self.value.is_undefined()
    }

    /// What its errors call it.
    pub fn name(&self) -> String {
        [self.prefix, self.key].concat()
    }

    fn type_error(&self, should: &str) -> JsValue {
        let got = describe(&self.value);
        type_error(&[self.prefix, self.key, " must be ", should, ", got ", &got].concat())
    }

    fn range_error(&self, should: &str, value: &JsValue) -> JsValue {
        let got = describe(value);
        range_error(&[self.prefix, self.key, " must ", should, ", got ", &got].concat())
    }

    /// A whole number ≥ `min` (and ≤ u32::MAX), or `default` when absent.
    pub fn integer(&self, min: u32, default: u32) -> Result<u32, JsValue> {
        if self.is_absent() {
            return Ok(default);
        }
        let Some(number) = self.value.as_f64() else {
            return Err(self.type_error("a number"));
        };
        if number.fract() != 0.0 || number < f64::from(min) || number > f64::from(u32::MAX) {
            let bound = if min == 0 {
                "be a non-negative integer"
            } else {
                "be a positive integer"
            };
            return Err(self.range_error(bound, &self.value));
        }
        Ok(number as u32)
    }

    /// A finite number of milliseconds ≥ 0, or `default` when absent.
    pub fn millis(&self, default: f64) -> Result<f64, JsValue> {
        self.quantity(default, " of milliseconds")
    }

    /// A finite, non-negative number (of tokens, say), or `default` when absent.
    pub fn amount(&self, default: f64) -> Result<f64, JsValue> {
        self.quantity(default, "")
    }

    fn quantity(&self, default: f64, unit: &str) -> Result<f64, JsValue> {
        if self.is_absent() {
            return Ok(default);
        }
        let Some(number) = self.value.as_f64() else {
            return Err(self.type_error(&["a number", unit].concat()));
        };
        if !number.is_finite() || number < 0.0 {
            let should = ["be a finite, non-negative number", unit].concat();
            return Err(self.range_error(&should, &self.value));
        }
        Ok(number)
    }

    pub fn optional_millis(&self) -> Result<Option<f64>, JsValue> {
        if self.is_absent() {
            return Ok(None);
        }
        self.millis(0.0).map(Some)
    }

    /// A duration that can be switched off: absent keeps `inherited`, `null` or `0` turns it off.
    pub fn switchable_millis(&self, inherited: Option<f64>) -> Result<Option<f64>, JsValue> {
        if self.is_absent() {
            return Ok(inherited);
        }
        if self.value.is_null() {
            return Ok(None);
        }
        let ms = self.millis(0.0)?;
        Ok((ms > 0.0).then_some(ms))
    }

    pub fn boolean(&self, default: bool) -> Result<bool, JsValue> {
        if self.is_absent() {
            return Ok(default);
        }
        self.value
            .as_bool()
            .ok_or_else(|| self.type_error("a boolean"))
    }

    pub fn function(&self) -> Result<Option<Function>, JsValue> {
        if self.is_absent() {
            return Ok(None);
        }
        self.value
            .dyn_ref::<Function>()
            .cloned()
            .map(Some)
            .ok_or_else(|| self.type_error("a function"))
    }

    pub fn string(&self) -> Result<Option<String>, JsValue> {
        if self.is_absent() {
            return Ok(None);
        }
        self.value
            .as_string()
            .map(Some)
            .ok_or_else(|| self.type_error("a string"))
    }

    pub fn signal(&self) -> Result<Option<AbortSignal>, JsValue> {
        if self.is_absent() {
            return Ok(None);
        }
        if is_abort_signal(&self.value) {
            return Ok(Some(self.value.clone().unchecked_into()));
        }
        Err(self.type_error("an AbortSignal"))
    }

    /// An array of HTTP statuses (whole numbers 100–999).
    pub fn statuses(&self) -> Result<Option<Vec<u16>>, JsValue> {
        if self.is_absent() {
            return Ok(None);
        }
        let Some(array) = self.value.dyn_ref::<Array>() else {
            return Err(self.type_error("an array of HTTP statuses"));
        };
        array
            .iter()
            .map(|item| match item.as_f64() {
                Some(status) if status.fract() == 0.0 && (100.0..=999.0).contains(&status) => {
                    Ok(status as u16)
                }
                _ => Err(self.range_error("hold HTTP statuses (whole numbers 100-999)", &item)),
            })
            .collect::<Result<Vec<u16>, JsValue>>()
            .map(Some)
    }

    /// An options object of its own: absent, or a non-null object. Its fields are named by
    /// their keys alone, as the options of `retryWithBackoff` they stand for.
    pub fn object(self) -> Result<Options, JsValue> {
        if self.is_absent() || (self.value.is_object() && !self.value.is_null()) {
            Ok(Options::within(&self.value, ""))
        } else {
            Err(self.type_error("an object"))
        }
    }
}
