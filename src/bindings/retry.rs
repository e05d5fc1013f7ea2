//! `retryWithBackoff` and `withFallback`. The loop itself is src/js/drivers.js (awaiting from
//! JS keeps the success path cheap); it asks a `RetryPolicy` after each failure and sleeps on
//! the host's timers through it.

use gloo_timers::callback::Timeout;
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;
use web_sys::{AbortController, AbortSignal};

use super::errors::{range_error, type_error};
use super::facts::read_facts;
use super::options;
use crate::core::backoff::{Backoff, Jitter};
use crate::core::classify::{RetryRules, Verdict, DEFAULT_RETRYABLE_STATUSES};
use crate::host::abort::AbortListener;
use crate::host::{clock, random, timer};

#[wasm_bindgen(module = "/src/js/drivers.js")]
extern "C" {
    /// The public function: the JS loop of drivers.js, planned by [`plan_retry`].
    #[wasm_bindgen(reexport, js_name = retryWithBackoff)]
    pub fn retry_with_backoff(
        f: JsValue,
        options: JsValue,
        base_delay: JsValue,
        max_delay: JsValue,
    ) -> Promise;
}

/// The decisions of one set of retry options; shared by every call made with them.
#[wasm_bindgen(skip_typescript)]
pub struct RetryPolicy {
    rules: RetryRules,
    should_retry: Option<Function>,
    on_retry: Option<Function>,
}

impl RetryPolicy {
    /// The guide's defaults: 5 retries, 1 s base, 60 s cap, additive jitter.
    pub fn guide_defaults() -> RetryRules {
        RetryRules {
            max_retries: 5,
            backoff: Backoff {
                base_delay: 1000.0,
                max_delay: 60000.0,
                jitter: Jitter::Additive,
            },
            retryable_statuses: DEFAULT_RETRYABLE_STATUSES.to_vec(),
            respect_retry_after: true,
        }
    }

    fn new(rules: RetryRules) -> RetryPolicy {
        RetryPolicy {
            rules,
            should_retry: None,
            on_retry: None,
        }
    }

    /// Reads the backoff knobs (everything but maxRetries, signal and timeout) through
    /// `field`, over `rules`.
    pub fn from_knobs(
        field: &dyn Fn(Field) -> JsValue,
        mut rules: RetryRules,
    ) -> Result<RetryPolicy, JsValue> {
        let backoff = &mut rules.backoff;
        backoff.base_delay =
            options::millis(&field(Field::BaseDelay), "baseDelay", backoff.base_delay)?;
        backoff.max_delay =
            options::millis(&field(Field::MaxDelay), "maxDelay", backoff.max_delay)?;
        if let Some(name) = options::string(&field(Field::Jitter), "jitter")? {
            backoff.jitter = Jitter::parse(&name)
                .ok_or_else(|| range_error(&format!("jitter must be {}", Jitter::NAMES)))?;
        }
        if let Some(statuses) =
            options::statuses(&field(Field::RetryableStatuses), "retryableStatuses")?
        {
            rules.retryable_statuses = statuses;
        }
        rules.respect_retry_after = options::boolean(
            &field(Field::RespectRetryAfter),
            "respectRetryAfter",
            rules.respect_retry_after,
        )?;
        Ok(RetryPolicy {
            rules,
            should_retry: options::function(&field(Field::ShouldRetry), "shouldRetry")?,
            on_retry: options::function(&field(Field::OnRetry), "onRetry")?,
        })
    }

    pub fn max_retries(&self) -> u32 {
        self.rules.max_retries
    }

    /// The wait before the next attempt in ms, or −1 to give up and rethrow `error`.
    /// `max_retries` is the call's own (the client lets each request override it).
    pub fn decide(
        &self,
        error: &JsValue,
        attempt: u32,
        previous_delay: f64,
        remaining_ms: f64,
        aborted: bool,
        max_retries: u32,
    ) -> Result<f64, JsValue> {
        let mut facts = read_facts(error, clock::now());
        facts.aborted |= aborted;
        // Neither an abort nor a spent budget is worth asking the user's classifier about.
        if facts.aborted || attempt >= max_retries {
            return Ok(-1.0);
        }
        let retryable = match &self.should_retry {
            Some(should_retry) => should_retry
                .call2(&JsValue::UNDEFINED, error, &JsValue::from(attempt))?
                .is_truthy(),
            None => self.rules.is_retryable(&facts),
        };
        let previous = (previous_delay >= 0.0).then_some(previous_delay);
        let remaining = remaining_ms.is_finite().then_some(remaining_ms);
        let rules = RetryRules {
            max_retries,
            ..self.rules.clone()
        };
        match rules.decide(
            attempt,
            retryable,
            &facts,
            previous,
            remaining,
            random::unit(),
        ) {
            Verdict::GiveUp => Ok(-1.0),
            Verdict::Retry { delay_ms } => {
                if let Some(on_retry) = &self.on_retry {
                    let event = Object::new();
                    Reflect::set(&event, &"attempt".into(), &attempt.into())?;
                    Reflect::set(&event, &"delayMs".into(), &delay_ms.into())?;
                    Reflect::set(&event, &"error".into(), error)?;
                    on_retry.call1(&JsValue::UNDEFINED, &event)?;
                }
                Ok(delay_ms)
            }
        }
    }
}

