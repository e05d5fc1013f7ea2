//! Option parsing shared by every export: each reader names the option it rejects, and echoes
//! a number it was given but never a string (a misplaced API key must not land in a message).

use js_sys::{Array, Function, Number};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortSignal;

use super::errors::{range_error, type_error};
use super::facts::property;
use crate::host::abort::is_abort_signal;

/// A field of an options object; `undefined` for absent fields and absent objects.
pub fn field(options: &JsValue, name: &'static str) -> JsValue {
    property(options, name)
}

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

fn is_absent(value: &JsValue) -> bool {
    value.is_undefined()
}

/// A whole number ≥ `min` (and ≤ u32::MAX), or `default` when absent.
pub fn integer(value: &JsValue, name: &str, min: u32, default: u32) -> Result<u32, JsValue> {
    if is_absent(value) {
        return Ok(default);
    }
    let Some(number) = value.as_f64() else {
        return Err(type_error(&format!(
            "{name} must be a number, got {}",
            describe(value)
        )));
    };
    if number.fract() != 0.0 || number < f64::from(min) || number > f64::from(u32::MAX) {
        let bound = if min == 0 {
            "a non-negative"
        } else {
            "a positive"
        };
        return Err(range_error(&format!(
            "{name} must be {bound} integer, got {}",
            describe(value)
        )));
    }
    Ok(number as u32)
}

/// A finite number of milliseconds ≥ 0, or `default` when absent.
pub fn millis(value: &JsValue, name: &str, default: f64) -> Result<f64, JsValue> {
    quantity(value, name, default, " of milliseconds")
}

/// A finite, non-negative number (of tokens, say), or `default` when absent.
pub fn amount(value: &JsValue, name: &str, default: f64) -> Result<f64, JsValue> {
    quantity(value, name, default, "")
}

fn quantity(value: &JsValue, name: &str, default: f64, unit: &str) -> Result<f64, JsValue> {
    if is_absent(value) {
        return Ok(default);
    }
    let Some(number) = value.as_f64() else {
        return Err(type_error(&format!(
            "{name} must be a number{unit}, got {}",
            describe(value)
        )));
    };
    if !number.is_finite() || number < 0.0 {
        return Err(range_error(&format!(
            "{name} must be a finite, non-negative number{unit}, got {}",
            describe(value)
        )));
    }
    Ok(number)
}

pub fn optional_millis(value: &JsValue, name: &str) -> Result<Option<f64>, JsValue> {
    if is_absent(value) {
        return Ok(None);
    }
    millis(value, name, 0.0).map(Some)
}

/// A duration that can be switched off: absent keeps `inherited`, `null` or `0` turns it off.
pub fn switchable_millis(
    value: &JsValue,
    name: &str,
    inherited: Option<f64>,
) -> Result<Option<f64>, JsValue> {
    if is_absent(value) {
        return Ok(inherited);
    }
    if value.is_null() {
        return Ok(None);
    }
    let ms = millis(value, name, 0.0)?;
    Ok((ms > 0.0).then_some(ms))
}

pub fn boolean(value: &JsValue, name: &str, default: bool) -> Result<bool, JsValue> {
    if is_absent(value) {
        return Ok(default);
    }
    value.as_bool().ok_or_else(|| {
        type_error(&format!(
            "{name} must be a boolean, got {}",
            describe(value)
        ))
    })
}

pub fn function(value: &JsValue, name: &str) -> Result<Option<Function>, JsValue> {
    if is_absent(value) {
        return Ok(None);
    }
    value
        .dyn_ref::<Function>()
        .cloned()
        .map(Some)
        .ok_or_else(|| {
            type_error(&format!(
                "{name} must be a function, got {}",
                describe(value)
            ))
        })
}

pub fn string(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if is_absent(value) {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| type_error(&format!("{name} must be a string, got {}", describe(value))))
}

pub fn signal(value: &JsValue, name: &str) -> Result<Option<AbortSignal>, JsValue> {
    if is_absent(value) {
        return Ok(None);
    }
    if is_abort_signal(value) {
        return Ok(Some(value.clone().unchecked_into()));
    }
    Err(type_error(&format!(
        "{name} must be an AbortSignal, got {}",
        describe(value)
    )))
}

/// An array of HTTP statuses (whole numbers 100–999).
pub fn statuses(value: &JsValue, name: &str) -> Result<Option<Vec<u16>>, JsValue> {
    if is_absent(value) {
        return Ok(None);
    }
    let Some(array) = value.dyn_ref::<Array>() else {
        return Err(type_error(&format!(
            "{name} must be an array of HTTP statuses, got {}",
            describe(value)
        )));
    };
    array
        .iter()
        .map(|item| match item.as_f64() {
            Some(status) if status.fract() == 0.0 && (100.0..=999.0).contains(&status) => {
                Ok(status as u16)
            }
            _ => Err(range_error(&format!(
                "{name} must hold HTTP statuses (whole numbers 100-999), got {}",
                describe(&item)
            ))),
        })
        .collect::<Result<Vec<u16>, JsValue>>()
        .map(Some)
}

/// An options object: absent, or a non-null object.
pub fn object(value: &JsValue, name: &str) -> Result<(), JsValue> {
    if is_absent(value) || (value.is_object() && !value.is_null()) {
        Ok(())
    } else {
        Err(type_error(&format!(
            "{name} must be an object, got {}",
            describe(value)
        )))
    }
}
