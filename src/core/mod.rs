//! The decision logic, free of JS: when to retry and how long to wait, when the
//! circuit opens, what an error stands for, how an event stream is framed.
//!
//! Nothing here reads a clock or a random source: the caller passes `now` (ms since
//! the Unix epoch, as `Date.now()`) and `unit` (uniform in [0, 1)), so every decision
//! is reproducible in native tests. Every function is total: no input makes it panic,
//! since a panic traps the whole wasm instance.

pub mod backoff;
pub mod breaker;
pub mod budget;
pub mod classify;
pub mod engine;
pub mod long_request;
pub mod pacing;
pub mod partial_json;
pub mod retry_after;
pub mod sse;
