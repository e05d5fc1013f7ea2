#![cfg(target_arch = "wasm32")]
//! The exported JS API driven from Rust on a real JS host: retryWithBackoff, CircuitBreaker,
//! the error classes, the facts read off thrown values, and option parsing.
//! Runs under both `wasm-pack test --node` and `--headless --chrome` (no run_in_browser).
//! The test harness does not run the crate's `#[wasm_bindgen(start)]`, which connects the JS
//! drivers to Rust, so every test calls `bindings::start()` first.

use std::cell::RefCell;
use std::rc::Rc;

use claude_resilience::bindings::breaker::CircuitBreaker;
use claude_resilience::bindings::budget::{RetryBudget, SharedBudget};
use claude_resilience::bindings::retry::{retry_with_backoff, with_fallback};
use claude_resilience::bindings::ERROR_CLASSES;
use claude_resilience::core::classify::ErrorFacts;
use claude_resilience::host::timer;
use claude_resilience::interop::errors::{self, make_error, range_error, type_error};
use claude_resilience::interop::facts::{header, read_facts};
use claude_resilience::interop::options::{self, Opt, Options};
use claude_resilience::interop::records::{to_js, CircuitSnapshot, LogEvent, RetryEvent};
use gloo_timers::callback::Timeout;
use js_sys::{Array, Date, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{AbortController, Headers};

const UNDEF: JsValue = JsValue::UNDEFINED;

// ───────────────────────────── helpers ─────────────────────────────

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &name.into()).unwrap_or(UNDEF)
}

fn name_of(value: &JsValue) -> Option<String> {
    get(value, "name").as_string()
}

/// Whether `value`'s prototype chain holds the class named `class`.
fn extends(value: &JsValue, class: &str) -> bool {
    let mut proto = Object::get_prototype_of(value);
    while !proto.is_null() {
        if name_of(&get(&proto, "constructor")).as_deref() == Some(class) {
            return true;
        }
        proto = Object::get_prototype_of(&proto);
    }
    false
}

fn message_of(value: &JsValue) -> String {
    get(value, "message").as_string().unwrap_or_default()
}

type Fields = Vec<(&'static str, JsValue)>;

/// A plain object from (key, value) pairs.
fn obj(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        Reflect::set(&object, &(*key).into(), value).unwrap();
    }
    object.into()
}

/// An `Error` with `status` set (as an API client's error carries it).
fn status_error(message: &str, status: f64) -> JsValue {
    let error: JsValue = js_sys::Error::new(message).into();
    Reflect::set(&error, &"status".into(), &status.into()).unwrap();
    error
}

