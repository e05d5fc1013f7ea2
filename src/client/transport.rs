//! One API call end to end: each attempt through the circuit breaker, retries by the client's
//! policy, then the fallback chain of models. Streams take part until their first event.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{Headers, RequestInit, Response};

use super::api_error::{invalid_body, request_id, status_error, stream_error};
use super::config::{ClientConfig, HeaderSetting, RequestConfig};
use super::link::{CallScope, Expiry, Link};
use super::log::{emit, LogEvent};
use super::pacing::{refusal, Lane, Pace, Refused};
use super::rate_limit;
use crate::core::classify::ErrorFacts;
use crate::core::engine::{Call, Stop, Verdict, Wait};
use crate::core::pacing::Sent;
use crate::core::sse::{SseEvent, SseParser};
use crate::host::clock;
use crate::host::fetch::{fetch, text, BodyReader};
use crate::host::timer;
use crate::interop::errors::{type_error, CircuitOpenError};
use crate::interop::facts::read_facts;
use crate::interop::object::{assign, parse_json, property};

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
    /// The caller's record of the exchange (pkg-template/api-promise.mjs): the transport puts
    /// the successful attempt's `Response` in its `response`, and hands that Response out
    /// unread, as the call's value, when its `raw` is true once the headers are in.
    pub receipt: Option<JsValue>,
}

/// A stream whose response has arrived and whose first event is in hand.
pub struct Primed {
    /// What `withResponse()` hands out; its body is the reader's. None for a stream handed in
    /// as a `ReadableStream` (`MessageStream.fromReadableStream`).
    pub response: Option<Response>,
    pub reader: BodyReader,
    pub parser: SseParser,
    pub pending: VecDeque<SseEvent>,
    /// Kept for the stream's life: the caller's abort and the call's deadline still cut the
    /// body, and every later read is bounded by `read_bound`.
    pub link: Link,
    /// The idle watchdog, or the attempt's timeout when the watchdog is off.
    pub read_bound: (f64, Expiry),
}

/// Where a stream's attempt leaves its connection for the MessageStream to read on.
pub type StreamSlot = Rc<RefCell<Option<Primed>>>;

/// The API version the official SDK 1.x speaks.
const API_VERSION: &str = "2026-10-21";

