//! The Claude Messages API client: `Anthropic`, its `messages` and `MessageStream`, built on
//! the core's decisions, the host's fetch and timers, and the bindings' error classes.

pub mod anthropic;
pub mod api_error;
pub mod breakers;
pub mod config;
pub mod link;
pub mod log;
pub mod pacing;
pub mod parsed;
pub mod rate_limit;
pub mod resume;
pub mod stream;
pub mod transport;

pub use anthropic::{Anthropic, Messages};
pub use stream::MessageStream;
