//! Client and per-request options, read and checked once, before any request is made.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::AbortSignal;

use crate::bindings::breaker::CircuitBreaker;
use crate::bindings::errors::{make_error, type_error};
use crate::bindings::options::{self, field};
use crate::bindings::retry::{Field, RetryPolicy};
use crate::core::backoff::{Backoff, Jitter};
use crate::core::budget::{BudgetConfig, RetryBudget};
use crate::core::classify::{RetryRules, DEFAULT_RETRYABLE_STATUSES};

const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";

/// Two minutes without a byte: far longer than any pause of a healthy stream (the API sends
/// `ping` events while the model works, and content as it comes), far shorter than the ten
/// minutes an attempt may take, so a stalled stream is cut long before a person gives up.
const DEFAULT_STREAM_IDLE_TIMEOUT_MS: f64 = 120_000.0;

/// Everything a client needs per request. No `Debug`: it holds the API key.
pub struct ClientConfig {
    pub api_key: Option<String>,
    pub base_url: String,
    pub max_retries: u32,
    pub timeout_ms: f64,
    pub stream_idle_timeout_ms: Option<f64>,
    pub total_timeout_ms: Option<f64>,
    pub resume: bool,
    pub retry: RetryPolicy,
    /// Shared by every call of the client: under a sustained outage its retries stop.
    pub retry_budget: Option<RefCell<RetryBudget>>,
    /// A `CircuitBreaker` (or anything with its `call` and `state`), used through its JS API
    /// so that a breaker shared between clients and user code sees every call.
    pub breaker: Option<JsValue>,
    pub browser_access: bool,
    pub default_headers: Vec<(String, String)>,
    pub fetch: Option<Function>,
    pub logger: Option<Function>,
}

/// Visible ASCII and inner spaces only: what `x-api-key` can carry. Checked up front, since the
/// error `Headers.set` would throw later quotes the value.
fn is_header_value(value: &str) -> bool {
    value
        .bytes()
        .all(|byte| byte == b' ' || byte == b'\t' || byte.is_ascii_graphic())
}

/// An environment variable in Node; None elsewhere.
fn env(name: &str) -> Option<String> {
    let process = Reflect::get(&js_sys::global(), &"process".into()).ok()?;
    let env = Reflect::get(&process, &"env".into()).ok()?;
    Reflect::get(&env, &name.into()).ok()?.as_string()
}

/// A page (not Node, not a worker): where a key in the code is a key given to every visitor.
fn in_browser() -> bool {
    let global = js_sys::global();
    let has = |name: &str| Reflect::get(&global, &name.into()).is_ok_and(|value| value.is_object());
    has("window") && has("document") && has("navigator")
}

/// The official SDK's defaults: 2 retries, 0.5 s base, 8 s cap, full jitter.
fn client_retry_defaults() -> RetryRules {
    RetryRules {
        max_retries: 2,
        backoff: Backoff {
            base_delay: 500.0,
            max_delay: 8000.0,
            jitter: Jitter::Full,
        },
        retryable_statuses: DEFAULT_RETRYABLE_STATUSES.to_vec(),
        respect_retry_after: true,
    }
}

/// An HTTP field name: a token (RFC 9110 §5.6.2).
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

/// A string-to-string record of headers, lower-cased so later ones override earlier ones.
/// Checked here, before any request, and never quoted: a header value may be a credential.
pub fn headers(value: &JsValue, name: &str) -> Result<Vec<(String, String)>, JsValue> {
    options::object(value, name)?;
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    Object::entries(value.unchecked_ref())
        .iter()
        .map(|entry| {
            let entry: Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            if !is_header_name(&key) {
                return Err(type_error(&format!(
                    "{name}: {key} is not a valid header name"
                )));
            }
            let value = entry
                .get(1)
                .as_string()
                .filter(|value| is_header_value(value))
                .ok_or_else(|| {
                    type_error(&format!(
                        "{name}: the value of {key} must be a string that is a valid header value"
                    ))
                })?;
            Ok((key.to_ascii_lowercase(), value))
        })
        .collect()
}

/// The client's retry budget: on by default with the core's numbers, `false` for none, or an
/// object overriding `capacity`, `retryCost` and `refill`.
fn retry_budget(value: &JsValue) -> Result<Option<RetryBudget>, JsValue> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    if !(value.is_undefined() || value.is_object() && !value.is_null()) {
        return Err(type_error(
            "retryBudget must be false or an object of capacity, retryCost and refill",
        ));
    }
    let defaults = BudgetConfig::default();
    let get = |name| field(value, name);
    Ok(Some(RetryBudget::new(BudgetConfig {
        capacity: options::amount(&get("capacity"), "retryBudget.capacity", defaults.capacity)?,
        retry_cost: options::amount(
            &get("retryCost"),
            "retryBudget.retryCost",
            defaults.retry_cost,
        )?,
        refill: options::amount(&get("refill"), "retryBudget.refill", defaults.refill)?,
    })))
}

fn breaker(value: &JsValue) -> Result<Option<JsValue>, JsValue> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    if field(value, "call").is_function() {
        return Ok(Some(value.clone()));
    }
    if value.is_undefined() || (value.is_object() && !value.is_null()) {
        return CircuitBreaker::new(value.clone(), JsValue::UNDEFINED)
            .map(|breaker| Some(breaker.into()));
    }
    Err(type_error(
        "circuitBreaker must be a CircuitBreaker, CircuitBreaker options or false",
    ))
}