async fn settle(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// The options that make retries fast and deterministic.
fn quick(max_retries: u32) -> Fields {
    vec![
        ("maxRetries", max_retries.into()),
        ("baseDelay", 1.into()),
        ("maxDelay", 4.into()),
        ("jitter", "none".into()),
    ]
}

/// A JS function that records each call's `attempt` and answers with `respond(call index)`:
/// `Ok(value)` is returned (a Promise is awaited by the caller), `Err(error)` is thrown.
struct Scripted {
    function: Function,
    attempts: Rc<RefCell<Vec<JsValue>>>,
}

impl Scripted {
    fn new(respond: impl Fn(usize) -> Result<JsValue, JsValue> + 'static) -> Scripted {
        let attempts = Rc::new(RefCell::new(Vec::new()));
        let log = attempts.clone();
        let closure = Closure::<dyn FnMut(JsValue) -> Result<JsValue, JsValue>>::new(
            move |context: JsValue| {
                let index = log.borrow().len();
                log.borrow_mut().push(get(&context, "attempt"));
                respond(index)
            },
        );
        // Leaked on purpose: a test's function must outlive every call the package makes.
        let function = closure.into_js_value().unchecked_into::<Function>();
        Scripted { function, attempts }
    }

    /// Fails with `error(i)` for the first `failures` calls, then returns `value`.
    fn failing(
        failures: usize,
        error: impl Fn(usize) -> JsValue + 'static,
        value: JsValue,
    ) -> Scripted {
        Scripted::new(move |i| {
            if i < failures {
                Err(error(i))
            } else {
                Ok(value.clone())
            }
        })
    }

    fn calls(&self) -> usize {
        self.attempts.borrow().len()
    }

    fn attempt_numbers(&self) -> Vec<f64> {
        self.attempts
            .borrow()
            .iter()
            .map(|a| a.as_f64().unwrap_or(-1.0))
            .collect()
    }

    fn js(&self) -> JsValue {
        self.function.clone().into()
    }
}

// ───────────────────────────── retryWithBackoff ─────────────────────────────

#[wasm_bindgen_test]
async fn retry_calls_a_failing_function_max_retries_plus_one_times() {
    claude_resilience::bindings::start();
    for max_retries in [0u32, 1, 3] {
        let f = Scripted::failing(
            usize::MAX,
            |i| status_error(&format!("attempt {i}"), 503.0),
            UNDEF,
        );
        let outcome = settle(retry_with_backoff(
            f.js(),
            obj(&quick(max_retries)),
            UNDEF,
            UNDEF,
        ))
        .await;
        let error = outcome.expect_err("never succeeds");
        assert_eq!(f.calls(), max_retries as usize + 1);
        // The last error, unchanged.
        assert_eq!(message_of(&error), format!("attempt {max_retries}"));
        assert_eq!(get(&error, "status").as_f64(), Some(503.0));
        let expected: Vec<f64> = (0..=max_retries).map(f64::from).collect();
        assert_eq!(
            f.attempt_numbers(),
            expected,
            "the context's attempt counts from 0"
        );
    }
}

#[wasm_bindgen_test]
async fn retry_resolves_with_the_value_once_an_attempt_succeeds() {
    claude_resilience::bindings::start();
    let f = Scripted::failing(
        2,
        |i| js_sys::Error::new(&format!("network {i}")).into(),
        "done".into(),
    );
    let value = settle(retry_with_backoff(f.js(), obj(&quick(5)), UNDEF, UNDEF))
        .await
        .unwrap();
    assert_eq!(value, JsValue::from_str("done"));
    assert_eq!(f.calls(), 3);
}

#[wasm_bindgen_test]
async fn retry_awaits_returned_promises_and_retries_their_rejections() {
    claude_resilience::bindings::start();
    let f = Scripted::new(|i| {
        Ok(if i < 2 {
            Promise::reject(&status_error("overloaded", 529.0)).into()
        } else {
            Promise::resolve(&JsValue::from(42)).into()
        })
    });
    let value = settle(retry_with_backoff(f.js(), obj(&quick(5)), UNDEF, UNDEF))
        .await
        .unwrap();
    assert_eq!(value, JsValue::from(42));
    assert_eq!(f.calls(), 3);
}

#[wasm_bindgen_test]
async fn retry_with_defaults_and_a_js_function() {
    claude_resilience::bindings::start();
    let f = Function::new_no_args("return 'plain'");
    let value = settle(retry_with_backoff(f.into(), UNDEF, UNDEF, UNDEF))
        .await
        .unwrap();
    assert_eq!(value, JsValue::from_str("plain"));
    // A non-retryable status: no wait at all, even with the 1 s default base delay.
    let f = Function::new_no_args("const e = new Error('bad'); e.status = 400; throw e;");
    let started = Date::now();
    let error = settle(retry_with_backoff(f.into(), UNDEF, UNDEF, UNDEF))
        .await
        .unwrap_err();
    assert_eq!(message_of(&error), "bad");
    assert!(Date::now() - started < 500.0);
}

#[wasm_bindgen_test]
async fn retry_positional_form() {
    claude_resilience::bindings::start();
    let f = Scripted::failing(usize::MAX, |_| status_error("busy", 500.0), UNDEF);
    let outcome = settle(retry_with_backoff(f.js(), 2.into(), 1.into(), 2.into())).await;
    assert!(outcome.is_err());
    assert_eq!(
        f.calls(),
        3,
        "retryWithBackoff(fn, 2, 1, 2) makes 1 + 2 calls"
    );
}

#[wasm_bindgen_test]
async fn retry_classifies_by_status() {
    claude_resilience::bindings::start();
    // Retried by default: 408 409 429 500 502 503 504 529, and errors without a status.
    for status in [408.0, 409.0, 429.0, 500.0, 502.0, 503.0, 504.0, 529.0] {
        let f = Scripted::failing(1, move |_| status_error("transient", status), "ok".into());
        let value = settle(retry_with_backoff(f.js(), obj(&quick(2)), UNDEF, UNDEF)).await;
        assert_eq!(value, Ok("ok".into()), "status {status} is retried");
        assert_eq!(f.calls(), 2);
    }
    // Not retried: other 4xx, and 501 which is not in the list.
    for status in [400.0, 401.0, 403.0, 404.0, 413.0, 422.0, 501.0] {
        let f = Scripted::failing(1, move |_| status_error("final", status), "ok".into());
        let outcome = settle(retry_with_backoff(f.js(), obj(&quick(2)), UNDEF, UNDEF)).await;
        assert!(outcome.is_err(), "status {status} is not retried");
        assert_eq!(f.calls(), 1, "status {status}");
    }
    // `statusCode` is read as well.
    let f = Scripted::failing(1, |_| obj(&[("statusCode", 400.into())]), "ok".into());
    assert!(
        settle(retry_with_backoff(f.js(), obj(&quick(2)), UNDEF, UNDEF))
            .await
            .is_err()
    );
    assert_eq!(f.calls(), 1);
    // retryableStatuses replaces the list.
    let f = Scripted::failing(1, |_| status_error("teapot", 418.0), "ok".into());
    let mut options = quick(2);
    options.push(("retryableStatuses", Array::of1(&418.into()).into()));
    assert_eq!(
        settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF)).await,
        Ok("ok".into())
    );
    assert_eq!(f.calls(), 2);
}

#[wasm_bindgen_test]
async fn retry_should_retry_replaces_the_classification() {
    claude_resilience::bindings::start();
    let never = Function::new_with_args("error, attempt", "return false");
    let f = Scripted::failing(usize::MAX, |_| status_error("busy", 503.0), UNDEF);
    let mut options = quick(5);
    options.push(("shouldRetry", never.into()));
    assert!(
        settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF))
            .await
            .is_err()
    );
    assert_eq!(f.calls(), 1);

    let always = Function::new_with_args("error, attempt", "return attempt < 2");
    let f = Scripted::failing(usize::MAX, |_| status_error("bad", 400.0), UNDEF);
    let mut options = quick(5);
    options.push(("shouldRetry", always.into()));
    assert!(
        settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF))
            .await
            .is_err()
    );
    assert_eq!(
        f.calls(),
        3,
        "shouldRetry(error, 0) and (error, 1) said yes, (error, 2) no"
    );
}

