//! The circuit breaker. `CircuitBreaker` is the JS class in src/js/drivers.js: it awaits the
//! user's function; every decision is this `BreakerCore`'s — admit or refuse, what an outcome
//! does to the circuit, what the listeners hear.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;

use crate::core::breaker::{
    Breaker, BreakerConfig, CircuitState, Outcome, Snapshot, Ticket, Transition,
};
use crate::core::classify::is_breaker_failure;
use crate::host::clock;
use crate::interop::errors::{range_error, type_error};
use crate::interop::facts::read_facts;
use crate::interop::options::{Opt, Options};
use crate::interop::records::{CircuitSnapshot, StateChange};

#[wasm_bindgen(module = "/src/js/drivers.js")]
extern "C" {
    /// The public class; the client builds its default breaker through it, so that
    /// `client.circuitBreaker` is a `CircuitBreaker` like any other.
    #[wasm_bindgen(reexport)]
    pub type CircuitBreaker;

    #[wasm_bindgen(constructor, catch)]
    pub fn new(options: JsValue, recovery_timeout: JsValue) -> Result<CircuitBreaker, JsValue>;

    #[wasm_bindgen(static_method_of = CircuitBreaker, js_name = fromJSON, catch)]
    pub fn from_json(snapshot: JsValue, options: JsValue) -> Result<CircuitBreaker, JsValue>;

    #[wasm_bindgen(method)]
    pub fn call(this: &CircuitBreaker, f: JsValue) -> Promise;

    #[wasm_bindgen(method, getter)]
    pub fn state(this: &CircuitBreaker) -> String;

    #[wasm_bindgen(method, getter, js_name = failureCount)]
    pub fn failure_count(this: &CircuitBreaker) -> u32;

    #[wasm_bindgen(method)]
    pub fn reset(this: &CircuitBreaker);

    #[wasm_bindgen(method, js_name = toJSON, catch)]
    pub fn to_json(this: &CircuitBreaker) -> Result<JsValue, JsValue>;
}

struct Guarded {
    breaker: Breaker,
    /// drivers.js's `{ ticket, until }`: the closed ticket while the circuit is CLOSED without
    /// failures, −1 otherwise; while it is OPEN, the time it turns HALF_OPEN, 0 otherwise (see
    /// `publish`).
    flags: JsValue,
    published: (f64, f64),
    /// The TypeError of the last admission refused for a bad `fn`, until drivers.js takes it.
    refusal: Option<JsValue>,
    /// How long the last admission refused by the circuit told the caller to wait.
    retry_after_ms: f64,
    is_failure: Option<Function>,
    on_state_change: Option<Function>,
}

impl Guarded {
    /// While the circuit is CLOSED with no failures, admitting is always "yes, under this
    /// ticket" and a success changes nothing: drivers.js then skips the module entirely on the
    /// success path. While it is OPEN, admitting is "no, for the time left until `until`":
    /// drivers.js refuses without entering the module too, as fast as a breaker written in JS.
    /// Called after every change, so the published verdicts are always Rust's own.
    fn publish(&mut self) {
        let ticket = match self.breaker.closed_ticket() {
            Some(ticket) if self.breaker.failure_count() == 0 => f64::from(ticket.to_bits()),
            _ => -1.0,
        };
        let until = self.breaker.due_at().unwrap_or(0.0);
        if ticket != self.published.0 {
            let _ = Reflect::set(&self.flags, &"ticket".into(), &ticket.into());
        }
        if until != self.published.1 {
            let _ = Reflect::set(&self.flags, &"until".into(), &until.into());
        }
        self.published = (ticket, until);
    }

    /// Runs the user's listener after the borrow is released, so it may read the breaker.
    /// The listener only observes: what it throws is dropped, so it can neither change a
    /// call's outcome nor leave a probe slot taken.
    fn announce(shared: &Rc<RefCell<Guarded>>, transition: Option<Transition>) {
        let Some(transition) = transition else {
            return;
        };
        let listener = shared.borrow().on_state_change.clone();
        let Some(listener) = listener else {
            return;
        };
        let change = StateChange {
            from: transition.from.as_str(),
            to: transition.to.as_str(),
            at: transition.at,
        };
        let _ = listener.call1(&JsValue::UNDEFINED, &change.to_js());
    }

