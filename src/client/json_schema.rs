//! The SDK's `transformJSONSchema` (helpers/json-schema's `jsonSchemaOutputFormat`): a JSON
//! schema rewritten into the subset structured outputs accept. What the API would refuse is
//! not dropped but moved into the description, so the model still reads it; objects are closed
//! (`additionalProperties: false`). Keys come out in the SDK's order, so the request is the
//! SDK's byte for byte.

use js_sys::{Array, Error, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::interop::object::{parse_json, property, set};

/// The string formats the API accepts; any other stays in the description.
const STRING_FORMATS: [&str; 10] = [
    "date-time",
    "time",
    "date",
    "duration",
    "email",
    "hostname",
    "uri",
    "ipv4",
    "ipv6",
    "uuid",
];

#[wasm_bindgen]
extern "C" {
    /// `JSON.stringify`, whose throw (a cycle, a BigInt, a `toJSON`) is returned.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// `obj[key]`, removed from it; None when it was undefined.
fn pop(obj: &Object, key: &'static str) -> Option<JsValue> {
    let value = property(obj, key);
    let _ = Reflect::delete_property(obj, &key.into());
    (!value.is_undefined()).then_some(value)
}

fn is_primitive(value: &JsValue) -> bool {
    value.is_null() || !value.is_object()
}

/// The entries of a plain object as `[key, value]` pairs (none for anything else).
fn entries(value: &JsValue) -> Vec<(JsValue, JsValue)> {
    if !value.is_object() {
        return Vec::new();
    }
    Object::entries(value.unchecked_ref())
        .iter()
        .map(|entry| {
            let pair = Array::from(&entry);
            (pair.get(0), pair.get(1))
        })
        .collect()
}

/// Each schema of `list` transformed, or None when it is not an array.
fn each(list: Option<JsValue>) -> Result<Option<Array>, JsValue> {
    let Some(list) = list.filter(Array::is_array) else {
        return Ok(None);
    };
    let out = Array::new();
    for schema in Array::from(&list).iter() {
        out.push(&strict(&schema)?);
    }
    Ok(Some(out))
}

fn strict(schema: &JsValue) -> Result<JsValue, JsValue> {
    // Every schema here is a part of the caller's copy, never the caller's own object.
    let source: &Object = schema.unchecked_ref();
    let out = Object::new();
    if let Some(defs) = pop(source, "$defs") {
        let strict_defs = Object::new();
        set(&out, "$defs", &strict_defs);
        for (name, def) in entries(&defs) {
            Reflect::set(&strict_defs, &name, &strict(&def)?)?;
        }
    }
    if let Some(reference) = pop(source, "$ref") {
        set(&out, "$ref", &reference);
        return Ok(out.into());
    }
    let values = property(source, "enum");
    if Array::is_array(&values)
        && Array::from(&values).length() > 0
        && Array::from(&values).every(&mut |value, _, _| is_primitive(&value))
    {
        set(&out, "enum", &pop(source, "enum").unwrap_or_default());
    }
    let constant = property(source, "const");
    if !constant.is_undefined() && is_primitive(&constant) {
        set(&out, "const", &pop(source, "const").unwrap_or_default());
    }
    let literals = Reflect::has(&out, &"enum".into())? || Reflect::has(&out, &"const".into())?;
    let declared = pop(source, "type");
    let kind = if literals { None } else { declared };
    let any_of = pop(source, "anyOf");
    let one_of = pop(source, "oneOf");
    let all_of = pop(source, "allOf");
    // `$schema` names the dialect and constrains nothing, so it stays out of the description.
    pop(source, "$schema");
    if let Some(variants) = each(any_of)? {
        set(&out, "anyOf", &variants);
    } else if let Some(variants) = each(one_of)? {
        set(&out, "anyOf", &variants);
    } else if let Some(parts) = each(all_of)? {
        set(&out, "allOf", &parts);
    } else if !literals {
        let Some(kind) = &kind else {
            return Err(Error::new(
                "JSON schema must have a type defined if anyOf/oneOf/allOf/enum/const are not used",
            )
            .into());
        };
        set(&out, "type", kind);
    }
    for key in ["description", "title"] {
        if let Some(value) = pop(source, key) {
            set(&out, key, &value);
        }
    }
    match kind.as_ref().and_then(JsValue::as_string).as_deref() {
        Some("object") => {
            let properties = pop(source, "properties").filter(JsValue::is_truthy);
            let strict_properties = Object::new();
            for (name, property_schema) in entries(&properties.unwrap_or_default()) {
                Reflect::set(&strict_properties, &name, &strict(&property_schema)?)?;
            }
            set(&out, "properties", &strict_properties);
            pop(source, "additionalProperties");
            set(&out, "additionalProperties", &JsValue::FALSE);
            if let Some(required) = pop(source, "required") {
                set(&out, "required", &required);
            }
        }
        Some("string") => {
            if let Some(format) = pop(source, "format") {
                let known = format
                    .as_string()
                    .is_some_and(|format| STRING_FORMATS.contains(&format.as_str()));
                set(if known { &out } else { source }, "format", &format);
            }
        }
        Some("array") => {
            if let Some(items) = pop(source, "items") {
                set(&out, "items", &strict(&items)?);
            }
            if let Some(min_items) = pop(source, "minItems") {
                let small = matches!(min_items.as_f64(), Some(n) if n == 0.0 || n == 1.0);
                set(if small { &out } else { source }, "minItems", &min_items);
            }
        }
        _ => {}
    }
    let rest = entries(source);
    if !rest.is_empty() {
        let mut described = JsString::from("");
        let existing = property(&out, "description");
        if existing.is_truthy() {
            described = described.concat(&existing).concat(&"\n\n".into());
        }
        described = described.concat(&"{".into());
        for (at, (key, value)) in rest.iter().enumerate() {
            if at > 0 {
                described = described.concat(&", ".into());
            }
            let json = stringify(value)?;
            described = described.concat(key).concat(&": ".into()).concat(&json);
        }
        set(&out, "description", &described.concat(&"}".into()));
    }
    Ok(out.into())
}

/// `helpers/json-schema`'s `transformJSONSchema`: the caller's schema is copied first (through
/// JSON, as the SDK does) and left as it was.
#[wasm_bindgen(js_name = transformJSONSchema, skip_typescript)]
pub fn transform_json_schema(schema: JsValue) -> Result<JsValue, JsValue> {
    let copy = parse_json(&stringify(&schema)?)?;
    if !copy.is_object() {
        return Err(js_sys::TypeError::new(
            "jsonSchemaOutputFormat(schema): schema must be an object",
        )
        .into());
    }
    strict(&copy)
}