#[wasm_bindgen_test]
async fn retry_reports_each_wait_to_on_retry() {
    claude_resilience::bindings::start();
    let events = Array::new();
    let on_retry = Function::new_with_args("events", "return (event) => events.push(event)")
        .call1(&UNDEF, &events)
        .unwrap();
    let f = Scripted::failing(2, |i| status_error(&format!("e{i}"), 429.0), "ok".into());
    let mut options = quick(5);
    options.push(("onRetry", on_retry));
    assert_eq!(
        settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF)).await,
        Ok("ok".into())
    );
    assert_eq!(events.length(), 2);
    for (i, event) in events.iter().enumerate() {
        assert_eq!(get(&event, "attempt").as_f64(), Some(i as f64));
        // jitter 'none', base 1, max 4: 1 ms then 2 ms.
        assert_eq!(get(&event, "delayMs").as_f64(), Some([1.0, 2.0][i]));
        assert_eq!(message_of(&get(&event, "error")), format!("e{i}"));
    }
}

#[wasm_bindgen_test]
async fn retry_rejects_a_non_function_with_a_type_error() {
    claude_resilience::bindings::start();
    for not_a_function in [
        UNDEF,
        JsValue::NULL,
        42.into(),
        "fn".into(),
        Object::new().into(),
    ] {
        let error = settle(retry_with_backoff(
            not_a_function.clone(),
            UNDEF,
            UNDEF,
            UNDEF,
        ))
        .await
        .expect_err("must reject");
        assert!(
            error.is_instance_of::<js_sys::TypeError>(),
            "{not_a_function:?} → {error:?}"
        );
        assert!(message_of(&error).contains("fn"), "{}", message_of(&error));
    }
}

#[wasm_bindgen_test]
async fn retry_rejects_bad_options_naming_them_before_fn_runs() {
    claude_resilience::bindings::start();
    // (options, the option the message must name, RangeError rather than TypeError)
    let cases: Vec<(Fields, &str, bool)> = vec![
        (vec![("maxRetries", (-1).into())], "maxRetries", true),
        (vec![("maxRetries", 1.5.into())], "maxRetries", true),
        (vec![("maxRetries", "3".into())], "maxRetries", false),
        (vec![("baseDelay", f64::NAN.into())], "baseDelay", true),
        (vec![("maxDelay", (-5).into())], "maxDelay", true),
        (vec![("jitter", "wild".into())], "jitter", true),
        (
            vec![("retryableStatuses", Array::of1(&42.into()).into())],
            "retryableStatuses",
            true,
        ),
        (
            vec![("retryableStatuses", 429.into())],
            "retryableStatuses",
            false,
        ),
        (vec![("shouldRetry", true.into())], "shouldRetry", false),
        (vec![("onRetry", "log".into())], "onRetry", false),
        (vec![("signal", obj(&[]))], "signal", false),
        (vec![("timeout", (-1).into())], "timeout", true),
        (
            vec![("respectRetryAfter", "yes".into())],
            "respectRetryAfter",
            false,
        ),
    ];
    for (options, option, range) in cases {
        let f = Scripted::failing(0, |_| UNDEF, "ran".into());
        let error = settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF))
            .await
            .expect_err(option);
        assert_eq!(f.calls(), 0, "{option}: fn must not run");
        let expected = if range { "RangeError" } else { "TypeError" };
        assert_eq!(
            name_of(&error).as_deref(),
            Some(expected),
            "{option}: {}",
            message_of(&error)
        );
        assert!(
            message_of(&error).contains(option),
            "{option}: {}",
            message_of(&error)
        );
    }
    // An options value of the wrong kind.
    let f = Scripted::failing(0, |_| UNDEF, "ran".into());
    let error = settle(retry_with_backoff(
        f.js(),
        "sk-ant-api03-secret".into(),
        UNDEF,
        UNDEF,
    ))
    .await
    .unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    assert!(
        !message_of(&error).contains("sk-ant"),
        "a string is never echoed: {}",
        message_of(&error)
    );
    assert_eq!(f.calls(), 0);
}

#[wasm_bindgen_test]
async fn retry_with_an_already_aborted_signal_rejects_without_calling() {
    claude_resilience::bindings::start();
    let controller = AbortController::new().unwrap();
    controller.abort_with_reason(&"cancelled".into());
    let f = Scripted::failing(0, |_| UNDEF, "ran".into());
    let mut options = quick(3);
    options.push(("signal", controller.signal().into()));
    let outcome = settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF)).await;
    assert_eq!(outcome, Err("cancelled".into()));
    assert_eq!(f.calls(), 0);
}

#[wasm_bindgen_test]
async fn retry_abort_cancels_a_backoff_wait_at_once() {
    claude_resilience::bindings::start();
    let controller = AbortController::new().unwrap();
    let f = Scripted::failing(usize::MAX, |_| status_error("busy", 503.0), UNDEF);
    let options = obj(&[
        ("maxRetries", 5.into()),
        ("baseDelay", 10_000.into()),
        ("jitter", "none".into()),
        ("signal", controller.signal().into()),
    ]);
    let abort = controller.clone();
    let _later = Timeout::new(30, move || abort.abort_with_reason(&"user left".into()));
    let started = Date::now();
    let outcome = settle(retry_with_backoff(f.js(), options, UNDEF, UNDEF)).await;
    let elapsed = Date::now() - started;
    assert_eq!(outcome, Err("user left".into()));
    assert_eq!(f.calls(), 1, "no attempt after the abort");
    assert!(elapsed < 1_000.0, "took {elapsed} ms");
}

