//! The `logger` option's structured events. They carry method, path, attempt, status and
//! request id — never the key, never a message body. `logLevel` / ANTHROPIC_LOG filter them,
//! and an SDK-style logger object (or `console`) hears them as a line plus the event.

use js_sys::{Array, Function, Object};
use wasm_bindgen::prelude::*;

use crate::host::clock;
use crate::interop::errors::type_error;
use crate::interop::object::property;
use crate::interop::records::to_js;
pub use crate::interop::records::LogEvent;

/// Hands the event to the logger; a logger that throws must not fail the request.
pub fn emit(logger: Option<&Function>, mut event: LogEvent) {
    let Some(logger) = logger else {
        return;
    };
    event.timestamp = clock::timestamp().into();
    event.method = "POST";
    let _ = logger.call1(&JsValue::UNDEFINED, &to_js(&event));
}

/// Log levels from the quietest, as the official SDK names them (`logLevel`, ANTHROPIC_LOG).
pub const LEVELS: [&str; 5] = ["off", "error", "warn", "info", "debug"];

fn rank(level: &str) -> Option<usize> {
    LEVELS.iter().position(|known| *known == level)
}

/// Where the events go: our function of one event, or an object with the official SDK's
/// `error` / `warn` / `info` / `debug` methods (`console` is one).
enum Sink {
    Events(Function),
    Methods(Object),
}

impl Sink {
    fn from(value: &JsValue) -> Option<Sink> {
        if let Some(function) = value.dyn_ref::<Function>() {
            return Some(Sink::Events(function.clone()));
        }
        let has_methods = value.is_object()
            && LEVELS[1..]
                .iter()
                .all(|level| property(value, level).is_function());
        has_methods.then(|| Sink::Methods(value.clone().unchecked_into()))
    }
}

/// One line for an SDK-style logger, before the event itself: what, where, the outcome.
/// Joined in JS: the parts are JS values already.
fn summary(record: &JsValue) -> JsValue {
    let parts = Array::of1(&"claude-resilience".into());
    for name in ["event", "method", "endpoint", "status", "requestId"] {
        let value = property(record, name);
        if !value.is_undefined() && !value.is_null() {
            parts.push(&value);
        }
    }
    let line = parts.join(" ");
    match property(record, "message") {
        message if message.is_string() => line.concat(&": ".into()).concat(&message).into(),
        _ => line.into(),
    }
}

/// The `logger` option with `level` (the `logLevel` option or ANTHROPIC_LOG, already checked)
/// as the one function `emit` calls (None when nothing is to be logged), and the level in
/// force. A function hears every event unless a level is set; an SDK-style logger hears `warn`
/// and above unless one is, as the official SDK's; no logger but a level logs to `console`.
pub fn sink(
    logger: &JsValue,
    level: Option<&'static str>,
    console: &JsValue,
) -> Result<(Option<Function>, &'static str), JsValue> {
    let (sink, default) = if logger.is_undefined() {
        (level.and_then(|_| Sink::from(console)), "off")
    } else {
        let sink = Sink::from(logger).ok_or_else(|| {
            type_error(
                "logger must be a function of a LogEvent, or an object with error, warn, info and debug methods",
            )
        })?;
        let default = match sink {
            Sink::Events(_) => "debug",
            Sink::Methods(_) => "warn",
        };
        (Some(sink), default)
    };
    let level = level.unwrap_or(default);
    let threshold = rank(level).unwrap_or(0);
    let Some(sink) = sink.filter(|_| threshold > 0) else {
        return Ok((None, level));
    };
    if let Sink::Events(function) = &sink {
        if threshold == LEVELS.len() - 1 {
            return Ok((Some(function.clone()), level));
        }
    }
    let filtered = move |record: JsValue| {
        let level = property(&record, "level").as_string().unwrap_or_default();
        let Some(level) = rank(&level).filter(|rank| *rank <= threshold) else {
            return;
        };
        // What the logger throws stays with it: logging never fails a request.
        let _ = match &sink {
            Sink::Events(function) => function.call1(&JsValue::UNDEFINED, &record),
            Sink::Methods(methods) => property(methods, LEVELS[level])
                .unchecked_into::<Function>()
                .call2(methods, &summary(&record), &record),
        };
    };
    let function = Closure::<dyn Fn(JsValue)>::new(filtered).into_js_value();
    Ok((Some(function.unchecked_into()), level))
}

/// A level name as the official SDK takes it, or None.
pub fn level(name: &str) -> Option<&'static str> {
    rank(name).map(|rank| LEVELS[rank])
}
