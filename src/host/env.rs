//! What the package learns of where it runs: Node's environment variables, whether it is a
//! page, the host's `console`.

use js_sys::Reflect;
use wasm_bindgen::JsValue;

fn global(name: &str) -> JsValue {
    Reflect::get(&js_sys::global(), &name.into()).unwrap_or_default()
}

/// An environment variable in Node; None elsewhere.
pub fn var(name: &str) -> Option<String> {
    let process = Reflect::get(&js_sys::global(), &"process".into()).ok()?;
    let env = Reflect::get(&process, &"env".into()).ok()?;
    Reflect::get(&env, &name.into()).ok()?.as_string()
}

/// A page (not Node, not a worker): where a key in the code is a key given to every visitor.
pub fn in_browser() -> bool {
    let global = js_sys::global();
    let has = |name: &str| Reflect::get(&global, &name.into()).is_ok_and(|value| value.is_object());
    has("window") && has("document") && has("navigator")
}

/// The host's `console`; undefined where there is none.
pub fn console() -> JsValue {
    global("console")
}
