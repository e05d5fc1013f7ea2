//! Client and per-request options, read and checked once, before any request is made.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{AbortSignal, Headers};

use crate::bindings::breaker::CircuitBreaker;
use crate::bindings::errors::{make_error, type_error};
use crate::bindings::options::{self, field};
use crate::bindings::retry::{Field, RetryPolicy};
use crate::core::backoff::{Backoff, Jitter};
use crate::core::budget::{BudgetConfig, RetryBudget};
use crate::core::classify::{RetryRules, DEFAULT_RETRYABLE_STATUSES};
use crate::core::long_request::{streaming_required, STREAMING_REQUIRED};

use super::breakers::ModelBreakers;
use super::log;
use super::pacing::Pace;

const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";

/// Two minutes without a byte: far longer than any pause of a healthy stream (the API sends
/// `ping` events while the model works, and content as it comes), far shorter than the ten
/// minutes an attempt may take, so a stalled stream is cut long before a person gives up.
const DEFAULT_STREAM_IDLE_TIMEOUT_MS: f64 = 120_000.0;

/// A header to send, or (None) one to leave out even when a default would set it.
pub type HeaderSetting = (String, Option<String>);

/// Everything a client needs per request. No `Debug`: it holds the API key.
pub struct ClientConfig {
    /// Sent as `Authorization: Bearer …`, as is `auth_token`; at most one of them is set.
    pub api_key: Option<String>,
    pub auth_token: Option<String>,
    pub base_url: String,
    pub max_retries: u32,
    pub timeout_ms: f64,
    /// Whether `timeout` was given: only then does the official SDK skip its long-request check.
    pub timeout_given: bool,
    pub stream_idle_timeout_ms: Option<f64>,
    pub total_timeout_ms: Option<f64>,
    pub resume: bool,
    pub retry: RetryPolicy,
    /// Shared by every call of the client: under a sustained outage its retries stop.
    pub retry_budget: Option<RefCell<RetryBudget>>,
    /// Calls wait for room in the model's rate-limit window; None with `pace: false`.
    pub pace: Option<Pace>,
    /// A `CircuitBreaker` (or anything with its `call` and `state`), used through its JS API
    /// so that a breaker shared between clients and user code sees every call.
    pub breaker: Option<JsValue>,
    /// The fallback models' own breakers, when `circuitBreaker` is options (or absent).
    pub model_breakers: Option<ModelBreakers>,
    /// `dangerouslyAllowBrowser`, which the official SDK announces in a header wherever it runs.
    pub browser_access: bool,
    pub default_headers: Vec<HeaderSetting>,
    /// The `fetch` option, or the host's when `fetchOptions` are merged into each request.
    pub fetch: Option<Function>,
    pub fetch_options: Option<Object>,
    /// Every log event goes here (log::sink); `log_level` is the level in force.
    pub logger: Option<Function>,
    pub log_level: &'static str,
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

/// Headers as the official SDK takes them: a record or a `Headers` (or an array of pairs), a
/// name to a string, to `null` (leave it out) or to `undefined` (no say); lower-cased, so later
/// ones override earlier ones. Checked here, before any request, and never quoted: a header
/// value may be a credential.
pub fn headers(value: &JsValue, name: &str) -> Result<Vec<HeaderSetting>, JsValue> {
    options::object(value, name)?;
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    let entries = if value.is_instance_of::<Headers>() || Array::is_array(value) {
        Array::from(value)
    } else {
        Object::entries(value.unchecked_ref())
    };
    let mut settings = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let entry = Array::from(&entry);
        let key = entry.get(0).as_string().unwrap_or_default();
        if !is_header_name(&key) {
            return Err(type_error(&format!(
                "{name}: {key} is not a valid header name"
            )));
        }
        let value = entry.get(1);
        if value.is_undefined() {
            continue;
        }
        let setting = if value.is_null() {
            None
        } else {
            Some(
                value
                    .as_string()
                    .filter(|value| is_header_value(value))
                    .ok_or_else(|| {
                        type_error(&format!(
                            "{name}: the value of {key} must be null or a string that is a valid header value"
                        ))
                    })?,
            )
        };
        settings.push((key.to_ascii_lowercase(), setting));
    }
    Ok(settings)
}

/// A credential option: a string that can travel in a header, or None for `null` / absent.
fn credential(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value
        .as_string()
        .filter(|key| is_header_value(key))
        .map(Some)
        .ok_or_else(|| {
            type_error(&format!(
                "{name} must be null or a string that is a valid HTTP header value"
            ))
        })
}

/// A credential from the environment, refused (never quoted) when it cannot be a header value.
fn env_credential(name: &str) -> Result<Option<String>, JsValue> {
    match env(name) {
        Some(key) if !is_header_value(&key) => Err(type_error(&format!(
            "{name} is not a valid HTTP header value (a stray newline?)"
        ))),
        key => Ok(key),
    }
}

