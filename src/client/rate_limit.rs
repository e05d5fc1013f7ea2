//! `client.rateLimit`: the `anthropic-ratelimit-*` headers of the latest response, read
//! when somebody asks rather than on every response (a dozen header look-ups a request).

use wasm_bindgen::JsValue;
use web_sys::Headers;

use crate::core::retry_after::server_delay_ms;
use crate::interop::records::{to_js, RateLimitInfo, RateLimitWindow};

fn header(headers: &Headers, name: &str) -> Option<String> {
    headers.get(name).ok().flatten()
}

fn count(value: Option<String>) -> Option<f64> {
    let number = value.map_or(f64::NAN, |text| js_sys::Number::parse_float(&text));
    number.is_finite().then_some(number)
}

/// The window of `anthropic-ratelimit-{name}-*`, or None when none of its headers came.
fn window(headers: &Headers, name: &str) -> Option<RateLimitWindow> {
    let field = |part: &str| header(headers, &["anthropic-ratelimit-", name, "-", part].concat());
    let (limit, remaining, reset) = (field("limit"), field("remaining"), field("reset"));
    if limit.is_none() && remaining.is_none() && reset.is_none() {
        return None;
    }
    Some(RateLimitWindow {
        limit: count(limit),
        remaining: count(remaining),
        reset,
    })
}

fn read(headers: &Headers, now: f64) -> JsValue {
    to_js(&RateLimitInfo {
        requests: window(headers, "requests"),
        tokens: window(headers, "tokens"),
        input_tokens: window(headers, "input-tokens"),
        output_tokens: window(headers, "output-tokens"),
        retry_after_ms: server_delay_ms(
            header(headers, "retry-after-ms").as_deref(),
            header(headers, "retry-after").as_deref(),
            now,
        ),
        observed_at: now,
    })
}

/// The latest response's headers, parsed on first read.
#[derive(Default)]
pub struct Latest {
    headers: Option<(Headers, f64)>,
    parsed: Option<JsValue>,
}

impl Latest {
    /// Keeps the headers of a response observed at `now`.
    pub fn observe(&mut self, headers: Headers, now: f64) {
        self.headers = Some((headers, now));
        self.parsed = None;
    }

    /// The `RateLimitInfo` of the latest response, or null before the first.
    pub fn info(&mut self) -> JsValue {
        let Some((headers, observed_at)) = &self.headers else {
            return JsValue::NULL;
        };
        self.parsed
            .get_or_insert_with(|| read(headers, *observed_at))
            .clone()
    }
}
