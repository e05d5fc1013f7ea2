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

.PHONY: help setup pkg test lint test-native test-wasm test-js demo bench soak example clean

help:
	@echo "make demo   build everything and serve the demo (mock Claude API, or the real one with ANTHROPIC_API_KEY)"
	@echo "make test   every test: lint, native, wasm (Node and Chromium), the package in Node and Chromium, the drop-in programs"
	@echo "make pkg    assemble the npm package in pkg/"
	@echo "make bench  benchmarks against the official SDK and the usual retry/breaker libraries"
	@echo "make soak   the chaos soak: minutes of calls under faults, fuzzing, memory and exit figures (SEED=N)"

## Installs only what is missing, so it is cheap to run before every target.
setup:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	@scripts/cargo-wasm.sh --setup
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ "$$(wasm-pack --version 2>/dev/null)" = "wasm-pack $(WASM_PACK_VERSION)" ] || \
	  cargo install wasm-pack --version $(WASM_PACK_VERSION)
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || \
	  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

## The npm package: per runtime, one bundled, minified ES module of the whole package
## (wasm-bindgen's web glue, the JS snippets, pkg-template/api.mjs) beside its optimised .wasm,
## and the same for `claude-resilience/resilience`, the package without the client, over a
## module built without the `client` feature; both entries import one `errors.mjs`, so an error
## is an instance of the same class whichever entry a user imports (scripts/bundle.mjs). Each
## module is compiled by scripts/cargo-wasm.sh (a pinned nightly, std rebuilt with panics that
## abort at once, so no formatting machinery is left in it) and optimised with its import and
## export names shortened, in its glue too (scripts/optimise.mjs). The glue is staged in
## target/pkg-stage, never shipped on its own.
## The subpaths of the official SDK's messages surface are small hand-kept files re-exporting
## the root's (`core-error.*`: the error classes, from `errors.mjs`, no module to instantiate;
## `resources-messages.*`, `core-api-promise.*`, `lib-message-stream.*`, `core-streaming.*`: the
## `Messages`, `APIPromise`, `MessageStream` and `Stream` classes, from the runtime's entry),
## and `helpers-json-schema.*` / `helpers-zod.*`, `jsonSchemaOutputFormat` / `zodOutputFormat` in
## plain JS over `errors.mjs` and the schema rewrite they share, `transform-json-schema.mjs` (zod is
## the app's, an optional peer dependency).
## The testing kit (pkg-template/testing/, no wasm) is bundled once per runtime, unminified:
## users read its frames in their own test failures.
WASM_OUT := target/$(TARGET)/release/claude_resilience.wasm
pkg: setup
	rm -rf pkg target/pkg-stage && mkdir -p pkg target/pkg-stage
	scripts/cargo-wasm.sh --no-default-features
	wasm-bindgen --target web --no-typescript --out-dir target/pkg-stage/resilience-wasm $(WASM_OUT)
	scripts/cargo-wasm.sh
	wasm-bindgen --target web --no-typescript --out-dir target/pkg-stage/wasm $(WASM_OUT)
	cp -r pkg-template/. target/pkg-stage/
	node scripts/optimise.mjs target/pkg-stage/wasm pkg/claude_resilience_bg.wasm $(WASM_FEATURES)
	node scripts/optimise.mjs target/pkg-stage/resilience-wasm pkg/resilience_bg.wasm $(WASM_FEATURES)
	@version=$$(node -p "require('./pkg-template/package.json').version"); \
	  grep -qx "version = \"$$version\"" Cargo.toml || \
	  { echo "pkg-template/package.json version $$version differs from Cargo.toml"; exit 1; }; \
	  sed -i "s/@VERSION@/$$version/" target/pkg-stage/api.mjs
	@names=$$(node --input-type=module -e \
	  "console.log(Object.keys((await import('./src/js/errors.js')).errorClasses).join(', '))"); \
	  sed -i "s|/\* @ERROR_NAMES@ \*/|$$names|" target/pkg-stage/api.mjs target/pkg-stage/core-error.mjs \
	    target/pkg-stage/core-error.d.ts
	@names=$$(node --input-type=module -e \
	  "console.log(Object.keys((await import('./src/js/errors.js')).errorCodeClasses.messages).join(', '))"); \
	  sed -i "s|/\* @MESSAGES_ERROR_NAMES@ \*/|$$names|" target/pkg-stage/resources-messages.node.mjs \
	    target/pkg-stage/resources-messages.browser.mjs
	node scripts/bundle.mjs target/pkg-stage pkg
	esbuild pkg-template/testing/node.mjs --bundle --format=esm --platform=node --keep-names \
	  --log-level=warning --outfile=pkg/testing.mjs
	esbuild pkg-template/testing/browser.mjs --bundle --format=esm --platform=browser --keep-names \
	  --log-level=warning --outfile=pkg/testing-browser.mjs
	cp pkg-template/package.json pkg-template/README.md pkg-template/index.cjs pkg-template/resilience.cjs \
	  pkg-template/index.d.ts pkg-template/messages.d.ts pkg-template/testing.d.ts pkg/
	@# A .d.cts importing a .d.ts of this ESM package is an error: the CommonJS types import theirs.
	sed "s|'./messages.js'|'./messages.cjs'|" pkg/index.d.ts > pkg/index.d.cts
	sed "s|'./messages.js'|'./messages.cjs'|" pkg/messages.d.ts > pkg/messages.d.cts
	cp pkg/testing.d.ts pkg/testing.d.cts
	sed "s|'./index.js'|'./index.cjs'|" pkg/resilience.d.ts > pkg/resilience.d.cts
	cp target/pkg-stage/core-error.* target/pkg-stage/resources-messages.* target/pkg-stage/core-api-promise.* \
	  target/pkg-stage/lib-message-stream.* target/pkg-stage/core-streaming.* target/pkg-stage/helpers-json-schema.* \
	  target/pkg-stage/helpers-zod.* target/pkg-stage/transform-json-schema.mjs pkg/
	for subpath in core-error resources-messages core-api-promise lib-message-stream core-streaming helpers-json-schema helpers-zod; do \
	  sed "s|'./index.js'|'./index.cjs'|" pkg/$$subpath.d.ts > pkg/$$subpath.d.cts; done
	@node tests/package/size.mjs

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(TARGET) -- -D warnings
	cargo clippy --lib --target $(TARGET) --no-default-features -- -D warnings
	tsc -p types/tsconfig.json
	@# checkJs is off so that the entries may import files not yet checked: each listed file
	@# opts in with `// @ts-check`, and one that lost it would pass unchecked.
	@tsc -p types/tsconfig.json --showConfig | node -e "const { files } = JSON.parse(require('fs').readFileSync(0, 'utf8')); \
	  const unchecked = files.filter((f) => !require('fs').readFileSync('types/' + f, 'utf8').startsWith('// @ts-check')); \
	  if (unchecked.length) { console.error('no // @ts-check at the top of: ' + unchecked.join(', ')); process.exit(1); }"

test-native:
	cargo test

test-wasm: setup
	wasm-pack test --mode no-install --node
	@# Without WASM_BINDGEN_USE_BROWSER the runner treats these suites as Node-only and skips them.
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=$(CHROMEDRIVER) wasm-pack test --mode no-install --headless --chrome

test-js: pkg
	tsc -p examples/tsconfig.json
	node --test tests/mock/ tests/package/ tests/types/ tests/browser/ tests/vite/ tests/e2e/ tests/soak/ tests/dropin/
	node bench/run.mjs --smoke

test: setup lint test-native test-wasm test-js

## Benchmarks (bench/README.md): prints the tables and writes bench/results.json. Not part of
## `make test`, which runs only a smoke pass of it with tiny counts.
bench: pkg
	node bench/run.mjs

## The chaos soak (README.md, "Chaos soak"): many concurrent calls under a seeded fault mix,
## fuzzing of options and response bytes, memory after GC, the exit lag; prints the figures and
## fails when a bound does. `make test` runs its short form (tests/soak/soak.test.mjs).
soak: pkg
	node tests/soak/run.mjs --seed=$${SEED:-1}

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
