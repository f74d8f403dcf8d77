//go:build !wasm

package offline

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// progressKey and progressValue stand for what the quiz and the plan keep in
// local storage.
const (
	progressKey   = "hitcoach-e2e-progress"
	progressValue = `{"answered":7,"plan":["RHIT"]}`
)

// TestNewBuildOffersReloadAndKeepsProgress publishes a second and a third
// build into the folder the host serves, and checks that each is noticed,
// offered without getting in the way, and taken on reload with the
// person's progress intact.
func TestNewBuildOffersReloadAndKeepsProgress(t *testing.T) {
	host := startStaticHost(t)
	first := host.cacheVersion(t)
	tb := newBrowserTab(t, host.url)
	openDeepLink(tb, basePath+"/quiz")
	waitForOfflineReady(tb)
	// A page opened online is kept, by this version and by the next ones.
	openDeepLink(tb, basePath+"/glossary")
	openDeepLink(tb, basePath+"/quiz")
	kept := []string{basePath + "/", basePath + "/glossary", basePath + "/quiz"}
	waitForKeptPages(t, tb, first, kept)
	tb.Eval(`localStorage.setItem("` + progressKey + `", '` + progressValue + `')`)

	// An unchanged build is not an update.
	host.build(t, e2e.AppRoot())
	if v := host.cacheVersion(t); v != first {
		t.Fatalf("rebuilding the same app changed the version from %s to %s", first, v)
	}
	checkForUpdate(tb)
	time.Sleep(2 * time.Second)
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Fatalf("an unchanged build shows the update banner")
	}

	host.build(t, changedBuild(t, "second build"))
	second := host.cacheVersion(t)
	if second == first {
		t.Fatal("a changed wasm kept the version")
	}
	checkForUpdate(tb)
	tb.WaitText("#update-banner", "A new version of the app is ready")

	// The banner blocks nothing: the app still navigates, and it stays.
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="` + basePath + `/salaries"]`)))
	tb.WaitText("h1", host.prerenderedHeading(t, "/salaries"))
	tb.WaitText("#update-banner", "A new version of the app is ready")
	tb.CheckContrast(t, "the update banner")
	// "Later" hides it for the rest of the visit.
	tb.Do(chromedp.Click(chromedp.CSS(`#update-banner button.secondary`)))
	tb.Do(chromedp.WaitNotPresent(chromedp.CSS(`#update-banner`)))
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="` + basePath + `/quiz"]`)))
	tb.WaitText("h1", host.prerenderedHeading(t, "/quiz"))
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Errorf("the banner came back after Later")
	}
	tb.Do(chromedp.Reload())
	waitForVersion(t, tb, second)
	checkProgressKept(t, tb)
	waitForKeptPages(t, tb, second, kept)

	host.build(t, changedBuild(t, "third build"))
	third := host.cacheVersion(t)
	checkForUpdate(tb)
	tb.WaitText("#update-banner", "A new version of the app is ready")
	tb.Do(chromedp.Click(chromedp.CSS(`#update-banner button:not(.secondary)`)))
	waitForVersion(t, tb, third)
	checkProgressKept(t, tb)
	waitForKeptPages(t, tb, third, kept)
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Errorf("the banner is still shown after the reload")
	}
	keys := e2e.Run(tb, chromedp.Evaluate[[]string](`caches.keys()`, chromedp.EvalAwaitPromise))
	if len(keys) != 1 || keys[0] != "app-"+third {
		t.Errorf("caches are %q, want only app-%s", keys, third)
	}
}

// checkForUpdate asks the browser to look for a new worker now, as it does
// on its own when the page loads, comes back online or is shown again.
func checkForUpdate(tb *e2e.Tab) {
	tb.Eval(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`)
}

// waitForVersion waits for a page of the given build, across the reload.
func waitForVersion(t *testing.T, tb *e2e.Tab, version string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var got string
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(tb.Ctx(), chromedp.Evaluate[string](`(typeof goappEnv === "object" && document.documentElement.dataset.app === "ready" && !document.getElementById("app-wasm-loader")) ? goappEnv.GOAPP_VERSION : ""`))
		if err == nil && v == version {
			return
		}
		got = v
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the page never ran version %s (last seen %q)", version, got)
}

func checkProgressKept(t *testing.T, tb *e2e.Tab) {
	t.Helper()
	if got := tb.Eval(`localStorage.getItem("` + progressKey + `")`); got != progressValue {
		t.Errorf("after the update the saved progress is %v, want %s", got, progressValue)
	}
}

// changedBuild copies the app with a wasm that differs from the current one
// by a custom section, which the runtime ignores: a new build, as a change
// to the data would make.
func changedBuild(t *testing.T, mark string) string {
	t.Helper()
	root := t.TempDir()
	src := filepath.Join(e2e.AppRoot(), "web")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) == ".gz" || filepath.Ext(e.Name()) == ".br" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "app.wasm" {
			b = appendCustomSection(b, "hitcoach-e2e", mark)
		}
		if err := os.WriteFile(filepath.Join(root, "web", e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// appendCustomSection adds a wasm custom section (id 0) holding payload.
func appendCustomSection(wasm []byte, name, payload string) []byte {
	content := append(uleb128(len(name)), name...)
	content = append(content, payload...)
	out := append(append([]byte(nil), wasm...), 0)
	out = append(out, uleb128(len(content))...)
	return append(out, content...)
}

func uleb128(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}
