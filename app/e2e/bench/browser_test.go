//go:build !wasm

package bench

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// The throttled network: 10 Mbit/s both ways with 40 ms latency.
const (
	throttleLatencyMS   = 40
	throttleBytesPerSec = 10_000_000 / 8
)

// A probe is the in-page test of "the app is interactive": a JavaScript
// function (state, bench) => bool that the page calls every few
// milliseconds from its first script on; the first true stamps the time.
// state is the probe's own scratch object; bench holds the instantiated wasm.
type probe struct {
	label string
	js    string
}

// probeOursMounted: the wasm has taken over from the prerendered page. Our
// shell marks <html data-app="ready"> when it mounts, and go-app removes its
// loader once the first render is done.
var probeOursMounted = probe{
	label: "the wasm has mounted (live search not found in the header)",
	js:    `(s, bench) => document.documentElement.dataset.app === "ready" && !document.getElementById("app-wasm-loader")`,
}

// searchResultsJS tells whether the header search shows a result for
// "rhit". It reads text, not markup the search may still change: any
// search area (an element with "search" in its id or class, or a listbox)
// that is not the input itself and names the credential. Change it here if
// the search's markup makes this wrong.
const searchResultsJS = `(box) => {
	for (const area of document.querySelectorAll('[id*="search" i], [class*="search" i], [role="listbox"]')) {
		if (area === box || area.contains(document.querySelector("main"))) continue;
		if (/registered health information technician/i.test(area.textContent)) return true;
	}
	return false;
}`

// probeOursSearch: typing "rhit" into the header search box (#site-search)
// shows results. It types again when the box is a new element (the wasm
// replaced the prerendered one), lost its text, or showed nothing for a
// second.
var probeOursSearch = probe{
	label: `typing "rhit" in the header search box #site-search shows results`,
	js: `(s, bench) => {
		if (document.documentElement.dataset.app !== "ready" || document.getElementById("app-wasm-loader")) return false;
		const box = document.getElementById("site-search");
		if (!box) return false;
		if (s.box !== box || box.value !== "rhit" || performance.now() - s.typedAt > 1000) {
			box.focus();
			box.value = "rhit";
			box.dispatchEvent(new Event("input", { bubbles: true }));
			s.box = box;
			s.typedAt = performance.now();
			return false;
		}
		return (` + searchResultsJS + `)(box);
	}`,
}

// probeBaselineMounted: hello world has no mark of its own; its wasm has been
// instantiated and go-app's loader removed, which app.js does as soon as
// go.run returns from the first render.
var probeBaselineMounted = probe{
	label: "the wasm has mounted",
	js:    `(s, bench) => !!bench.wasm && !document.getElementById("app-wasm-loader")`,
}

// pageScript runs before any script of every document the tab loads. It
// keeps the wasm instance (for its linear memory) by wrapping
// WebAssembly.instantiate*, which app.js looks up when it runs, and stamps
// the times the wasm was instantiated, the app mounted and the interactive
// probe first held, with the main-thread long tasks before that.
func pageScript(mounted, interactive probe) string {
	return `(() => {
	const bench = window.__hitcoachBench = { wasmAt: 0, mountedAt: 0, interactiveAt: 0, longTasks: [], wasm: null };
	const keep = (r) => {
		const inst = r && r.instance ? r.instance : r;
		if (inst && inst.exports) {
			bench.wasm = inst;
			bench.wasmAt = performance.now();
		}
		return r;
	};
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const orig = WebAssembly[name];
		if (typeof orig !== "function") continue;
		WebAssembly[name] = function (...args) { return orig.apply(this, args).then(keep); };
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: "longtask", buffered: true });
	} catch (e) {}
	const mounted = ` + mounted.js + `;
	const interactive = ` + interactive.js + `;
	const mountedState = {}, state = {};
	const tick = () => {
		try {
			if (!bench.mountedAt && mounted(mountedState, bench)) bench.mountedAt = performance.now();
			if (interactive(state, bench)) {
				bench.interactiveAt = performance.now();
				return;
			}
		} catch (e) {}
		setTimeout(tick, 4);
	};
	tick();
})();`
}

