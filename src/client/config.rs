//! Client and per-request options, read and checked once, before any request is made.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{AbortSignal, Headers};

use crate::bindings::breaker::CircuitBreaker;
use crate::bindings::budget::{RetryBudget, SharedBudget};
use crate::bindings::retry::{Field, RetryPolicy};
use crate::core::classify::RetryRules;
use crate::core::long_request::{streaming_required, DEFAULT_TIMEOUT_MS, STREAMING_REQUIRED};
use crate::host::env;
use crate::host::fetch::host_fetch;
use crate::interop::errors::{make_error, type_error};
use crate::interop::object::{assign, property};
use crate::interop::options::{Opt, Options};

use super::breakers::ModelBreakers;
use super::log;
use super::pacing::Pace;

const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";

/// Two minutes without a byte: far longer than any pause of a healthy stream (the API sends
/// `ping` events while the model works, and content as it comes), far shorter than the ten
/// minutes an attempt may take, so a stalled stream is cut long before a person gives up.
pub const DEFAULT_STREAM_IDLE_TIMEOUT_MS: f64 = 120_000.0;

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
    /// Pays its retries from the client's retry budget, when it has one.
    pub retry: RetryPolicy,
    /// The `RetryBudget` shared by every call of the client (and of any other client or
    /// `retryWithBackoff` call given it): under a sustained outage its retries stop.
    pub retry_budget: Option<JsValue>,
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
pub fn headers(option: Opt) -> Result<Vec<HeaderSetting>, JsValue> {
    let name = option.name();
    let value = option.object()?.value().clone();
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    let entries = if value.is_instance_of::<Headers>() || Array::is_array(&value) {
        Array::from(&value)
    } else {
        Object::entries(value.unchecked_ref())
    };
    let mut settings = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let entry = Array::from(&entry);
        let key = entry.get(0).as_string().unwrap_or_default();
        if !is_header_name(&key) {
            return Err(type_error(
                &[&name, ": ", &key, " is not a valid header name"].concat(),
            ));
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
                        type_error(
                            &[
                                &name,
                                ": the value of ",
                                &key,
                                " must be null or a string that is a valid header value",
                            ]
                            .concat(),
                        )
                    })?,
            )
        };
        settings.push((key.to_ascii_lowercase(), setting));
    }
    Ok(settings)
}

/// The params the official SDK 1.x sends as headers, never in the body: (param, header).
const HEADER_PARAMS: [(&str, &str); 2] = [
    ("user_profile_id", "anthropic-user-profile-id"),
    ("workspace_id", "anthropic-workspace-id"),
];

/// `user_profile_id` and `workspace_id` as the official SDK sends them: as headers, under the
/// request's own `headers` (which may replace or leave them out), and out of the body even when
/// null. Returns the params to send (a copy without them when either is there; else the user's
/// object itself, so a call without them copies nothing) and the headers, before the request's.
/// (A getter that throws reads as absent here; the body's serialisation then rejects the call
/// with what it throws.)
pub fn header_params(params: &JsValue) -> Result<(JsValue, Vec<HeaderSetting>), JsValue> {
    let mut settings = Vec::new();
    let mut present = false;
    for (param, header) in HEADER_PARAMS {
        // An undefined one is left in place: JSON leaves it out of the body anyway.
        let value = property(params, param);
        present |= !value.is_undefined();
        if value.is_null() || value.is_undefined() {
            continue;
        }
        let value = value
            .as_string()
            .filter(|value| is_header_value(value))
            .ok_or_else(|| {
                type_error(
                    &[
                        "params.",
                        param,
                        " must be a string that is a valid header value",
                    ]
                    .concat(),
                )
            })?;
        settings.push((header.to_owned(), Some(value)));
    }
    if !present {
        return Ok((params.clone(), settings));
    }
    let body = assign(&Object::new(), params)?;
    for (param, _) in HEADER_PARAMS {
        Reflect::delete_property(body.unchecked_ref::<Object>(), &param.into())?;
    }
    Ok((body, settings))
}

/// A credential option: a string that can travel in a header, or None for `null` / absent.
fn credential(option: &Opt) -> Result<Option<String>, JsValue> {
    let value = option.value();
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value
        .as_string()
        .filter(|key| is_header_value(key))
        .map(Some)
        .ok_or_else(|| {
            type_error(
                &[
                    &option.name(),
                    " must be null or a string that is a valid HTTP header value",
                ]
                .concat(),
            )
        })
}

/// A credential from the environment, refused (never quoted) when it cannot be a header value.
fn env_credential(name: &str) -> Result<Option<String>, JsValue> {
    match env::var(name) {
        Some(key) if !is_header_value(&key) => Err(type_error(
            &[name, " is not a valid HTTP header value (a stray newline?)"].concat(),
        )),
        key => Ok(key),
    }
}

