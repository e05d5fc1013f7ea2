//! claude-resilience: retries with backoff, a circuit breaker and a Claude Messages API
//! client for JavaScript hosts, with every decision made in Rust.
//!
//! - [`core`] decides (backoff, classification, retry-after, breaker, SSE framing) and is
//!   fed the time and random numbers by its caller, so it runs and is tested natively.
//! - `host` is the only place that touches JS globals: timers, clock, randomness, fetch, the
//!   environment.
//! - `interop` reads JS options and values and builds JS objects, for the two layers above it.
//! - `bindings` is the exported JS API: retry, breaker, fallback, the drivers' natives.
//! - `client` is the Claude API client built on them, behind the `client` feature (on by
//!   default): without it the crate builds the smaller module of `claude-resilience/resilience`.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
#[cfg(all(target_arch = "wasm32", feature = "client"))]
pub mod client;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod interop;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