// target is one app to measure: where it is served and how to tell it is
// interactive.
type target struct {
	*site
	mounted, interactive probe
}

// coldRun is what one first visit in a fresh browser profile measured.
// Times are milliseconds from the start of the navigation; a negative value
// was not measured.
type coldRun struct {
	fcp, wasmReady, mounted, interactive float64
	longTasksMS                          float64 // main-thread long tasks before interactive
	sentBytes                            int64   // on the wire, page and service worker
	pageBytes                            int64   // encodedDataLength of the page's own requests
	heap, wasmMemory                     float64 // after load, bytes
	warm                                 float64
	offline                              float64
	offlineNote                          string
}

// runCold opens a fresh browser, visits the app once and measures the first
// paint and the time to interactive. Unthrottled, it then waits for the
// service worker, counts the transfer and the memory, and reloads warm and
// offline.
func runCold(t *testing.T, app target, throttled bool) (coldRun, error) {
	r := coldRun{fcp: -1, wasmReady: -1, mounted: -1, interactive: -1, longTasksMS: -1, warm: -1, offline: -1}
	browser, closeBrowser := e2e.NewBenchBrowser("")
	defer closeBrowser()
	if err := chromedp.Do(browser); err != nil {
		return r, fmt.Errorf("starting Chromium: %w", err)
	}
	tab := e2e.NewTabIn(t, browser, app.origin)
	ctx := tab.Ctx()

	var mu sync.Mutex
	fromWorker := make(map[network.RequestID]bool)
	var pageBytes float64
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventResponseReceived:
			if ev.Response.FromServiceWorker {
				fromWorker[ev.RequestID] = true
			}
		case *network.EventLoadingFinished:
			if !fromWorker[ev.RequestID] {
				pageBytes += ev.EncodedDataLength
			}
		}
	}); err != nil {
		return r, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pageScript(app.mounted, app.interactive)}); err != nil {
		return r, err
	}
	if throttled {
		if err := setNetwork(ctx, false); err != nil {
			return r, err
		}
	}

	sentBefore := app.sent.Load()
	if err := chromedp.Do(ctx, chromedp.Navigate(app.origin+"/")); err != nil {
		return r, fmt.Errorf("opening %s: %w", app.origin, err)
	}
	var err error
	if r.interactive, err = waitInteractive(ctx, 90*time.Second); err != nil {
		return r, err
	}
	if r.fcp, err = firstContentfulPaint(ctx); err != nil {
		return r, err
	}
	if r.wasmReady, r.mounted, r.longTasksMS, err = startTimes(ctx); err != nil {
		return r, err
	}
	if app.name == "ours" {
		// The bench hook must stay out of every visit but the bench's own.
		if live, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`"hitcoachBench" in window`)); err != nil || live {
			return r, fmt.Errorf("window.hitcoachBench exists on a page opened without ?bench=1 (%v)", err)
		}
	}
	if throttled {
		return r, nil
	}

	// The first visit ends when the service worker is active and the
	// server has gone quiet: its precache is part of what a visit costs.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`"serviceWorker" in navigator ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise(r => setTimeout(() => r(false), 20000))]) : false`, chromedp.EvalAwaitPromise)); err != nil {
		return r, err
	}
	app.waitQuiet(time.Second, 30*time.Second)
	r.sentBytes = app.sent.Load() - sentBefore
	mu.Lock()
	r.pageBytes = int64(pageBytes)
	mu.Unlock()
	if r.heap, r.wasmMemory, err = memory(ctx); err != nil {
		return r, err
	}

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		return r, fmt.Errorf("warm reload: %w", err)
	}
	if r.warm, err = waitInteractive(ctx, 60*time.Second); err != nil {
		return r, fmt.Errorf("warm reload: %w", err)
	}

	r.offline, r.offlineNote = offlineReload(tab)
	return r, nil
}

