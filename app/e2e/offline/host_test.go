//go:build !wasm

package offline

import (
	"html"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/server"
)

// basePath is the sub-path the site is built for and served under.
const basePath = "/coach"

// staticHost is a plain file server, as any static host is: it serves dist/
// under /coach/ and rewrites nothing. It logs every request, and when
// switched off it drops them, as an unreachable host would.
type staticHost struct {
	dir string
	url string

	off atomic.Bool
	// labelGzip makes the host send .gz files with Content-Encoding: gzip,
	// as Apache's AddEncoding does, so the browser unzips them itself.
	labelGzip atomic.Bool
	mu        sync.Mutex
	served    []served
	refused   []string
}

type served struct {
	path  string
	bytes int64
}

// startStaticHost builds the site with BASE_PATH=/coach into a fresh folder
// and serves it.
func startStaticHost(t *testing.T) *staticHost {
	t.Helper()
	h := &staticHost{dir: filepath.Join(t.TempDir(), "dist")}
	h.build(t, e2e.AppRoot())
	mux := http.NewServeMux()
	mux.Handle(basePath+"/", http.StripPrefix(basePath, http.FileServer(http.Dir(h.dir))))
	url, stop, err := e2e.ServeOnLoopback(h.logging(mux))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	h.url = url
	return h
}

// build writes the static site from root into the served folder, as
// `make static BASE_PATH=/coach` does.
func (h *staticHost) build(t *testing.T, root string) {
	t.Helper()
	if err := server.GenerateStatic(root, h.dir, basePath); err != nil {
		t.Fatalf("generating the static site: %v", err)
	}
}

func (h *staticHost) logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.off.Load() {
			h.mu.Lock()
			h.refused = append(h.refused, r.URL.Path)
			h.mu.Unlock()
			panic(http.ErrAbortHandler)
		}
		if h.labelGzip.Load() && strings.HasSuffix(r.URL.Path, ".gz") {
			w.Header().Set("Content-Encoding", "gzip")
		}
		cw := &countingWriter{ResponseWriter: w}
		next.ServeHTTP(cw, r)
		h.mu.Lock()
		h.served = append(h.served, served{r.URL.Path, cw.n})
		h.mu.Unlock()
	})
}

// switchOff makes the host unreachable.
func (h *staticHost) switchOff() { h.off.Store(true) }

func (h *staticHost) refusedRequests() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.refused...)
}