    /// Whether `error` counts against the circuit: the user's `isFailure`, else the default.
    fn counts(shared: &Rc<RefCell<Guarded>>, error: &JsValue) -> bool {
        let is_failure = shared.borrow().is_failure.clone();
        match is_failure {
            // A throwing classifier must not leave a probe slot taken forever: count it.
            Some(is_failure) => is_failure
                .call1(&JsValue::UNDEFINED, error)
                .map_or(true, |verdict| verdict.is_truthy()),
            None => is_breaker_failure(&read_facts(error, clock::now())),
        }
    }
}

fn parse_config(options: &JsValue, recovery_timeout: &JsValue) -> Result<BreakerConfig, JsValue> {
    let defaults = BreakerConfig::default();
    if options.as_f64().is_some() || !recovery_timeout.is_undefined() {
        return Ok(BreakerConfig {
            failure_threshold: Opt::new(options.clone(), "failureThreshold")
                .integer(1, defaults.failure_threshold)?,
            recovery_timeout_ms: Opt::new(recovery_timeout.clone(), "recoveryTimeout")
                .millis(defaults.recovery_timeout_ms)?,
            half_open_max_calls: defaults.half_open_max_calls,
        });
    }
    let options = Options::new(options, "options")?;
    Ok(BreakerConfig {
        failure_threshold: options
            .get("failureThreshold")
            .integer(1, defaults.failure_threshold)?,
        recovery_timeout_ms: options
            .get("recoveryTimeout")
            .millis(defaults.recovery_timeout_ms)?,
        half_open_max_calls: options
            .get("halfOpenMaxCalls")
            .integer(1, defaults.half_open_max_calls)?,
    })
}

/// `admit`'s codes for a call the circuit refuses while OPEN, and while HALF_OPEN (its probe
/// slots taken); drivers.js names the states from them.
const REFUSED_OPEN: f64 = -2.0;
const REFUSED_HALF_OPEN: f64 = -3.0;

#[wasm_bindgen(skip_typescript)]
pub struct BreakerCore {
    shared: Rc<RefCell<Guarded>>,
}

/// The time, when the step about to be taken reads it; NaN otherwise (a CLOSED circuit admits
/// and records successes without it, and the hot path is spared a call to the host).
fn time_if(needed: bool) -> f64 {
    if needed {
        clock::now()
    } else {
        f64::NAN
    }
}

impl BreakerCore {
    /// Takes one step of the state machine, then tells what changed: drivers.js's published
    /// ticket under the borrow, the listener after it (it may read the breaker).
    fn step<R>(&self, step: impl FnOnce(&mut Breaker) -> (R, Option<Transition>)) -> R {
        let mut shared = self.shared.borrow_mut();
        let (result, transition) = step(&mut shared.breaker);
        shared.publish();
        drop(shared);
        Guarded::announce(&self.shared, transition);
        result
    }

    fn record(&self, ticket: u32, outcome: Outcome) {
        self.step(|breaker| {
            let now = time_if(outcome == Outcome::Failure || breaker.needs_clock());
            ((), breaker.record(Ticket::from_bits(ticket), outcome, now))
        });
    }

    fn build(breaker: Breaker, options: &JsValue, flags: &JsValue) -> Result<BreakerCore, JsValue> {
        let (is_failure, on_state_change) = if options.as_f64().is_some() {
            (None, None)
        } else {
            let options = Options::within(options, "");
            (
                options.get("isFailure").function()?,
                options.get("onStateChange").function()?,
            )
        };
        let mut guarded = Guarded {
            breaker,
            flags: flags.clone(),
            published: (f64::NAN, f64::NAN),
            refusal: None,
            retry_after_ms: 0.0,
            is_failure,
            on_state_change,
        };
        guarded.publish();
        Ok(BreakerCore {
            shared: Rc::new(RefCell::new(guarded)),
        })
    }

    /// `new CircuitBreaker(options)` or the guide's `new CircuitBreaker(failureThreshold, recoveryTimeout)`.
    pub fn from_options(
        options: &JsValue,
        recovery_timeout: &JsValue,
        flags: &JsValue,
    ) -> Result<BreakerCore, JsValue> {
        let config = parse_config(options, recovery_timeout)?;
        BreakerCore::build(Breaker::new(config), options, flags)
    }

