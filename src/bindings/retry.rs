//! `retryWithBackoff` and `withFallback`. Both are driven by src/js/drivers.js (awaiting from
//! JS keeps the success path cheap): the retry loop asks a `RetryPolicy` after each failure and
//! sleeps on the host's timers through its `RetryCall`, as a promise rather than a Rust future,
//! so nothing in this module without the client needs the futures executor; the fallback asks
//! whether a failure is an abort.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, AbortSignal};

use super::budget::SharedBudget;
use crate::core::backoff::Jitter;
use crate::core::budget::RetryBudget;
use crate::core::classify::{ErrorFacts, RetryRules};
use crate::core::engine::{Call, Stop, Verdict};
use crate::host::abort::{self, AbortListener};
use crate::host::timer::{self, Timeout};
use crate::host::{clock, random};
use crate::interop::errors::{range_error, type_error};
use crate::interop::facts::read_facts;
use crate::interop::object::set;
use crate::interop::options::{number_text, Opt, Options};
use crate::interop::records::RetryEvent;

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

    /// The public function: drivers.js awaits `fn` and applies the fallback, asking
    /// [`check_fallback`] and [`is_abort`].
    #[wasm_bindgen(reexport, js_name = withFallback)]
    pub fn with_fallback(f: JsValue, fallback: JsValue) -> Promise;
}

/// The decisions of one set of retry options; shared by every call made with them.
#[wasm_bindgen(skip_typescript)]
pub struct RetryPolicy {
    rules: RetryRules,
    should_retry: Option<Function>,
    on_retry: Option<Function>,
    /// The `RetryBudget` its retries are paid from, shared with other calls and clients.
    budget: Option<SharedBudget>,
}

impl RetryPolicy {
    fn new(rules: RetryRules) -> RetryPolicy {
        RetryPolicy {
            rules,
            should_retry: None,
            on_retry: None,
            budget: None,
        }
    }

    /// Reads the backoff knobs (everything but maxRetries, signal and timeout) through
    /// `field`, over `rules`.
    pub fn from_knobs(
        field: &dyn Fn(Field) -> Opt,
        mut rules: RetryRules,
    ) -> Result<RetryPolicy, JsValue> {
        let backoff = &mut rules.backoff;
        backoff.base_delay = field(Field::BaseDelay).millis(backoff.base_delay)?;
        backoff.max_delay = field(Field::MaxDelay).millis(backoff.max_delay)?;
        if let Some(name) = field(Field::Jitter).string()? {
            backoff.jitter = Jitter::parse(&name)
                .ok_or_else(|| range_error(&["jitter must be ", Jitter::NAMES].concat()))?;
        }
        if let Some(statuses) = field(Field::RetryableStatuses).statuses()? {
            rules.retryable_statuses = statuses;
        }
        rules.respect_retry_after =
            field(Field::RespectRetryAfter).boolean(rules.respect_retry_after)?;
        Ok(RetryPolicy {
            rules,
            should_retry: field(Field::ShouldRetry).function()?,
            on_retry: field(Field::OnRetry).function()?,
            budget: None,
        })
    }

    /// The policy with its retries paid from `budget`.
    pub fn paid_from(self, budget: Option<SharedBudget>) -> RetryPolicy {
        RetryPolicy { budget, ..self }
    }

    /// The bucket its retries are paid from, up to date.
    pub fn budget(&self) -> Option<&RefCell<RetryBudget>> {
        self.budget.as_ref().map(SharedBudget::bucket)
    }

    pub fn max_retries(&self) -> u32 {
        self.rules.max_retries
    }

    /// The longest wait a call takes: the server's, and the client's pacing.
    pub fn max_delay(&self) -> f64 {
        self.rules.backoff.max_delay
    }

    /// The verdict on `call`'s failed attempt, from the facts of `error` read once by the
    /// caller; `shouldRetry` and `onRetry` run here, and what they throw is the call's error.
    /// A retry the budget refused marks `error` (when it is an object) `retryBudgetExhausted`.
    pub fn judge(
        &self,
        call: &mut Call,
        error: &JsValue,
        facts: &ErrorFacts,
    ) -> Result<Verdict, JsValue> {
        let attempt = call.attempt;
        let retryable = || match &self.should_retry {
            Some(should_retry) => should_retry
                .call2(&JsValue::UNDEFINED, error, &JsValue::from(attempt))
                .map(|answer| answer.is_truthy()),
            None => Ok(self.rules.is_retryable(facts)),
        };
        let verdict = call.judge(
            &self.rules,
            facts,
            retryable,
            (clock::now(), random::unit()),
            self.budget(),
        )?;
        if verdict == Verdict::GiveUp(Stop::Budget) {
            set(error, "retryBudgetExhausted", &JsValue::TRUE);
        }
        if let (Verdict::Retry { delay_ms, .. }, Some(on_retry)) = (verdict, &self.on_retry) {
            let event = RetryEvent {
                attempt,
                delay_ms,
                error,
            };
            on_retry.call1(&JsValue::UNDEFINED, &event.to_js())?;
        }
        Ok(verdict)
    }
}

#[wasm_bindgen]
impl RetryPolicy {
    /// A call without signal or timeout, begun at its first failure.
    pub fn begin(&self) -> RetryCall {
        RetryCall {
            call: Call::new(self.rules.max_retries, None),
            cancel: None,
        }
    }

