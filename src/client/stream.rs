//! `MessageStream`: server-sent events parsed in Rust, handed out one by one to `for await`,
//! and folded into the final message as they pass.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

use js_sys::{Array, Function, JsString, Object, Promise, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, spawn_local, JsFuture};
use web_sys::{AbortController, AbortSignal, Headers, Response};

use super::api_error::{abort_error, invalid_body, request_id, stream_error};
use super::config::DEFAULT_STREAM_IDLE_TIMEOUT_MS;
use super::link::{CallScope, Expiry, Link};
use super::log::{emit, LogEvent};
use super::parsed::{finished, stream_format};
use super::resume::{continuation, Stitch};
use super::transport::{define_request_id, error_event, Outgoing, Primed, StreamSlot};
use crate::core::engine::Call;
use crate::core::partial_json::complete;
use crate::core::sse::{SseEvent, SseParser};
use crate::host::abort::AbortListener;
use crate::host::fetch::{ignore_rejection, BodyReader};
use crate::interop::errors::type_error;
use crate::interop::object::{property, set};
use crate::interop::options::number_text;

#[derive(Default)]
struct Folded {
    logger: Option<Function>,
    /// The message under construction; null until `message_start`.
    message: Option<JsValue>,
    /// `input_json_delta` fragments per content index, parsed at `content_block_stop`.
    partial_json: Vec<(u32, String)>,
    ended: bool,
    done: bool,
    failure: Option<JsValue>,
    /// The response's, kept once the first event is read: errors and `requestId` need them
    /// after the connection is gone.
    headers: Option<Headers>,
    /// Kept with the headers, for `withResponse()`.
    response: Option<Response>,
    /// The stream's own: `abort()`, `return()` and the caller's signal all end here. Dropped
    /// when the stream is over, with the listener: the abort reason it keeps was made under the
    /// stream object's own method and holds it through its stack, a cycle through wasm memory
    /// that no GC can see.
    controller: Option<AbortController>,
    /// Forwards the caller's abort to the stream's own controller until the stream is over.
    listener: Option<AbortListener>,
    /// `abort()` was called; its error is made at the next read, outside the method, so that
    /// it does not hold the stream object through its stack either.
    aborted: bool,
    /// With `resume`: how to go on after a failure. Taken while a continuation is sought.
    resumer: Option<Resumer>,
    /// Once resumed: how the continuation's events land on the message.
    stitch: Option<Stitch>,
    /// The request's output format when the final message is parsed with it (client/parsed.rs).
    format: Option<JsValue>,
}

/// The call a resumable stream came from, and its engine state.
struct Resumer {
    outgoing: Rc<Outgoing>,
    model: Option<String>,
    call: Call,
}

/// Drops the connection in `slot`. A stream handed in is cancelled too: no fetch of ours
/// is there to abort, and its source should stop producing for nobody.
fn let_go(slot: &StreamSlot) {
    if let Some(Primed {
        response: None,
        reader,
        ..
    }) = slot.take()
    {
        reader.cancel();
    }
}

impl Folded {
    /// The stream is over (ended, failed or left): the connection and the listener on the
    /// caller's signal go now, not when the stream object is collected.
    fn release(&mut self, slot: &StreamSlot) {
        self.listener = None;
        self.controller = None;
        let_go(slot);
    }

    /// Cuts the connection (`return()`, `abort()`), then releases the stream.
    fn close(&mut self, slot: &StreamSlot) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
        self.release(slot);
    }

    /// The stream failed: `error` carries what had arrived (`partialMessage`, the message
    /// folded so far), is what every later read rejects with, and the stream is released.
    fn fail(&mut self, error: JsValue, slot: &StreamSlot) -> JsValue {
        if let Some(message) = &self.message {
            set(&error, "partialMessage", message);
        }
        self.failure = Some(error.clone());
        self.release(slot);
        error
    }

    fn request_id(&self) -> Option<String> {
        self.headers.as_ref().and_then(request_id)
    }
}

#[wasm_bindgen(skip_typescript)]
pub struct MessageStream {
    folded: Rc<RefCell<Folded>>,
    slot: StreamSlot,
    /// Settles when the response is in and its first event read (retries happen before it).
    opened: Promise,
}

fn get(target: &JsValue, key: &'static str) -> JsValue {
    property(target, key)
}

/// `target[key] += addition` for string fields.
fn append(target: &JsValue, key: &'static str, addition: &JsValue) {
    let current = get(target, key).as_string().unwrap_or_default();
    let joined = JsString::from(current).concat(addition);
    set(target, key, &joined);
}

