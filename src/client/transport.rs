//! One API call end to end: each attempt through the circuit breaker, retries by the client's
//! policy, then the fallback chain of models. Streams take part until their first event.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{AbortController, AbortSignal, Headers, RequestInit, Response};

use super::api_error::{
    abort_error, connection_error, invalid_body, request_id, status_error, stream_error,
    timeout_error,
};
use super::config::{ClientConfig, HeaderSetting, RequestConfig};
use super::log::{emit, LogEvent};
use super::rate_limit;
use crate::bindings::errors::CircuitOpenError;
use crate::bindings::facts::{property, read_facts};
use crate::core::sse::{SseEvent, SseParser};
use crate::host::abort::AbortListener;
use crate::host::fetch::{fetch, text, BodyReader};
use crate::host::{clock, timer};

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string as it is, without a copy through wasm memory.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsValue) -> Result<JsValue, JsValue>;
}

pub struct Client {
    pub config: ClientConfig,
    pub rate_limit: RefCell<rate_limit::Latest>,
}

/// What a call sends: the user's params (passed through untouched), where, and how.
pub struct Job {
    pub path: &'static str,
    pub params: JsValue,
    pub stream: bool,
    pub request: RequestConfig,
}

/// A stream whose response has arrived and whose first event is in hand.
pub struct Primed {
    pub reader: BodyReader,
    pub parser: SseParser,
    pub pending: VecDeque<SseEvent>,
    pub request_id: Option<String>,
    /// Kept for the stream's life: aborting the caller's signal still cuts the body.
    _controller: AbortController,
    _listener: Option<AbortListener>,
}

/// Where a stream's attempt leaves its connection for the MessageStream to read on.
pub type StreamSlot = Rc<RefCell<Option<Primed>>>;

#[derive(Clone, Copy, PartialEq)]
enum Cut {
    User,
    Timeout,
}

/// Why a fetch or a body read failed: the caller's abort, our timeout, or the network.
fn failure(error: JsValue, cut: &Cell<Option<Cut>>) -> JsValue {
    match cut.get() {
        Some(Cut::User) => abort_error(),
        Some(Cut::Timeout) => timeout_error(),
        None => connection_error(error),
    }
}

/// The API version the official SDK 1.x speaks.
const API_VERSION: &str = "2026-10-21";

/// The headers of a request, in the official SDK's order of precedence: its own, the
/// credential, `defaultHeaders`, the body's content type, then the request's `headers`; a
/// `null` in the last two leaves a header out. Streams ask for JSON too, as the SDK does.
fn request_headers(
    config: &ClientConfig,
    request: &RequestConfig,
    _stream: bool,
) -> Result<Headers, JsValue> {
    let headers = Headers::new()?;
    headers.set("accept", "application/json")?;
    if config.browser_access {
        headers.set("anthropic-dangerous-direct-browser-access", "true")?;
    }
    headers.set("anthropic-version", API_VERSION)?;
    if let Some(credential) = config.api_key.as_ref().or(config.auth_token.as_ref()) {
        headers.set("authorization", &format!("Bearer {credential}"))?;
    }
    // Names and values were checked when the options were read (config::headers).
    let apply = |settings: &[HeaderSetting]| -> Result<(), JsValue> {
        for (name, value) in settings {
            match value {
                Some(value) => headers.set(name, value)?,
                None => headers.delete(name)?,
            }
        }
        Ok(())
    };
    apply(&config.default_headers)?;
    headers.set("content-type", "application/json")?;
    apply(&request.headers)?;
    Ok(headers)
}

/// The request body for `model` (None: as given), with `stream: true` for streams.
/// A JS string: it goes to fetch as is, never copied through wasm memory.
fn body_for(params: &JsValue, model: Option<&str>, stream: bool) -> Result<JsValue, JsValue> {
    let body = if model.is_none() && !stream {
        params.clone()
    } else {
        let copy = Object::assign(&Object::new(), params.unchecked_ref());
        if let Some(model) = model {
            Reflect::set(&copy, &"model".into(), &model.into())?;
        }
        if stream {
            Reflect::set(&copy, &"stream".into(), &true.into())?;
        }
        copy.into()
    };
    Ok(JSON::stringify(&body)?.into())
}

pub fn error_event<'a>(
    level: &'static str,
    event: &'static str,
    endpoint: &'a str,
    error: &JsValue,
) -> LogEvent<'a> {
    LogEvent {
        level,
        event,
        endpoint,
        status: property(error, "status")
            .as_f64()
            .map(|status| status as u16),
        request_id: property(error, "requestId").as_string(),
        error_type: property(error, "type").as_string(),
        message: property(error, "message").as_string(),
        ..LogEvent::default()
    }
}

