//! `Anthropic` and its `messages`: argument checks, then a `Job` for the transport.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::AbortController;

use super::config::{check_long_request, header_params, ClientConfig, RequestConfig};
use super::link::CallScope;
use super::parsed::{finished, output_format};
use super::stream::MessageStream;
use super::transport::{Client, Job, Outgoing};
use crate::host::abort;
use crate::interop::errors::type_error;
use crate::interop::object::property;

/// The official SDK's stream interfaces over the Rust stream: its event emitter, and the raw
/// `Stream` of `create({ stream: true })`.
#[wasm_bindgen(module = "/src/js/stream.js")]
extern "C" {
    #[wasm_bindgen(js_name = messageStream)]
    fn message_stream(inner: JsValue, params: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = rawStream)]
    fn raw_stream(inner: JsValue) -> JsValue;
    /// `MessageStream` and `Stream` for the package's subpaths, and the hand-over of
    /// `streamOfLines` (src/client/stream.rs) to their `fromReadableStream`.
    #[wasm_bindgen(thread_local_v2, reexport, js_name = streams)]
    pub static STREAMS: JsValue;
}

#[wasm_bindgen(module = "/src/js/errors.js")]
extern "C" {
    /// The error classes picked by a response's error code, by the SDK module that declares
    /// them: statics of `Anthropic` and of `Anthropic.Messages` (pkg-template/api.mjs).
    #[wasm_bindgen(thread_local_v2, reexport, js_name = errorCodeClasses)]
    pub static ERROR_CODE_CLASSES: JsValue;
}

#[wasm_bindgen(skip_typescript)]
pub struct Anthropic {
    client: Rc<Client>,
    messages: JsValue,
}

#[wasm_bindgen(skip_typescript)]
pub struct Messages {
    client: Rc<Client>,
}

#[wasm_bindgen]
impl Anthropic {
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Anthropic, JsValue> {
        let client = Rc::new(Client {
            config: ClientConfig::parse(&options)?,
            rate_limit: RefCell::default(),
        });
        let messages = Messages {
            client: client.clone(),
        }
        .into();
        Ok(Anthropic { client, messages })
    }

    #[wasm_bindgen(getter)]
    pub fn messages(&self) -> JsValue {
        self.messages.clone()
    }

    #[wasm_bindgen(getter, js_name = rateLimit)]
    pub fn rate_limit(&self) -> JsValue {
        self.client.rate_limit.borrow_mut().info()
    }

    #[wasm_bindgen(getter, js_name = circuitBreaker)]
    pub fn circuit_breaker(&self) -> JsValue {
        self.client.config.breaker.clone().unwrap_or(JsValue::NULL)
    }

    /// The `RetryBudget` the client's retries are paid from (null with `retryBudget: false`):
    /// the one it was given, to share, or its own.
    #[wasm_bindgen(getter, js_name = retryBudget)]
    pub fn retry_budget(&self) -> JsValue {
        self.client
            .config
            .retry_budget
            .clone()
            .unwrap_or(JsValue::NULL)
    }

    /// The breaker calls to `model` go through: a fallback model's own, the client's for a
    /// model calls asked for first; null for a model no call has used yet.
    #[wasm_bindgen(js_name = circuitBreakerFor)]
    pub fn circuit_breaker_for(&self, model: JsValue) -> Result<JsValue, JsValue> {
        let model = model
            .as_string()
            .ok_or_else(|| type_error("circuitBreakerFor(model): model must be a string"))?;
        let config = &self.client.config;
        let found = match &config.model_breakers {
            Some(breakers) => breakers.find(&model, config.breaker.as_ref()),
            // One breaker instance (or none) for every model.
            None => config.breaker.clone(),
        };
        Ok(found.unwrap_or(JsValue::NULL))
    }

    #[wasm_bindgen(getter, js_name = baseURL)]
    pub fn base_url(&self) -> String {
        self.client.config.base_url.clone()
    }

    #[wasm_bindgen(getter, js_name = maxRetries)]
    pub fn max_retries(&self) -> u32 {
        self.client.config.max_retries
    }

    #[wasm_bindgen(getter)]
    pub fn timeout(&self) -> f64 {
        self.client.config.timeout_ms
    }

    /// A getter on the prototype, never an own property: `JSON.stringify` and `Object.keys` of
    /// a client do not show the key, nor does Node's inspect (pkg-template/api.mjs).
    #[wasm_bindgen(getter, js_name = apiKey)]
    pub fn api_key(&self) -> JsValue {
        self.client
            .config
            .api_key
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from)
    }

    /// Kept out of sight as `apiKey` is.
    #[wasm_bindgen(getter, js_name = authToken)]
    pub fn auth_token(&self) -> JsValue {
        self.client
            .config
            .auth_token
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from)
    }

    #[wasm_bindgen(getter, js_name = logLevel)]
    pub fn log_level(&self) -> String {
        self.client.config.log_level.into()
    }

    #[wasm_bindgen(getter, js_name = fetchOptions)]
    pub fn fetch_options(&self) -> JsValue {
        self.client
            .config
            .fetch_options
            .clone()
            .map_or(JsValue::UNDEFINED, JsValue::from)
    }
}