    /// The wait before `call`'s next attempt in ms, or −1 to give up and rethrow `error`.
    #[wasm_bindgen(js_name = nextDelay)]
    pub fn next_delay(&self, call: &mut RetryCall, error: JsValue) -> Result<f64, JsValue> {
        let mut facts = read_facts(&error, clock::now());
        facts.aborted |= call.cancel.as_ref().is_some_and(Cancel::aborted);
        Ok(match self.judge(&mut call.call, &error, &facts)? {
            Verdict::Retry { delay_ms, .. } => delay_ms,
            Verdict::GiveUp(_) => -1.0,
        })
    }

    /// `call` succeeded after a failure: the budget gets back what its retries spent. (A call
    /// that succeeds at once never reaches the module: drivers.js counts it.)
    pub fn succeeded(&self, call: &RetryCall) {
        call.call.succeeded(self.budget());
    }
}

/// One `retryWithBackoff` call as the engine sees it, and its cancellation when it has a
/// signal or a timeout. Freeing it clears its timer and removes its listener.
#[wasm_bindgen(skip_typescript)]
pub struct RetryCall {
    call: Call,
    cancel: Option<Cancel>,
}

/// The caller's signal and the overall `timeout`, merged into the signal each attempt sees.
struct Cancel {
    controller: AbortController,
    /// Held for their Drop.
    _timer: Option<Timeout>,
    _listener: Option<AbortListener>,
}

impl Cancel {
    fn open(signal: Option<AbortSignal>, timeout: Option<f64>) -> Result<Cancel, JsValue> {
        let controller = AbortController::new()?;
        let listener = match &signal {
            Some(signal) if signal.aborted() => return Err(signal.reason()),
            Some(signal) => abort::forward(signal, &controller),
            None => None,
        };
        let timer = timeout.and_then(|ms| {
            let inner = controller.clone();
            timer::deadline(ms, move || inner.abort_with_reason(&timeout_error(ms)))
        });
        Ok(Cancel {
            controller,
            _timer: timer,
            _listener: listener,
        })
    }

    fn aborted(&self) -> bool {
        self.controller.signal().aborted()
    }
}

#[wasm_bindgen]
impl RetryCall {
    /// What each attempt's context hands out; only calls with a signal or timeout have one.
    #[wasm_bindgen(getter)]
    pub fn signal(&self) -> Option<AbortSignal> {
        self.cancel
            .as_ref()
            .map(|cancel| cancel.controller.signal())
    }

    /// Waits `delay` ms; rejects with the call's abort reason the moment it aborts.
    pub fn sleep(&self, delay: f64) -> Promise {
        timer::wait(delay, self.signal())
    }
}

/// What a call that ran out of `timeout` rejects with, as `AbortSignal.timeout()` would.
fn timeout_error(ms: f64) -> JsValue {
    let message = ["retryWithBackoff timed out after ", &number_text(ms), " ms"].concat();
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
    RetryBudget,
}

impl Field {
    pub const ALL: [Field; 11] = [
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
        Field::RetryBudget,
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
            Field::RetryBudget => "retryBudget",
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
    let mut rules = RetryRules::default();
    if options.as_f64().is_some() || !base_delay.is_undefined() || !max_delay.is_undefined() {
        let positional = |value: &JsValue, field: Field| Opt::new(value.clone(), field.name());
        rules.max_retries = positional(options, Field::MaxRetries).integer(0, rules.max_retries)?;
        rules.backoff.base_delay =
            positional(base_delay, Field::BaseDelay).millis(rules.backoff.base_delay)?;
        rules.backoff.max_delay =
            positional(max_delay, Field::MaxDelay).millis(rules.backoff.max_delay)?;
        return Ok((RetryPolicy::new(rules), None, None));
    }
    Options::new(options, "options")?;
    let values: Option<&Array> = fields.dyn_ref();
    let field = |field: Field| {
        let value = values.map_or(JsValue::UNDEFINED, |values| values.get(field as u32));
        Opt::new(value, field.name())
    };
    rules.max_retries = field(Field::MaxRetries).integer(0, rules.max_retries)?;
    let policy = RetryPolicy::from_knobs(&field, rules)?;
    let budget = SharedBudget::from_instance(field(Field::RetryBudget).value())?;
    let policy = policy.paid_from(budget);
    let signal = field(Field::Signal).signal()?;
    let timeout = field(Field::Timeout).optional_millis()?;
    Ok((policy, signal, timeout))
}

/// Checks a call's arguments before `fn` runs, and begins the call when it has a signal or a
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
    let (policy, signal, timeout) = parse(options, base_delay, max_delay, fields)?;
    if signal.is_none() && timeout.is_none() {
        return Ok(JsValue::NULL);
    }
    let deadline = timeout.map(|ms| clock::now() + ms);
    Ok(RetryCall {
        call: Call::new(policy.max_retries(), deadline),
        cancel: Some(Cancel::open(signal, timeout)?),
    }
    .into())
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
    RetryPolicy::new(RetryRules::default()).into()
}

/// Whether `fn` of a `withFallback` call may run: the TypeError otherwise.
pub fn check_fallback(is_function: bool) -> Result<(), JsValue> {
    if is_function {
        Ok(())
    } else {
        Err(type_error("withFallback: fn must be a function"))
    }
}

/// Whether a failure of `withFallback`'s `fn` is an abort, which no fallback may replace.
pub fn is_abort(error: &JsValue) -> bool {
    read_facts(error, clock::now()).aborted
}