#[wasm_bindgen_test]
async fn retry_attempt_signal_aborts_with_the_caller() {
    claude_resilience::bindings::start();
    // fn never settles, but watches its context's signal; the caller's abort reaches it.
    let seen = Rc::new(RefCell::new(None::<web_sys::AbortSignal>));
    let keep = seen.clone();
    let f = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |context: JsValue| {
        *keep.borrow_mut() = Some(get(&context, "signal").unchecked_into());
        Promise::new(&mut |_, _| {}).into()
    })
    .into_js_value();
    let controller = AbortController::new().unwrap();
    let abort = controller.clone();
    let _later = Timeout::new(20, move || abort.abort());
    let options = obj(&[("signal", controller.signal().into())]);
    let error = settle(retry_with_backoff(f, options, UNDEF, UNDEF))
        .await
        .unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("AbortError"));
    let signal = seen.borrow().clone().expect("fn ran");
    assert!(signal.aborted(), "the attempt's signal aborted too");
}

#[wasm_bindgen_test]
async fn retry_timeout_ends_a_hanging_call() {
    claude_resilience::bindings::start();
    let f = Function::new_no_args("return new Promise(() => {})");
    let options = obj(&[("timeout", 40.into())]);
    let started = Date::now();
    let error = settle(retry_with_backoff(f.into(), options, UNDEF, UNDEF))
        .await
        .unwrap_err();
    let elapsed = Date::now() - started;
    assert_eq!(
        name_of(&error).as_deref(),
        Some("TimeoutError"),
        "{error:?}"
    );
    assert!((39.0..1_000.0).contains(&elapsed), "after {elapsed} ms");
}

#[wasm_bindgen_test]
async fn retry_honours_retry_after_and_refuses_waits_past_max_delay() {
    claude_resilience::bindings::start();
    // retry-after-ms: 40 overrides the 1 ms backoff.
    let headers = obj(&[("retry-after-ms", "40".into())]);
    let f = Scripted::failing(
        1,
        move |_| obj(&[("status", 429.into()), ("headers", headers.clone())]),
        "ok".into(),
    );
    let mut options = quick(3);
    options[2] = ("maxDelay", 1_000.into());
    let started = Date::now();
    assert_eq!(
        settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF)).await,
        Ok("ok".into())
    );
    assert!(Date::now() - started >= 39.0);
    // A server wait past maxDelay: the error at once, not an early retry.
    let headers = obj(&[("retry-after", "30".into())]);
    let f = Scripted::failing(
        1,
        move |_| obj(&[("status", 429.into()), ("headers", headers.clone())]),
        "ok".into(),
    );
    let started = Date::now();
    let error = settle(retry_with_backoff(f.js(), obj(&options), UNDEF, UNDEF))
        .await
        .unwrap_err();
    assert_eq!(get(&error, "status").as_f64(), Some(429.0));
    assert_eq!(f.calls(), 1);
    assert!(Date::now() - started < 500.0);
    // x-should-retry: false beats a retryable status.
    let headers = Headers::new().unwrap();
    headers.set("x-should-retry", "false").unwrap();
    let headers: JsValue = headers.into();
    let f = Scripted::failing(
        1,
        move |_| obj(&[("status", 503.into()), ("headers", headers.clone())]),
        "ok".into(),
    );
    assert!(
        settle(retry_with_backoff(f.js(), obj(&quick(3)), UNDEF, UNDEF))
            .await
            .is_err()
    );
    assert_eq!(f.calls(), 1);
}

#[wasm_bindgen_test]
async fn with_fallback_returns_value_or_fallback_but_keeps_aborts() {
    claude_resilience::bindings::start();
    let ok = Function::new_no_args("return Promise.resolve('primary')");
    assert_eq!(
        settle(with_fallback(ok.into(), "fallback".into())).await,
        Ok("primary".into())
    );
    let failing = Function::new_no_args("throw new Error('down')");
    assert_eq!(
        settle(with_fallback(failing.clone().into(), "fallback".into())).await,
        Ok("fallback".into())
    );
    let from_error = Function::new_with_args("e", "return 'saw ' + e.message");
    assert_eq!(
        settle(with_fallback(failing.into(), from_error.into())).await,
        Ok("saw down".into())
    );
    let aborting = Function::new_no_args("throw new DOMException('stop', 'AbortError')");
    let error = settle(with_fallback(aborting.into(), "fallback".into()))
        .await
        .unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("AbortError"));
    let error = settle(with_fallback(UNDEF, "fallback".into()))
        .await
        .unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
}

// ───────────────────────────── RetryBudget ─────────────────────────────