/// `apiKey` or `authToken`, as the official SDK settles them: at most one given; when neither
/// is, ANTHROPIC_API_KEY (unless `apiKey: null`), else ANTHROPIC_AUTH_TOKEN (unless
/// `authToken: null`).
fn credentials(options: &JsValue) -> Result<(Option<String>, Option<String>), JsValue> {
    let (key_option, token_option) = (field(options, "apiKey"), field(options, "authToken"));
    let api_key = credential(&key_option, "apiKey")?;
    let auth_token = credential(&token_option, "authToken")?;
    if api_key.is_some() && auth_token.is_some() {
        return Err(type_error(
            "Pass at most one of `apiKey` and `authToken`: both were given",
        ));
    }
    if api_key.is_some() || auth_token.is_some() {
        return Ok((api_key, auth_token));
    }
    let api_key = if key_option.is_undefined() {
        env_credential("ANTHROPIC_API_KEY")?
    } else {
        None
    };
    let auth_token = if api_key.is_none() && token_option.is_undefined() {
        env_credential("ANTHROPIC_AUTH_TOKEN")?
    } else {
        None
    };
    Ok((api_key, auth_token))
}

/// The `logLevel` option, else ANTHROPIC_LOG when it names a level (the official SDK passes
/// over one that does not), else None.
fn log_level(value: &JsValue) -> Result<Option<&'static str>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(env("ANTHROPIC_LOG").as_deref().and_then(log::level));
    }
    value
        .as_string()
        .as_deref()
        .and_then(log::level)
        .map(Some)
        .ok_or_else(|| {
            type_error("logLevel must be one of 'off', 'error', 'warn', 'info', 'debug'")
        })
}

/// `fetch` (the given one, else the host's, as the official SDK takes it when the client is
/// made) with `extra` under each request's init: the method, headers, body and signal the
/// client sets win over the same fields of `extra`.
fn with_fetch_options(fetch: Option<Function>, extra: Object) -> Result<Function, JsValue> {
    let fetch = match fetch {
        Some(fetch) => fetch,
        None => Reflect::get(&js_sys::global(), &"fetch".into())?
            .dyn_into::<Function>()
            .map_err(|_| type_error("fetchOptions need a global fetch or the fetch option"))?,
    };
    let send = move |url: JsValue, init: JsValue| -> Result<JsValue, JsValue> {
        let merged = Object::assign(
            &Object::assign(&Object::new(), &extra),
            init.unchecked_ref(),
        );
        fetch.call2(&JsValue::UNDEFINED, &url, &merged)
    };
    let send = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(send);
    Ok(send.into_js_value().unchecked_into())
}

/// The official SDK's refusal of a non-streaming `create` whose `max_tokens` may outlast the
/// 10-minute timeout, asked only when neither the client nor the request chose a timeout.
pub fn check_long_request(
    params: &JsValue,
    options: &JsValue,
    client: &ClientConfig,
) -> Result<(), JsValue> {
    let timeout = field(options, "timeout");
    if client.timeout_given || !(timeout.is_undefined() || timeout.is_null()) {
        return Ok(());
    }
    let max_tokens = field(params, "max_tokens").as_f64().unwrap_or(0.0);
    let model = field(params, "model").as_string().unwrap_or_default();
    if streaming_required(max_tokens, &model) {
        return Err(make_error(
            "AnthropicError",
            STREAMING_REQUIRED,
            &JsValue::UNDEFINED,
        ));
    }
    Ok(())
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
        let (api_key, auth_token) = credentials(options)?;
        let base_url = options::string(&get("baseURL"), "baseURL")?
            .or_else(|| env("ANTHROPIC_BASE_URL"))
            .unwrap_or_else(|| DEFAULT_BASE_URL.into());
        let allow_browser = options::boolean(
            &get("dangerouslyAllowBrowser"),
            "dangerouslyAllowBrowser",
            false,
        )?;
        let browser = in_browser();
        if browser && (api_key.is_some() || auth_token.is_some()) && !allow_browser {
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
        let timeout = get("timeout");
        let fetch_options = get("fetchOptions");
        options::object(&fetch_options, "fetchOptions")?;
        let fetch_options = fetch_options.dyn_into::<Object>().ok();
        let fetch = options::function(&get("fetch"), "fetch")?;
        let fetch = match &fetch_options {
            Some(extra) => Some(with_fetch_options(fetch, extra.clone())?),
            None => fetch,
        };
        let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap_or_default();
        let (logger, log_level) =
            log::sink(&get("logger"), log_level(&get("logLevel"))?, &console)?;
        Ok(ClientConfig {
            api_key,
            auth_token,
            base_url: base_url.trim_end_matches('/').into(),
            max_retries: retry.max_retries(),
            timeout_ms: options::millis(&timeout, "timeout", 600_000.0)?,
            timeout_given: !timeout.is_undefined(),
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
            pace: Pace::parse(options)?,
            breaker: breaker(&get("circuitBreaker"))?,
            model_breakers: ModelBreakers::from_option(&get("circuitBreaker")),
            browser_access: allow_browser,
            default_headers: headers(&get("defaultHeaders"), "defaultHeaders")?,
            fetch,
            fetch_options,
            logger,
            log_level,
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
    pub headers: Vec<HeaderSetting>,
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
