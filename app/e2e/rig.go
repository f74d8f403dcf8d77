//go:build !wasm

package e2e

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/app/ui"
)

// The rig: one built app, one server, one browser for each test package.
var (
	appRoot    string // directory holding web/ with app.wasm
	serverURL  string // the running server, such as http://127.0.0.1:41234
	browserCtx context.Context
	chromePath string
)

// AppRoot is the directory holding web/ with the built app.wasm.
func AppRoot() string { return appRoot }

// ServerURL is the origin of the app server the tests run against.
func ServerURL() string { return serverURL }

// ModuleRoot is the repository root.
func ModuleRoot() string { return moduleRoot() }

// Main is the TestMain of every browser-test package: it prepares the app,
// the server and the browser, runs the tests and exits.
func Main(m *testing.M) {
	os.Exit(runMain(m))
}

// MainStatus is Main for a package that has something to clean up after its
// tests: it returns the exit status instead of exiting.
func MainStatus(m *testing.M) int { return runMain(m) }

func runMain(m *testing.M) int {
	var err error
	if chromePath, err = findChromium(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	stop, err := Serve()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer stop()

	ctx, cancel := NewBrowser("")
	defer cancel()
	browserCtx = ctx
	// Start the browser now, so a broken install fails once, clearly.
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: starting Chromium at", chromePath+":", err)
		return 1
	}
	return m.Run()
}

// Serve prepares the app and starts the server at ServerURL, as Main does
// before it starts Chromium; the tests of other engines (app/e2e/engines)
// start their browsers themselves.
func Serve() (stop func(), err error) {
	if appRoot, err = prepareApp(); err != nil {
		return nil, fmt.Errorf("building the app: %w", err)
	}
	ui.Routes()
	if stop, err = startServer(); err != nil {
		return nil, fmt.Errorf("starting the server: %w", err)
	}
	return stop, nil
}

// findChromium locates a Chrome or Chromium binary. The tests must never
// pass by skipping, so a missing browser is an error that says what to do.
func findChromium() (string, error) {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found for the browser tests: install it with `apt-get install -y chromium` (Debian/Ubuntu; `make test` does this when run as root), or set CHROME_PATH to a Chrome or Chromium binary")
}

// moduleRoot is the repository root, two levels above this package.
func moduleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// prepareApp returns a directory with web/ holding a fresh app.wasm. `make
// test` builds it first and passes HITCOACH_ROOT; a plain `go test` builds
// it here.
func prepareApp() (string, error) {
	if root := os.Getenv("HITCOACH_ROOT"); root != "" {
		if _, err := os.Stat(filepath.Join(root, "web", "app.wasm")); err != nil {
			return "", fmt.Errorf("HITCOACH_ROOT=%s has no web/app.wasm (run make build): %w", root, err)
		}
		return root, nil
	}
	dir, err := os.MkdirTemp("", "hitcoach-e2e-")
	if err != nil {
		return "", err
	}
	if err := CopyTree(filepath.Join(moduleRoot(), "web"), filepath.Join(dir, "web")); err != nil {
		return "", err
	}
	if err := BuildWasm(moduleRoot(), filepath.Join(dir, "web", "app.wasm")); err != nil {
		return "", err
	}
	return dir, nil
}

// WasmGCFlags and WasmLDFlags are the Makefile's WASM_GCFLAGS and
// WASM_LDFLAGS, so tests run without make use the wasm make builds.
const (
	WasmGCFlags = "github.com/...=-l"
	WasmLDFlags = "-s -w"
)

func BuildWasm(module, out string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-gcflags="+WasmGCFlags, "-ldflags="+WasmLDFlags, "-o", out, ".")
	cmd.Dir = module
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v\n%s", err, b)
	}
	return nil
}

func CopyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(path, ".wasm") || strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".br") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// startServer runs the real server, as `make run` does, on a free loopback
// port.
func startServer() (stop func(), err error) {
	h, err := server.NewServer(server.Options{Root: appRoot})
	if err != nil {
		return nil, err
	}
	url, stop, err := ServeOnLoopback(h)
	if err != nil {
		return nil, err
	}
	serverURL = url
	return stop, nil
}

