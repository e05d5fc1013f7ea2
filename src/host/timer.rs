//! Waits on the host's setTimeout (through gloo-timers), cancellable by an AbortSignal.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsValue;
use web_sys::AbortSignal;

use super::abort::AbortWatch;

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

/// Waits `ms` milliseconds, or fails with the signal's reason as soon as it aborts.
/// Waits longer than setTimeout allows are taken in several steps.
pub async fn sleep(ms: f64, signal: Option<&AbortSignal>) -> Result<(), JsValue> {
    let watch = match signal {
        Some(signal) if signal.aborted() => return Err(signal.reason()),
        Some(signal) => Some(AbortWatch::new(signal)),
        None => None,
    };
    let mut left = if ms > 0.0 { ms } else { 0.0 };
    let mut watch = watch;
    loop {
        let step = left.min(MAX_TIMER_MS);
        let timer = TimeoutFuture::new(timer_ms(step));
        match watch.as_mut() {
            None => timer.await,
            Some(watch) => {
                if let Wake::Aborted = (Race { timer, watch }).await {
                    return Err(watch.reason());
                }
            }
        }
        left -= step;
        if left <= 0.0 {
            return Ok(());
        }
    }
}

enum Wake {
    Elapsed,
    Aborted,
}

/// The timer against the abort, whichever comes first; the loser is dropped with it, which
/// clears the timer.
struct Race<'a> {
    timer: TimeoutFuture,
    watch: &'a mut AbortWatch,
}

impl Future for Race<'_> {
    type Output = Wake;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Wake> {
        if Pin::new(&mut *self.watch).poll(cx).is_ready() {
            return Poll::Ready(Wake::Aborted);
        }
        match Pin::new(&mut self.timer).poll(cx) {
            Poll::Ready(()) => Poll::Ready(Wake::Elapsed),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Runs `callback` after `ms` unless dropped first. Deadlines beyond setTimeout's range are
/// not armed: nothing that long-running is worth a timer that fires early.
pub fn deadline(ms: f64, callback: impl FnOnce() + 'static) -> Option<Timeout> {
    (ms <= MAX_TIMER_MS).then(|| Timeout::new(timer_ms(ms), callback))
}