fn block_at(folded: &Folded, index: u32) -> Option<JsValue> {
    let content = get(folded.message.as_ref()?, "content");
    let block = content.dyn_ref::<Array>()?.get(index);
    block.is_object().then_some(block)
}

/// Applies one event to the message being assembled.
fn fold(folded: &mut Folded, event: &JsValue, data: &str) {
    let kind = get(event, "type").as_string().unwrap_or_default();
    let index = get(event, "index").as_f64().map_or(0, |index| index as u32);
    // A fresh parse for the parts we keep mutating, so the events users hold stay as sent.
    let fresh = |key: &'static str| JSON::parse(data).map(|copy| get(&copy, key)).ok();
    match kind.as_str() {
        "message_start" => folded.message = fresh("message").filter(JsValue::is_object),
        "content_block_start" => {
            let (Some(message), Some(block)) = (&folded.message, fresh("content_block")) else {
                return;
            };
            if let Some(content) = get(message, "content").dyn_ref::<Array>() {
                content.set(index, block);
            }
        }
        "content_block_delta" => {
            let Some(block) = block_at(folded, index) else {
                return;
            };
            let delta = get(event, "delta");
            match get(&delta, "type").as_string().unwrap_or_default().as_str() {
                "text_delta" => append(&block, "text", &get(&delta, "text")),
                "thinking_delta" => append(&block, "thinking", &get(&delta, "thinking")),
                "signature_delta" => set(&block, "signature", &get(&delta, "signature")),
                "citations_delta" => {
                    if !get(&block, "citations").is_object() {
                        set(&block, "citations", &Array::new());
                    }
                    if let Some(citations) = get(&block, "citations").dyn_ref::<Array>() {
                        citations.push(&get(&delta, "citation"));
                    }
                }
                "input_json_delta" => {
                    let fragment = get(&delta, "partial_json").as_string().unwrap_or_default();
                    match folded.partial_json.iter_mut().find(|(at, _)| *at == index) {
                        Some((_, json)) => json.push_str(&fragment),
                        None => folded.partial_json.push((index, fragment)),
                    }
                }
                _ => {}
            }
        }
        "content_block_stop" => {
            let Some(position) = folded.partial_json.iter().position(|(at, _)| *at == index) else {
                return;
            };
            let (_, json) = folded.partial_json.swap_remove(position);
            let input = match json.as_str() {
                // A tool called without input streams no JSON at all.
                "" => Ok(Object::new().into()),
                json => JSON::parse(json),
            };
            if let (Some(block), Ok(input)) = (block_at(folded, index), input) {
                set(&block, "input", &input);
            }
        }
        "message_delta" => {
            let Some(message) = &folded.message else {
                return;
            };
            let delta = get(event, "delta");
            // As the official SDK folds it: `stop_details` is set even when the delta has none.
            set(message, "stop_details", &get(&delta, "stop_details"));
            if delta.is_object() {
                Object::assign(
                    message.unchecked_ref::<Object>(),
                    delta.unchecked_ref::<Object>(),
                );
            }
            let usage = get(event, "usage");
            let target = get(message, "usage");
            if usage.is_object() && target.is_object() {
                Object::assign(
                    target.unchecked_ref::<Object>(),
                    usage.unchecked_ref::<Object>(),
                );
            }
        }
        _ => {}
    }
}

/// The event to hand out for `raw`, None for a ping, or the error it stands for.
fn accept(
    folded: &mut Folded,
    raw: SseEvent,
    headers: Option<&Headers>,
) -> Result<Option<JsValue>, JsValue> {
    match raw.event.as_str() {
        "ping" => Ok(None),
        "error" => {
            let body = JSON::parse(&raw.data).unwrap_or_else(|_| raw.data.as_str().into());
            Err(stream_error(body, headers))
        }
        _ => {
            let event =
                JSON::parse(&raw.data).map_err(|_| invalid_body(200, headers, raw.data.clone()))?;
            let event = match (&mut folded.stitch, &folded.message) {
                (Some(stitch), Some(message)) => match stitch.apply(&event, message) {
                    Some(event) => event,
                    None => return Ok(None),
                },
                _ => event,
            };
            fold(folded, &event, &raw.data);
            Ok(Some(event))
        }
    }
}

/// The next event of the stream, or None at its end. The failure that ends it is logged too:
/// it happens after the request's own events (request, response), and nothing follows it.
async fn pull(folded: &Rc<RefCell<Folded>>, slot: &StreamSlot) -> Result<Option<JsValue>, JsValue> {
    let failed_before = folded.borrow().failure.is_some();
    let result = next_event(folded, slot).await;
    if let (Err(error), false) = (&result, failed_before) {
        let logger = folded.borrow().logger.clone();
        let event = error_event("error", "error", "/v1/messages", error);
        let message = Some("the stream failed after it started".into());
        emit(logger.as_ref(), LogEvent { message, ..event });
    }
    result
}

