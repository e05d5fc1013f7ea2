# claude-resilience — every entry point. `make demo` and `make test` install what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
TARGET := wasm32-unknown-unknown
WASM_BINDGEN_VERSION := 0.2.130
WASM_PACK_VERSION := 0.15.1
CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-mutable-globals --enable-multivalue

.PHONY: help setup pkg test lint test-native test-wasm test-js demo bench example clean

help:
	@echo "make demo   build everything and serve the demo (mock Claude API, or the real one with ANTHROPIC_API_KEY)"
	@echo "make test   every test: lint, native, wasm (Node and Chromium), the package in Node and Chromium, the drop-in programs"
	@echo "make pkg    assemble the npm package in pkg/"
	@echo "make bench  benchmarks against the official SDK and the usual retry/breaker libraries"

## Installs only what is missing, so it is cheap to run before every target.
setup:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ "$$(wasm-pack --version 2>/dev/null)" = "wasm-pack $(WASM_PACK_VERSION)" ] || \
	  cargo install wasm-pack --version $(WASM_PACK_VERSION)
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || \
	  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

## The npm package: one bundled, minified ES module per runtime (wasm-bindgen's web glue, the
## JS snippets and the public surface of pkg-template/api.mjs), the optimised .wasm beside
## them, and the hand-kept package.json, entries and declarations. The glue is staged in
## target/pkg-stage, never shipped on its own.
pkg: setup
	cargo build --release --target $(TARGET)
	rm -rf pkg target/pkg-stage && mkdir -p pkg target/pkg-stage
	cp pkg-template/* target/pkg-stage/
	wasm-bindgen --target web --no-typescript --out-dir target/pkg-stage/wasm \
	  target/$(TARGET)/release/claude_resilience.wasm
	wasm-opt -Oz $(WASM_FEATURES) target/pkg-stage/wasm/claude_resilience_bg.wasm \
	  -o pkg/claude_resilience_bg.wasm
	@version=$$(node -p "require('./pkg-template/package.json').version"); \
	  grep -qx "version = \"$$version\"" Cargo.toml || \
	  { echo "pkg-template/package.json version $$version differs from Cargo.toml"; exit 1; }; \
	  sed -i "s/@VERSION@/$$version/" target/pkg-stage/api.mjs
	@names=$$(node --input-type=module -e \
	  "console.log(Object.keys((await import('./src/js/errors.js')).errorClasses).join(', '))"); \
	  sed -i "s|/\* @ERROR_NAMES@ \*/|$$names|" target/pkg-stage/api.mjs
	@# One file per runtime loads faster (a cold import is mostly module loading) and ships
	@# smaller; class and function names are kept (`APIError.name`). The glue imports the
	@# drivers twice under two names; esbuild flags that harmless duplicate key.
	for entry in node browser; do \
	  esbuild target/pkg-stage/$$entry.mjs --bundle --format=esm --minify --keep-names \
	    --external:node:fs --log-level=warning --log-override:duplicate-object-key=silent \
	    --outfile=pkg/$$entry.mjs; \
	done
	cp pkg-template/package.json pkg-template/README.md pkg-template/index.cjs pkg-template/index.d.ts pkg/
	cp pkg/index.d.ts pkg/index.d.cts
	@node tests/package/size.mjs

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(TARGET) -- -D warnings

test-native:
	cargo test

test-wasm: setup
	wasm-pack test --mode no-install --node
	@# Without WASM_BINDGEN_USE_BROWSER the runner treats these suites as Node-only and skips them.
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=$(CHROMEDRIVER) wasm-pack test --mode no-install --headless --chrome

test-js: pkg
	tsc -p examples/tsconfig.json
	node --test tests/mock/ tests/package/ tests/types/ tests/browser/ tests/vite/ tests/e2e/ tests/dropin/
	node bench/run.mjs --smoke

test: setup lint test-native test-wasm test-js

## Benchmarks (bench/README.md): prints the tables and writes bench/results.json. Not part of
## `make test`, which runs only a smoke pass of it with tiny counts.
bench: pkg
	node bench/run.mjs

## The demo: one local server for the page, the package and the mock API (or, with
## ANTHROPIC_API_KEY, a proxy to the real API that adds the key). It prints the URL; PORT=N
## picks the port.
demo: pkg
	node www/server.mjs

## The guide's TypeScript section (examples/guide.ts), type-checked, compiled and run against
## the mock API on an ephemeral port; `claude-resilience` resolves to pkg/ as from node_modules.
example: pkg
	tsc -p examples/tsconfig.json
	rm -rf target/examples && mkdir -p target/examples/node_modules
	ln -s ../../../pkg target/examples/node_modules/claude-resilience
	esbuild examples/guide.ts --format=esm --platform=node --target=node20 --log-level=warning \
	  --outfile=target/examples/guide.mjs
	@node tests/mock/server.mjs --port 0 > target/examples/mock.log & mock=$$!; \
	  trap 'kill $$mock 2>/dev/null' EXIT; \
	  for _ in $$(seq 100); do url=$$(grep -o 'http://[0-9.:]*' target/examples/mock.log || true); \
	    [ -n "$$url" ] && break; sleep 0.1; done; \
	  [ -n "$$url" ] || { echo "the mock API did not start"; exit 1; }; \
	  env -u ANTHROPIC_API_KEY ANTHROPIC_BASE_URL=$$url node target/examples/guide.mjs

clean:
	rm -rf pkg target node_modules