/// Reads until the first event that is not a ping. An `error` event before it fails the
/// attempt, so an overload reported at the start of a stream is retried like a 529.
async fn prime(
    response: &Response,
    cut: &Cell<Option<Cut>>,
    request_id: Option<String>,
) -> Result<(BodyReader, SseParser, VecDeque<SseEvent>), JsValue> {
    let reader = BodyReader::new(response)?;
    let mut parser = SseParser::new();
    let mut pending: VecDeque<SseEvent> = VecDeque::new();
    loop {
        while pending.front().is_some_and(|event| event.event == "ping") {
            pending.pop_front();
        }
        if let Some(first) = pending.front() {
            if first.event == "error" {
                let body = JSON::parse(&first.data).unwrap_or_else(|_| first.data.as_str().into());
                return Err(stream_error(body, request_id));
            }
            return Ok((reader, parser, pending));
        }
        match reader.next().await.map_err(|error| failure(error, cut))? {
            Some(bytes) => pending.extend(parser.push(&bytes)),
            None => {
                pending.extend(parser.finish());
                pending.retain(|event| event.event != "ping");
                return Ok((reader, parser, pending));
            }
        }
    }
}

async fn attempt(
    client: Rc<Client>,
    job: Rc<Job>,
    body: JsValue,
    attempt: u32,
    slot: StreamSlot,
) -> Result<JsValue, JsValue> {
    let config = &client.config;
    let logger = config.logger.as_ref();
    let started = clock::now();
    emit(
        logger,
        LogEvent {
            level: "debug",
            event: "request",
            endpoint: job.path,
            attempt: Some(attempt),
            ..LogEvent::default()
        },
    );

    let controller = AbortController::new()?;
    let cut = Rc::new(Cell::new(None));
    let mut listener = match &job.request.signal {
        Some(signal) if signal.aborted() => return Err(abort_error()),
        Some(signal) => {
            let (cut, controller) = (cut.clone(), controller.clone());
            Some(AbortListener::new(signal, move || {
                cut.set(Some(Cut::User));
                controller.abort();
            }))
        }
        None => None,
    };
    let timer = {
        let (cut, controller) = (cut.clone(), controller.clone());
        timer::deadline(job.request.timeout_ms, move || {
            cut.set(Some(Cut::Timeout));
            controller.abort();
        })
    };
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&request_headers(config, &job.request, job.stream)?.into());
    init.set_body(&body);
    init.set_signal(Some(&controller.signal()));
    let url = format!("{}{}", config.base_url, job.path);

    let outcome = async {
        let response = fetch(config.fetch.as_ref(), &url, &init)
            .await
            .map_err(|error| failure(error, &cut))?;
        let headers = response.headers();
        let now = clock::now();
        client.rate_limit.borrow_mut().observe(headers.clone(), now);
        let status = response.status();
        if !response.ok() {
            let text = text(&response).await.ok().and_then(|text| text.as_string());
            let text = text.unwrap_or_default();
            return Err(status_error(
                status,
                &response.status_text(),
                headers,
                text,
                now,
            ));
        }
        let id = request_id(&headers);
        if job.stream {
            let (reader, parser, pending) = prime(&response, &cut, id.clone()).await?;
            slot.replace(Some(Primed {
                reader,
                parser,
                pending,
                request_id: id.clone(),
                _controller: controller.clone(),
                // The caller's abort must keep reaching the body after this attempt ends.
                _listener: listener.take(),
            }));
            return Ok((status, id, JsValue::UNDEFINED));
        }
        let text = text(&response)
            .await
            .map_err(|error| failure(error, &cut))?;
        let value = parse_json(&text).map_err(|_| {
            invalid_body(status, Some(headers), text.as_string().unwrap_or_default())
        })?;
        define_request_id(&value, id.as_deref());
        Ok((status, id, value))
    }
    .await;
    drop(timer);

    let duration = Some(clock::now() - started);
    match outcome {
        Ok((status, request_id, value)) => {
            emit(
                logger,
                LogEvent {
                    level: "info",
                    event: "response",
                    endpoint: job.path,
                    attempt: Some(attempt),
                    status: Some(status),
                    request_id,
                    duration_ms: duration,
                    ..LogEvent::default()
                },
            );
            Ok(value)
        }
        Err(error) => {
            emit(
                logger,
                LogEvent {
                    attempt: Some(attempt),
                    duration_ms: duration,
                    ..error_event("warn", "error", job.path, &error)
                },
            );
            Err(error)
        }
    }
}