impl ClientConfig {
    pub fn parse(options: &JsValue) -> Result<ClientConfig, JsValue> {
        options::object(options, "options")?;
        let get = |name| field(options, name);
        let api_key = match get("apiKey") {
            key if key.is_null() => None,
            key if key.is_undefined() => match env("ANTHROPIC_API_KEY") {
                Some(key) if !is_header_value(&key) => {
                    return Err(type_error(
                        "ANTHROPIC_API_KEY is not a valid HTTP header value (a stray newline?)",
                    ))
                }
                key => key,
            },
            key => Some(
                key.as_string()
                    .filter(|key| is_header_value(key))
                    .ok_or_else(|| {
                        type_error(
                            "apiKey must be null or a string that is a valid HTTP header value",
                        )
                    })?,
            ),
        };
        let base_url = options::string(&get("baseURL"), "baseURL")?
            .or_else(|| env("ANTHROPIC_BASE_URL"))
            .unwrap_or_else(|| DEFAULT_BASE_URL.into());
        let allow_browser = options::boolean(
            &get("dangerouslyAllowBrowser"),
            "dangerouslyAllowBrowser",
            false,
        )?;
        let browser = in_browser();
        if browser && api_key.is_some() && !allow_browser {
            return Err(make_error(
                "AnthropicError",
                "It looks like you're running in a browser, where an API key in the page is \
                 visible to every visitor. Use a server-side proxy and `apiKey: null`, or set \
                 `dangerouslyAllowBrowser: true` if you understand the risk.",
                &JsValue::UNDEFINED,
            ));
        }
        let mut rules = client_retry_defaults();
        rules.max_retries =
            options::integer(&get("maxRetries"), "maxRetries", 0, rules.max_retries)?;
        let retry = get("retry");
        options::object(&retry, "retry")?;
        let retry = RetryPolicy::from_knobs(&|knob: Field| field(&retry, knob.name()), rules)?;
        Ok(ClientConfig {
            api_key,
            base_url: base_url.trim_end_matches('/').into(),
            max_retries: retry.max_retries(),
            timeout_ms: options::millis(&get("timeout"), "timeout", 600_000.0)?,
            stream_idle_timeout_ms: options::switchable_millis(
                &get("streamIdleTimeout"),
                "streamIdleTimeout",
                Some(DEFAULT_STREAM_IDLE_TIMEOUT_MS),
            )?,
            total_timeout_ms: options::switchable_millis(
                &get("totalTimeout"),
                "totalTimeout",
                None,
            )?,
            resume: options::boolean(&get("resume"), "resume", false)?,
            retry,
            retry_budget: retry_budget(&get("retryBudget"))?.map(RefCell::new),
            breaker: breaker(&get("circuitBreaker"))?,
            browser_access: browser && allow_browser,
            default_headers: headers(&get("defaultHeaders"), "defaultHeaders")?,
            fetch: options::function(&get("fetch"), "fetch")?,
            logger: options::function(&get("logger"), "logger")?,
        })
    }
}

/// One request's options over the client's.
pub struct RequestConfig {
    pub signal: Option<AbortSignal>,
    pub timeout_ms: f64,
    /// None: no idle watchdog (each read is then bounded by `timeout_ms`).
    pub stream_idle_timeout_ms: Option<f64>,
    /// None: the call has no deadline of its own.
    pub total_timeout_ms: Option<f64>,
    /// Whether a stream that fails after content goes on with a continuation request.
    pub resume: bool,
    pub max_retries: u32,
    pub headers: Vec<(String, String)>,
    pub fallback_models: Vec<String>,
}

impl RequestConfig {
    pub fn parse(options: &JsValue, client: &ClientConfig) -> Result<RequestConfig, JsValue> {
        options::object(options, "options")?;
        let get = |name| field(options, name);
        let fallback_models = get("fallbackModels");
        let fallback_models = if fallback_models.is_undefined() {
            Vec::new()
        } else {
            let models = fallback_models
                .dyn_ref::<Array>()
                .ok_or_else(|| type_error("fallbackModels must be an array of model names"))?;
            models
                .iter()
                .map(|model| {
                    model
                        .as_string()
                        .ok_or_else(|| type_error("fallbackModels must be an array of model names"))
                })
                .collect::<Result<Vec<String>, JsValue>>()?
        };
        Ok(RequestConfig {
            signal: options::signal(&get("signal"), "signal")?,
            timeout_ms: options::millis(&get("timeout"), "timeout", client.timeout_ms)?,
            stream_idle_timeout_ms: options::switchable_millis(
                &get("streamIdleTimeout"),
                "streamIdleTimeout",
                client.stream_idle_timeout_ms,
            )?,
            total_timeout_ms: options::switchable_millis(
                &get("totalTimeout"),
                "totalTimeout",
                client.total_timeout_ms,
            )?,
            resume: options::boolean(&get("resume"), "resume", client.resume)?,
            max_retries: options::integer(&get("maxRetries"), "maxRetries", 0, client.max_retries)?,
            headers: headers(&get("headers"), "headers")?,
            fallback_models,
        })
    }
}
