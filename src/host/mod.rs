//! The JS host: the only module that reaches for JS globals (time, randomness, timers, fetch).
//! Everything above it asks here, so the rest of the crate stays testable and host-agnostic.

pub mod abort;
pub mod clock;
pub mod fetch;
pub mod random;
pub mod timer;
