//! The client's side of pacing (core/pacing.rs decides): the `pace` and `estimateInputTokens`
//! options, each response's windows, and the wait before an attempt — on the host's timer,
//! ended by the call's signal at once, bounded by the engine like every other wait.

use std::cell::RefCell;

use js_sys::{Function, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{AbortSignal, Headers};

use crate::core::engine::{Call, Stop};
use crate::core::pacing::{Admission, Pacing, Report, Sent};
use crate::host::clock;
use crate::host::timer;
use crate::interop::errors::{make_error, type_error};
use crate::interop::options::{number_text, Options};

pub struct Pace {
    lanes: RefCell<Pacing>,
    /// The user's `estimateInputTokens(params)`, else characters ÷ 4 of the body.
    estimate: Option<Function>,
}

/// One model's requests within a call: whose windows they count against, and how many input
/// tokens each is taken to send.
pub struct Lane {
    pub model: String,
    /// The windows' key: the model's for messages; token counting has limits of its own, so
    /// its requests are paced apart from the same model's messages.
    key: String,
    pub tokens: f64,
}

/// Why a call did not get its turn.
pub enum Refused {
    /// The engine's answer to a wait the call cannot take, and that wait in ms.
    Stopped(Stop, f64),
    /// The call's signal aborted during the wait.
    Aborted,
}

/// Gives up a place in the queue however the wait ends, a dropped call included: a place
/// left behind would hold every later call back.
struct Place<'a> {
    pace: &'a Pace,
    key: &'a str,
    ticket: Option<u64>,
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        if let (Some(ticket), Ok(mut lanes)) = (self.ticket, self.pace.lanes.try_borrow_mut()) {
            lanes.lane(self.key).leave(ticket);
        }
    }
}

/// The path whose windows are the model's own.
const MESSAGES: &str = "/v1/messages";

/// The headers of the two windows a request's size decides, by kind: requests, input tokens.
const WINDOWS: [[&str; 3]; 2] = [
    [
        "anthropic-ratelimit-requests-limit",
        "anthropic-ratelimit-requests-remaining",
        "anthropic-ratelimit-requests-reset",
    ],
    [
        "anthropic-ratelimit-input-tokens-limit",
        "anthropic-ratelimit-input-tokens-remaining",
        "anthropic-ratelimit-input-tokens-reset",
    ],
];

fn window(headers: &Headers, [limit, remaining, reset]: [&str; 3]) -> Option<Report> {
    let get = |name: &str| headers.get(name).ok().flatten();
    // The remaining count first: without it the window is not paced, whatever else came.
    let remaining = get(remaining)?;
    Report::parse(
        get(limit).as_deref(),
        Some(&remaining),
        get(reset).as_deref(),
    )
}

impl Pace {
    /// `pace` (default true: on) and `estimateInputTokens`, checked whichever `pace` says.
    pub fn parse(options: &Options) -> Result<Option<Pace>, JsValue> {
        let estimate = options.get("estimateInputTokens").function()?;
        let on = options.get("pace").boolean(true)?;
        Ok(on.then(|| Pace {
            lanes: RefCell::default(),
            estimate,
        }))
    }

    /// The lane of `model` for a call of `params` sending `body` to `path`. What the user's
    /// estimate throws rejects the call.
    pub fn lane(
        &self,
        path: &str,
        params: &JsValue,
        model: String,
        body: &JsValue,
    ) -> Result<Lane, JsValue> {
        let tokens = match &self.estimate {
            Some(estimate) => {
                let tokens = estimate.call1(&JsValue::UNDEFINED, params)?;
                tokens
                    .as_f64()
                    .filter(|tokens| tokens.is_finite() && *tokens >= 0.0)
                    .ok_or_else(|| {
                        type_error("estimateInputTokens must return a finite number >= 0")
                    })?
            }
            None => {
                let length = body.dyn_ref::<JsString>().map_or(0, JsString::length);
                (f64::from(length) / 4.0).ceil()
            }
        };
        let key = if path == MESSAGES {
            model.clone()
        } else {
            [path, " ", &model].concat()
        };
        Ok(Lane { model, key, tokens })
    }

    /// Takes in the windows the response to `sent` reported: requests and input tokens, the
    /// two a request's size decides; a window missing or malformed is not paced.
    pub fn observe(&self, lane: &Lane, sent: Sent, headers: &Headers, now: f64) {
        let [requests, input_tokens] = WINDOWS.map(|names| window(headers, names));
        self.lanes
            .borrow_mut()
            .lane(&lane.key)
            .observe(requests, input_tokens, sent, now);
    }

    /// The request `sent` was never sent: its share of the window comes back.
    pub fn unsend(&self, lane: &Lane, sent: Sent) {
        self.lanes
            .borrow_mut()
            .lane(&lane.key)
            .unsend(sent, lane.tokens);
    }

    /// The API refused a call of `lane` until `until`: the model's other calls wait too.
    pub fn hold(&self, lane: &Lane, until: f64) {
        self.lanes.borrow_mut().lane(&lane.key).hold(until);
    }

    /// Waits for `lane`'s turn, each wait on the host's timer and ended by `signal`, and
    /// returns the request's place in what was sent. A wait the engine refuses (past
    /// `max_delay` or the call's deadline) ends it at once; `waiting` hears each wait.
    pub async fn turn(
        &self,
        lane: &Lane,
        call: &Call,
        max_delay: f64,
        signal: &AbortSignal,
        mut waiting: impl FnMut(f64),
    ) -> Result<Sent, Refused> {
        let mut place = Place {
            pace: self,
            key: &lane.key,
            ticket: None,
        };
        let mut since = None;
        loop {
            let now = clock::now();
            let admission =
                self.lanes
                    .borrow_mut()
                    .lane(&lane.key)
                    .admit(place.ticket, lane.tokens, now);
            let (ticket, until) = match admission {
                Admission::Go(sent) => {
                    place.ticket = None;
                    return Ok(sent);
                }
                Admission::Wait { ticket, until } => (ticket, until),
            };
            place.ticket = Some(ticket);
            let began = *since.get_or_insert(now);
            call.pace(began, until, max_delay, now)
                .map_err(|stop| Refused::Stopped(stop, until - now))?;
            waiting(until - now);
            timer::sleep(until - now, Some(signal))
                .await
                .map_err(|_| Refused::Aborted)?;
        }
    }
}

/// The error of a call refused its turn before its first attempt: a `RateLimitError` that
/// says so (no request was sent, so there is no status from the API), and how long the
/// window said to wait.
pub fn refusal(lane: &Lane, stop: Stop, wait_ms: f64) -> JsValue {
    let why = match stop {
        Stop::Deadline => "past the call's deadline (totalTimeout)",
        _ => "longer than maxDelay",
    };
    let message = [
        "Not sent: the rate-limit window of model ",
        &lane.model,
        " has no room for ",
        &number_text(wait_ms.ceil()),
        " ms, ",
        why,
        ".",
    ]
    .concat();
    let init = Object::new();
    let _ = Reflect::set(&init, &"type".into(), &"rate_limit_error".into());
    let _ = Reflect::set(&init, &"retryAfterMs".into(), &wait_ms.ceil().into());
    make_error("RateLimitError", &message, &init)
}
