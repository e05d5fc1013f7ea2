//! The exported JS API: option parsing, JS error objects and the JS drivers of the hot paths.

pub mod breaker;
pub mod errors;
pub mod facts;
pub mod options;
pub mod retry;