/// What the stream has in hand at one step.
enum Step {
    Event(JsValue),
    End,
    Failed(JsValue),
    /// Nothing pending: read more from this connection.
    Read(BodyReader, AbortSignal),
}

/// The next step with the buffered events and the current connection.
fn step(state: &mut Folded, slot: &StreamSlot) -> Step {
    loop {
        let mut primed = slot.borrow_mut();
        let Some(stream) = primed.as_mut() else {
            return Step::End;
        };
        state.headers = stream.link.headers().cloned();
        state.response = stream.response.clone();
        match stream.pending.pop_front() {
            Some(raw) => match accept(state, raw, stream.link.headers()) {
                Ok(Some(event)) => return Step::Event(event),
                Ok(None) => continue,
                Err(error) => {
                    stream.reader.cancel();
                    return Step::Failed(error);
                }
            },
            None if state.ended => return Step::End,
            None => {
                // No read waits longer than the idle watchdog (or the attempt's timeout).
                let (ms, expiry) = stream.read_bound;
                stream.link.arm(ms, expiry);
                return Step::Read(stream.reader.clone(), stream.link.signal());
            }
        }
    }
}

async fn next_event(
    folded: &Rc<RefCell<Folded>>,
    slot: &StreamSlot,
) -> Result<Option<JsValue>, JsValue> {
    loop {
        let step = {
            let mut state = folded.borrow_mut();
            if let Some(failure) = &state.failure {
                return Err(failure.clone());
            }
            if state.aborted {
                let error = abort_error(state.headers.as_ref());
                state.close(slot);
                return Err(state.fail(error, slot));
            }
            if state.done {
                return Ok(None);
            }
            step(&mut state, slot)
        };
        let error = match step {
            Step::Event(event) => return Ok(Some(event)),
            Step::End => {
                let mut state = folded.borrow_mut();
                state.done = true;
                state.release(slot);
                return Ok(None);
            }
            Step::Failed(error) => error,
            Step::Read(reader, signal) => {
                let chunk = reader.next(&signal).await;
                let mut state = folded.borrow_mut();
                let mut primed = slot.borrow_mut();
                let Some(stream) = primed.as_mut() else {
                    continue;
                };
                stream.link.disarm();
                match chunk {
                    Ok(Some(bytes)) => {
                        stream.pending.extend(stream.parser.push(&bytes));
                        continue;
                    }
                    Ok(None) => {
                        let rest = stream.parser.finish();
                        stream.pending.extend(rest);
                        state.ended = true;
                        continue;
                    }
                    Err(error) => stream.link.failure(error),
                }
            }
        };
        let_go(slot);
        if let Err(error) = resume(folded, slot, error).await {
            return Err(folded.borrow_mut().fail(error, slot));
        }
    }
}

/// Goes on after `error` with a continuation on a new connection in `slot`, when the stream
/// may resume and the engine allows another attempt; else the error the stream fails with
/// (`error` itself, or the continuation's when that failed).
async fn resume(
    folded: &Rc<RefCell<Folded>>,
    slot: &StreamSlot,
    error: JsValue,
) -> Result<(), JsValue> {
    let planned = {
        let mut state = folded.borrow_mut();
        let (Some(message), Some(resumer)) = (state.message.clone(), state.resumer.take()) else {
            return Err(error);
        };
        let outgoing = &resumer.outgoing;
        match continuation(&outgoing.job.params, resumer.model.as_deref(), &message) {
            Ok(Some((body, stitch))) => Some((resumer, body, stitch, message)),
            _ => None,
        }
    };
    let Some((mut resumer, body, stitch, message)) = planned else {
        return Err(error);
    };
    let logger = folded.borrow().logger.clone();
    let had = text_of(&message).chars().count();
    let event = error_event("warn", "resume", "/v1/messages", &error);
    let message = Some(
        [
            "the stream failed after ",
            &number_text(had as f64),
            " characters of text; resuming from there",
        ]
        .concat(),
    );
    emit(logger.as_ref(), LogEvent { message, ..event });
    let outgoing = resumer.outgoing.clone();
    outgoing
        .resume(&mut resumer.call, error, &body, slot)
        .await?;
    let mut state = folded.borrow_mut();
    state.stitch = Some(stitch);
    state.ended = false;
    state.resumer = Some(resumer);
    Ok(())
}