func ServeOnLoopback(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

// NewBrowser starts a headless Chromium for the tests. An empty profile
// directory means a fresh temporary one.
//
// V8 compiles the wasm's busiest functions a second time, optimised, on
// background threads: on two cores that is CPU the tests' pages wait for,
// and it changes nothing they check. The tests turn it off; the benchmark
// (NewBenchBrowser) runs the browser as a visitor has it.
func NewBrowser(profile string) (context.Context, context.CancelFunc) {
	return newBrowser(profile, chromedp.Flag("js-flags", "--no-wasm-tier-up"))
}

// NewBenchBrowser starts a headless Chromium as a visitor has it.
func NewBenchBrowser(profile string) (context.Context, context.CancelFunc) {
	return newBrowser(profile)
}

func newBrowser(profile string, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromePath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	if profile != "" {
		opts = append(opts, chromedp.UserDataDir(profile))
	}
	// Chromium leaves a directory of its own in the temp dir at every start;
	// given one of ours, it goes when the browser does.
	scratch, err := os.MkdirTemp("", "hitcoach-chromium-")
	if err == nil {
		opts = append(opts, chromedp.Env("TMPDIR="+scratch))
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:], opts...)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	return ctx, func() {
		cancel()
		cancelAlloc()
		if scratch != "" {
			os.RemoveAll(scratch)
		}
	}
}

// Tab is one browser tab under test. It records every problem the page
// reports: console errors, Go panics, uncaught exceptions, failed requests
// and requests to any host but the app's own.
type Tab struct {
	t   *testing.T
	ctx context.Context

	mu           sync.Mutex
	problems     []string
	requests     []string
	allowFailure []*regexp.Regexp
	origin       string
}

// NewTab opens a tab in the shared browser.
func NewTab(t *testing.T) *Tab { return NewTabIn(t, browserCtx, serverURL) }

// NewTabIn opens a tab in the given browser for the app served at origin.
func NewTabIn(t *testing.T, parent context.Context, origin string) *Tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	tb := &Tab{t: t, ctx: ctx, origin: origin}
	t.Cleanup(func() {
		tb.report()
		cancelTimeout()
		cancel()
	})
	u, _ := url.Parse(origin)
	host := u.Host
	if err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			tb.checkRequest(host, ev.Request.URL)
		case *network.EventLoadingFailed:
			if !ev.Canceled {
				tb.problem("failed request %s: %s", ev.RequestID, ev.ErrorText)
			}
		case *network.EventResponseReceived:
			if ev.Response.Status >= 400 && !NoPackIsNormal(ev.Response.URL, int(ev.Response.Status)) {
				tb.problem("HTTP %d for %s", ev.Response.Status, ev.Response.URL)
			}
		}
	}); err != nil {
		t.Fatalf("listening to the tab: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("enabling network events: %v", err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			text := m.Text
			switch {
			case m.IsException():
				tb.problem("uncaught exception: %s", text)
			case m.Type == "error" && m.Source == "network" && strings.Contains(text, "status of 404") && NoPackIsNormal(m.URL, 404):
				// The browser's own note of the 404 above.
			case m.Type == "error":
				tb.problem("console error: %s", text)
			case strings.Contains(text, "panic:") || strings.Contains(text, "fatal error:"):
				tb.problem("Go panic: %s", text)
			}
		}
	}()
	return tb
}

func (tb *Tab) checkRequest(host, raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		tb.problem("unparsable request URL %q", raw)
		return
	}
	tb.mu.Lock()
	tb.requests = append(tb.requests, raw)
	tb.mu.Unlock()
	switch u.Scheme {
	case "data", "blob", "about":
		return
	}
	if u.Host != host {
		tb.problem("request to another host: %s", raw)
	}
}

// AllowFailures accepts problems matching the pattern, for tests that cause
// failures on purpose (a 404 page, going offline).
func (tb *Tab) AllowFailures(pattern string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.allowFailure = append(tb.allowFailure, regexp.MustCompile(pattern))
}

func (tb *Tab) problem(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, re := range tb.allowFailure {
		if re.MatchString(msg) {
			return
		}
	}
	tb.problems = append(tb.problems, msg)
}

// Requests returns every URL the tab has requested so far.
func (tb *Tab) Requests() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.requests...)
}