/// Checks what every endpoint needs before anything is sent.
fn job(
    client: &Client,
    path: &'static str,
    params: JsValue,
    options: &JsValue,
    stream: bool,
    receipt: JsValue,
) -> Result<Job, JsValue> {
    if !params.is_object() || params.is_null() {
        return Err(type_error("params must be an object"));
    }
    if property(&params, "model").as_string().is_none() {
        return Err(type_error("params.model must be a string"));
    }
    let (params, mut headers) = header_params(&params)?;
    let mut request = RequestConfig::parse(options, &client.config)?;
    headers.append(&mut request.headers);
    request.headers = headers;
    Ok(Job {
        path,
        params,
        stream,
        request,
        receipt: receipt.is_object().then_some(receipt),
    })
}

impl Messages {
    /// Starts a streaming request at once: retries and fallback run until its first event.
    /// `receipt`: see `Job::receipt`.
    fn open_stream(
        &self,
        params: JsValue,
        options: JsValue,
        receipt: JsValue,
    ) -> Result<MessageStream, JsValue> {
        let mut job = job(
            &self.client,
            "/v1/messages",
            params,
            &options,
            true,
            receipt,
        )?;
        let controller = AbortController::new()?;
        let listener = job
            .request
            .signal
            .take()
            .and_then(|signal| abort::forward(&signal, &controller));
        job.request.signal = Some(controller.signal());
        let scope = CallScope::open(job.request.signal.as_ref(), job.request.total_timeout_ms)?;
        let outgoing = Rc::new(Outgoing {
            client: self.client.clone(),
            job: Rc::new(job),
            scope,
        });
        Ok(MessageStream::new(
            outgoing,
            Rc::default(),
            controller,
            listener,
        ))
    }

    fn post(
        &self,
        path: &'static str,
        params: JsValue,
        options: JsValue,
        receipt: JsValue,
    ) -> Promise {
        let job = match job(&self.client, path, params, &options, false, receipt) {
            Ok(job) => Rc::new(job),
            Err(error) => return Promise::reject(&error),
        };
        let client = self.client.clone();
        future_to_promise(async move {
            let scope = CallScope::open(job.request.signal.as_ref(), job.request.total_timeout_ms)?;
            let outgoing = Rc::new(Outgoing { client, job, scope });
            outgoing
                .send(Rc::default())
                .await
                .map(|answered| answered.value)
        })
    }
}

#[wasm_bindgen]
impl Messages {
    /// A message; with `stream: true`, the SDK's `Stream` of raw events once the response is
    /// in (a failure before its first event rejects, after the retries and fallback models).
    /// `receipt`: see `Job::receipt`.
    pub fn create(&self, params: JsValue, options: JsValue, receipt: JsValue) -> Promise {
        if property(&params, "stream").is_truthy() {
            let inner = match self.open_stream(params, options, receipt) {
                Ok(inner) => inner,
                Err(error) => return Promise::reject(&error),
            };
            let opened = inner.opened();
            let inner = JsValue::from(inner);
            return future_to_promise(async move {
                JsFuture::from(opened).await?;
                Ok(raw_stream(inner))
            });
        }
        if let Err(error) = check_long_request(&params, &options, &self.client.config) {
            return Promise::reject(&error);
        }
        self.post("/v1/messages", params, options, receipt)
    }

    #[wasm_bindgen(js_name = countTokens)]
    pub fn count_tokens(&self, params: JsValue, options: JsValue, receipt: JsValue) -> Promise {
        self.post("/v1/messages/count_tokens", params, options, receipt)
    }

    /// `create`, then the message with its `parsed_output`, parsed by `output_config.format`
    /// (client/parsed.rs). A Promise, as the SDK's (whose `APIPromise.then` is one).
    pub fn parse(&self, params: JsValue, options: JsValue) -> Promise {
        let format = output_format(&params);
        let created = self.create(params, options, JsValue::UNDEFINED);
        future_to_promise(async move {
            let message = JsFuture::from(created).await?;
            finished(&message, Some(&format))
        })
    }

    /// Starts the request at once and returns the SDK's `MessageStream`, which runs by itself.
    pub fn stream(&self, params: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let messages = property(&params, "messages");
        let inner = self.open_stream(params, options, JsValue::UNDEFINED)?;
        Ok(message_stream(inner.into(), &messages))
    }
}