/// The text blocks of `message`, joined.
fn text_of(message: &JsValue) -> String {
    get(message, "content")
        .dyn_ref::<Array>()
        .map(|blocks| {
            blocks
                .iter()
                .filter(|block| get(block, "type").as_string().as_deref() == Some("text"))
                .filter_map(|block| get(&block, "text").as_string())
                .collect::<String>()
        })
        .unwrap_or_default()
}

fn iterator_result(value: JsValue, done: bool) -> JsValue {
    let result = Object::new();
    set(&result, "value", &value);
    set(&result, "done", &done.into());
    result.into()
}

impl MessageStream {
    /// A stream over the connection that `outgoing` opens in `slot`; `controller` is the
    /// stream's own, `listener` forwards the caller's abort to it until the stream is over.
    pub fn new(
        outgoing: Rc<Outgoing>,
        slot: StreamSlot,
        controller: AbortController,
        listener: Option<AbortListener>,
    ) -> MessageStream {
        let folded = Rc::new(RefCell::new(Folded {
            logger: outgoing.client.config.logger.clone(),
            format: stream_format(&outgoing.job.params),
            controller: Some(controller),
            listener,
            ..Folded::default()
        }));
        let (state, primed) = (folded.clone(), slot.clone());
        let opened = future_to_promise(async move {
            let resumable = outgoing.job.request.resume;
            match outgoing.clone().send(primed.clone()).await {
                Ok(answered) => {
                    if resumable {
                        state.borrow_mut().resumer = Some(Resumer {
                            outgoing,
                            model: answered.model,
                            call: answered.call,
                        });
                    }
                    Ok(answered.value)
                }
                Err(error) => {
                    state.borrow_mut().release(&primed);
                    Err(error)
                }
            }
        });
        // Nobody may ever iterate; the failure then reaches whoever does, not the host's log.
        ignore_rejection(&opened);
        MessageStream {
            folded,
            slot,
            opened,
        }
    }

    /// A stream over the newline-delimited JSON events of another stream's
    /// `toReadableStream()` (a server passing a stream on to a page, say), read and folded as
    /// one from the API, each read bounded by the default idle watchdog. It has no response:
    /// nothing to retry or resume, no request id. `readable` is anything with a
    /// `getReader()` (a `ReadableStream` of bytes or of text); what that throws (a locked
    /// stream) is thrown.
    pub fn of_lines(readable: &JsValue) -> Result<MessageStream, JsValue> {
        let get_reader = property(readable, "getReader");
        let Some(get_reader) = get_reader.dyn_ref::<Function>() else {
            return Err(type_error(
                "fromReadableStream(stream): stream must be a ReadableStream",
            ));
        };
        let reader = BodyReader::of(get_reader.call0(readable)?);
        let controller = AbortController::new()?;
        let scope = CallScope::open(Some(&controller.signal()), None)?;
        let idle = DEFAULT_STREAM_IDLE_TIMEOUT_MS;
        // Armed by each read, as a stream from the API is once its first event is in.
        let mut link = Link::open(&scope, idle)?;
        link.disarm();
        let primed = Primed {
            response: None,
            reader,
            parser: SseParser::json_lines(),
            pending: VecDeque::new(),
            link,
            read_bound: (idle, Expiry::Idle(idle)),
        };
        Ok(MessageStream {
            folded: Rc::new(RefCell::new(Folded {
                controller: Some(controller),
                ..Folded::default()
            })),
            slot: Rc::new(RefCell::new(Some(primed))),
            opened: Promise::resolve(&JsValue::UNDEFINED),
        })
    }

    /// Cuts the connection from a task of its own, not inside `abort()` / `return()`: the
    /// host's abort error made as it goes keeps every frame of its stack, which there would be
    /// the caller's objects (the stream, the `for await`), held for as long as the host keeps
    /// the error (Node keeps an aborted body's until it is cleaned up, not when collected).
    fn close_soon(&self) {
        let (folded, slot) = (self.folded.clone(), self.slot.clone());
        spawn_local(async move { folded.borrow_mut().close(&slot) });
    }

    fn drain(&self) -> impl Future<Output = Result<JsValue, JsValue>> {
        let (folded, slot, opened) = (self.folded.clone(), self.slot.clone(), self.opened.clone());
        async move {
            JsFuture::from(opened).await?;
            while pull(&folded, &slot).await?.is_some() {}
            let state = folded.borrow();
            let message = state.message.clone().ok_or_else(|| {
                invalid_body(
                    200,
                    state.headers.as_ref(),
                    "the stream ended before message_start".into(),
                )
            })?;
            define_request_id(&message, state.request_id().as_deref());
            Ok(message)
        }
    }
}

