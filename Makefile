# HIT Career Coach. `make run` builds and serves on http://localhost:8000;
# `make test` runs vet, the unit tests and the browser tests.
GO        ?= go
PORT      ?= 8000
BASE_PATH ?=
# -l: no inlining in go-app, fuzzy and our own packages, which makes the
# wasm 65 KB smaller with brotli (3%) at no measured cost in time; the
# standard library keeps its inlining, as without it the start-up work grew
# from 311 to 548 ms of long tasks (README, Performance).
# app/e2e/rig.go builds with the same flags (TestWasmFlagsMatchTheMakefile).
WASM_GCFLAGS = github.com/...=-l
WASM_LDFLAGS = -s -w

.PHONY: all build wasm server run test vet unit e2e bench static chromium fuzz clean

all: build

build: wasm server

# The wasm starts from data/generated.go, written from the JSON in data/.
wasm:
	$(GO) generate ./data
	GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags="$(WASM_GCFLAGS)" -ldflags="$(WASM_LDFLAGS)" -o web/app.wasm .

server:
	$(GO) build -trimpath -o bin/hitcoach .

run: build
	PORT=$(PORT) ./bin/hitcoach serve -root .

# A site for any static host, in dist/. BASE_PATH=/coach for a sub-path.
static: build
	./bin/hitcoach static -root . -out dist -base "$(BASE_PATH)"

vet:
	@test -z "$$(gofmt -l app data main.go)" || { echo "gofmt needed:"; gofmt -l app data main.go; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test: vet chromium build
	HITCOACH_ROOT=$(CURDIR) $(GO) test -count=1 -timeout 25m ./...

unit:
	$(GO) test -count=1 ./data/... $$($(GO) list ./app/... | grep -v /e2e)

e2e: chromium build
	HITCOACH_ROOT=$(CURDIR) $(GO) test -count=1 -timeout 25m -v ./app/e2e/

# The Go benchmarks of the pure packages, then one table of size, time,
# search and memory, and one of every page's takeover with Lighthouse's
# scores, beside go-app's hello world (app/e2e/bench; under 10 minutes on 2
# cores; the timeout leaves room for a machine busy with other work).
# HITCOACH_BENCH_RUNS=1 make bench for a quick look.
bench: chromium build
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./app/... ./data/... | grep -v /e2e)
	HITCOACH_ROOT=$(CURDIR) HITCOACH_BENCH=1 $(GO) test -count=1 -timeout 25m -run '^TestBench$$' -v ./app/e2e/bench/

# Short fuzzing of every decoder and the search; FUZZTIME=1m for longer.
FUZZTIME ?= 15s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Installs Chromium for the browser tests where it is missing.
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || [ -n "$$CHROME_PATH" ]; then \
	  exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Chromium is missing: installing it with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)"; \
	  echo "or point CHROME_PATH at a Chrome or Chromium binary, then run make test again."; \
	  exit 1; \
	fi

clean:
	rm -rf bin dist web/app.wasm