/// `_request_id` on a returned object, non-enumerable so it stays out of JSON and spreads.
pub fn define_request_id(value: &JsValue, id: Option<&str>) {
    if !value.is_object() {
        return;
    }
    let descriptor = Object::new();
    let _ = Reflect::set(
        &descriptor,
        &"value".into(),
        &id.map_or(JsValue::NULL, JsValue::from),
    );
    Object::define_property(
        value.unchecked_ref::<Object>(),
        &"_request_id".into(),
        &descriptor,
    );
}

/// Runs `task` inside the breaker's `call`, as user code would, so a shared breaker sees it.
async fn through_breaker(
    breaker: Option<&JsValue>,
    task: impl Future<Output = Result<JsValue, JsValue>> + 'static,
) -> Result<JsValue, JsValue> {
    let Some(breaker) = breaker else {
        return task.await;
    };
    let call: Function = property(breaker, "call").dyn_into()?;
    let task = Closure::once_into_js(move || future_to_promise(task));
    let promise: Promise = call.call1(breaker, &task)?.dyn_into()?;
    JsFuture::from(promise).await
}

fn breaker_state(client: &Client) -> Option<String> {
    client
        .config
        .breaker
        .as_ref()
        .and_then(|breaker| property(breaker, "state").as_string())
}

fn circuit_event(job: &Job, attempt: u32, message: String, delay_ms: Option<f64>) -> LogEvent<'_> {
    LogEvent {
        level: "warn",
        event: "circuit",
        endpoint: job.path,
        attempt: Some(attempt),
        delay_ms,
        message: Some(message),
        ..LogEvent::default()
    }
}

/// Attempts of one model until success, a verdict of "give up", or the caller's abort.
async fn with_retries(
    client: &Rc<Client>,
    job: &Rc<Job>,
    body: JsValue,
    slot: &StreamSlot,
) -> Result<JsValue, JsValue> {
    let logger = client.config.logger.as_ref();
    let mut previous = -1.0;
    let mut attempt_number = 0;
    loop {
        let before = breaker_state(client);
        let task = attempt(
            client.clone(),
            job.clone(),
            body.clone(),
            attempt_number,
            slot.clone(),
        );
        let result = through_breaker(client.config.breaker.as_ref(), task).await;
        let after = breaker_state(client);
        if before != after {
            let message = format!(
                "circuit {} -> {}",
                before.unwrap_or_default(),
                after.unwrap_or_default()
            );
            emit(logger, circuit_event(job, attempt_number, message, None));
        }
        let error = match result {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        if error.is_instance_of::<CircuitOpenError>() {
            let message = "circuit open: request not sent".into();
            let wait = property(&error, "retryAfterMs").as_f64();
            emit(logger, circuit_event(job, attempt_number, message, wait));
        }
        let aborted = job
            .request
            .signal
            .as_ref()
            .is_some_and(AbortSignal::aborted);
        let delay = client.config.retry.decide(
            &error,
            attempt_number,
            previous,
            f64::INFINITY,
            aborted,
            job.request.max_retries,
        )?;
        if delay < 0.0 {
            return Err(error);
        }
        // Say why this wait: the server asked for it, or it is the backoff schedule.
        let asked = read_facts(&error, clock::now()).retry_after_ms;
        let reason = if asked.is_some_and(|ms| ms > 0.0 && ms == delay) {
            "waiting as the server asked (retry-after)"
        } else {
            "waiting out the backoff"
        };
        emit(
            logger,
            LogEvent {
                delay_ms: Some(delay),
                attempt: Some(attempt_number),
                message: Some(reason.into()),
                ..error_event("warn", "retry", job.path, &error)
            },
        );
        timer::sleep(delay, job.request.signal.as_ref())
            .await
            .map_err(|_| abort_error())?;
        previous = delay;
        attempt_number += 1;
    }
}

/// Whether the next model of the chain is worth a try: the API is overloaded or failing.
fn wants_fallback(error: &JsValue) -> bool {
    read_facts(error, clock::now())
        .status
        .is_some_and(|status| status >= 500)
}

/// The whole call: the requested model, then each fallback model while the API keeps failing.
pub async fn send(client: Rc<Client>, job: Rc<Job>, slot: StreamSlot) -> Result<JsValue, JsValue> {
    let fallbacks = job.request.fallback_models.clone();
    let mut result = with_retries(
        &client,
        &job,
        body_for(&job.params, None, job.stream)?,
        &slot,
    )
    .await;
    for model in &fallbacks {
        match &result {
            Err(error) if wants_fallback(error) => {
                let message = format!("falling back to model {model}");
                emit(
                    client.config.logger.as_ref(),
                    LogEvent {
                        message: Some(message),
                        ..error_event("warn", "fallback", job.path, error)
                    },
                );
                let body = body_for(&job.params, Some(model), job.stream)?;
                result = with_retries(&client, &job, body, &slot).await;
            }
            _ => break,
        }
    }
    result
}
