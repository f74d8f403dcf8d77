//go:build !wasm

package offline

import (
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/ui"
)

// TestEveryPageWorksOfflineUnderASubPath visits one page on a plain file
// server, then cuts the network and opens every page by deep link (each but
// that one through the shell), reloads, and moves around with the app's own
// links.
func TestEveryPageWorksOfflineUnderASubPath(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)

	// A plain file server redirects /coach/salaries to /coach/salaries/; the
	// app must still show the salaries page and keep the sub-path.
	openDeepLink(tb, basePath+"/salaries")
	if got, want := heading(t, tb), host.prerenderedHeading(t, "/salaries"); got != want {
		t.Fatalf("online, /coach/salaries shows %q, want %q", got, want)
	}
	if got := location(t, tb); got != basePath+"/salaries" {
		t.Errorf("the address is %s, want %s/salaries", got, basePath)
	}
	waitForOfflineReady(tb)
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Fatalf("the first install shows the update banner")
	}

	goOffline(t, tb, host)
	// Proof that the network is really gone: a file that was never cached
	// cannot be fetched.
	tb.AllowFailures(`not-cached\.txt|ERR_INTERNET_DISCONNECTED|net::ERR_`)
	if got := tb.Eval(`fetch("` + basePath + `/web/not-cached.txt").then(() => "fetched", () => "failed")`); got != "failed" {
		t.Fatalf("offline, an uncached file was %v", got)
	}

	for _, p := range ui.Paths() {
		link := basePath + p
		openDeepLink(tb, link)
		want := host.prerenderedHeading(t, p)
		if got := heading(t, tb); got != want {
			t.Errorf("offline deep link %s shows %q, want %q", link, got, want)
		}
	}
	tb.WaitText("#offline-status", "You are offline")

	// The same pages by the other addresses a host or a person may use.
	for _, link := range []string{basePath + "/quiz/", basePath + "/quiz.html", basePath + "/quiz/index.html"} {
		openDeepLink(tb, link)
		if got, want := heading(t, tb), host.prerenderedHeading(t, "/quiz"); got != want {
			t.Errorf("offline %s shows %q, want %q", link, got, want)
		}
	}

	openDeepLink(tb, basePath+"/salaries")
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	if got, want := heading(t, tb), host.prerenderedHeading(t, "/salaries"); got != want {
		t.Errorf("offline reload of /coach/salaries shows %q, want %q", got, want)
	}

	// In-app navigation keeps the sub-path and loads no page.
	tb.Eval(`window.__samePage = "yes"`)
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="` + basePath + `/quiz"]`)))
	tb.WaitText("h1", host.prerenderedHeading(t, "/quiz"))
	if got := location(t, tb); got != basePath+"/quiz" {
		t.Errorf("after clicking Quiz the address is %s", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS(`header a.brand`)))
	tb.WaitText("h1", host.prerenderedHeading(t, "/"))
	if got := location(t, tb); got != basePath+"/" {
		t.Errorf("after clicking the brand the address is %s, want %s/", got, basePath)
	}
	if got := tb.Eval(`window.__samePage`); got != "yes" {
		t.Errorf("in-app navigation reloaded the page")
	}

	// An address with no page falls back to the app shell, and the app
	// says there is no such page.
	openDeepLink(tb, basePath+"/no-such-page")
	tb.WaitText("h1", "Page not found")

	// Offline, the browser may still try the network for what is not
	// cached: the probe above, the page that does not exist, the pages never
	// opened online, which the worker tries before it falls back to the
	// shell, and its own check for a new worker. Nothing the app needs may
	// be among them, nor the page opened online, which is kept. The worker
	// also asks again for a counselor's local.json, which may have come or
	// changed since (app/server/worker.js); the app does without it.
	expected := map[string]bool{basePath + "/web/not-cached.txt": true, basePath + "/no-such-page": true, basePath + "/app-worker.js": true, basePath + "/local.json": true}
	for _, p := range ui.Paths() {
		if p != "/" && p != "/salaries" {
			for _, form := range []string{p, p + "/", p + ".html", p + "/index.html"} {
				expected[basePath+form] = true
			}
		}
	}
	for _, p := range host.refusedRequests() {
		if !expected[p] {
			t.Errorf("offline, the app needed %s from the host", p)
		}
	}
	checkOnlyOwnOrigin(t, tb)
}

// checkOnlyOwnOrigin fails on any request of the tour to another origin;
// the rig checks each one as well, this proves the tour made requests.
func checkOnlyOwnOrigin(t *testing.T, tb *e2e.Tab) {
	t.Helper()
	requests := tb.Requests()
	if len(requests) < 10 {
		t.Errorf("only %d requests recorded", len(requests))
	}
	origin, _ := url.Parse(tb.Origin())
	for _, r := range requests {
		u, err := url.Parse(r)
		if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Host != origin.Host) {
			t.Errorf("request to another origin: %s", r)
		}
	}
}

// TestWasmComesCompressedOnceFromAPlainHost checks that a host that
// compresses nothing still sends the wasm gzipped, and only once: the
// service worker's install finds the copy the page kept.
func TestWasmComesCompressedOnceFromAPlainHost(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	recordLoaderProgress(tb)
	openDeepLink(tb, basePath+"/")
	checkLoaderProgress(t, tb)
	waitForOfflineReady(tb)

	gzBytes, gzRequests := host.bytesServed("/coach/web/app.wasm.gz")
	plainBytes, plainRequests := host.bytesServed("/coach/web/app.wasm")
	wasmSize := fileSize(t, host.dir, "web/app.wasm")
	t.Logf("app.wasm is %d bytes; the plain host sent %d bytes of app.wasm.gz in %d request(s), and %d bytes of app.wasm in %d",
		wasmSize, gzBytes, gzRequests, plainBytes, plainRequests)
	timing := tb.Eval(`(() => {
		const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/web/app.wasm.gz"));
		return e ? {transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize, ms: Math.round(e.duration)} : null;
	})()`)
	t.Logf("the browser's resource timing for app.wasm.gz: %v", timing)
	if gzRequests != 1 || plainRequests != 0 {
		t.Errorf("the wasm was requested %d times gzipped and %d times plain, want once gzipped", gzRequests, plainRequests)
	}
	if gzBytes > wasmSize*2/5 {
		t.Errorf("sent %d bytes for a %d-byte wasm", gzBytes, wasmSize)
	}
	// The worker serves the same wasm from its cache, unzipped by the page.
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	if _, n := host.bytesServed("/coach/web/app.wasm.gz"); n != 1 {
		t.Errorf("a reload fetched the wasm again (%d requests in all)", n)
	}
	if got, want := heading(t, tb), host.prerenderedHeading(t, "/"); got != want {
		t.Errorf("after the reload the home page shows %q, want %q", got, want)
	}
}

// TestWasmFromAHostThatLabelsGzip checks a host that sends app.wasm.gz as
// gzip-encoded: the browser unzips it, and the loader must not again.
func TestWasmFromAHostThatLabelsGzip(t *testing.T) {
	host := startStaticHost(t)
	host.labelGzip.Store(true)
	tb := newBrowserTab(t, host.url)
	recordLoaderProgress(tb)
	openDeepLink(tb, basePath+"/plan")
	checkLoaderProgress(t, tb)
	if got, want := heading(t, tb), host.prerenderedHeading(t, "/plan"); got != want {
		t.Errorf("the plan page shows %q, want %q", got, want)
	}
	waitForOfflineReady(tb)
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	gz, gzRequests := host.bytesServed("/coach/web/app.wasm.gz")
	_, plainRequests := host.bytesServed("/coach/web/app.wasm")
	if gzRequests != 1 || plainRequests != 0 {
		t.Errorf("the wasm was requested %d times gzipped and %d times plain, want once gzipped", gzRequests, plainRequests)
	}
	if size := fileSize(t, host.dir, "web/app.wasm"); gz > size*2/5 {
		t.Errorf("sent %d bytes for a %d-byte wasm", gz, size)
	}
}

// TestPlainWasmIsTheFallback checks the loader when the gzipped wasm cannot
// be had, missing or answered with a host's error page: it loads app.wasm.
func TestPlainWasmIsTheFallback(t *testing.T) {
	for name, breakGz := range map[string]func(t *testing.T, dir string){
		"missing": func(t *testing.T, dir string) { removeFile(t, dir, "web/app.wasm.gz") },
		"a page":  func(t *testing.T, dir string) { writeFile(t, dir, "web/app.wasm.gz", "<!doctype html><p>Not here</p>") },
	} {
		t.Run(name, func(t *testing.T) {
			host := startStaticHost(t)
			breakGz(t, host.dir)
			tb := newBrowserTab(t, host.url)
			tb.AllowFailures(`HTTP 404 for .*/app\.wasm\.gz`)
			tb.AllowFailures(`status of 404`)
			recordLoaderProgress(tb)
			openDeepLink(tb, basePath+"/about")
			checkLoaderProgress(t, tb)
			if got, want := heading(t, tb), host.prerenderedHeading(t, "/about"); got != want {
				t.Errorf("the about page shows %q, want %q", got, want)
			}
			if _, n := host.bytesServed("/coach/web/app.wasm"); n != 1 {
				t.Errorf("app.wasm was requested %d times, want once", n)
			}
		})
	}
}

// TestPageNeverOpenedWorksOfflineFromTheShell removes one page from the
// host, so nothing can have kept it: offline, it opens from the shell, and
// the wasm renders it.
func TestPageNeverOpenedWorksOfflineFromTheShell(t *testing.T) {
	host := startStaticHost(t)
	want := host.prerenderedHeading(t, "/credentials")
	// The whole folder goes: a plain file server lists a folder it finds
	// without an index.
	removeFile(t, host.dir, "credentials")
	removeFile(t, host.dir, "credentials.html")
	tb := newBrowserTab(t, host.url)
	openDeepLink(tb, basePath+"/about")
	waitForOfflineReady(tb)
	cached := e2e.Run(tb, chromedp.Evaluate[bool](`caches.keys().then(k => caches.open(k[0])).then(c => c.match("`+basePath+`/credentials")).then(r => !!r)`, chromedp.EvalAwaitPromise))
	if cached {
		t.Fatal("the removed page is cached, so this test proves nothing")
	}

	goOffline(t, tb, host)
	tb.AllowFailures(`net::ERR_`)
	openDeepLink(tb, basePath+"/credentials")
	if got := heading(t, tb); got != want {
		t.Errorf("offline, the uncached /coach/credentials shows %q, want %q", got, want)
	}
}

// TestVisitedPagesReopenOfflineAsThemselves checks the worker keeps the
// pages it loads: offline, a page opened online comes back as its own
// prerendered HTML, before any script runs, and a page never opened comes
// back as the shell, which the wasm then turns into the page.
func TestVisitedPagesReopenOfflineAsThemselves(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	// The browser loads the first page before there is a worker: the
	// worker keeps it at install.
	openDeepLink(tb, basePath+"/about")
	waitForOfflineReady(tb)
	// These the worker fetches, each kept under the app's form of its
	// address: the plain file server redirects /coach/glossary to
	// /coach/glossary/. A page asked for with a query is not kept: it was
	// rendered for that query.
	openDeepLink(tb, basePath+"/glossary")
	openDeepLink(tb, basePath+"/quiz.html")
	openDeepLink(tb, basePath+"/search?q=rhit")
	waitForKeptPages(t, tb, host.cacheVersion(t), []string{basePath + "/", basePath + "/about", basePath + "/glossary", basePath + "/quiz"})

	goOffline(t, tb, host)
	tb.AllowFailures(`net::ERR_`)
	for _, p := range []string{"/about", "/glossary", "/quiz"} {
		if got, want := servedHeading(t, tb, basePath+p), host.prerenderedHeading(t, p); got != want {
			t.Errorf("offline with scripts off, %s%s shows %q, want its own %q", basePath, p, got, want)
		}
	}
	shell := host.prerenderedHeading(t, "/")
	for _, p := range []string{"/credentials", "/search"} {
		if got := servedHeading(t, tb, basePath+p); got != shell {
			t.Errorf("offline with scripts off, %s%s shows %q, want the shell's %q", basePath, p, got, shell)
		}
	}
	for _, p := range []string{"/about", "/glossary", "/quiz", "/credentials", "/search"} {
		openDeepLink(tb, basePath+p)
		if got, want := heading(t, tb), host.prerenderedHeading(t, p); got != want {
			t.Errorf("offline, %s%s shows %q, want %q", basePath, p, got, want)
		}
	}
}