#[wasm_bindgen_test]
async fn a_retry_budget_is_one_bucket_behind_every_handle_and_takes_in_counted_successes() {
    claude_resilience::bindings::start();
    let options = obj(&[("capacity", 20.into()), ("retryCost", 5.into())]);
    let budget: JsValue = RetryBudget::new(options).unwrap().into();
    let (Ok(Some(one)), Ok(Some(two))) = (SharedBudget::of(&budget), SharedBudget::of(&budget))
    else {
        panic!("a RetryBudget of this module has a bucket");
    };
    assert_eq!(one.bucket().borrow_mut().spend(), Some(5.0));
    assert_eq!(two.bucket().borrow().tokens(), 15.0, "the same bucket");
    // Calls that succeed at once are counted by drivers.js and added at the next use.
    let fields = [quick(0), vec![("retryBudget", budget.clone())]].concat();
    for _ in 0..3 {
        let f = Function::new_no_args("return 1");
        settle(retry_with_backoff(f.into(), obj(&fields), UNDEF, UNDEF))
            .await
            .unwrap();
    }
    assert_eq!(one.bucket().borrow().tokens(), 18.0);
    assert_eq!(get(&budget, "tokens"), JsValue::from(18));
    // Anything else has none, and only `retryBudget`'s own values are refused.
    for value in [UNDEF, JsValue::NULL, 5.into(), obj(&[("tokens", 1.into())])] {
        assert!(matches!(SharedBudget::of(&value), Ok(None)));
    }
    assert!(matches!(
        SharedBudget::from_instance(&false.into()),
        Ok(None)
    ));
    let error = SharedBudget::from_instance(&obj(&[]))
        .err()
        .unwrap_or(UNDEF);
    assert_eq!(name_of(&error).as_deref(), Some("TypeError"));
    assert!(
        message_of(&error).starts_with("retryBudget must be"),
        "{}",
        message_of(&error)
    );
}

// ───────────────────────────── read_facts ─────────────────────────────

fn facts(error: &JsValue) -> ErrorFacts {
    read_facts(error, Date::now())
}

#[wasm_bindgen_test]
fn facts_of_values_that_are_not_objects_are_empty() {
    claude_resilience::bindings::start();
    for value in [UNDEF, JsValue::NULL, "boom".into(), 429.into(), true.into()] {
        assert_eq!(facts(&value), ErrorFacts::default(), "{value:?}");
    }
    assert_eq!(
        facts(&js_sys::Error::new("plain").into()),
        ErrorFacts::default()
    );
}

#[wasm_bindgen_test]
fn facts_read_status_and_status_code() {
    claude_resilience::bindings::start();
    assert_eq!(facts(&status_error("x", 429.0)).status, Some(429));
    assert_eq!(facts(&obj(&[("statusCode", 503.into())])).status, Some(503));
    assert_eq!(
        facts(&obj(&[("status", 529.into()), ("statusCode", 400.into())])).status,
        Some(529)
    );
    // Not a status: fractions, out of range, strings.
    for bad in [
        JsValue::from(429.5),
        99.into(),
        1000.into(),
        "429".into(),
        f64::NAN.into(),
        JsValue::NULL,
    ] {
        assert_eq!(
            facts(&obj(&[("status", bad.clone())])).status,
            None,
            "{bad:?}"
        );
    }
    // A non-status `status` falls through to `statusCode`.
    assert_eq!(
        facts(&obj(&[("status", "x".into()), ("statusCode", 502.into())])).status,
        Some(502)
    );
}

#[wasm_bindgen_test]
fn facts_read_headers_objects_and_plain_objects() {
    claude_resilience::bindings::start();
    let headers = Headers::new().unwrap();
    headers.set("Retry-After-Ms", "1500").unwrap();
    headers.set("X-Should-Retry", "true").unwrap();
    let error = obj(&[("status", 429.into()), ("headers", headers.clone().into())]);
    let read = facts(&error);
    assert_eq!(read.retry_after_ms, Some(1500.0));
    assert_eq!(read.should_retry, Some(true));
    assert_eq!(
        header(&headers.into(), "retry-after-ms").as_deref(),
        Some("1500")
    );

    let plain = obj(&[
        ("retry-after", "2".into()),
        ("x-should-retry", "false".into()),
    ]);
    let read = facts(&obj(&[("status", 503.into()), ("headers", plain.clone())]));
    assert_eq!(read.retry_after_ms, Some(2000.0));
    assert_eq!(read.should_retry, Some(false));
    assert_eq!(header(&plain, "retry-after").as_deref(), Some("2"));
    assert_eq!(header(&plain, "missing"), None);
    assert_eq!(header(&UNDEF, "retry-after"), None);
}

