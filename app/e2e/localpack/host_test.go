//go:build !wasm

package localpack

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/data/local"
)

// The site is built once per base path for the whole package, as
// app/e2e/offline's host does for one: `make static` takes most of a
// minute on a shared machine. Each test writes the local.json it needs.

// bases are the two ways a counselor hosts the app: at a host's root, and
// under a sub-path.
var bases = []string{"", "/coach"}

// staticHost is a plain file server for dist/, rewriting nothing; switched
// off, it drops every request, as an unreachable host would.
type staticHost struct {
	base string
	dir  string
	url  string
	off  atomic.Bool
}

var (
	hostsMu sync.Mutex
	hosts   = map[string]*staticHost{}
)

// siteAt is the site built for base, started on first use.
func siteAt(t *testing.T, base string) *staticHost {
	t.Helper()
	hostsMu.Lock()
	defer hostsMu.Unlock()
	if h := hosts[base]; h != nil {
		h.off.Store(false)
		h.removePack(t)
		return h
	}
	h := &staticHost{base: base, dir: filepath.Join(sitesDir, "dist-"+baseName(base))}
	if err := server.GenerateStatic(e2e.AppRoot(), h.dir, base); err != nil {
		t.Fatalf("generating the static site: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle(base+"/", http.StripPrefix(base, http.FileServer(http.Dir(h.dir))))
	url, _, err := e2e.ServeOnLoopback(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.off.Load() {
			panic(http.ErrAbortHandler)
		}
		mux.ServeHTTP(w, r)
	}))
	if err != nil {
		t.Fatal(err)
	}
	h.url = url
	hosts[base] = h
	return h
}

// name is the base for a subtest's name.
func baseName(base string) string {
	if base == "" {
		return "root"
	}
	return strings.TrimPrefix(base, "/")
}

func (h *staticHost) packPath() string { return filepath.Join(h.dir, local.FileName) }

// writePack puts a local.json beside index.html.
func (h *staticHost) writePack(t *testing.T, b []byte) {
	t.Helper()
	if err := os.WriteFile(h.packPath(), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (h *staticHost) removePack(t *testing.T) {
	t.Helper()
	if err := os.Remove(h.packPath()); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
}

// newBrowser starts a browser with a profile of its own, in profile when
// it is not empty, so no service worker, cache or storage is left from
// another test; it returns the browser's context and how to close it.
func newBrowser(t *testing.T, profile string) (tab func(origin string) *e2e.Tab, closeIt func()) {
	t.Helper()
	if profile == "" {
		profile = t.TempDir()
	}
	bctx, cancel := e2e.NewBrowser(profile)
	if err := chromedp.Do(bctx); err != nil {
		cancel()
		t.Fatalf("starting Chromium: %v", err)
	}
	var once sync.Once
	// Closed the way a person closes it, so it writes its storage to the
	// profile: killed, it would keep nothing and prove nothing.
	closeIt = func() {
		once.Do(func() {
			if err := chromedp.Cancel(bctx); err != nil {
				t.Logf("closing Chromium: %v", err)
			}
			cancel()
		})
	}
	t.Cleanup(closeIt)
	return func(origin string) *e2e.Tab { return e2e.NewTabIn(t, bctx, origin) }, closeIt
}

// newTab opens a tab in a fresh browser for the host.
func newTab(t *testing.T, h *staticHost) *e2e.Tab {
	t.Helper()
	tab, _ := newBrowser(t, "")
	return tab(h.url)
}

// open loads an app path under the host's base and waits for the app.
func (h *staticHost) open(tb *e2e.Tab, path string) {
	tb.Do(chromedp.Navigate(tb.Origin() + h.base + path))
	tb.WaitForApp()
}

// waitForPack waits until the app has read local.json and found what it
// says: "none", "used", "refused" or "unreadable".
func waitForPack(tb *e2e.Tab, want string) {
	tb.WaitFor("the app to find local.json "+want, `document.documentElement.dataset.localPack === "`+want+`"`)
	// The components draw it in the next update.
	time.Sleep(150 * time.Millisecond)
}

// waitForOfflineReady waits until the service worker controls the page and
// the app says it is ready to work offline: up to two minutes, as the
// install downloads the whole app on a machine other tests share.
func waitForOfflineReady(tb *e2e.Tab) {
	// The worker installs while the page runs; a page loaded before the
	// worker was active stays uncontrolled until it is loaded again, as a
	// returning student's next visit is.
	tb.Eval(`new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error("no service worker became active")), 120000);
		navigator.serviceWorker.ready.then(() => { clearTimeout(timer); resolve(true); });
	})`)
	if tb.Eval(`!!navigator.serviceWorker.controller`) != true {
		tb.Do(chromedp.Reload())
		tb.WaitForApp()
	}
	tb.Eval(`new Promise((resolve, reject) => {
		const deadline = Date.now() + 120000;
		(function check() {
			if (navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === "activated") return resolve(true);
			if (Date.now() > deadline) return reject(new Error("no service worker took control"));
			setTimeout(check, 50);
		})();
	})`)
	tb.WaitText("#offline-status", "Ready to work offline.")
}

// goOffline cuts the browser off, its service worker included, and the
// host as well.
func goOffline(tb *e2e.Tab, h *staticHost) {
	yes := true
	e2e.Call(tb, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	e2e.Call(tb, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	h.off.Store(true)
}

// examplePack is the fictional example pack of data/local/README.md.
func examplePack(t *testing.T) []byte {
	t.Helper()
	b, err := e2e.ExamplePack()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// editedPack is the example with each old text replaced by the new one
// that follows it.
func editedPack(t *testing.T, pairs ...string) []byte {
	t.Helper()
	b := examplePack(t)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !bytes.Contains(b, []byte(pairs[i])) {
			t.Fatalf("the example pack has no %q", pairs[i])
		}
		b = bytes.Replace(b, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	return b
}

// text is the visible text of the element, or "" when there is none.
func text(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+quote(selector)+`); return e ? e.innerText : ""; })()`))
}

func quote(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "\\`") + "`"
}
