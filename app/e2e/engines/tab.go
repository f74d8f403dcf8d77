//go:build !wasm

package engines

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// The engine of this test binary, started by Main.
var engine Engine

// Main is the TestMain of an engine's test package: it builds and serves
// the app as app/e2e does, starts the engine, runs the tests and ends both.
func Main(m *testing.M, start func() (Engine, error)) {
	os.Exit(runMain(m, start))
}

func runMain(m *testing.M, start func() (Engine, error)) int {
	stop, err := e2e.Serve()
	if err != nil {
		fmt.Fprintln(os.Stderr, "engines:", err)
		return 1
	}
	defer stop()
	began := time.Now()
	if engine, err = start(); err != nil {
		fmt.Fprintln(os.Stderr, "engines:", err)
		return 1
	}
	defer engine.Close()
	fmt.Fprintf(os.Stderr, "engines: %s started in %.1f s\n", engine.Name(), time.Since(began).Seconds())
	return m.Run()
}

// Tab is a page of the engine under test, for one test. It fails the test
// on anything the page reports as a problem, and saves a screenshot of a
// failed test.
type Tab struct {
	t      *testing.T
	page   Page
	origin string
	allow  []*regexp.Regexp
}

// NewTab opens a page on the app's server with nothing saved. In an engine
// that gives each page its own storage the test runs beside the others;
// in one that does not, the storage is cleared first.
func NewTab(t *testing.T) *Tab { return NewTabOn(t, e2e.ServerURL()) }

// NewTabOn is NewTab for the app served at origin.
func NewTabOn(t *testing.T, origin string) *Tab {
	t.Helper()
	if engine.Isolated() {
		t.Parallel()
	}
	page, err := engine.NewPage()
	if err != nil {
		t.Fatalf("opening a page in %s: %v", engine.Name(), err)
	}
	tb := &Tab{t: t, page: page, origin: origin}
	t.Cleanup(tb.report)
	if !engine.Isolated() {
		// Any document of the origin reaches its storage; a stylesheet
		// loads no app.
		tb.navigate("/app.css")
		tb.Eval(`(localStorage.clear(), sessionStorage.clear(), true)`)
	}
	return tb
}

// report fails the test on what the page reported, saves a screenshot when
// the test failed, and closes the page.
func (tb *Tab) report() {
	for _, p := range tb.TakeProblems() {
		if !tb.allowed(p) {
			tb.t.Errorf("%s: page problem: %s", engine.Name(), p)
		}
	}
	if tb.t.Failed() {
		tb.screenshot()
	}
	if err := tb.page.Close(); err != nil {
		tb.t.Logf("closing the page: %v", err)
	}
}

// TakeProblems returns the problems the page reported since the last call,
// requests to another host among them, and forgets them.
func (tb *Tab) TakeProblems() []string {
	problems := tb.page.Problems()
	origin, _ := url.Parse(tb.origin)
	for _, r := range tb.page.Requests() {
		u, err := url.Parse(r)
		if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Scheme != "about" && u.Host != origin.Host) {
			problems = append(problems, "request to another host: "+r)
		}
	}
	return problems
}

func (tb *Tab) allowed(problem string) bool {
	for _, re := range tb.allow {
		if re.MatchString(problem) {
			return true
		}
	}
	return false
}

func (tb *Tab) screenshot() {
	png, err := tb.page.Screenshot()
	if err != nil {
		tb.t.Logf("no screenshot: %v", err)
		return
	}
	dir := os.Getenv("E2E_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hitcoach-e2e")
	}
	os.MkdirAll(dir, 0o755)
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(strings.Fields(engine.Name())[0]+"_"+tb.t.Name(), "_")
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err == nil {
		tb.t.Logf("screenshot of the failure: %s", path)
	}
}

// AllowFailures accepts problems matching the pattern, for tests that cause
// failures on purpose.
func (tb *Tab) AllowFailures(pattern string) {
	tb.allow = append(tb.allow, regexp.MustCompile(pattern))
}

func (tb *Tab) fatal(format string, args ...any) {
	tb.t.Helper()
	tb.t.Fatalf("%s: %s", engine.Name(), fmt.Sprintf(format, args...))
}