#[wasm_bindgen_test]
fn facts_retry_after_precedence_and_dates() {
    claude_resilience::bindings::start();
    // retry-after-ms wins over retry-after.
    let headers = obj(&[
        ("retry-after-ms", "250".into()),
        ("retry-after", "9".into()),
    ]);
    assert_eq!(
        facts(&obj(&[("headers", headers)])).retry_after_ms,
        Some(250.0)
    );
    // An unparsable retry-after-ms falls back to retry-after.
    let headers = obj(&[
        ("retry-after-ms", "soon".into()),
        ("retry-after", "1.5".into()),
    ]);
    assert_eq!(
        facts(&obj(&[("headers", headers)])).retry_after_ms,
        Some(1500.0)
    );
    // An HTTP date, relative to now.
    let now = Date::now();
    let in_ten_s = Date::new(&(now + 10_000.0).into())
        .to_utc_string()
        .as_string()
        .unwrap();
    let headers = obj(&[("retry-after", in_ten_s.into())]);
    let delay = read_facts(&obj(&[("headers", headers)]), now)
        .retry_after_ms
        .unwrap();
    assert!((8_999.0..=10_000.0).contains(&delay), "{delay}");
    // A date in the past means no wait; garbage means no hint.
    let headers = obj(&[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT".into())]);
    assert_eq!(
        facts(&obj(&[("headers", headers)])).retry_after_ms,
        Some(0.0)
    );
    let headers = obj(&[
        ("retry-after", "12abc".into()),
        ("x-should-retry", "maybe".into()),
    ]);
    let read = facts(&obj(&[("headers", headers)]));
    assert_eq!((read.retry_after_ms, read.should_retry), (None, None));
    // Our own errors carry the delay already resolved: retryAfterMs comes first.
    let headers = obj(&[("retry-after", "9".into())]);
    let error = obj(&[("retryAfterMs", 75.into()), ("headers", headers)]);
    assert_eq!(facts(&error).retry_after_ms, Some(75.0));
    let error = obj(&[("retryAfterMs", (-1).into())]);
    assert_eq!(facts(&error).retry_after_ms, None);
}

#[wasm_bindgen_test]
fn facts_recognise_aborts() {
    claude_resilience::bindings::start();
    let controller = AbortController::new().unwrap();
    controller.abort();
    assert!(
        facts(&controller.signal().reason()).aborted,
        "the DOMException AbortError"
    );
    assert!(facts(&obj(&[("name", "AbortError".into())])).aborted);
    let user_abort = make_error("APIUserAbortError", "Request was aborted.", &obj(&[]));
    assert!(facts(&user_abort).aborted);
    assert!(!facts(&obj(&[("name", "TimeoutError".into())])).aborted);
    assert!(!facts(&status_error("x", 500.0)).aborted);
}

// ───────────────────────────── CircuitBreaker ─────────────────────────────

fn breaker(options: &[(&str, JsValue)]) -> CircuitBreaker {
    CircuitBreaker::new(obj(options), UNDEF).expect("valid options")
}

async fn fail_through(breaker: &CircuitBreaker, error: JsValue) -> JsValue {
    let f = Scripted::failing(usize::MAX, move |_| error.clone(), UNDEF);
    settle(breaker.call(f.js())).await.expect_err("fails")
}

#[wasm_bindgen_test]
async fn breaker_opens_after_threshold_and_rejects_with_circuit_open_error() {
    claude_resilience::bindings::start();
    let b = breaker(&[
        ("failureThreshold", 2.into()),
        ("recoveryTimeout", 60.into()),
    ]);
    assert_eq!(b.state(), "CLOSED");
    let error = fail_through(&b, status_error("down", 500.0)).await;
    assert_eq!(
        message_of(&error),
        "down",
        "fn's error passes through unchanged"
    );
    assert_eq!((b.state().as_str(), b.failure_count()), ("CLOSED", 1));
    fail_through(&b, status_error("down", 503.0)).await;
    assert_eq!(b.state(), "OPEN");

    let f = Scripted::failing(0, |_| UNDEF, "ran".into());
    let error = settle(b.call(f.js())).await.unwrap_err();
    assert_eq!(f.calls(), 0, "an open circuit does not call fn");
    assert_eq!(name_of(&error).as_deref(), Some("CircuitOpenError"));
    assert!(error.is_instance_of::<errors::CircuitOpenError>());
    assert!(error.is_instance_of::<errors::AnthropicError>());
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(message_of(&error), "Circuit breaker is OPEN");
    assert_eq!(get(&error, "state").as_string().as_deref(), Some("OPEN"));
    let retry_after = get(&error, "retryAfterMs").as_f64().unwrap();
    assert!(retry_after > 0.0 && retry_after <= 60.0, "{retry_after}");

    // After recoveryTimeout the state reads HALF_OPEN without any call; a good probe closes it.
    timer::sleep(70.0, None).await.unwrap();
    assert_eq!(b.state(), "HALF_OPEN");
    let f = Scripted::failing(0, |_| UNDEF, "probe ok".into());
    assert_eq!(settle(b.call(f.js())).await, Ok("probe ok".into()));
    assert_eq!((b.state().as_str(), b.failure_count()), ("CLOSED", 0));
}

#[wasm_bindgen_test]
async fn breaker_failed_probe_opens_again_and_half_open_admits_one_probe() {
    claude_resilience::bindings::start();
    let b = breaker(&[
        ("failureThreshold", 1.into()),
        ("recoveryTimeout", 30.into()),
    ]);
    fail_through(&b, js_sys::Error::new("connection reset").into()).await;
    assert_eq!(b.state(), "OPEN", "an error without a status is a failure");
    timer::sleep(40.0, None).await.unwrap();
    assert_eq!(b.state(), "HALF_OPEN");
    // One probe in flight (it never settles): a second call is refused.
    let hanging = Function::new_no_args("return new Promise(() => {})");
    let _probe = b.call(hanging.into());
    let error = settle(b.call(Function::new_no_args("return 1").into()))
        .await
        .unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("CircuitOpenError"));
    assert_eq!(
        get(&error, "state").as_string().as_deref(),
        Some("HALF_OPEN")
    );

    let b = breaker(&[
        ("failureThreshold", 1.into()),
        ("recoveryTimeout", 30.into()),
    ]);
    fail_through(&b, status_error("down", 529.0)).await;
    timer::sleep(40.0, None).await.unwrap();
    fail_through(&b, status_error("still down", 500.0)).await;
    assert_eq!(b.state(), "OPEN", "a failed probe opens the circuit again");
}

#[wasm_bindgen_test]
async fn breaker_does_not_count_4xx_or_aborts_and_resets_on_success() {
    claude_resilience::bindings::start();
    let b = breaker(&[("failureThreshold", 2.into())]);
    for status in [400.0, 404.0, 429.0] {
        fail_through(&b, status_error("client", status)).await;
    }
    fail_through(&b, obj(&[("name", "AbortError".into())])).await;
    assert_eq!((b.state().as_str(), b.failure_count()), ("CLOSED", 0));
    fail_through(&b, status_error("server", 500.0)).await;
    assert_eq!(b.failure_count(), 1);
    settle(b.call(Function::new_no_args("return 'fine'").into()))
        .await
        .unwrap();
    assert_eq!(
        b.failure_count(),
        0,
        "a success while CLOSED resets the count"
    );
}

#[wasm_bindgen_test]
async fn breaker_positional_form_is_failure_on_state_change_reset_and_json() {
    claude_resilience::bindings::start();
    let b = CircuitBreaker::new(3.into(), 1_000.into()).unwrap();
    for _ in 0..3 {
        fail_through(&b, status_error("down", 500.0)).await;
    }
    assert_eq!(b.state(), "OPEN");
    let json = b.to_json().unwrap();
    assert_eq!(get(&json, "state").as_string().as_deref(), Some("OPEN"));
    assert_eq!(get(&json, "failureCount").as_f64(), Some(3.0));
    assert!(get(&json, "openedAt").as_f64().unwrap() <= Date::now());
    let restored = CircuitBreaker::from_json(json, UNDEF).unwrap();
    assert_eq!(restored.state(), "OPEN");
    b.reset();
    assert_eq!((b.state().as_str(), b.failure_count()), ("CLOSED", 0));
    assert_eq!(get(&b.to_json().unwrap(), "openedAt"), JsValue::NULL);

    let changes = Array::new();
    let listener =
        Function::new_with_args("changes", "return (c) => changes.push(c.from + '>' + c.to)")
            .call1(&UNDEF, &changes)
            .unwrap();
    let everything = Function::new_with_args("e", "return true");
    let b = breaker(&[
        ("failureThreshold", 1.into()),
        ("isFailure", everything.into()),
        ("onStateChange", listener),
    ]);
    fail_through(&b, status_error("client", 400.0)).await;
    assert_eq!(b.state(), "OPEN", "isFailure decides: a 400 counts");
    b.reset();
    let seen: Vec<String> = changes.iter().filter_map(|c| c.as_string()).collect();
    assert_eq!(seen, ["CLOSED>OPEN", "OPEN>CLOSED"]);
}

#[wasm_bindgen_test]
async fn breaker_rejects_bad_arguments() {
    claude_resilience::bindings::start();
    let b = breaker(&[]);
    let error = settle(b.call(42.into())).await.unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    for (options, name) in [
        (obj(&[("failureThreshold", 0.into())]), "RangeError"),
        (obj(&[("recoveryTimeout", (-1).into())]), "RangeError"),
        (obj(&[("halfOpenMaxCalls", 1.5.into())]), "RangeError"),
        (obj(&[("isFailure", 1.into())]), "TypeError"),
        ("options".into(), "TypeError"),
    ] {
        let error = CircuitBreaker::new(options.clone(), UNDEF)
            .err()
            .expect("rejected");
        assert_eq!(
            name_of(&error).as_deref(),
            Some(name),
            "{options:?}: {}",
            message_of(&error)
        );
    }
    let bad_snapshot = obj(&[
        ("state", "AJAR".into()),
        ("failureCount", 0.into()),
        ("openedAt", JsValue::NULL),
    ]);
    let error = CircuitBreaker::from_json(bad_snapshot, UNDEF)
        .err()
        .expect("rejected");
    assert_eq!(name_of(&error).as_deref(), Some("RangeError"));
}

// ───────────────────────────── errors ─────────────────────────────

#[wasm_bindgen_test]
fn error_classes_are_real_error_subclasses() {
    claude_resilience::bindings::start();
    // Every class of the list (aliases are other names of the same classes).
    let classes: Vec<String> = ERROR_CLASSES
        .with(|classes| Object::entries(classes.unchecked_ref()))
        .iter()
        .map(|entry| Array::from(&entry))
        .filter(|entry| name_of(&get(&entry.get(1), "prototype")) == entry.get(0).as_string())
        .filter_map(|entry| entry.get(0).as_string())
        .filter(|class| class != "CircuitOpenError")
        .collect();
    assert!(classes.len() >= 25, "{classes:?}");
    for class in &classes {
        let error = make_error(class, "message text", &obj(&[("status", 418.into())]));
        assert_eq!(name_of(&error).as_ref(), Some(class));
        assert_eq!(message_of(&error), "message text");
        assert!(error.is_instance_of::<js_sys::Error>(), "{class}");
        assert!(error.is_instance_of::<errors::AnthropicError>(), "{class}");
        assert!(
            get(&error, "stack")
                .as_string()
                .is_some_and(|s| !s.is_empty()),
            "{class} has a stack"
        );
    }
    let overloaded = make_error(
        "OverloadedError",
        "Overloaded",
        &obj(&[("status", 529.into())]),
    );
    assert!(extends(&overloaded, "InternalServerError"));
    assert!(extends(&overloaded, "APIStatusError"));
    assert!(overloaded.is_instance_of::<errors::APIError>());
    assert_eq!(get(&overloaded, "status").as_f64(), Some(529.0));
    let timeout = make_error("APIConnectionTimeoutError", "timed out", &obj(&[]));
    assert!(timeout.is_instance_of::<errors::APIConnectionError>());
    assert!(!extends(&timeout, "APIStatusError"));

    // Built as drivers.js builds a refusal's.
    let class = ERROR_CLASSES.with(|classes| get(classes, "CircuitOpenError"));
    let open = Reflect::construct(
        class.unchecked_ref::<Function>(),
        &Array::of3(
            &"Circuit breaker is OPEN".into(),
            &"OPEN".into(),
            &JsValue::from(1234),
        ),
    )
    .unwrap();
    assert!(open.is_instance_of::<errors::CircuitOpenError>());
    assert_eq!(name_of(&open).as_deref(), Some("CircuitOpenError"));
    assert_eq!(get(&open, "retryAfterMs").as_f64(), Some(1234.0));
    assert!(get(&open, "stack").as_string().is_some());

    assert!(type_error("t").is_instance_of::<js_sys::TypeError>());
    assert!(range_error("r").is_instance_of::<js_sys::RangeError>());
}

// ───────────────────────────── options ─────────────────────────────

#[wasm_bindgen_test]
fn options_parse_and_name_what_they_reject() {
    claude_resilience::bindings::start();
    assert_eq!(Opt::new(UNDEF, "n").integer(0, 7), Ok(7));
    assert_eq!(Opt::new(3.into(), "n").integer(0, 7), Ok(3));
    assert_eq!(Opt::new(0.into(), "n").integer(0, 7), Ok(0));
    assert!(Opt::new(0.into(), "n").integer(1, 7).is_err());
    assert_eq!(Opt::new(2.5.into(), "ms").millis(1.0), Ok(2.5));
    assert_eq!(Opt::new(UNDEF, "ms").millis(1.0), Ok(1.0));
    assert!(Opt::new(f64::INFINITY.into(), "ms").millis(1.0).is_err());
    assert_eq!(Opt::new(UNDEF, "ms").optional_millis(), Ok(None));
    assert_eq!(Opt::new(false.into(), "b").boolean(true), Ok(false));
    assert_eq!(
        Opt::new("full".into(), "s").string(),
        Ok(Some("full".into()))
    );
    assert!(Options::new(&JsValue::NULL, "options").is_err());
    assert!(Options::new(&UNDEF, "options").is_ok());
    assert_eq!(
        Opt::new(Array::of2(&429.into(), &529.into()).into(), "s").statuses(),
        Ok(Some(vec![429, 529]))
    );
    assert_eq!(options::number_text(1.5), "1.5");
    assert_eq!(options::number_text(1e21), "1e+21");

    let error = Opt::new((-2).into(), "maxRetries")
        .integer(0, 5)
        .unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("RangeError"));
    assert!(message_of(&error).contains("maxRetries") && message_of(&error).contains("-2"));
    // A string in a number's place (a key passed in the wrong slot) is never echoed.
    let error = Opt::new("sk-ant-api03-abcdef".into(), "maxRetries")
        .integer(0, 5)
        .unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("TypeError"));
    assert!(
        !message_of(&error).contains("sk-ant"),
        "{}",
        message_of(&error)
    );
    let error = Opt::new("sk-ant-api03-abcdef".into(), "timeout")
        .millis(0.0)
        .unwrap_err();
    assert!(
        !message_of(&error).contains("sk-ant"),
        "{}",
        message_of(&error)
    );

    // A field is named once: the key it is read by, after its object's prefix.
    let budget = Options::within(&obj(&[("capacity", (-1).into())]), "retryBudget.");
    let error = budget.get("capacity").amount(1.0).unwrap_err();
    assert_eq!(name_of(&error).as_deref(), Some("RangeError"));
    assert_eq!(
        message_of(&error),
        "retryBudget.capacity must be a finite, non-negative number, got -1"
    );
    assert_eq!(budget.get("refill").amount(2.0), Ok(2.0));
    let error = Options::new(&"sk-ant-api03-abcdef".into(), "options").err();
    assert_eq!(
        error.as_ref().map(message_of).as_deref(),
        Some("options must be an object, got string")
    );
}

