//go:build !wasm

package engines

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
	"golang.org/x/net/websocket"
)

// FindFirefox locates Firefox: $FIREFOX_PATH, else firefox-esr or firefox
// on the PATH.
func FindFirefox() (string, error) {
	if p := os.Getenv("FIREFOX_PATH"); p != "" {
		return p, nil
	}
	for _, name := range []string{"firefox-esr", "firefox"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Firefox found for the cross-engine tests: install it with `apt-get install -y firefox-esr` (Debian; `make test` does this when run as root), or set FIREFOX_PATH")
}

// firefoxPrefs keep a test browser quiet: no first-run pages, updates,
// telemetry or remote settings. Every host but the loopback goes through a
// proxy that is not there, so nothing leaves the machine; Firefox never
// sends the loopback through a proxy.
const firefoxPrefs = `
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.page", 0);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.newtabpage.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("app.update.disabledForTesting", true);
user_pref("app.normandy.enabled", false);
user_pref("messaging-system.rsexperimentloader.enabled", false);
user_pref("extensions.update.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("browser.region.update.enabled", false);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
`

// Firefox is one headless Firefox, driven over WebDriver BiDi.
type Firefox struct {
	version string
	cmd     *exec.Cmd
	profile string
	conn    *bidiConn
	output  *tail // what Firefox printed, for error messages

	mu    sync.Mutex
	pages map[string]*firefoxPage // by browsing context
}

// bidiOrigin is the Origin the client sends.
const bidiOrigin = "http://127.0.0.1"

var bidiAddress = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// StartFirefox starts a headless Firefox with a fresh profile and opens a
// BiDi session with it.
func StartFirefox(path string) (*Firefox, error) {
	profile, err := os.MkdirTemp("", "hitcoach-firefox-")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		os.RemoveAll(profile)
		return nil, err
	}
	f := &Firefox{profile: profile, pages: map[string]*firefoxPage{}, output: &tail{}}
	f.cmd = exec.Command(path, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0",
		// The WebSocket client sends an Origin, which Firefox refuses unless
		// allowed.
		"--remote-allow-origins="+bidiOrigin, "about:blank")
	f.cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1", "TMPDIR="+profile)
	// A process group of its own, so Close ends its content processes too.
	f.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pipe, err := f.cmd.StderrPipe()
	if err != nil {
		os.RemoveAll(profile)
		return nil, err
	}
	f.cmd.Stdout = f.output
	if err := f.cmd.Start(); err != nil {
		os.RemoveAll(profile)
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	address := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			line := sc.Text()
			f.output.Write([]byte(line + "\n"))
			if m := bidiAddress.FindStringSubmatch(line); m != nil {
				select {
				case address <- m[1]:
				default:
				}
			}
		}
	}()
	var ws string
	select {
	case ws = <-address:
	case <-time.After(60 * time.Second):
		f.Close()
		return nil, fmt.Errorf("Firefox did not open its BiDi port within a minute; it printed:\n%s", f.output)
	}
	if f.conn, err = dialBiDi(ws+"/session", f.event); err != nil {
		f.Close()
		return nil, err
	}
	var session struct {
		Capabilities struct {
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := f.conn.call("session.new", map[string]any{"capabilities": map[string]any{}}, &session); err != nil {
		f.Close()
		return nil, err
	}
	f.version = "Firefox " + session.Capabilities.BrowserVersion
	if err := f.conn.call("session.subscribe", map[string]any{"events": []string{
		"log.entryAdded", "network.beforeRequestSent", "network.responseCompleted", "network.fetchError",
	}}, nil); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func (f *Firefox) Name() string { return f.version }

// Each page has a user context of its own: its storage, cookies and
// service workers are its own, so tests may run side by side.
func (f *Firefox) Isolated() bool { return true }

func (f *Firefox) NewPage() (Page, error) {
	var uc struct {
		UserContext string `json:"userContext"`
	}
	if err := f.conn.call("browser.createUserContext", map[string]any{}, &uc); err != nil {
		return nil, err
	}
	var bc struct {
		Context string `json:"context"`
	}
	if err := f.conn.call("browsingContext.create", map[string]any{"type": "tab", "userContext": uc.UserContext}, &bc); err != nil {
		return nil, err
	}
	p := &firefoxPage{ff: f, context: bc.Context, userContext: uc.UserContext}
	f.mu.Lock()
	f.pages[bc.Context] = p
	f.mu.Unlock()
	return p, nil
}

// Close ends the session and the browser, and removes its profile.
func (f *Firefox) Close() error {
	if f.conn != nil {
		f.conn.call("session.end", map[string]any{}, nil)
		f.conn.close()
	}
	if f.cmd != nil && f.cmd.Process != nil {
		syscall.Kill(-f.cmd.Process.Pid, syscall.SIGKILL)
		f.cmd.Wait()
	}
	return os.RemoveAll(f.profile)
}

// event hands an event to the page it is about.
func (f *Firefox) event(method string, params json.RawMessage) {
	var about struct {
		Context string `json:"context"`
		Source  struct {
			Context string `json:"context"`
		} `json:"source"`
	}
	json.Unmarshal(params, &about)
	id := about.Context
	if id == "" {
		id = about.Source.Context
	}
	f.mu.Lock()
	p := f.pages[id]
	f.mu.Unlock()
	if p != nil {
		p.event(method, params)
	}
}

type firefoxPage struct {
	ff          *Firefox
	context     string
	userContext string
	log         problemLog
}

func (p *firefoxPage) event(method string, params json.RawMessage) {
	switch method {
	case "log.entryAdded":
		var e struct {
			Type  string `json:"type"`
			Level string `json:"level"`
			Text  string `json:"text"`
		}
		json.Unmarshal(params, &e)
		switch {
		case e.Type == "javascript" && strings.HasPrefix(e.Text, "Content-Security-Policy:"):
			p.log.add("refused by the security policy: %s", e.Text)
			return
		case e.Type == "javascript":
			p.log.add("uncaught exception: %s", e.Text)
			return
		}
		p.log.console(e.Level, e.Text)
	case "network.beforeRequestSent":
		var e struct {
			Request struct {
				URL string `json:"url"`
			} `json:"request"`
		}
		json.Unmarshal(params, &e)
		p.log.request(e.Request.URL)
	case "network.responseCompleted":
		var e struct {
			Response struct {
				URL    string `json:"url"`
				Status int    `json:"status"`
			} `json:"response"`
		}
		json.Unmarshal(params, &e)
		if e.Response.Status >= 400 && !e2e.NoPackIsNormal(e.Response.URL, e.Response.Status) {
			p.log.add("HTTP %d for %s", e.Response.Status, e.Response.URL)
		}
	case "network.fetchError":
		var e struct {
			ErrorText string `json:"errorText"`
			Request   struct {
				URL string `json:"url"`
			} `json:"request"`
		}
		json.Unmarshal(params, &e)
		// A navigation that replaces another cancels what the old page was
		// still loading; that is no failure of the app.
		if e.ErrorText != "NS_BINDING_ABORTED" {
			p.log.add("failed request %s: %s", e.Request.URL, e.ErrorText)
		}
	}
}

func (p *firefoxPage) Navigate(url string) error {
	return p.ff.conn.call("browsingContext.navigate", map[string]any{"context": p.context, "url": url, "wait": "complete"}, nil)
}

func (p *firefoxPage) Reload() error {
	return p.ff.conn.call("browsingContext.reload", map[string]any{"context": p.context, "wait": "complete"}, nil)
}

// remoteValue is a value as BiDi serialises it.
type remoteValue struct {
	Type     string          `json:"type"`
	Value    json.RawMessage `json:"value"`
	SharedID string          `json:"sharedId"`
}

func (p *firefoxPage) evaluate(js string, await bool) (remoteValue, error) {
	var r struct {
		Type             string      `json:"type"`
		Result           remoteValue `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := p.ff.conn.call("script.evaluate", map[string]any{
		"expression":      js,
		"target":          map[string]any{"context": p.context},
		"awaitPromise":    await,
		"resultOwnership": "none",
	}, &r)
	if err != nil {
		return remoteValue{}, err
	}
	if r.Type == "exception" {
		return remoteValue{}, fmt.Errorf("the script threw: %s", r.ExceptionDetails.Text)
	}
	return r.Result, nil
}

func (p *firefoxPage) Eval(js string, out any) error {
	v, err := p.evaluate(wrapForJSON(js), true)
	if err != nil {
		return err
	}
	var text string
	if err := json.Unmarshal(v.Value, &text); err != nil {
		return fmt.Errorf("the script returned %s, not JSON text", v.Type)
	}
	return decodeJSON(text, out)
}

func (p *firefoxPage) Click(selector string) error {
	v, err := p.evaluate(findAndCenter(selector), false)
	if err != nil {
		return err
	}
	if v.Type != "node" || v.SharedID == "" {
		return fmt.Errorf("no element matches %s", selector)
	}
	origin := map[string]any{"type": "element", "element": map[string]any{"sharedId": v.SharedID}}
	return p.perform(map[string]any{
		"type": "pointer", "id": "mouse", "parameters": map[string]any{"pointerType": "mouse"},
		"actions": []map[string]any{
			{"type": "pointerMove", "x": 0, "y": 0, "origin": origin},
			{"type": "pointerDown", "button": 0},
			{"type": "pointerUp", "button": 0},
		},
	})
}

func (p *firefoxPage) Keys(keys string) error {
	return p.perform(keyActions(keys))
}

func (p *firefoxPage) perform(source map[string]any) error {
	return p.ff.conn.call("input.performActions", map[string]any{"context": p.context, "actions": []any{source}}, nil)
}

// keyActions is a key input source pressing and releasing each key.
func keyActions(keys string) map[string]any {
	var actions []map[string]any
	for _, r := range keys {
		actions = append(actions, map[string]any{"type": "keyDown", "value": string(r)}, map[string]any{"type": "keyUp", "value": string(r)})
	}
	return map[string]any{"type": "key", "id": "keyboard", "actions": actions}
}

func (p *firefoxPage) Screenshot() ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := p.ff.conn.call("browsingContext.captureScreenshot", map[string]any{"context": p.context}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

func (p *firefoxPage) Problems() []string { return p.log.take() }
func (p *firefoxPage) Requests() []string { return p.log.takeRequests() }

func (p *firefoxPage) Close() error {
	p.ff.mu.Lock()
	delete(p.ff.pages, p.context)
	p.ff.mu.Unlock()
	err := p.ff.conn.call("browsingContext.close", map[string]any{"context": p.context}, nil)
	if err2 := p.ff.conn.call("browser.removeUserContext", map[string]any{"userContext": p.userContext}, nil); err == nil {
		err = err2
	}
	return err
}

// bidiConn is a WebDriver BiDi connection: commands with ids, answered in
// any order, and events in between.
type bidiConn struct {
	ws     *websocket.Conn
	events func(method string, params json.RawMessage)

	mu      sync.Mutex
	nextID  int
	pending map[int]chan bidiMessage
	err     error // why the connection ended
}

type bidiMessage struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

func dialBiDi(address string, events func(string, json.RawMessage)) (*bidiConn, error) {
	ws, err := websocket.Dial(address, "", bidiOrigin)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", address, err)
	}
	c := &bidiConn{ws: ws, events: events, pending: map[int]chan bidiMessage{}}
	go c.read()
	return c, nil
}

// read hands each answer to the command waiting for it and each event to
// the handler, until the connection ends. The WebSocket reads as one stream
// of JSON messages whatever its frames.
func (c *bidiConn) read() {
	dec := json.NewDecoder(c.ws)
	for {
		var m bidiMessage
		if err := dec.Decode(&m); err != nil {
			c.mu.Lock()
			c.err = fmt.Errorf("the BiDi connection ended: %w", err)
			for id, ch := range c.pending {
				close(ch)
				delete(c.pending, id)
			}
			c.mu.Unlock()
			return
		}
		if m.Type == "event" {
			c.events(m.Method, m.Params)
			continue
		}
		c.mu.Lock()
		ch := c.pending[m.ID]
		delete(c.pending, m.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

// commandTimeout bounds every command; the longest is a navigation that
// waits for a page and its wasm to load.
const commandTimeout = 90 * time.Second

func (c *bidiConn) call(method string, params any, out any) error {
	ch := make(chan bidiMessage, 1)
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return c.err
	}
	c.nextID++
	id := c.nextID
	c.pending[id] = ch
	c.mu.Unlock()
	b, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := websocket.Message.Send(c.ws, string(b)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	defer cancel()
	select {
	case m, ok := <-ch:
		if !ok {
			c.mu.Lock()
			defer c.mu.Unlock()
			return fmt.Errorf("%s: %w", method, c.err)
		}
		if m.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, m.Error, m.Message)
		}
		if out != nil {
			return json.Unmarshal(m.Result, out)
		}
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		return fmt.Errorf("%s: no answer within %v", method, commandTimeout)
	}
}

func (c *bidiConn) close() { c.ws.Close() }

// tail keeps the last few kilobytes a browser printed, for error messages.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, b...)
	if n := len(t.buf); n > 8192 {
		t.buf = append([]byte(nil), t.buf[n-8192:]...)
	}
	return len(b), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

var _ io.Writer = (*tail)(nil)