#[wasm_bindgen]
impl RetryPolicy {
    /// The wait before the next attempt in ms, or −1 to give up and rethrow `error`.
    #[wasm_bindgen(js_name = nextDelay)]
    pub fn next_delay(
        &self,
        error: JsValue,
        attempt: u32,
        previous_delay: f64,
        remaining_ms: f64,
        aborted: bool,
    ) -> Result<f64, JsValue> {
        let max_retries = self.rules.max_retries;
        self.decide(
            &error,
            attempt,
            previous_delay,
            remaining_ms,
            aborted,
            max_retries,
        )
    }

    /// Waits `delay` ms; rejects with the signal's reason the moment it aborts.
    pub fn sleep(&self, delay: f64, signal: Option<AbortSignal>) -> Promise {
        future_to_promise(async move {
            timer::sleep(delay, signal.as_ref()).await?;
            Ok(JsValue::UNDEFINED)
        })
    }
}

/// One call's cancellation: the caller's signal and the overall `timeout`, merged into the
/// signal each attempt sees. Holds a timer and a listener until the driver closes it.
#[wasm_bindgen(skip_typescript)]
pub struct CallScope {
    controller: AbortController,
    deadline: Option<f64>,
    /// Held for their Drop: freeing the scope clears the timer and removes the listener.
    _timer: Option<Timeout>,
    _listener: Option<AbortListener>,
}

#[wasm_bindgen]
impl CallScope {
    #[wasm_bindgen(getter)]
    pub fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    /// ms left of the overall budget; Infinity without one.
    #[wasm_bindgen(js_name = remainingMs)]
    pub fn remaining_ms(&self) -> f64 {
        self.deadline
            .map_or(f64::INFINITY, |deadline| (deadline - clock::now()).max(0.0))
    }
}

impl CallScope {
    fn open(signal: Option<AbortSignal>, timeout: Option<f64>) -> Result<CallScope, JsValue> {
        let controller = AbortController::new()?;
        let listener = match signal {
            Some(signal) if signal.aborted() => return Err(signal.reason()),
            Some(signal) => {
                let (outer, inner) = (signal.clone(), controller.clone());
                Some(AbortListener::new(&signal, move || {
                    inner.abort_with_reason(&outer.reason())
                }))
            }
            None => None,
        };
        let timer = timeout.and_then(|ms| {
            let inner = controller.clone();
            timer::deadline(ms, move || inner.abort_with_reason(&timeout_error(ms)))
        });
        Ok(CallScope {
            controller,
            deadline: timeout.map(|ms| clock::now() + ms),
            _timer: timer,
            _listener: listener,
        })
    }
}

/// What a call that ran out of `timeout` rejects with, as `AbortSignal.timeout()` would.
fn timeout_error(ms: f64) -> JsValue {
    let message = format!(
        "retryWithBackoff timed out after {} ms",
        options::number_text(ms)
    );
    web_sys::DomException::new_with_message_and_name(&message, "TimeoutError")
        .map(JsValue::from)
        .unwrap_or_else(|_| js_sys::Error::new(&message).into())
}

/// The fields of the retry options, in the order drivers.js copies them out of an options
/// object (it checks the order against `Field::ALL` when the module starts): validating them
/// then costs one call into the module instead of one per property.
#[derive(Clone, Copy)]
pub enum Field {
    MaxRetries,
    BaseDelay,
    MaxDelay,
    Jitter,
    RetryableStatuses,
    ShouldRetry,
    RespectRetryAfter,
    Timeout,
    Signal,
    OnRetry,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::MaxRetries,
        Field::BaseDelay,
        Field::MaxDelay,
        Field::Jitter,
        Field::RetryableStatuses,
        Field::ShouldRetry,
        Field::RespectRetryAfter,
        Field::Timeout,
        Field::Signal,
        Field::OnRetry,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::MaxRetries => "maxRetries",
            Field::BaseDelay => "baseDelay",
            Field::MaxDelay => "maxDelay",
            Field::Jitter => "jitter",
            Field::RetryableStatuses => "retryableStatuses",
            Field::ShouldRetry => "shouldRetry",
            Field::RespectRetryAfter => "respectRetryAfter",
            Field::Timeout => "timeout",
            Field::Signal => "signal",
            Field::OnRetry => "onRetry",
        }
    }
}