// ───────────────────────────── records ─────────────────────────────

fn keys(value: &JsValue) -> String {
    Object::keys(value.unchecked_ref::<Object>())
        .join(",")
        .into()
}

#[wasm_bindgen_test]
fn records_cross_as_plain_objects_in_field_order() {
    let snapshot = CircuitSnapshot {
        state: "OPEN",
        failure_count: 3,
        opened_at: None,
    }
    .to_js();
    assert_eq!(
        String::from(js_sys::JSON::stringify(&snapshot).unwrap()),
        r#"{"state":"OPEN","failureCount":3,"openedAt":null}"#
    );

    let error: JsValue = js_sys::Error::new("boom").into();
    let event = RetryEvent {
        attempt: 1,
        delay_ms: 250.5,
        error: &error,
    }
    .to_js();
    assert_eq!(keys(&event), "attempt,delayMs,error");
    assert_eq!(get(&event, "attempt").as_f64(), Some(1.0));
    assert_eq!(get(&event, "delayMs").as_f64(), Some(250.5));
    assert!(
        Object::is(&get(&event, "error"), &error),
        "the error itself"
    );

    // A log event leaves out what it does not know.
    let log = to_js(&LogEvent {
        level: "info",
        event: "response",
        timestamp: "2026-12-07T00:00:00.000Z".into(),
        method: "POST",
        endpoint: "/v1/messages",
        status: Some(200),
        ..LogEvent::default()
    });
    assert_eq!(keys(&log), "level,event,timestamp,method,endpoint,status");
    assert_eq!(get(&log, "status").as_f64(), Some(200.0));
}
