#!/usr/bin/env bash
# The one way the shipped modules are compiled: `cargo build --release` for wasm32 by a pinned
# nightly that rebuilds std for the module with panics aborting at once. std's panic handler
# formats its message and location, which keeps `core::fmt` in every module however few
# `format!`s the crate has; with `-Cpanic=immediate-abort` a panic is the bare trap it already
# was under `panic = "abort"` (docs/decisions.md has what it saved). Tests, lint and docs stay
# on the stable toolchain.
#
#   scripts/cargo-wasm.sh [cargo build flags…]   e.g. --no-default-features
#   scripts/cargo-wasm.sh --setup                installs the toolchain and rust-src if missing
set -euo pipefail
TOOLCHAIN=nightly-2026-05-20

if [ "${1-}" = --setup ]; then
  rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1 ||
    rustup toolchain install "$TOOLCHAIN" --profile minimal --component rust-src
  rustup component list --toolchain "$TOOLCHAIN" --installed | grep -qx rust-src ||
    rustup component add rust-src --toolchain "$TOOLCHAIN"
  exit 0
fi

RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" exec cargo "+$TOOLCHAIN" build --release --lib \
  --target wasm32-unknown-unknown -Z build-std=std,panic_abort "$@"
