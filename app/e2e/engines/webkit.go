//go:build !wasm

package engines

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// WebKitTools are the programs the WebKit tests need: Debian's
// webkit2gtk-driver and its MiniBrowser, and Xvfb for a screen, as
// WebKitGTK draws into a real display.
type WebKitTools struct {
	Driver, MiniBrowser, Xvfb string
}

// FindWebKit locates the tools, each overridable: $WEBKIT_DRIVER_PATH,
// $MINIBROWSER_PATH and $XVFB_PATH.
func FindWebKit() (WebKitTools, error) {
	var w WebKitTools
	var missing []string
	look := func(env string, names ...string) string {
		if p := os.Getenv(env); p != "" {
			return p
		}
		for _, n := range names {
			if strings.ContainsRune(n, '*') {
				if m, _ := filepath.Glob(n); len(m) > 0 {
					return m[len(m)-1]
				}
				continue
			}
			if p, err := exec.LookPath(n); err == nil {
				return p
			}
		}
		missing = append(missing, names[0])
		return ""
	}
	w.Driver = look("WEBKIT_DRIVER_PATH", "WebKitWebDriver")
	w.MiniBrowser = look("MINIBROWSER_PATH", "/usr/lib/*/webkit2gtk-4.*/MiniBrowser", "/usr/libexec/webkit2gtk-4.*/MiniBrowser")
	w.Xvfb = look("XVFB_PATH", "Xvfb")
	if len(missing) > 0 {
		return w, fmt.Errorf("the WebKit tests need %s: install them with `apt-get install -y webkit2gtk-driver xvfb` (Debian; `make test` does this when run as root)", strings.Join(missing, ", "))
	}
	return w, nil
}

// WebKit is one MiniBrowser on a screen of its own, driven through
// WebKitWebDriver. The driver holds one session, which is one browser, so
// there is one page, and the tests take turns with it.
type WebKit struct {
	version string
	xvfb    *exec.Cmd
	driver  *exec.Cmd
	scratch string
	output  *tail
	base    string // the session's address on the driver
	page    *webkitPage
}

// StartWebKit starts Xvfb on a free display, then the driver, then a
// session, which starts MiniBrowser.
func StartWebKit(tools WebKitTools) (*WebKit, error) {
	w := &WebKit{output: &tail{}}
	var err error
	if w.scratch, err = os.MkdirTemp("", "hitcoach-webkit-"); err != nil {
		return nil, err
	}
	display, err := w.startXvfb(tools.Xvfb)
	if err != nil {
		w.Close()
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		w.Close()
		return nil, err
	}
	w.driver = exec.Command(tools.Driver, "--port="+strconv.Itoa(port), "--host=127.0.0.1")
	w.driver.Env = append(os.Environ(), "DISPLAY=:"+display, "TMPDIR="+w.scratch, "XDG_RUNTIME_DIR="+w.scratch,
		"XDG_DATA_HOME="+filepath.Join(w.scratch, "data"), "XDG_CACHE_HOME="+filepath.Join(w.scratch, "cache"),
		// No accessibility bus to look for, which otherwise costs seconds.
		"NO_AT_BRIDGE=1")
	w.driver.Stdout, w.driver.Stderr = w.output, w.output
	w.driver.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := w.driver.Start(); err != nil {
		w.Close()
		return nil, fmt.Errorf("starting %s: %w", tools.Driver, err)
	}
	driverURL := "http://127.0.0.1:" + strconv.Itoa(port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(driverURL + "/status")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			w.Close()
			return nil, fmt.Errorf("WebKitWebDriver did not answer within 30 s: %v; it printed:\n%s", err, w.output)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var session struct {
		SessionID    string `json:"sessionId"`
		Capabilities struct {
			BrowserName    string `json:"browserName"`
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{"binary": tools.MiniBrowser, "args": []string{"--automation"}},
	}}}
	if err := webdriverCall(http.MethodPost, driverURL+"/session", caps, &session); err != nil {
		w.Close()
		return nil, fmt.Errorf("starting MiniBrowser: %w; the driver printed:\n%s", err, w.output)
	}
	w.base = driverURL + "/session/" + session.SessionID
	w.version = "WebKitGTK " + session.Capabilities.BrowserVersion
	// Scripts wait for the app for up to a minute; WebDriver's default is 30 s.
	if err := webdriverCall(http.MethodPost, w.base+"/timeouts", map[string]any{"script": 90000, "pageLoad": 90000}, nil); err != nil {
		w.Close()
		return nil, err
	}
	w.page = &webkitPage{w: w}
	return w, nil
}

// startXvfb starts a virtual screen on the first free display and returns
// its number, which Xvfb writes to the pipe -displayfd names.
func (w *WebKit) startXvfb(path string) (string, error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	w.xvfb = exec.Command(path, "-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp")
	w.xvfb.ExtraFiles = []*os.File{wr}
	w.xvfb.Stdout, w.xvfb.Stderr = w.output, w.output
	w.xvfb.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = w.xvfb.Start()
	wr.Close()
	if err != nil {
		return "", fmt.Errorf("starting %s: %w", path, err)
	}
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case d := <-got:
		if d == "" {
			//lint:ignore ST1005 Xvfb is a name
			return "", fmt.Errorf("Xvfb gave no display; it printed:\n%s", w.output)
		}
		return d, nil
	case <-time.After(30 * time.Second):
		//lint:ignore ST1005 Xvfb is a name
		return "", fmt.Errorf("Xvfb gave no display within 30 s; it printed:\n%s", w.output)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (w *WebKit) Name() string   { return w.version }
func (w *WebKit) Isolated() bool { return false }

// NewPage returns the one page; its Close leaves it open for the next test.
func (w *WebKit) NewPage() (Page, error) { return w.page, nil }

// Close ends the session, the driver and the screen.
func (w *WebKit) Close() error {
	if w.base != "" {
		webdriverCall(http.MethodDelete, w.base, nil, nil)
	}
	for _, c := range []*exec.Cmd{w.driver, w.xvfb} {
		if c != nil && c.Process != nil {
			syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
			c.Wait()
		}
	}
	return os.RemoveAll(w.scratch)
}

// webdriverCall sends one classic WebDriver command and decodes its value.
func webdriverCall(method, url string, body any, out any) error {
	var in io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		in = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, in)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	client := http.Client{Timeout: commandTimeout}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Value json.RawMessage `json:"value"`
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("WebDriver answered %s: %.300s", resp.Status, b)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		json.Unmarshal(r.Value, &e)
		return fmt.Errorf("%s: %s", e.Error, e.Message)
	}
	if out != nil {
		return json.Unmarshal(r.Value, out)
	}
	return nil
}