/// Reads the object form (its fields as copied by drivers.js) or the guide's positional form
/// (maxRetries, baseDelay, maxDelay).
fn parse(
    options: &JsValue,
    base_delay: &JsValue,
    max_delay: &JsValue,
    fields: &JsValue,
) -> Result<(RetryPolicy, Option<AbortSignal>, Option<f64>), JsValue> {
    let mut rules = RetryPolicy::guide_defaults();
    if options.as_f64().is_some() || !base_delay.is_undefined() || !max_delay.is_undefined() {
        rules.max_retries = options::integer(options, "maxRetries", 0, rules.max_retries)?;
        rules.backoff.base_delay =
            options::millis(base_delay, "baseDelay", rules.backoff.base_delay)?;
        rules.backoff.max_delay = options::millis(max_delay, "maxDelay", rules.backoff.max_delay)?;
        return Ok((RetryPolicy::new(rules), None, None));
    }
    options::object(options, "options")?;
    let values: Option<&Array> = fields.dyn_ref();
    let field = |field: Field| values.map_or(JsValue::UNDEFINED, |values| values.get(field as u32));
    rules.max_retries = options::integer(
        &field(Field::MaxRetries),
        "maxRetries",
        0,
        rules.max_retries,
    )?;
    let policy = RetryPolicy::from_knobs(&field, rules)?;
    let signal = options::signal(&field(Field::Signal), "signal")?;
    let timeout = options::optional_millis(&field(Field::Timeout), "timeout")?;
    Ok((policy, signal, timeout))
}

/// Checks a call's arguments before `fn` runs, and opens its scope when it has a signal or a
/// timeout (null otherwise). The policy itself is only built if an attempt fails.
pub fn check_retry(
    is_function: bool,
    options: &JsValue,
    base_delay: &JsValue,
    max_delay: &JsValue,
    fields: &JsValue,
) -> Result<JsValue, JsValue> {
    if !is_function {
        return Err(type_error("retryWithBackoff: fn must be a function"));
    }
    let (_, signal, timeout) = parse(options, base_delay, max_delay, fields)?;
    if signal.is_none() && timeout.is_none() {
        return Ok(JsValue::NULL);
    }
    Ok(CallScope::open(signal, timeout)?.into())
}

/// The policy of a call whose arguments `check_retry` accepted, built at its first failure.
pub fn plan_retry(
    options: &JsValue,
    base_delay: &JsValue,
    max_delay: &JsValue,
    fields: &JsValue,
) -> Result<JsValue, JsValue> {
    parse(options, base_delay, max_delay, fields).map(|(policy, _, _)| policy.into())
}

/// The policy of calls without options, shared by all of them.
pub fn default_policy() -> JsValue {
    RetryPolicy::new(RetryPolicy::guide_defaults()).into()
}

#[wasm_bindgen]
extern "C" {
    /// A promise seen through its `then(onFulfilled, onRejected)`, whose handlers may return
    /// values (js-sys's `Promise::then2` takes handlers that return nothing).
    type Reaction;
    #[wasm_bindgen(method)]
    fn then(this: &Reaction, on_fulfilled: &JsValue, on_rejected: &JsValue) -> Promise;
}

/// `fn`'s outcome, or on its failure the fallback's. The promise's own reaction handles the
/// failure: a Rust future would pull the executor into the module for one await.
#[wasm_bindgen(js_name = withFallback, skip_typescript)]
pub fn with_fallback(f: JsValue, fallback: JsValue) -> Promise {
    let Some(f) = f.dyn_ref::<Function>() else {
        return Promise::reject(&type_error("withFallback: fn must be a function"));
    };
    let outcome = match f.call0(&JsValue::UNDEFINED) {
        Ok(value) => Promise::resolve(&value),
        Err(error) => Promise::reject(&error),
    };
    let recover = Closure::once(move |error: JsValue| -> Result<JsValue, JsValue> {
        if read_facts(&error, clock::now()).aborted {
            return Err(error);
        }
        match fallback.dyn_ref::<Function>() {
            Some(fallback) => fallback.call1(&JsValue::UNDEFINED, &error),
            None => Ok(fallback),
        }
    });
    // Left to the GC with the promise's reaction: on success it is never called.
    outcome
        .unchecked_ref::<Reaction>()
        .then(&JsValue::UNDEFINED, &recover.into_js_value())
}
