//! claude-resilience: retries with backoff, a circuit breaker and a Claude Messages API
//! client for JavaScript hosts, with every decision made in Rust.
//!
//! - [`core`] decides (backoff, classification, retry-after, breaker, SSE framing) and is
//!   fed the time and random numbers by its caller, so it runs and is tested natively.
//! - `host` is the only place that touches JS globals: timers, clock, randomness, fetch.
//! - `bindings` is the exported JS API: option parsing, JS error objects, the drivers.
//! - `client` is the Claude API client built on the three, behind the `client` feature (on by
//!   default): without it the crate builds the smaller module of `claude-resilience/resilience`.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
#[cfg(all(target_arch = "wasm32", feature = "client"))]
pub mod client;
#[cfg(target_arch = "wasm32")]
pub mod host;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
