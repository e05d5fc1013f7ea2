//! Between the host and the exports: reading JS options and values (each option named once),
//! building JS objects, the records Rust hands to JS, the facts of a thrown value, and Rust's
//! handles on the JS error classes. `bindings` and `client` read and build JS values through here.

pub mod errors;
pub mod facts;
pub mod object;
pub mod options;
pub mod records;
