//! Waiting on an AbortSignal from Rust without leaving a listener behind.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use wasm_bindgen::prelude::*;
use web_sys::{AbortController, AbortSignal};

/// Whether `value` is an AbortSignal the host made, not an object that only inherits from one
/// (which passes `instanceof` and then throws on every use).
pub fn is_abort_signal(value: &JsValue) -> bool {
    super::is_branded(value, "AbortSignal", "aborted")
}

#[derive(Default)]
struct Shared {
    fired: bool,
    waker: Option<Waker>,
}

/// Resolves when the signal aborts; dropping it removes the `abort` listener, so a wait that
/// ended another way leaves nothing attached to a long-lived signal.
pub struct AbortWatch {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
    shared: Rc<RefCell<Shared>>,
}

impl AbortWatch {
    pub fn new(signal: &AbortSignal) -> AbortWatch {
        let shared = Rc::new(RefCell::new(Shared::default()));
        let flag = shared.clone();
        let listener = Closure::<dyn FnMut()>::new(move || {
            let mut state = flag.borrow_mut();
            state.fired = true;
            if let Some(waker) = state.waker.take() {
                waker.wake();
            }
        });
        // Cannot fail for a real AbortSignal; a failure would only mean we never hear the abort.
        let _ = signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        AbortWatch {
            signal: signal.clone(),
            listener,
            shared,
        }
    }

    /// The value the caller aborted with (an `AbortError` DOMException unless they chose one).
    pub fn reason(&self) -> JsValue {
        self.signal.reason()
    }
}

impl Future for AbortWatch {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.shared.borrow_mut();
        if state.fired || self.signal.aborted() {
            return Poll::Ready(());
        }
        state.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Drop for AbortWatch {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
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
