//! Waiting on an AbortSignal from Rust without leaving a listener behind.

use wasm_bindgen::prelude::*;
use web_sys::{AbortController, AbortSignal};

/// Whether `value` is an AbortSignal the host made, not an object that only inherits from one
/// (which passes `instanceof` and then throws on every use).
pub fn is_abort_signal(value: &JsValue) -> bool {
    super::is_branded(value, "AbortSignal", "aborted")
}

/// Calls `on_abort` once when the signal aborts, until dropped.
pub struct AbortListener {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
}

impl AbortListener {
    pub fn new(signal: &AbortSignal, on_abort: impl FnMut() + 'static) -> AbortListener {
        let listener = Closure::<dyn FnMut()>::new(on_abort);
        let _ = signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        AbortListener {
            signal: signal.clone(),
            listener,
        }
    }
}

impl Drop for AbortListener {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}

/// Makes `controller` follow `signal`: aborted with the same reason when `signal` aborts, or at
/// once when it already has. The listener lives as long as the returned handle.
pub fn forward(signal: &AbortSignal, controller: &AbortController) -> Option<AbortListener> {
    if signal.aborted() {
        controller.abort_with_reason(&signal.reason());
        return None;
    }
    let (outer, inner) = (signal.clone(), controller.clone());
    Some(AbortListener::new(signal, move || {
        inner.abort_with_reason(&outer.reason())
    }))
}
