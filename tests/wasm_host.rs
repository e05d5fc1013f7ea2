#![cfg(target_arch = "wasm32")]
//! The host layer on a real JS host: timers, clock, randomness and AbortSignal plumbing.
//! Runs under both `wasm-pack test --node` and `--headless --chrome` (no run_in_browser).

use std::cell::Cell;
use std::rc::Rc;

use claude_resilience::host::abort::AbortListener;
use claude_resilience::host::timer::{self, MAX_TIMER_MS};
use claude_resilience::host::{clock, env, random};
use gloo_timers::callback::Timeout;
use js_sys::{Date, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::AbortController;

/// Date.now() has 1 ms resolution, and Node's timers may fire up to ~1 ms "early" by it.
const CLOCK_SLACK_MS: f64 = 1.0;
/// A wait that is supposed to end at once must be well under this, even on a busy CI host.
const AT_ONCE_MS: f64 = 250.0;

fn name_of(value: &JsValue) -> Option<String> {
    Reflect::get(value, &"name".into()).ok()?.as_string()
}

/// Aborts `controller` with `reason` (or the default AbortError) after `ms`.
fn abort_later(controller: &AbortController, ms: u32, reason: Option<JsValue>) -> Timeout {
    let controller = controller.clone();
    Timeout::new(ms, move || match reason {
        Some(reason) => controller.abort_with_reason(&reason),
        None => controller.abort(),
    })
}

// ───────────────────────────── timer::timer_ms ─────────────────────────────

#[wasm_bindgen_test]
fn timer_ms_clamps_into_set_timeout_range() {
    assert_eq!(timer::timer_ms(f64::NAN), 0);
    assert_eq!(timer::timer_ms(-1.0), 0);
    assert_eq!(timer::timer_ms(f64::NEG_INFINITY), 0);
    assert_eq!(timer::timer_ms(0.0), 0);
    assert_eq!(timer::timer_ms(-0.0), 0);
    // Rounded up: a wait is never shorter than asked.
    assert_eq!(timer::timer_ms(0.2), 1);
    assert_eq!(timer::timer_ms(1.0), 1);
    assert_eq!(timer::timer_ms(1.000_001), 2);
    assert_eq!(timer::timer_ms(1500.5), 1501);
    // Never past setTimeout's limit, where it would wrap to a negative (= immediate) delay.
    assert_eq!(timer::timer_ms(MAX_TIMER_MS), i32::MAX as u32);
    assert_eq!(timer::timer_ms(MAX_TIMER_MS + 0.5), i32::MAX as u32);
    assert_eq!(timer::timer_ms(1e12), i32::MAX as u32);
    assert_eq!(timer::timer_ms(f64::INFINITY), i32::MAX as u32);
}

// ───────────────────────────── timer::sleep ─────────────────────────────

#[wasm_bindgen_test]
async fn sleep_waits_at_least_the_asked_time() {
    for ms in [1.0, 25.0, 60.0] {
        let started = Date::now();
        timer::sleep(ms, None)
            .await
            .expect("a sleep without a signal cannot fail");
        let elapsed = Date::now() - started;
        assert!(
            elapsed >= ms - CLOCK_SLACK_MS,
            "sleep({ms}) returned after {elapsed} ms"
        );
        assert!(elapsed < ms + 1000.0, "sleep({ms}) took {elapsed} ms");
    }
}

#[wasm_bindgen_test]
async fn sleep_rounds_a_fraction_up() {
    let started = Date::now();
    timer::sleep(20.4, None).await.unwrap();
    assert!(Date::now() - started >= 21.0 - CLOCK_SLACK_MS);
}

#[wasm_bindgen_test]
async fn sleep_with_a_live_signal_waits_and_resolves() {
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    let started = Date::now();
    timer::sleep(30.0, Some(&signal))
        .await
        .expect("nobody aborted");
    let elapsed = Date::now() - started;
    assert!(
        elapsed >= 30.0 - CLOCK_SLACK_MS,
        "returned after {elapsed} ms"
    );
    // The wait is over, so its `abort` listener must be gone: were it still attached, aborting
    // now would call a dropped Rust closure and throw from the event dispatch.
    controller.abort();
    timer::sleep(5.0, None).await.unwrap();
}

#[wasm_bindgen_test]
async fn sleep_resolves_at_once_for_zero_nan_and_negative() {
    for ms in [0.0, -0.0, f64::NAN, -1.0, -1e9, f64::NEG_INFINITY] {
        let started = Date::now();
        timer::sleep(ms, None).await.unwrap();
        let elapsed = Date::now() - started;
        assert!(elapsed < AT_ONCE_MS, "sleep({ms}) took {elapsed} ms");
    }
}

#[wasm_bindgen_test]
async fn sleep_rejects_at_once_with_the_reason_when_aborted_mid_wait() {
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    let reason = JsValue::from_str("stop right there");
    let _abort = abort_later(&controller, 20, Some(reason.clone()));
    let started = Date::now();
    let outcome = timer::sleep(10_000.0, Some(&signal)).await;
    let elapsed = Date::now() - started;
    assert_eq!(
        outcome,
        Err(reason),
        "rejects with the signal's reason, unchanged"
    );
    assert!(
        (20.0 - CLOCK_SLACK_MS..20.0 + AT_ONCE_MS).contains(&elapsed),
        "ended after {elapsed} ms"
    );
}

#[wasm_bindgen_test]
async fn sleep_rejects_with_an_abort_error_for_a_plain_abort() {
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    let _abort = abort_later(&controller, 10, None);
    let started = Date::now();
    let error = timer::sleep(10_000.0, Some(&signal)).await.unwrap_err();
    assert!(Date::now() - started < 10.0 + AT_ONCE_MS);
    assert_eq!(name_of(&error).as_deref(), Some("AbortError"));
    assert_eq!(error, signal.reason(), "the very object the signal holds");
}

#[wasm_bindgen_test]
async fn sleep_rejects_at_once_when_already_aborted() {
    let controller = AbortController::new().unwrap();
    let reason = js_sys::Error::new("aborted before");
    controller.abort_with_reason(&reason);
    let signal = controller.signal();
    for ms in [0.0, 5.0, 10_000.0, 1e12] {
        let started = Date::now();
        let outcome = timer::sleep(ms, Some(&signal)).await;
        assert_eq!(outcome, Err(JsValue::from(reason.clone())), "sleep({ms})");
        assert!(Date::now() - started < AT_ONCE_MS);
    }
}

#[wasm_bindgen_test]
async fn a_wait_beyond_set_timeout_range_does_not_end_early() {
    // 1e12 ms would wrap to a negative, i.e. immediate, setTimeout if it were not clamped and
    // stepped; instead it is still waiting when the abort comes.
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    let _abort = abort_later(&controller, 40, Some("late abort".into()));
    let started = Date::now();
    let outcome = timer::sleep(1e12, Some(&signal)).await;
    assert_eq!(outcome, Err(JsValue::from_str("late abort")));
    assert!(Date::now() - started >= 40.0 - CLOCK_SLACK_MS);
}

#[wasm_bindgen_test]
async fn sleeps_on_one_signal_are_independent() {
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    // Several waits that end normally on one long-lived signal, then one that is aborted.
    for _ in 0..5 {
        timer::sleep(1.0, Some(&signal)).await.unwrap();
    }
    let _abort = abort_later(&controller, 10, Some("done".into()));
    assert_eq!(
        timer::sleep(5_000.0, Some(&signal)).await,
        Err("done".into())
    );
}

// ───────────────────────────── timer::deadline ─────────────────────────────

#[wasm_bindgen_test]
async fn deadline_fires_once_unless_dropped() {
    let fired = Rc::new(Cell::new(0));
    let count = fired.clone();
    let armed = timer::deadline(10.0, move || count.set(count.get() + 1));
    assert!(armed.is_some());
    let dropped_fired = Rc::new(Cell::new(false));
    let flag = dropped_fired.clone();
    drop(timer::deadline(10.0, move || flag.set(true)));
    timer::sleep(40.0, None).await.unwrap();
    assert_eq!(fired.get(), 1);
    assert!(!dropped_fired.get(), "a dropped deadline must not fire");
    drop(armed);
}

#[wasm_bindgen_test]
fn deadline_beyond_set_timeout_range_is_not_armed() {
    assert!(timer::deadline(MAX_TIMER_MS + 1.0, || {}).is_none());
    assert!(timer::deadline(1e12, || {}).is_none());
    assert!(timer::deadline(f64::INFINITY, || {}).is_none());
}

// ───────────────────────────── clock and random ─────────────────────────────

#[wasm_bindgen_test]
fn clock_is_date_now() {
    let before = Date::now();
    let now = clock::now();
    let after = Date::now();
    assert!(before <= now && now <= after);
    assert!(now > 1.6e12, "milliseconds since the epoch, got {now}");
}

#[wasm_bindgen_test]
fn timestamp_is_the_iso_string_of_now() {
    let before = Date::now();
    let stamp = String::from(clock::timestamp());
    let after = Date::now();
    let at = Date::parse(&stamp);
    assert!(before <= at && at <= after, "{stamp}");
    assert!(stamp.ends_with('Z') && stamp.len() == 24, "{stamp}");
}

// ───────────────────────────── env ─────────────────────────────

#[wasm_bindgen_test]
fn env_reads_node_variables_and_tells_a_page() {
    let process_env = Reflect::get(&js_sys::global(), &"process".into())
        .and_then(|process| Reflect::get(&process, &"env".into()))
        .unwrap_or_default();
    if process_env.is_object() {
        Reflect::set(
            &process_env,
            &"CLAUDE_RESILIENCE_ENV_PROBE".into(),
            &"set".into(),
        )
        .unwrap();
        assert_eq!(
            env::var("CLAUDE_RESILIENCE_ENV_PROBE").as_deref(),
            Some("set")
        );
        Reflect::delete_property(
            process_env.unchecked_ref::<js_sys::Object>(),
            &"CLAUDE_RESILIENCE_ENV_PROBE".into(),
        )
        .unwrap();
        assert_eq!(env::var("CLAUDE_RESILIENCE_ENV_PROBE"), None);
        assert!(!env::in_browser(), "Node is not a page");
    } else {
        assert_eq!(
            env::var("PATH"),
            None,
            "a page has no environment variables"
        );
        assert!(env::in_browser(), "the test page is a page");
    }
    assert!(env::console().is_object());
}

#[wasm_bindgen_test]
fn random_unit_is_uniform_in_zero_one() {
    const DRAWS: usize = 20_000;
    let draws: Vec<f64> = (0..DRAWS).map(|_| random::unit()).collect();
    assert!(
        draws.iter().all(|x| (0.0..1.0).contains(x)),
        "every draw in [0, 1)"
    );
    let first = draws[0];
    assert!(draws.iter().any(|&x| x != first), "not constant");
    let mean = draws.iter().sum::<f64>() / DRAWS as f64;
    assert!((0.45..0.55).contains(&mean), "mean {mean}");
    // Each tenth of the interval gets a fair share (expected 2000 each).
    let mut buckets = [0usize; 10];
    for x in &draws {
        buckets[(x * 10.0) as usize] += 1;
    }
    assert!(
        buckets.iter().all(|&n| (1500..2500).contains(&n)),
        "buckets {buckets:?}"
    );
    let mut distinct = draws.clone();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    assert!(
        distinct.len() > DRAWS - 10,
        "{} distinct of {DRAWS}",
        distinct.len()
    );
}

// ───────────────────────────── abort ─────────────────────────────

#[wasm_bindgen_test]
fn abort_listener_fires_once_and_not_after_drop() {
    let controller = AbortController::new().unwrap();
    let signal = controller.signal();
    let calls = Rc::new(Cell::new(0));
    let count = calls.clone();
    let listener = AbortListener::new(&signal, move || count.set(count.get() + 1));
    controller.abort();
    controller.abort(); // a second abort dispatches nothing
    assert_eq!(calls.get(), 1);
    drop(listener);

    let other = AbortController::new().unwrap();
    let calls = Rc::new(Cell::new(0));
    let count = calls.clone();
    drop(AbortListener::new(&other.signal(), move || {
        count.set(count.get() + 1)
    }));
    // Dropped first: the listener is removed, so the abort neither counts nor calls a dead closure.
    other.abort();
    assert_eq!(calls.get(), 0);
}
