//! Waits on the host's setTimeout (through gloo-timers), cancellable by an AbortSignal.

use std::cell::RefCell;
use std::rc::Rc;

pub use gloo_timers::callback::Timeout;
use js_sys::{Function, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

use super::abort::AbortListener;

/// setTimeout's longest delay; gloo-timers would wrap anything longer into a negative one.
pub const MAX_TIMER_MS: f64 = i32::MAX as f64;

/// The milliseconds setTimeout gets for `ms`: rounded up (a wait is never shorter than asked),
/// NaN and negatives as 0, at most [`MAX_TIMER_MS`].
pub fn timer_ms(ms: f64) -> u32 {
    if ms > 0.0 {
        ms.ceil().min(MAX_TIMER_MS) as u32
    } else {
        0
    }
}

/// Waits `ms` milliseconds, or fails with the signal's reason as soon as it aborts: [`wait`]
/// for Rust's async code.
pub async fn sleep(ms: f64, signal: Option<&AbortSignal>) -> Result<(), JsValue> {
    JsFuture::from(wait(ms, signal.cloned())).await.map(drop)
}

/// A wait armed on the host's timer, settled by the timer or by the abort, whichever comes
/// first; taking it out of its slot settles it and drops the other, which clears the timer or
/// removes the listener.
struct Pending {
    /// Held for its Drop; replaced by the next step of a wait longer than setTimeout allows.
    _timer: Timeout,
    _listener: Option<AbortListener>,
    resolve: Function,
}

type Slot = Rc<RefCell<Option<Pending>>>;

/// Waits `ms` milliseconds on the host's timer as a JS promise, which rejects with the signal's
/// reason as soon as it aborts. Waits longer than setTimeout allows are taken in several steps.
/// A promise rather than a Rust future: a module whose only wait is this one (the drivers')
/// carries no futures executor. Nothing of it outlives its settling.
pub fn wait(ms: f64, signal: Option<AbortSignal>) -> Promise {
    Promise::new(&mut |resolve, reject| {
        if let Some(signal) = &signal {
            if signal.aborted() {
                let _ = reject.call1(&JsValue::UNDEFINED, &signal.reason());
                return;
            }
        }
        let slot = Slot::default();
        let listener = signal.as_ref().map(|signal| {
            let (slot, signal) = (slot.clone(), signal.clone());
            AbortListener::new(&signal.clone(), move || {
                let pending = slot.borrow_mut().take();
                if pending.is_some() {
                    drop(pending);
                    let _ = reject.call1(&JsValue::UNDEFINED, &signal.reason());
                }
            })
        });
        let timer = arm(&slot, if ms > 0.0 { ms } else { 0.0 });
        *slot.borrow_mut() = Some(Pending {
            _timer: timer,
            _listener: listener,
            resolve,
        });
    })
}

/// The timer of the next step of `slot`'s wait, `left` ms of it still to go.
fn arm(slot: &Slot, left: f64) -> Timeout {
    let step = left.min(MAX_TIMER_MS);
    let slot = slot.clone();
    Timeout::new(timer_ms(step), move || {
        let left = left - step;
        if left > 0.0 {
            let next = arm(&slot, left);
            if let Some(pending) = slot.borrow_mut().as_mut() {
                pending._timer = next;
            }
            return;
        }
        let pending = slot.borrow_mut().take();
        if let Some(pending) = pending {
            let _ = pending.resolve.call0(&JsValue::UNDEFINED);
        }
    })
}

/// Runs `callback` after `ms` unless dropped first. Deadlines beyond setTimeout's range are
/// not armed: nothing that long-running is worth a timer that fires early.
pub fn deadline(ms: f64, callback: impl FnOnce() + 'static) -> Option<Timeout> {
    (ms <= MAX_TIMER_MS).then(|| Timeout::new(timer_ms(ms), callback))
}