type webkitPage struct {
	w   *WebKit
	log problemLog
}

func (p *webkitPage) call(method, path string, body, out any) error {
	return webdriverCall(method, p.w.base+path, body, out)
}

// Classic WebDriver sends no events, so the page records its own problems
// into window.__problems, and they and the page's requests are read before
// the page is left. What happens before the recorder is in place (the load
// itself) goes unseen, but for requests, which the browser's resource
// timing lists from the start.
const installRecorder = `(() => {
	if (window.__problems) return;
	const problems = window.__problems = [];
	const text = (args) => args.map((a) => a instanceof Error ? a.stack || String(a) : String(a)).join(" ");
	const error = console.error, log = console.log;
	console.error = (...args) => { problems.push("console error: " + text(args)); error.apply(console, args); };
	console.log = (...args) => { const t = text(args); if (t.includes("panic:") || t.includes("fatal error:")) problems.push("Go panic: " + t); log.apply(console, args); };
	addEventListener("error", (e) => problems.push("uncaught exception: " + (e.error && e.error.stack || e.message)));
	addEventListener("securitypolicyviolation", (e) => problems.push("refused by the security policy: " + e.blockedURI));
	addEventListener("unhandledrejection", (e) => problems.push("uncaught exception: " + (e.reason && e.reason.stack || e.reason)));
})()`

const readRecords = `(() => ({
	problems: (window.__problems || []).splice(0),
	requests: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).filter((e) => !e.__read && (e.__read = true)).map((e) => e.name),
}))()`

// collect reads what the page recorded, before it is left. The page's
// own address counts as a request: a page on another host may be an error
// page with no scripts and no timing.
func (p *webkitPage) collect() {
	var address string
	if err := p.call(http.MethodGet, "/url", nil, &address); err == nil {
		p.log.request(address)
	}
	var r struct {
		Problems []string `json:"problems"`
		Requests []string `json:"requests"`
	}
	if err := p.Eval(readRecords, &r); err != nil {
		return
	}
	for _, pr := range r.Problems {
		p.log.add("%s", pr)
	}
	for _, u := range r.Requests {
		p.log.request(u)
	}
}

func (p *webkitPage) record() { p.Eval(installRecorder, nil) }

func (p *webkitPage) Navigate(url string) error {
	p.collect()
	if err := p.call(http.MethodPost, "/url", map[string]any{"url": url}, nil); err != nil {
		return err
	}
	p.record()
	return nil
}

func (p *webkitPage) Reload() error {
	p.collect()
	if err := p.call(http.MethodPost, "/refresh", map[string]any{}, nil); err != nil {
		return err
	}
	p.record()
	return nil
}

func (p *webkitPage) Eval(js string, out any) error {
	script := `const done = arguments[arguments.length - 1];
		(` + wrapForJSON(js) + `).then((v) => done({value: v}), (e) => done({error: String(e && e.stack || e)}));`
	var r struct {
		Value *string `json:"value"`
		Error string  `json:"error"`
	}
	if err := p.call(http.MethodPost, "/execute/async", map[string]any{"script": script, "args": []any{}}, &r); err != nil {
		return err
	}
	if r.Value == nil {
		return fmt.Errorf("the script threw: %s", r.Error)
	}
	return decodeJSON(*r.Value, out)
}

// elementKey is how classic WebDriver names an element in JSON.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

func (p *webkitPage) Click(selector string) error {
	// The driver's own click scrolls too, but only as far as the edge,
	// under a sticky header; the middle of the screen is clear.
	script := `return ` + findAndCenter(selector)
	var el map[string]string
	if err := p.call(http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": []any{}}, &el); err != nil {
		return err
	}
	if el[elementKey] == "" {
		return fmt.Errorf("no element matches %s", selector)
	}
	return p.call(http.MethodPost, "/element/"+el[elementKey]+"/click", map[string]any{}, nil)
}

func (p *webkitPage) Keys(keys string) error {
	if err := p.call(http.MethodPost, "/actions", map[string]any{"actions": []any{keyActions(keys)}}, nil); err != nil {
		return err
	}
	return p.call(http.MethodDelete, "/actions", nil, nil)
}

func (p *webkitPage) Screenshot() ([]byte, error) {
	var data string
	if err := p.call(http.MethodGet, "/screenshot", nil, &data); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(data)
}

func (p *webkitPage) Problems() []string {
	p.collect()
	return p.log.take()
}

func (p *webkitPage) Requests() []string {
	p.collect()
	return p.log.takeRequests()
}

// Close keeps the one page for the next test, on a blank page so nothing of
// this test runs on.
func (p *webkitPage) Close() error {
	p.collect()
	p.log.take()
	p.log.takeRequests()
	return p.call(http.MethodPost, "/url", map[string]any{"url": "about:blank"}, nil)
}