/// The headers of a request, in the official SDK's order of precedence: its own, the
/// credential, `defaultHeaders`, the body's content type, then the request's `headers`; a
/// `null` in the last two leaves a header out. Streams ask for JSON too, as the SDK does.
fn request_headers(config: &ClientConfig, request: &RequestConfig) -> Result<Headers, JsValue> {
    let headers = Headers::new()?;
    headers.set("accept", "application/json")?;
    if config.browser_access {
        headers.set("anthropic-dangerous-direct-browser-access", "true")?;
    }
    headers.set("anthropic-version", API_VERSION)?;
    if let Some(credential) = config.api_key.as_ref().or(config.auth_token.as_ref()) {
        headers.set("authorization", &["Bearer ", credential.as_str()].concat())?;
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
/// A JS string: it goes to fetch as is, never copied through wasm memory. The user's getters,
/// proxies and `toJSON` run here; what they throw rejects the call.
fn body_for(params: &JsValue, model: Option<&str>, stream: bool) -> Result<JsValue, JsValue> {
    let body = if model.is_none() && !stream {
        params.clone()
    } else {
        let copy = assign(&Object::new(), params)?;
        if let Some(model) = model {
            Reflect::set(&copy, &"model".into(), &model.into())?;
        }
        if stream {
            Reflect::set(&copy, &"stream".into(), &true.into())?;
        }
        copy
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
    link: &Link,
) -> Result<(BodyReader, SseParser, VecDeque<SseEvent>), JsValue> {
    let reader = BodyReader::new(response)?;
    let mut parser = SseParser::new();
    let mut pending: VecDeque<SseEvent> = VecDeque::new();
    let signal = link.signal();
    loop {
        while pending.front().is_some_and(|event| event.event == "ping") {
            pending.pop_front();
        }
        if let Some(first) = pending.front() {
            if first.event == "error" {
                let body = JSON::parse(&first.data).unwrap_or_else(|_| first.data.as_str().into());
                return Err(stream_error(body, link.headers()));
            }
            return Ok((reader, parser, pending));
        }
        match reader
            .next(&signal)
            .await
            .map_err(|error| link.failure(error))?
        {
            Some(bytes) => pending.extend(parser.push(&bytes)),
            None => {
                pending.extend(parser.finish());
                pending.retain(|event| event.event != "ping");
                return Ok((reader, parser, pending));
            }
        }
    }
}

/// What a successful exchange brought: a parsed message, a stream ready to be read, or the
/// response with its body unread (the receipt asked for it).
enum Arrived {
    Message(JsValue),
    Stream(Response, BodyReader, SseParser, VecDeque<SseEvent>),
    Unread(Response),
}

/// Sends the request and reads its answer, each await bounded by `link`.
async fn exchange(
    client: &Client,
    job: &Job,
    body: &JsValue,
    link: &mut Link,
    paced: Option<&(Rc<Lane>, Sent)>,
) -> Result<(u16, Arrived), JsValue> {
    let config = &client.config;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&request_headers(config, &job.request)?.into());
    init.set_body(body);
    let signal = link.signal();
    init.set_signal(Some(&signal));
    let url = [config.base_url.as_str(), job.path].concat();
    let response = fetch(config.fetch.as_ref(), &url, &init, &signal)
        .await
        .map_err(|error| link.failure(error))?;
    let headers = response.headers();
    link.received(headers.clone());
    let now = clock::now();
    client.rate_limit.borrow_mut().observe(headers.clone(), now);
    if let (Some(pace), Some((lane, sent))) = (&config.pace, paced) {
        pace.observe(lane, *sent, &headers, now);
    }
    let status = response.status();
    if !response.ok() {
        // The status says what happened; a body that fails to arrive only loses its details.
        let text = text(&response, &signal)
            .await
            .ok()
            .and_then(|text| text.as_string());
        let text = text.unwrap_or_default();
        return Err(status_error(status, headers, text, now));
    }
    if let Some(receipt) = &job.receipt {
        Reflect::set(receipt, &"response".into(), &response)?;
        if !job.stream && property(receipt, "raw").is_truthy() {
            return Ok((status, Arrived::Unread(response)));
        }
    }
    if job.stream {
        let (reader, parser, pending) = prime(&response, link).await?;
        return Ok((status, Arrived::Stream(response, reader, parser, pending)));
    }
    let text = text(&response, &signal)
        .await
        .map_err(|error| link.failure(error))?;
    let value = parse_json(&text)
        .map_err(|_| invalid_body(status, link.headers(), text.as_string().unwrap_or_default()))?;
    define_request_id(&value, request_id(&headers).as_deref());
    let workspace_id = headers.get("anthropic-workspace-id").ok().flatten();
    define_id(&value, "_workspace_id", workspace_id.as_deref());
    Ok((status, Arrived::Message(value)))
}

async fn attempt(
    client: Rc<Client>,
    job: Rc<Job>,
    call: Rc<CallScope>,
    body: JsValue,
    attempt: u32,
    slot: StreamSlot,
    paced: Option<(Rc<Lane>, Sent)>,
) -> Result<JsValue, JsValue> {
    let logger = client.config.logger.as_ref();
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
    let mut link = Link::open(&call, job.request.timeout_ms)?;
    let outcome = exchange(&client, &job, &body, &mut link, paced.as_ref()).await;
    let duration = Some(clock::now() - started);
    match outcome {
        Ok((status, arrived)) => {
            emit(
                logger,
                LogEvent {
                    level: "info",
                    event: "response",
                    endpoint: job.path,
                    attempt: Some(attempt),
                    status: Some(status),
                    request_id: link.headers().and_then(request_id),
                    duration_ms: duration,
                    ..LogEvent::default()
                },
            );
            match arrived {
                Arrived::Message(value) => Ok(value),
                Arrived::Unread(response) => Ok(response.into()),
                Arrived::Stream(response, reader, parser, pending) => {
                    // The attempt's timeout covers the stream up to its first event.
                    link.disarm();
                    slot.replace(Some(Primed {
                        response: Some(response),
                        reader,
                        parser,
                        pending,
                        link,
                        read_bound: match job.request.stream_idle_timeout_ms {
                            Some(ms) => (ms, Expiry::Idle(ms)),
                            None => (job.request.timeout_ms, Expiry::Attempt),
                        },
                    }));
                    Ok(JsValue::UNDEFINED)
                }
            }
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
    define_id(value, "_request_id", id);
}

/// An id of the response (`_request_id`, `_workspace_id`) on a returned object, as the official
/// SDK puts them: non-enumerable, null when the header is missing.
fn define_id(value: &JsValue, name: &str, id: Option<&str>) {
    if !value.is_object() {
        return;
    }
    let descriptor = Object::new();
    let _ = Reflect::set(
        &descriptor,
        &"value".into(),
        &id.map_or(JsValue::NULL, JsValue::from),
    );
    Object::define_property(value.unchecked_ref::<Object>(), &name.into(), &descriptor);
}

/// Runs `task` inside the breaker's `call`, as user code would, so a shared breaker sees it.
/// The task is handed over in a closure that is dropped once `call` settles: an attempt the
/// breaker refuses frees its future, and the client that future holds, at once.
async fn through_breaker(
    breaker: Option<&JsValue>,
    task: impl Future<Output = Result<JsValue, JsValue>> + 'static,
) -> Result<JsValue, JsValue> {
    let Some(breaker) = breaker else {
        return task.await;
    };
    let call: Function = property(breaker, "call")
        .dyn_into()
        .map_err(|_| type_error("circuitBreaker.call must be a function"))?;
    let mut task = Some(task);
    let run = Closure::<dyn FnMut() -> Promise>::new(move || match task.take() {
        Some(task) => future_to_promise(task),
        None => Promise::reject(&type_error("circuitBreaker.call ran the attempt twice")),
    });
    let returned = call.call1(breaker, run.as_ref())?;
    if !is_thenable(&returned) {
        return Err(type_error("circuitBreaker.call must return a promise"));
    }
    let outcome = JsFuture::from(Promise::resolve(&returned)).await;
    drop(run);
    outcome
}

/// A promise, or any object with a `then` method.
fn is_thenable(value: &JsValue) -> bool {
    value.is_instance_of::<Promise>() || property(value, "then").is_function()
}

fn breaker_state(breaker: Option<&JsValue>) -> Option<String> {
    breaker.and_then(|breaker| property(breaker, "state").as_string())
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

/// Why a model's attempts ended without a value: the error, and its facts as the engine read
/// them, so the fallback chain decides without reading them again.
struct Failed {
    error: JsValue,
    facts: ErrorFacts,
}

impl Failed {
    /// A failure that is not the API's answer (an abort, a user callback that threw): it never
    /// moves the call on to a fallback model.
    fn without_fallback(error: JsValue) -> Failed {
        Failed {
            error,
            facts: ErrorFacts::default(),
        }
    }
}

/// Where a model's attempts go: through its breaker, and whether a fallback model follows.
#[derive(Clone, Copy)]
struct Route<'a> {
    breaker: Option<&'a JsValue>,
    fallback_next: bool,
}

/// One call of the client: who sends, what, and within which scope (signal and deadline).
pub struct Outgoing {
    pub client: Rc<Client>,
    pub job: Rc<Job>,
    pub scope: Rc<CallScope>,
}

/// A call that has an answer: the value (for a stream, undefined: its connection is in the
/// slot), the model that gave it (None: the one requested), and the call's engine state, with
/// which a stream that fails later may go on.
pub struct Answered {
    pub value: JsValue,
    pub model: Option<String>,
    pub call: Call,
}

impl Outgoing {
    /// Attempts of one model until success, or until the engine gives up on `call`.
    async fn with_retries(
        &self,
        call: &mut Call,
        body: &JsValue,
        slot: &StreamSlot,
        lane: Option<&Rc<Lane>>,
        route: Route<'_>,
    ) -> Result<JsValue, Failed> {
        let (client, job) = (&self.client, &self.job);
        let logger = client.config.logger.as_ref();
        loop {
            let granted = match (&client.config.pace, lane) {
                (Some(pace), Some(lane)) => {
                    Some((lane.clone(), self.turn(pace, call, lane).await?))
                }
                _ => None,
            };
            let attempt_number = call.attempt;
            let before = breaker_state(route.breaker);
            let task = attempt(
                client.clone(),
                job.clone(),
                self.scope.clone(),
                body.clone(),
                attempt_number,
                slot.clone(),
                granted.clone(),
            );
            let result = through_breaker(route.breaker, task).await;
            // An attempt the breaker refused was never sent: its slot of the window goes back.
            if let (Some(pace), Some((lane, sent)), Err(error)) =
                (&client.config.pace, &granted, &result)
            {
                if error.is_instance_of::<CircuitOpenError>() {
                    pace.unsend(lane, *sent);
                }
            }
            let after = breaker_state(route.breaker);
            if before != after {
                let message = [
                    "circuit ",
                    &before.unwrap_or_default(),
                    " -> ",
                    &after.unwrap_or_default(),
                ]
                .concat();
                emit(logger, circuit_event(job, attempt_number, message, None));
            }
            match result {
                Ok(value) => {
                    call.succeeded(client.config.retry.budget());
                    return Ok(value);
                }
                Err(error) => self.wait_after(call, error, lane, route).await?,
            }
        }
    }

    /// After a failure: the engine's verdict, then its wait; giving up returns the failure
    /// with its facts.
    async fn wait_after(
        &self,
        call: &mut Call,
        error: JsValue,
        lane: Option<&Rc<Lane>>,
        route: Route<'_>,
    ) -> Result<(), Failed> {
        let (client, job) = (&self.client, &self.job);
        let logger = client.config.logger.as_ref();
        let attempt_number = call.attempt;
        let signal = self.scope.signal();
        let now = clock::now();
        let mut facts = read_facts(&error, now);
        facts.aborted |= signal.aborted();
        if facts.circuit_open {
            let message = "circuit open: request not sent".into();
            let wait = facts.retry_after_ms;
            emit(logger, circuit_event(job, attempt_number, message, wait));
        }
        // An open circuit of a model that has a fallback sends the call on to it at once:
        // the model is cooling down, the next one may not be.
        if facts.circuit_open && route.fallback_next {
            return Err(Failed { error, facts });
        }
        let verdict = client
            .config
            .retry
            .judge(call, &error, &facts)
            .map_err(Failed::without_fallback)?;
        let (delay, because) = match verdict {
            Verdict::Retry { delay_ms, because } => (delay_ms, because),
            Verdict::GiveUp(Stop::Budget) => {
                let message = "the retry budget is spent: not retried".into();
                emit(
                    logger,
                    LogEvent {
                        attempt: Some(attempt_number),
                        message: Some(message),
                        ..error_event("warn", "budget", job.path, &error)
                    },
                );
                return Err(Failed { error, facts });
            }
            Verdict::GiveUp(stop) => {
                // A rate-limit refusal whose wait this call cannot take holds the model's
                // other calls back until it ends, rather than each of them discovering it.
                if let (Some(pace), Some(lane), Some(429), Some(wait)) = (
                    &client.config.pace,
                    lane,
                    facts.status,
                    facts.retry_after_ms,
                ) {
                    if matches!(stop, Stop::ServerWaitTooLong | Stop::Deadline) {
                        pace.hold(lane, now + wait);
                    }
                }
                return Err(Failed { error, facts });
            }
        };
        emit(
            logger,
            LogEvent {
                delay_ms: Some(delay),
                attempt: Some(attempt_number),
                message: Some(because.describe().into()),
                ..error_event("warn", "retry", job.path, &error)
            },
        );
        timer::sleep(delay, Some(&signal))
            .await
            .map_err(|_| Failed::without_fallback(self.scope.ended(None)))
    }

    /// Waits for the turn of `lane` in the model's rate-limit window. A wait the call cannot
    /// take fails it with a `RateLimitError`, which moves on to a fallback model: the limits
    /// are the model's.
    async fn turn(&self, pace: &Pace, call: &Call, lane: &Lane) -> Result<Sent, Failed> {
        let (client, job) = (&self.client, &self.job);
        let logger = client.config.logger.as_ref();
        let waiting = |delay_ms| {
            let message = [Wait::RateLimit.describe(), " of model ", &lane.model].concat();
            emit(
                logger,
                LogEvent {
                    level: "info",
                    event: "pace",
                    endpoint: job.path,
                    attempt: Some(call.attempt),
                    delay_ms: Some(delay_ms),
                    message: Some(message),
                    ..LogEvent::default()
                },
            );
        };
        let max_delay = client.config.retry.max_delay();
        let signal = self.scope.signal();
        pace.turn(lane, call, max_delay, &signal, waiting)
            .await
            .map_err(|refused| match refused {
                Refused::Aborted => Failed::without_fallback(self.scope.ended(None)),
                Refused::Stopped(stop, wait_ms) => Failed {
                    error: refusal(lane, stop, wait_ms),
                    facts: ErrorFacts {
                        status: Some(429),
                        ..ErrorFacts::default()
                    },
                },
            })
    }

    /// The pacing lane of `model` (None: the one requested) for `body`; None without pacing.
    fn lane(&self, model: Option<&str>, body: &JsValue) -> Result<Option<Rc<Lane>>, JsValue> {
        let Some(pace) = &self.client.config.pace else {
            return Ok(None);
        };
        let model = match model {
            Some(model) => model.to_owned(),
            None => property(&self.job.params, "model")
                .as_string()
                .unwrap_or_default(),
        };
        pace.lane(self.job.path, &self.job.params, model, body)
            .map(|lane| Some(Rc::new(lane)))
    }

    /// The whole call: the requested model, then each fallback model while the API keeps
    /// failing (overloaded or erring: a status of 500 or more) or refuses the model for its
    /// rate limits (429: the limits are per model).
    pub async fn send(self: Rc<Self>, slot: StreamSlot) -> Result<Answered, JsValue> {
        let job = &self.job;
        let config = &self.client.config;
        let fallbacks = &job.request.fallback_models;
        let models = std::iter::once(None).chain(fallbacks.iter().map(Some));
        let per_model = config
            .model_breakers
            .as_ref()
            .filter(|_| !fallbacks.is_empty());
        if let (Some(breakers), Some(model)) =
            (per_model, property(&job.params, "model").as_string())
        {
            breakers.requested(&model);
        }
        let mut last: Option<Failed> = None;
        for (index, model) in models.enumerate() {
            if let (Some(failed), Some(model)) = (&last, model) {
                // Only an API that is overloaded or failing is worth another model.
                if !failed.facts.circuit_open
                    && failed
                        .facts
                        .status
                        .is_none_or(|status| status < 500 && status != 429)
                {
                    break;
                }
                emit(
                    self.client.config.logger.as_ref(),
                    LogEvent {
                        message: Some(["falling back to model ", model.as_str()].concat()),
                        ..error_event("warn", "fallback", job.path, &failed.error)
                    },
                );
            }
            let body = body_for(&job.params, model.map(String::as_str), job.stream)?;
            let lane = self.lane(model.map(String::as_str), &body)?;
            let own = match (per_model, model) {
                (Some(breakers), Some(model)) => Some(breakers.fallback(model)?),
                _ => None,
            };
            let route = Route {
                breaker: own.as_ref().or(config.breaker.as_ref()),
                fallback_next: index < fallbacks.len(),
            };
            let mut call = Call::new(job.request.max_retries, self.scope.deadline_at());
            match self
                .with_retries(&mut call, &body, &slot, lane.as_ref(), route)
                .await
            {
                Ok(value) => {
                    return Ok(Answered {
                        value,
                        model: model.cloned(),
                        call,
                    })
                }
                Err(failed) => last = Some(failed),
            }
        }
        Err(last.map_or(JsValue::UNDEFINED, |failed| failed.error))
    }

    /// A stream that failed mid-way with `error` goes on with `body` (its continuation) on the
    /// same call: the engine judges the failure like any other, waits, and the continuation is
    /// retried like any attempt, paced as the requested model's. Giving up returns the error
    /// that ended it.
    pub async fn resume(
        &self,
        call: &mut Call,
        error: JsValue,
        body: &JsValue,
        slot: &StreamSlot,
    ) -> Result<(), JsValue> {
        let lane = self.lane(None, body)?;
        let route = Route {
            breaker: self.client.config.breaker.as_ref(),
            fallback_next: false,
        };
        self.wait_after(call, error, lane.as_ref(), route)
            .await
            .map_err(|failed| failed.error)?;
        self.with_retries(call, body, slot, lane.as_ref(), route)
            .await
            .map(|_| ())
            .map_err(|failed| failed.error)
    }
}
