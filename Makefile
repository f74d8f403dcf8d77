# HIT Career Coach. `make run` builds and serves on http://localhost:8000;
# `make test` runs vet, the unit tests and the browser tests.
GO        ?= go
PORT      ?= 8000
# ADDR=:8000 serves other devices on the network too (hitcoach serve -addr).
ADDR      ?=
# PACK=local.json serves a counselor's pack as the site's /local.json.
PACK      ?=
BASE_PATH ?=
# The packages with no go-app import: tested natively, with the race detector.
PURE_PKGS = ./data/... ./app/search/ ./app/quiz/ ./app/salary/ ./app/store/ ./app/server/
# Staticcheck 2026.2.2, which knows Go 1.26. Installed into bin/ from the
# module proxy rather than run with `go run`, since under GOOS=js a `go run`
# would build staticcheck itself for the browser.
STATICCHECK_VERSION = v0.8.2
STATICCHECK = bin/staticcheck-$(STATICCHECK_VERSION)
# -l: no inlining in go-app, fuzzy and our own packages, which makes the
# wasm 65 KB smaller with brotli (3%) at no measured cost in time; the
# standard library keeps its inlining, as without it the start-up work grew
# from 311 to 548 ms of long tasks (app/e2e/bench/README.md).
# app/e2e/rig.go builds with the same flags (TestWasmFlagsMatchTheMakefile).
WASM_GCFLAGS = github.com/...=-l
WASM_LDFLAGS = -s -w

.PHONY: all build wasm server run test vet unit e2e bench bench-takeover bench-size static chromium fuzz clean

all: build

build: wasm server

# The wasm starts from data/generated.go, written from the JSON in data/.
wasm:
	$(GO) generate ./data
	GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags="$(WASM_GCFLAGS)" -ldflags="$(WASM_LDFLAGS)" -o web/app.wasm .

server:
	$(GO) build -trimpath -o bin/hitcoach .

run: build
	PORT=$(PORT) ./bin/hitcoach serve -root . $(if $(ADDR),-addr $(ADDR)) $(if $(PACK),-pack $(PACK))

# A site for any static host, in dist/. BASE_PATH=/coach for a sub-path.
static: build
	./bin/hitcoach static -root . -out dist -base "$(BASE_PATH)"

# gofmt, go vet and staticcheck, each for the server and for the wasm.
vet: $(STATICCHECK)
	@test -z "$$(gofmt -l app data main.go)" || { echo "gofmt needed:"; gofmt -l app data main.go; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./...

$(STATICCHECK):
	GOBIN=$(CURDIR)/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv bin/staticcheck $@

# Three browser-test packages at a time on two cores: part of their time is
# spent waiting on the browser (service workers installing, pages loading).
test: vet chromium browsers build unit
	HITCOACH_ROOT=$(CURDIR) $(GO) test -count=1 -p 3 -timeout 25m ./app/e2e/...

# The pure packages with the race detector, then the other packages but the
# browser tests (the components, with go-app's test engine). The server's
# tests run with the detector only where requests share state (its caches):
# its static-site builds only compress and write files, and the detector
# makes them five times slower.
RACE_PKGS = $(filter-out ./app/server/,$(PURE_PKGS))
unit:
	$(GO) test -count=1 -race $(RACE_PKGS)
	$(GO) test -count=1 -race -run 'Compress|Kept' ./app/server/
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /app/e2e | grep -vxF "$$($(GO) list $(RACE_PKGS))")

e2e: chromium browsers build
	HITCOACH_ROOT=$(CURDIR) $(GO) test -count=1 -timeout 25m -v ./app/e2e/...

# The Go benchmarks of the pure packages, then one table of size, time,
# search and memory, and one of every page's takeover with Lighthouse's
# scores, beside go-app's hello world (app/e2e/bench; under 10 minutes on 2
# cores; the timeout leaves room for a machine busy with other work).
# HITCOACH_BENCH_RUNS=1 make bench for a quick look.
bench: chromium build
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./app/... ./data/... | grep -v /e2e)
	HITCOACH_ROOT=$(CURDIR) HITCOACH_BENCH=1 $(GO) test -count=1 -timeout 25m -run '^TestBench$$' -v ./app/e2e/bench/

# The takeover table alone; HITCOACH_BENCH_PAGES=/,/plan for some pages,
# HITCOACH_LIGHTHOUSE=0 without Lighthouse, HITCOACH_BENCH_RUNS=1 for a look.
bench-takeover: chromium build
	HITCOACH_ROOT=$(CURDIR) HITCOACH_BENCH=1 $(GO) test -count=1 -timeout 25m -run '^TestTakeover$$' -v ./app/e2e/bench/

# What each page adds to app.wasm after brotli: the wasm built once without
# each page's content, and once without any (about 13 minutes on 2 cores).
bench-size: chromium
	HITCOACH_ROOT=$(CURDIR) HITCOACH_BENCH=1 $(GO) test -count=1 -timeout 40m -run '^TestPageCost$$' -v ./app/e2e/bench/

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

# Installs Firefox ESR, WebKitGTK's driver (with its MiniBrowser) and Xvfb
# for the cross-engine tests in app/e2e/engines where they are missing.
.PHONY: browsers
browsers:
	@missing=""; \
	command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || [ -n "$$FIREFOX_PATH" ] || missing="$$missing firefox-esr"; \
	command -v WebKitWebDriver >/dev/null 2>&1 || [ -n "$$WEBKIT_DRIVER_PATH" ] || missing="$$missing webkit2gtk-driver"; \
	command -v Xvfb >/dev/null 2>&1 || [ -n "$$XVFB_PATH" ] || missing="$$missing xvfb"; \
	if [ -z "$$missing" ]; then \
	  exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing for the cross-engine tests with apt-get:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "The cross-engine tests need:$$missing. Install them (Debian/Ubuntu: sudo apt-get install -y$$missing),"; \
	  echo "or set FIREFOX_PATH, WEBKIT_DRIVER_PATH and XVFB_PATH, then run make test again."; \
	  exit 1; \
	fi

clean:
	rm -rf bin dist web/app.wasm