// Origin is the origin of the app this tab tests.
func (tb *Tab) Origin() string { return tb.origin }

func (tb *Tab) navigate(path string) {
	tb.t.Helper()
	if err := tb.page.Navigate(tb.origin + path); err != nil {
		tb.fatal("loading %s: %v", path, err)
	}
}

// Load loads a page of the app without waiting for the app to take over:
// what shows is the server's prerendered page.
func (tb *Tab) Load(path string) { tb.t.Helper(); tb.navigate(path) }

// Open loads a page of the app and waits until the wasm has taken over.
func (tb *Tab) Open(path string) {
	tb.t.Helper()
	tb.navigate(path)
	tb.WaitForApp()
}

// Reload reloads the page and waits for the app to take over again.
func (tb *Tab) Reload() {
	tb.t.Helper()
	if err := tb.page.Reload(); err != nil {
		tb.fatal("reloading: %v", err)
	}
	tb.WaitForApp()
}

// WaitForApp waits until go-app's loader is gone and the app has mounted,
// as app/e2e's Tab.WaitForApp does.
func (tb *Tab) WaitForApp() {
	tb.t.Helper()
	tb.Eval(`new Promise((resolve, reject) => {
		const deadline = Date.now() + 60000;
		(function check() {
			if (document.documentElement.dataset.app === "ready" && !document.getElementById("app-wasm-loader")) return resolve(true);
			const label = document.getElementById("app-wasm-loader-label");
			if (Date.now() > deadline) return reject(new Error("the wasm did not take over: " + (label ? label.innerText : "no loader")));
			setTimeout(check, 25);
		})();
	})`)
}

// Eval evaluates a JavaScript expression, awaiting a promise, and returns
// its JSON value.
func (tb *Tab) Eval(js string) any {
	tb.t.Helper()
	var v any
	if err := tb.page.Eval(js, &v); err != nil {
		tb.fatal("%v", err)
	}
	return v
}

// EvalString evaluates an expression whose value is text.
func (tb *Tab) EvalString(js string) string {
	tb.t.Helper()
	var v string
	if err := tb.page.Eval(js, &v); err != nil {
		tb.fatal("%v", err)
	}
	return v
}

// WaitFor polls a JavaScript condition until it holds, for up to 20
// seconds, and fails the test naming what it waited for when it never does.
func (tb *Tab) WaitFor(what, cond string) {
	tb.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		last = tb.page.Eval(`(() => { try { return !!(`+cond+`); } catch (e) { return false; } })()`, &ok)
		if last == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	if last != nil {
		tb.fatal("timed out waiting until %s (%v)", what, last)
	}
	tb.fatal("timed out waiting until %s", what)
}

// WaitText waits until the first element matching selector shows want.
func (tb *Tab) WaitText(selector, want string) {
	tb.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var got string
	for time.Now().Before(deadline) {
		got = tb.Text(selector)
		if strings.Contains(got, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	tb.fatal("%s never showed %q; it shows:\n%.2000s", selector, want, got)
}

// Text is the visible text of the first element matching selector, or ""
// when there is none.
func (tb *Tab) Text(selector string) string {
	tb.t.Helper()
	return tb.EvalString(`(() => { const e = document.querySelector(` + strconv.Quote(selector) + `); return e ? e.innerText.trim() : ""; })()`)
}

// Exists says whether an element matches selector.
func (tb *Tab) Exists(selector string) bool {
	tb.t.Helper()
	return tb.Eval(`document.querySelector(`+strconv.Quote(selector)+`) !== null`) == true
}

// Click clicks the element as a person would. go-app may replace a node
// between finding it and clicking it, so a click that finds no node, or a
// stale one, is tried again for a moment.
func (tb *Tab) Click(selector string) {
	tb.t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		err := tb.page.Click(selector)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			tb.fatal("clicking %s: %v", selector, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Keys presses keys into whatever has the focus.
func (tb *Tab) Keys(keys string) {
	tb.t.Helper()
	if err := tb.page.Keys(keys); err != nil {
		tb.fatal("pressing %q: %v", keys, err)
	}
}

// Location is the page's path, query and fragment.
func (tb *Tab) Location() string {
	tb.t.Helper()
	return tb.EvalString(`location.pathname + location.search + location.hash`)
}
