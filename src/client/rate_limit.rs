//! `client.rateLimit`: the `anthropic-ratelimit-*` headers of the latest response, read
//! when somebody asks rather than on every response (a dozen header look-ups a request).

use js_sys::Object;
use wasm_bindgen::JsValue;
use web_sys::Headers;

use crate::core::retry_after::server_delay_ms;
use crate::interop::object::set;

const WINDOWS: [(&str, &str); 4] = [
    ("requests", "requests"),
    ("tokens", "tokens"),
    ("inputTokens", "input-tokens"),
    ("outputTokens", "output-tokens"),
];

fn header(headers: &Headers, name: &str) -> Option<String> {
    headers.get(name).ok().flatten()
}

fn count(value: Option<String>) -> JsValue {
    let number = value.map_or(f64::NAN, |text| js_sys::Number::parse_float(&text));
    if number.is_finite() {
        number.into()
    } else {
        JsValue::NULL
    }
}

/// A `RateLimitInfo` object; a window none of whose headers came is null.
fn read(headers: &Headers, now: f64) -> JsValue {
    let info = Object::new();
    for (key, suffix) in WINDOWS {
        let prefix = format!("anthropic-ratelimit-{suffix}-");
        let limit = header(headers, &format!("{prefix}limit"));
        let remaining = header(headers, &format!("{prefix}remaining"));
        let reset = header(headers, &format!("{prefix}reset"));
        let window = if limit.is_none() && remaining.is_none() && reset.is_none() {
            JsValue::NULL
        } else {
            let window = Object::new();
            set(&window, "limit", &count(limit));
            set(&window, "remaining", &count(remaining));
            set(
                &window,
                "reset",
                &reset.map_or(JsValue::NULL, JsValue::from),
            );
            window.into()
        };
        set(&info, key, &window);
    }
    let retry_after = server_delay_ms(
        header(headers, "retry-after-ms").as_deref(),
        header(headers, "retry-after").as_deref(),
        now,
    );
    set(
        &info,
        "retryAfterMs",
        &retry_after.map_or(JsValue::NULL, JsValue::from),
    );
    set(&info, "observedAt", &now.into());
    info.into()
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
