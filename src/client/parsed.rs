//! Structured outputs, as the official SDK's `lib/parser`: a finished message is handed out
//! as a copy carrying `parsed_output`, on the message and, out of sight of `JSON.stringify`,
//! on each text block. With an `output_config.format` of type `json_schema` the text is
//! parsed (by the format's own `parse` when it has one, else as JSON); otherwise it is null.

use js_sys::{Array, Function, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::interop::errors::make_error;
use crate::interop::object::{assign, parse_json, property, set};

#[wasm_bindgen]
extern "C" {
    /// `String(value)`, as a template literal prints a thrown value; what its `toString` throws
    /// is returned.
    #[wasm_bindgen(js_name = String, catch)]
    fn string_of(value: &JsValue) -> Result<JsString, JsValue>;
}

/// The `output_config.format` of `params`: what `messages.parse()` parses with.
pub fn output_format(params: &JsValue) -> JsValue {
    property(&property(params, "output_config"), "format")
}

/// The format a stream's final message is parsed with: as the SDK, only one that brings its
/// own `parse` (the helpers' formats); a bare JSON schema leaves `parsed_output` null there.
pub fn stream_format(params: &JsValue) -> Option<JsValue> {
    let format = output_format(params);
    let parses = format.is_object() && Reflect::has(&format, &"parse".into()).unwrap_or(false);
    parses.then_some(format)
}

/// `text` parsed by `format`; null when the format is not a JSON schema. A failure is the
/// SDK's AnthropicError, "Failed to parse structured output: …".
fn parse_output(format: &JsValue, text: &JsValue) -> Result<JsValue, JsValue> {
    if property(format, "type").as_string().as_deref() != Some("json_schema") {
        return Ok(JsValue::NULL);
    }
    let parsed = if Reflect::has(format, &"parse".into()).unwrap_or(false) {
        match property(format, "parse").dyn_ref::<Function>() {
            Some(parse) => parse.call1(format, text),
            None => {
                Err(js_sys::TypeError::new("output_config.format.parse is not a function").into())
            }
        }
    } else {
        parse_json(text)
    };
    parsed.or_else(|error| {
        let reason = string_of(&error)?;
        let message = JsString::from("Failed to parse structured output: ").concat(&reason);
        Err(make_error(
            "AnthropicError",
            &String::from(message),
            &JsValue::UNDEFINED,
        ))
    })
}

/// The message as the SDK hands out a finished one: a copy whose text blocks are copies with
/// a non-enumerable `parsed_output`, the first of them not null being the message's. Without
/// a format (None) every `parsed_output` is null.
pub fn finished(message: &JsValue, format: Option<&JsValue>) -> Result<JsValue, JsValue> {
    let copy: JsValue = assign(&Object::new(), message)?;
    let mut first = JsValue::NULL;
    if let Some(content) = property(message, "content").dyn_ref::<Array>() {
        let blocks = Array::new();
        for block in content.iter() {
            if property(&block, "type").as_string().as_deref() != Some("text") {
                blocks.push(&block);
                continue;
            }
            let parsed = match format {
                Some(format) => parse_output(format, &property(&block, "text"))?,
                None => JsValue::NULL,
            };
            if first.is_null() {
                first = parsed.clone();
            }
            let descriptor = Object::new();
            set(&descriptor, "value", &parsed);
            let block = assign(&Object::new(), &block)?;
            Object::define_property(
                block.unchecked_ref::<Object>(),
                &"parsed_output".into(),
                &descriptor,
            );
            blocks.push(&block);
        }
        set(&copy, "content", &blocks);
    }
    set(&copy, "parsed_output", &first);
    Ok(copy)
}