    /// `CircuitBreaker.fromJSON(snapshot, options)`.
    pub fn restore(
        snapshot: &JsValue,
        options: &JsValue,
        flags: &JsValue,
    ) -> Result<BreakerCore, JsValue> {
        if !snapshot.is_object() {
            return Err(type_error(
                "CircuitBreaker.fromJSON: snapshot must be an object",
            ));
        }
        let config = parse_config(options, &JsValue::UNDEFINED)?;
        let snapshot = Options::within(snapshot, "snapshot.");
        let state = snapshot
            .get("state")
            .string()?
            .as_deref()
            .and_then(CircuitState::parse)
            .ok_or_else(|| range_error("snapshot.state must be 'CLOSED', 'OPEN' or 'HALF_OPEN'"))?;
        let failure_count = snapshot.get("failureCount").integer(0, 0)?;
        let opened_at = snapshot.get("openedAt");
        let opened_at = if opened_at.value().is_null() {
            None
        } else {
            opened_at.optional_millis()?
        };
        let snapshot = Snapshot {
            state,
            failure_count,
            opened_at,
        };
        let breaker = Breaker::restore(config, snapshot).map_err(range_error)?;
        BreakerCore::build(breaker, options, flags)
    }
}

#[wasm_bindgen]
impl BreakerCore {
    /// Admits a call: its ticket, or a refusal code. −1: `fn` is not a function, the TypeError
    /// kept for `refusal`; `REFUSED_OPEN` / `REFUSED_HALF_OPEN`: the circuit refuses, in that
    /// state, for `retryAfterMs`. drivers.js builds the CircuitOpenError from the code: an error
    /// built here would capture its stack over wasm frames, which costs the refusal twice its
    /// time. A number rather than a Result, which would cost the hot path an array per call.
    pub fn admit(&self, is_function: bool) -> f64 {
        if !is_function {
            self.shared.borrow_mut().refusal =
                Some(type_error("CircuitBreaker.call: fn must be a function"));
            return -1.0;
        }
        let admission = self.step(|breaker| breaker.admit(time_if(breaker.needs_clock())));
        match admission {
            Ok(ticket) => f64::from(ticket.to_bits()),
            Err(rejection) => {
                self.shared.borrow_mut().retry_after_ms = rejection.retry_after_ms;
                match rejection.state {
                    CircuitState::HalfOpen => REFUSED_HALF_OPEN,
                    _ => REFUSED_OPEN,
                }
            }
        }
    }

    /// Why the last `admit` returned −1.
    pub fn refusal(&self) -> JsValue {
        self.shared
            .borrow_mut()
            .refusal
            .take()
            .unwrap_or(JsValue::UNDEFINED)
    }

    /// The wait the last refusal by the circuit named, in ms.
    #[wasm_bindgen(getter, js_name = retryAfterMs)]
    pub fn retry_after_ms(&self) -> f64 {
        self.shared.borrow().retry_after_ms
    }

    /// The call admitted under `ticket` succeeded. Apart from `failed` so that the success
    /// path hands Rust a number and nothing else.
    pub fn succeeded(&self, ticket: u32) {
        self.record(ticket, Outcome::Success);
    }

    /// The call admitted under `ticket` threw `error`; whether that counts is `isFailure`'s call.
    pub fn failed(&self, ticket: u32, error: JsValue) {
        let outcome = if Guarded::counts(&self.shared, &error) {
            Outcome::Failure
        } else {
            Outcome::Success
        };
        self.record(ticket, outcome);
    }

    #[wasm_bindgen(getter)]
    pub fn state(&self) -> String {
        self.shared
            .borrow()
            .breaker
            .state(clock::now())
            .as_str()
            .into()
    }

    #[wasm_bindgen(getter, js_name = failureCount)]
    pub fn failure_count(&self) -> u32 {
        self.shared.borrow().breaker.failure_count()
    }

    pub fn reset(&self) {
        self.step(|breaker| ((), breaker.reset(clock::now())));
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        let snapshot = self.shared.borrow().breaker.snapshot(clock::now());
        let snapshot = CircuitSnapshot {
            state: snapshot.state.as_str(),
            failure_count: snapshot.failure_count,
            opened_at: snapshot.opened_at,
        };
        Ok(snapshot.to_js())
    }
}