// offlineReload cuts the network, for the page and its service worker, and
// reloads. Without a service worker that serves the app the reload fails,
// which is a result, not an error.
func offlineReload(tab *e2e.Tab) (float64, string) {
	controlled, err := chromedp.Run(tab.Ctx(), chromedp.Evaluate[bool](`!!(navigator.serviceWorker && navigator.serviceWorker.controller)`))
	if err != nil || !controlled {
		return -1, "no service worker controls the page after a reload"
	}
	// Offline, failed requests are expected; the figure says what worked.
	tab.AllowFailures(`.`)
	if err := setNetwork(tab.Ctx(), true); err != nil {
		return -1, err.Error()
	}
	ctx, cancel := context.WithTimeout(tab.Ctx(), 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		return -1, "offline reload failed: " + err.Error()
	}
	ms, err := waitInteractive(ctx, 10*time.Second)
	if err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		return -1, fmt.Sprintf("offline reload of %s not interactive: %v", loc, err)
	}
	return ms, ""
}

// setNetwork throttles the tab, or cuts it (and its service worker) off.
func setNetwork(ctx context.Context, offline bool) error {
	cond := &network.Conditions{
		Latency:            throttleLatencyMS,
		DownloadThroughput: throttleBytesPerSec,
		UploadThroughput:   throttleBytesPerSec,
	}
	params := network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{cond}}
	if offline {
		cond.Offline = true
		params.EmulateOfflineServiceWorker = new(true)
		if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
			return fmt.Errorf("going offline: %w", err)
		}
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, params); err != nil {
		return fmt.Errorf("emulating the network: %w", err)
	}
	return nil
}

// waitInteractive returns the time the probe first held, waiting for it.
func waitInteractive(ctx context.Context, timeout time.Duration) (float64, error) {
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](fmt.Sprintf(`new Promise((resolve) => {
		const deadline = Date.now() + %d;
		(function check() {
			const b = window.__hitcoachBench;
			if (b && b.interactiveAt) return resolve(b.interactiveAt);
			if (Date.now() > deadline) return resolve(-1);
			setTimeout(check, 20);
		})();
	})`, timeout.Milliseconds()), chromedp.EvalAwaitPromise))
	if err != nil {
		return -1, err
	}
	if ms < 0 {
		label, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const l = document.getElementById("app-wasm-loader-label"); return l ? "loader says: " + l.innerText : document.title; })()`))
		return -1, fmt.Errorf("not interactive after %v (%s)", timeout, strings.TrimSpace(label))
	}
	return ms, nil
}

// startTimes reads when the wasm was instantiated and mounted, and the
// main-thread time lost to long tasks until the app was interactive.
func startTimes(ctx context.Context) (wasmReady, mounted, longTasks float64, err error) {
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
		const b = window.__hitcoachBench;
		const blocked = b.longTasks.filter(([start]) => start < b.interactiveAt).reduce((sum, [, d]) => sum + d, 0);
		return [b.wasmAt || -1, b.mountedAt || -1, blocked];
	})()`))
	if err != nil || len(v) != 3 {
		return -1, -1, -1, fmt.Errorf("reading the start times: %v", err)
	}
	return v[0], v[1], v[2], nil
}

func firstContentfulPaint(ctx context.Context) (float64, error) {
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise((resolve) => {
		const deadline = Date.now() + 10000;
		(function check() {
			const e = performance.getEntriesByName("first-contentful-paint")[0];
			if (e) return resolve(e.startTime);
			if (Date.now() > deadline) return resolve(-1);
			setTimeout(check, 20);
		})();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return -1, err
	}
	if ms < 0 {
		return -1, fmt.Errorf("the browser reported no first-contentful-paint")
	}
	return ms, nil
}

// memory returns the JS heap in use, after a garbage collection, and the
// size of the wasm's linear memory (which never shrinks).
func memory(ctx context.Context) (heap, wasm float64, err error) {
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return 0, 0, err
	}
	usage, err := chromedp.Call(ctx, cdpruntime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return 0, 0, err
	}
	wasm, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
		const w = window.__hitcoachBench && window.__hitcoachBench.wasm;
		return w && w.exports.mem ? w.exports.mem.buffer.byteLength : -1;
	})()`))
	return usage.UsedSize, wasm, err
}