// bytesServed sums the body bytes sent for a path, and counts the requests.
func (h *staticHost) bytesServed(path string) (total int64, requests int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.served {
		if s.path == path {
			total += s.bytes
			requests++
		}
	}
	return total, requests
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// h1Pattern reads a page's heading from the prerendered HTML, which the
// wasm renders identically.
var h1Pattern = regexp.MustCompile(`<h1[^>]*>([^<]+)</h1>`)

// prerenderedHeading returns the h1 of an app path as written to dist/.
func (h *staticHost) prerenderedHeading(t *testing.T, appPath string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(h.dir, filepath.FromSlash(appPath), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := h1Pattern.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s: no plain-text h1 in the prerendered page", appPath)
	}
	return strings.Join(strings.Fields(html.UnescapeString(string(m[1]))), " ")
}

// cacheVersion is the version the built worker caches under.
func (h *staticHost) cacheVersion(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(h.dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const cacheName = "app-([0-9a-f]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatal("app-worker.js names no cache")
	}
	return string(m[1])
}

// newBrowserTab opens a tab in a browser with a profile of its own, so no
// service worker or cache is left from another test.
func newBrowserTab(t *testing.T, origin string) *e2e.Tab {
	t.Helper()
	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return e2e.NewTabIn(t, ctx, origin)
}

// waitForOfflineReady waits until the service worker controls the page and
// the app says it is ready to work offline.
func waitForOfflineReady(tb *e2e.Tab) {
	tb.Eval(`new Promise((resolve, reject) => {
		const deadline = Date.now() + 60000;
		(function check() {
			if (navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === "activated") return resolve(true);
			if (Date.now() > deadline) return reject(new Error("no service worker took control"));
			setTimeout(check, 50);
		})();
	})`)
	tb.WaitText("#offline-status", "Ready to work offline.")
}

// goOffline cuts the browser off, its service worker included, and makes the
// host unreachable as well, so nothing can come from the network.
func goOffline(t *testing.T, tb *e2e.Tab, host *staticHost) {
	t.Helper()
	yes := true
	e2e.Call(tb, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	e2e.Call(tb, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	host.switchOff()
}

// openDeepLink loads an address as if typed into the address bar, and
// waits for the app to take over.
func openDeepLink(tb *e2e.Tab, path string) {
	tb.Do(chromedp.Navigate(tb.Origin() + path))
	tb.WaitForApp()
}

// heading returns the page's only h1, failing on none or several.
func heading(t *testing.T, tb *e2e.Tab) string {
	t.Helper()
	got := e2e.Run(tb, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("h1"), h => h.innerText.trim())`))
	if len(got) != 1 {
		t.Fatalf("%d h1 elements (%q), want 1", len(got), got)
	}
	return strings.Join(strings.Fields(got[0]), " ")
}

// location is the tab's path.
func location(t *testing.T, tb *e2e.Tab) string {
	t.Helper()
	return e2e.Run(tb, chromedp.Evaluate[string](`location.pathname`))
}

func fileSize(t *testing.T, dir, rel string) int64 {
	t.Helper()
	info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return info.Size()
}

func removeFile(t *testing.T, dir, rel string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, dir, rel, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(rel)), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// keptPages lists the pages, by path, in the cache of a version: the shell
// and every page the worker has kept.
func keptPages(t *testing.T, tb *e2e.Tab, version string) []string {
	t.Helper()
	return e2e.Run(tb, chromedp.Evaluate[[]string](`(async () => {
		const cache = await caches.open("app-`+version+`");
		const pages = [];
		for (const request of await cache.keys()) {
			const response = await cache.match(request);
			if ((response.headers.get("Content-Type") || "").startsWith("text/html")) {
				pages.push(new URL(request.url).pathname);
			}
		}
		return pages.sort();
	})()`, chromedp.EvalAwaitPromise))
}

// waitForKeptPages waits until the cache of a version holds exactly these
// pages: the worker stores a page while the browser is already showing it.
func waitForKeptPages(t *testing.T, tb *e2e.Tab, version string, want []string) {
	t.Helper()
	slices.Sort(want)
	deadline := time.Now().Add(30 * time.Second)
	var got []string
	for time.Now().Before(deadline) {
		if got = keptPages(t, tb, version); slices.Equal(got, want) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("version %s keeps the pages %q, want %q", version, got, want)
}

// servedHeading opens an address with the page's scripts off, so the wasm
// cannot render anything, and returns the h1 of the HTML the service worker
// answered with: the page's own when it kept the page, the shell's when not.
func servedHeading(t *testing.T, tb *e2e.Tab, path string) string {
	t.Helper()
	e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	defer e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
	tb.Do(chromedp.Navigate(tb.Origin() + path))
	return heading(t, tb)
}

// recordLoaderProgress makes each page the tab opens note every percentage
// go-app's loader label shows, from the HTML as parsed on, in
// window.__progress.
func recordLoaderProgress(tb *e2e.Tab) {
	e2e.Call(tb, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__progress = [];
		new MutationObserver((records) => {
			for (const record of records) {
				if (record.target.id !== "app-wasm-loader-label") continue;
				for (const node of record.addedNodes) {
					const m = /(\d+)%/.exec(node.textContent);
					if (m) window.__progress.push(Number(m[1]));
				}
			}
		}).observe(document, { childList: true, subtree: true });`})
}

// checkLoaderProgress checks the label of the page's load, once the app
// has mounted: after the 0% of the HTML and of go-app, it changed only
// to a higher whole percentage, and ended at 100.
func checkLoaderProgress(t *testing.T, tb *e2e.Tab) {
	t.Helper()
	got := e2e.Run(tb, chromedp.Evaluate[[]int](`window.__progress`))
	rest := got
	for len(rest) > 0 && rest[0] == 0 {
		rest = rest[1:]
	}
	if len(rest) == 0 || rest[len(rest)-1] != 100 {
		t.Errorf("the loader showed %v, never ending at 100%%", got)
		return
	}
	for i := 1; i < len(rest); i++ {
		if rest[i] <= rest[i-1] {
			t.Errorf("the loader showed %d%% after %d%%, so it was set without a change: %v", rest[i], rest[i-1], got)
			return
		}
	}
	t.Logf("the loader label was set %d times", len(got))
}

// Under a sub-path on a plain file server, which redirects /coach/salaries
// to /coach/salaries/, a link followed before the app runs is swapped in
// without a page load, and the app then starts on that page with the
// sub-path kept.
func TestBrowsingBeforeTheAppStartsUnderASubPath(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	wasm := tb.HoldWasm()
	tb.Do(chromedp.Navigate(tb.Origin() + basePath + "/"))
	wasm.WaitAsked()
	tb.Eval(`window.__samePage = true`)
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="` + basePath + `/salaries"]`)))
	tb.WaitFor("the link to show the salaries page", `location.pathname === "`+basePath+`/salaries" && document.querySelector("h1").innerText === "Salaries"`)
	if got := tb.Eval(`window.__samePage === true`); got != true {
		t.Fatal("the link loaded a page, which starts the wasm's download again")
	}
	wasm.Release()
	if got, want := heading(t, tb), host.prerenderedHeading(t, "/salaries"); got != want {
		t.Errorf("the app started on %q, want %q", got, want)
	}
	if got := location(t, tb); got != basePath+"/salaries" {
		t.Errorf("the app is at %q", got)
	}
	if got := tb.Eval(`window.__samePage === true`); got != true {
		t.Error("the app's start loaded a page")
	}
}
