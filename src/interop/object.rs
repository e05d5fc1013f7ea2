//! Reading and building plain JS objects: one property read (which never throws), one
//! property write, a copy and a parse that hand back what JS threw instead of unwinding.

use std::cell::RefCell;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string as it is, without a copy through wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    pub fn parse_json(text: &JsValue) -> Result<JsValue, JsValue>;

    /// `Object.assign`, whose throw (a getter's, a proxy's) is returned, not unwound through wasm.
    #[wasm_bindgen(js_namespace = Object, js_name = assign, catch)]
    pub fn assign(target: &js_sys::Object, source: &JsValue) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// JS strings of the property names already used, by the address of their literal:
    /// decoding a name from wasm memory costs more than the property read itself.
    static KEYS: RefCell<Vec<(usize, JsValue)>> = const { RefCell::new(Vec::new()) };
}

fn key(name: &'static str) -> JsValue {
    let address = name.as_ptr() as usize;
    KEYS.with(|keys| {
        let known = keys
            .borrow()
            .iter()
            .find(|(at, _)| *at == address)
            .map(|(_, key)| key.clone());
        known.unwrap_or_else(|| {
            let key = JsValue::from_str(name);
            keys.borrow_mut().push((address, key.clone()));
            key
        })
    })
}

/// `target[name]`, or undefined for a target that has no properties (or a throwing getter).
pub fn property(target: &JsValue, name: &'static str) -> JsValue {
    if target.is_object() || target.is_function() {
        Reflect::get(target, &key(name)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// `target[name] = value`. What a setter or a frozen target throws is dropped: the objects
/// written here are the package's own, or events it hands on as they are.
pub fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &name.into(), value);
}
