//! The deadlines of a call and of each of its attempts, and what a failure on the network
//! stands for. Every await on the network races an attempt's signal, so nothing outlives its
//! deadline whatever the host's fetch does, and every failure after the headers carries them.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{AbortController, AbortSignal, Headers};

use super::api_error::{abort_error, connection_error, timeout_error};
use crate::host::abort::{self, AbortListener};
use crate::host::clock;
use crate::host::timer::{self, Timeout};
use crate::interop::options::number_text;

/// A whole call — every attempt, every wait, every fallback model, a stream to its last
/// event: it follows the caller's signal and ends when `totalTimeout` runs out.
pub struct CallScope {
    controller: AbortController,
    total_timeout_ms: Option<f64>,
    expired: Rc<Cell<bool>>,
    deadline_at: Option<f64>,
    _timer: Option<Timeout>,
    _listener: Option<AbortListener>,
}

impl CallScope {
    pub fn open(
        signal: Option<&AbortSignal>,
        total_timeout_ms: Option<f64>,
    ) -> Result<Rc<CallScope>, JsValue> {
        let controller = AbortController::new()?;
        let listener = signal.and_then(|signal| abort::forward(signal, &controller));
        let expired = Rc::new(Cell::new(false));
        let timer = total_timeout_ms.and_then(|ms| {
            let (controller, expired) = (controller.clone(), expired.clone());
            timer::deadline(ms, move || {
                if !controller.signal().aborted() {
                    expired.set(true);
                    controller.abort();
                }
            })
        });
        Ok(Rc::new(CallScope {
            controller,
            total_timeout_ms,
            expired,
            deadline_at: total_timeout_ms.map(|ms| clock::now() + ms),
            _timer: timer,
            _listener: listener,
        }))
    }

    /// What every wait of the call and every attempt's connection follows.
    pub fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    /// When the call must be over, on the clock's scale; None without `totalTimeout`.
    pub fn deadline_at(&self) -> Option<f64> {
        self.deadline_at
    }

    /// The error the call ends with once its signal has aborted: its deadline, or the caller.
    pub fn ended(&self, headers: Option<&Headers>) -> JsValue {
        match self.total_timeout_ms.filter(|_| self.expired.get()) {
            Some(ms) => timeout_error(
                &[
                    "The call ran out of its totalTimeout of ",
                    &number_text(ms),
                    " ms.",
                ]
                .concat(),
                headers,
            ),
            None => abort_error(headers),
        }
    }
}

/// Which of an attempt's own deadlines ran out.
#[derive(Clone, Copy)]
pub enum Expiry {
    /// The attempt's `timeout`: the response, or a stream's first event, came too late.
    Attempt,
    /// The idle watchdog: a stream received nothing for this many ms.
    Idle(f64),
}

/// One attempt's connection: a controller of its own that follows the call's signal and that
/// its own deadline ends, which deadline did, and the response headers once they are in.
pub struct Link {
    call: Rc<CallScope>,
    controller: AbortController,
    expired: Rc<Cell<Option<Expiry>>>,
    headers: Option<Headers>,
    deadline: Option<Timeout>,
    _listener: Option<AbortListener>,
}

impl Link {
    pub fn open(call: &Rc<CallScope>, timeout_ms: f64) -> Result<Link, JsValue> {
        if call.signal().aborted() {
            return Err(call.ended(None));
        }
        let controller = AbortController::new()?;
        let listener = abort::forward(&call.signal(), &controller);
        let mut link = Link {
            call: call.clone(),
            controller,
            expired: Rc::default(),
            headers: None,
            deadline: None,
            _listener: listener,
        };
        link.arm(timeout_ms, Expiry::Attempt);
        Ok(link)
    }

    /// Ends the connection `ms` from now unless re-armed or disarmed first.
    pub fn arm(&mut self, ms: f64, expiry: Expiry) {
        let (controller, expired) = (self.controller.clone(), self.expired.clone());
        self.deadline = timer::deadline(ms, move || {
            // An abort that came first stays the reason.
            if !controller.signal().aborted() {
                expired.set(Some(expiry));
                controller.abort();
            }
        });
    }

    pub fn disarm(&mut self) {
        self.deadline = None;
    }

    /// What every await on this connection races.
    pub fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    pub fn headers(&self) -> Option<&Headers> {
        self.headers.as_ref()
    }

    pub fn received(&mut self, headers: Headers) {
        self.headers = Some(headers);
    }

    /// Why a network await failed: one of the attempt's deadlines, the call's end (its
    /// deadline or the caller's abort), or the network.
    pub fn failure(&self, error: JsValue) -> JsValue {
        let headers = self.headers();
        match self.expired.get() {
            Some(Expiry::Attempt) => timeout_error("Request timed out.", headers),
            Some(Expiry::Idle(ms)) => timeout_error(
                &[
                    "The stream went idle: nothing arrived for ",
                    &number_text(ms),
                    " ms.",
                ]
                .concat(),
                headers,
            ),
            None if self.controller.signal().aborted() => self.call.ended(headers),
            None => connection_error(error, headers),
        }
    }
}