// report fails the test on any recorded problem and saves a screenshot of a
// failed test where the log shows it.
func (tb *Tab) report() {
	tb.mu.Lock()
	problems := append([]string(nil), tb.problems...)
	tb.mu.Unlock()
	for _, p := range problems {
		tb.t.Errorf("page problem: %s", p)
	}
	if !tb.t.Failed() {
		return
	}
	dir := os.Getenv("E2E_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hitcoach-e2e")
	}
	os.MkdirAll(dir, 0o755)
	ctx, cancel := context.WithTimeout(tb.ctx, 10*time.Second)
	defer cancel()
	// A quality below 100 makes Chromium send a JPEG.
	jpeg, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		tb.t.Logf("no screenshot: %v", err)
		return
	}
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(tb.t.Name(), "_")
	path := filepath.Join(dir, name+".jpg")
	if err := os.WriteFile(path, jpeg, 0o644); err == nil {
		tb.t.Logf("screenshot of the failure: %s", path)
	}
}

// Do runs actions and fails the test on error.
func (tb *Tab) Do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// Run runs one action with a value and fails the test on error.
func Run[T any](tb *Tab, a chromedp.Action[T]) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, a)
	if err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
	return v
}

// Open loads a page of the app and waits until the wasm has taken over.
func (tb *Tab) Open(path string) {
	tb.t.Helper()
	tb.Do(chromedp.Navigate(tb.origin + path))
	tb.WaitForApp()
}

// WaitForApp waits until go-app's loader is gone and the app has mounted.
// OpenSaved opens a page and waits until its quiz, plan or job kit has
// read the saved state (data-loaded="true").
func (tb *Tab) OpenSaved(path string) {
	tb.Open(path)
	tb.WaitSavedLoaded()
}

// ReloadSaved reloads the page as OpenSaved opens it.
func (tb *Tab) ReloadSaved() {
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	tb.WaitSavedLoaded()
}

// WaitSavedLoaded waits until the page has read the saved state.
func (tb *Tab) WaitSavedLoaded() {
	tb.WaitFor("the saved state to load", `document.querySelector('[data-loaded="true"]') !== null`)
}

// Click clicks the element as a person would. go-app may replace a node
// between finding it and clicking it, so a vanished node is looked up again.
func (tb *Tab) Click(selector string) {
	for try := 0; ; try++ {
		err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(selector), chromedp.NodeVisible))
		if err == nil {
			return
		}
		if try == 2 || !strings.Contains(err.Error(), "Could not find node") {
			tb.Do(chromedp.Click(chromedp.CSS(selector), chromedp.NodeVisible))
			return
		}
	}
}

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

// Eval evaluates JavaScript, awaiting a promise, and returns its JSON value.
func (tb *Tab) Eval(js string) any {
	tb.t.Helper()
	return Run(tb, chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise))
}

// Text returns the visible text of the first element matching a CSS
// selector, waiting for it to appear.
func (tb *Tab) Text(selector string) string {
	tb.t.Helper()
	return Run(tb, chromedp.Text(chromedp.CSS(selector), chromedp.NodeVisible))
}

// WaitText waits until the element's visible text contains want.
func (tb *Tab) WaitText(selector, want string) {
	tb.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var got string
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.innerText : ""; })()`, selector)))
		if err == nil && strings.Contains(v, want) {
			return
		}
		got = v
		time.Sleep(50 * time.Millisecond)
	}
	tb.t.Fatalf("%s never showed %q; it shows:\n%.2000s", selector, want, got)
}

// WaitFor polls a JavaScript condition until it holds, for up to 20
// seconds, and fails the test naming what it waited for when it never does.
func (tb *Tab) WaitFor(what, cond string) {
	tb.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`(() => { try { return !!(`+cond+`); } catch (e) { return false; } })()`))
		if err == nil && ok {
			return
		}
		time.Sleep(40 * time.Millisecond)
	}
	tb.t.Fatalf("timed out waiting until %s", what)
}

// Call runs a raw protocol command on the tab.
func Call[P, R any](tb *Tab, cmd cdp.Command[P, R], params P) R {
	tb.t.Helper()
	r, err := chromedp.Call(tb.ctx, cmd, params)
	if err != nil {
		tb.t.Fatalf("%s: %v", cmd.Method, err)
	}
	return r
}

// Ctx is the tab's chromedp context, for actions the rig has no helper for.
func (tb *Tab) Ctx() context.Context { return tb.ctx }

// Origin is the origin of the app this tab tests.
func (tb *Tab) Origin() string { return tb.origin }

// TakeProblems returns the problems recorded so far and forgets them, for
// tests that check the rig itself notices a problem.
func (tb *Tab) TakeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	p := tb.problems
	tb.problems = nil
	return p
}