/// `apiKey` or `authToken`, as the official SDK settles them: at most one given; when neither
/// is, ANTHROPIC_API_KEY (unless `apiKey: null`), else ANTHROPIC_AUTH_TOKEN (unless
/// `authToken: null`).
fn credentials(options: &Options) -> Result<(Option<String>, Option<String>), JsValue> {
    let (key_option, token_option) = (options.get("apiKey"), options.get("authToken"));
    let api_key = credential(&key_option)?;
    let auth_token = credential(&token_option)?;
    if api_key.is_some() && auth_token.is_some() {
        return Err(type_error(
            "Pass at most one of `apiKey` and `authToken`: both were given",
        ));
    }
    if api_key.is_some() || auth_token.is_some() {
        return Ok((api_key, auth_token));
    }
    let api_key = if key_option.is_absent() {
        env_credential("ANTHROPIC_API_KEY")?
    } else {
        None
    };
    let auth_token = if api_key.is_none() && token_option.is_absent() {
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
        return Ok(env::var("ANTHROPIC_LOG").as_deref().and_then(log::level));
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
        None => host_fetch()?
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
    let timeout = property(options, "timeout");
    if client.timeout_given || !(timeout.is_undefined() || timeout.is_null()) {
        return Ok(());
    }
    let max_tokens = property(params, "max_tokens").as_f64().unwrap_or(0.0);
    let model = property(params, "model").as_string().unwrap_or_default();
    if streaming_required(max_tokens, &model) {
        return Err(make_error(
            "AnthropicError",
            STREAMING_REQUIRED,
            &JsValue::UNDEFINED,
        ));
    }
    Ok(())
}

/// The client's retry budget: a `RetryBudget` to share, `false` for none, else one of its own,
/// with the core's numbers or an object overriding `capacity`, `retryCost` and `refill`.
fn retry_budget(value: &JsValue) -> Result<Option<(JsValue, SharedBudget)>, JsValue> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    let refused = || {
        type_error("retryBudget must be false, a RetryBudget or an object of capacity, retryCost and refill")
    };
    let instance = match SharedBudget::of(value)? {
        Some(shared) => return Ok(Some((value.clone(), shared))),
        None if value.is_undefined() || value.is_object() && !value.is_null() => {
            JsValue::from(RetryBudget::new(value.clone())?)
        }
        None => return Err(refused()),
    };
    let shared = SharedBudget::of(&instance)?.ok_or_else(refused)?;
    Ok(Some((instance, shared)))
}

fn breaker(value: &JsValue) -> Result<Option<JsValue>, JsValue> {
    if value.as_bool() == Some(false) {
        return Ok(None);
    }
    if property(value, "call").is_function() {
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
        let options = Options::new(options, "options")?;
        let get = |name| options.get(name);
        let (api_key, auth_token) = credentials(&options)?;
        let base_url = get("baseURL")
            .string()?
            .or_else(|| env::var("ANTHROPIC_BASE_URL"))
            .unwrap_or_else(|| DEFAULT_BASE_URL.into());
        let allow_browser = get("dangerouslyAllowBrowser").boolean(false)?;
        let browser = env::in_browser();
        if browser && (api_key.is_some() || auth_token.is_some()) && !allow_browser {
            return Err(make_error(
                "AnthropicError",
                "It looks like you're running in a browser, where an API key in the page is \
                 visible to every visitor. Use a server-side proxy and `apiKey: null`, or set \
                 `dangerouslyAllowBrowser: true` if you understand the risk.",
                &JsValue::UNDEFINED,
            ));
        }
        let mut rules = RetryRules::client();
        rules.max_retries = get("maxRetries").integer(0, rules.max_retries)?;
        let retry = get("retry").object()?;
        let retry = RetryPolicy::from_knobs(&|knob: Field| retry.get(knob.name()), rules)?;
        let (retry_budget, shared_budget) = retry_budget(get("retryBudget").value())?.unzip();
        let timeout = get("timeout");
        let fetch_options = get("fetchOptions").object()?.value().clone();
        let fetch_options = fetch_options.dyn_into::<Object>().ok();
        let fetch = get("fetch").function()?;
        let fetch = match &fetch_options {
            Some(extra) => Some(with_fetch_options(fetch, extra.clone())?),
            None => fetch,
        };
        let (logger, log_level) = log::sink(
            get("logger").value(),
            log_level(get("logLevel").value())?,
            &env::console(),
        )?;
        Ok(ClientConfig {
            api_key,
            auth_token,
            base_url: base_url.trim_end_matches('/').into(),
            max_retries: retry.max_retries(),
            timeout_ms: timeout.millis(DEFAULT_TIMEOUT_MS)?,
            timeout_given: !timeout.is_absent(),
            stream_idle_timeout_ms: get("streamIdleTimeout")
                .switchable_millis(Some(DEFAULT_STREAM_IDLE_TIMEOUT_MS))?,
            total_timeout_ms: get("totalTimeout").switchable_millis(None)?,
            resume: get("resume").boolean(false)?,
            retry: retry.paid_from(shared_budget),
            retry_budget,
            pace: Pace::parse(&options)?,
            breaker: breaker(get("circuitBreaker").value())?,
            model_breakers: ModelBreakers::from_option(get("circuitBreaker").value()),
            browser_access: allow_browser,
            default_headers: headers(get("defaultHeaders"))?,
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
        let options = Options::new(options, "options")?;
        let get = |name| options.get(name);
        let fallback_models = get("fallbackModels").value().clone();
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
            signal: get("signal").signal()?,
            timeout_ms: get("timeout").millis(client.timeout_ms)?,
            stream_idle_timeout_ms: get("streamIdleTimeout")
                .switchable_millis(client.stream_idle_timeout_ms)?,
            total_timeout_ms: get("totalTimeout").switchable_millis(client.total_timeout_ms)?,
            resume: get("resume").boolean(client.resume)?,
            max_retries: get("maxRetries").integer(0, client.max_retries)?,
            headers: headers(get("headers"))?,
            fallback_models,
        })
    }
}