#[wasm_bindgen]
impl MessageStream {
    /// The async-iterator protocol; `[Symbol.asyncIterator]` returns the stream itself.
    pub fn next(&self) -> Promise {
        let (folded, slot, opened) = (self.folded.clone(), self.slot.clone(), self.opened.clone());
        future_to_promise(async move {
            JsFuture::from(opened).await?;
            Ok(match pull(&folded, &slot).await? {
                Some(event) => iterator_result(event, false),
                None => iterator_result(JsValue::UNDEFINED, true),
            })
        })
    }

    /// Leaving a `for await` early: the connection is closed, the stream is done.
    #[wasm_bindgen(js_name = return)]
    pub fn finish(&self) -> Promise {
        self.folded.borrow_mut().done = true;
        self.close_soon();
        Promise::resolve(&iterator_result(JsValue::UNDEFINED, true))
    }

    #[wasm_bindgen(js_name = finalMessage)]
    pub fn final_message(&self) -> Promise {
        future_to_promise(self.drain())
    }

    #[wasm_bindgen(js_name = finalText)]
    pub fn final_text(&self) -> Promise {
        let drained = self.drain();
        future_to_promise(async move {
            let message = drained.await?;
            Ok(text_of(&message).into())
        })
    }

    /// Ends the stream: what is read next rejects with an `APIUserAbortError`.
    pub fn abort(&self) {
        let mut state = self.folded.borrow_mut();
        state.aborted = state.failure.is_none() && !state.done;
        drop(state);
        self.close_soon();
    }

    /// The `request-id` of the response; null before it arrives (or when it had none).
    #[wasm_bindgen(getter, js_name = requestId)]
    pub fn request_id(&self) -> JsValue {
        let known = self.folded.borrow().request_id();
        known
            .or_else(|| {
                let primed = self.slot.borrow();
                primed.as_ref()?.link.headers().and_then(request_id)
            })
            .map_or(JsValue::NULL, JsValue::from)
    }

    /// The message folded so far, one object mutated in place as events arrive: the snapshot
    /// the event layer (src/js/stream.js) hands out. Undefined before `message_start`.
    #[wasm_bindgen(getter)]
    pub fn message(&self) -> JsValue {
        self.folded.borrow().message.clone().unwrap_or_default()
    }

    /// Settles when the response is in and its first event read: retries and fallback models
    /// are behind it then, and a failure before it rejects it.
    #[wasm_bindgen(getter)]
    pub fn opened(&self) -> Promise {
        self.opened.clone()
    }

    /// The response being read (the continuation's once resumed); null before it arrives.
    #[wasm_bindgen(getter)]
    pub fn response(&self) -> JsValue {
        let kept = self.folded.borrow().response.clone();
        kept.or_else(|| self.slot.borrow().as_ref()?.response.clone())
            .map_or(JsValue::NULL, JsValue::from)
    }

    /// `message` as the SDK hands out a finished one: a copy with `parsed_output`, parsed when
    /// the request's output format brings its own `parse`; what parsing throws fails the stream.
    pub fn finished(&self, message: JsValue) -> Result<JsValue, JsValue> {
        let format = self.folded.borrow().format.clone();
        finished(&message, format.as_ref())
    }

    /// The input of the tool-use block at `index` as far as its JSON has arrived, set on the
    /// block; undefined when that is not JSON. Asked for when read (src/js/stream.js): parsing
    /// it at every delta would cost the square of its length.
    #[wasm_bindgen(js_name = inputSnapshot)]
    pub fn input_snapshot(&self, index: u32) -> JsValue {
        let state = self.folded.borrow();
        let (Some(block), Some((_, json))) = (
            block_at(&state, index),
            state.partial_json.iter().find(|(at, _)| *at == index),
        ) else {
            return JsValue::UNDEFINED;
        };
        let parsed = match complete(json) {
            Some(text) if text.is_empty() => Ok(Object::new().into()),
            Some(text) => JSON::parse(&text),
            None => JSON::parse(json),
        };
        let input = parsed.unwrap_or_default();
        set(&block, "input", &input);
        input
    }
}

/// `MessageStream.fromReadableStream` and `Stream.fromReadableStream` (src/js/stream.js): the
/// Rust stream over a `ReadableStream` of newline-delimited JSON events.
#[wasm_bindgen(js_name = streamOfLines, skip_typescript)]
pub fn stream_of_lines(readable: JsValue) -> Result<MessageStream, JsValue> {
    MessageStream::of_lines(&readable)
}
