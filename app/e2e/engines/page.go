//go:build !wasm

package engines

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// Page is one page of a browser under test, driven as a person would:
// addresses, pointer clicks and key presses go through the engine's own
// input handling, not through JavaScript.
type Page interface {
	// Navigate loads an address and returns once the document has loaded.
	Navigate(url string) error
	// Reload loads the page again, as the reload button does.
	Reload() error
	// Eval evaluates a JavaScript expression in the page, awaits it when it
	// is a promise, and decodes its JSON value into out (unless out is nil).
	Eval(js string, out any) error
	// Click scrolls the first element matching a CSS selector into view and
	// clicks its centre with the mouse.
	Click(selector string) error
	// Keys presses and releases each key of keys in turn, into whatever has
	// the focus. Special keys are WebDriver's codes, such as KeyEnter.
	Keys(keys string) error
	// Screenshot is a PNG of the viewport.
	Screenshot() ([]byte, error)
	// Problems returns what the page has reported since the last call:
	// uncaught exceptions, console errors, Go panics and failed requests.
	Problems() []string
	// Requests returns the addresses the page has asked for since the last
	// call, as far as the engine tells.
	Requests() []string
	// Close closes the page.
	Close() error
}

// Engine opens pages in one browser.
type Engine interface {
	// Name is the engine as a report names it, such as "Firefox ESR 153.8.0esr".
	Name() string
	// NewPage opens a page. Isolated engines give each page storage of its
	// own; the others share one page's storage and run one test at a time.
	NewPage() (Page, error)
	Isolated() bool
	Close() error
}

// WebDriver's codes for the keys that type no character, used by both
// protocols.
const (
	KeyTab       = "\uE004"
	KeyEnter     = "\uE007"
	KeyEscape    = "\uE00C"
	KeyArrowUp   = "\uE013"
	KeyArrowDown = "\uE015"
)

// problemLog collects a page's problems and requests from event handlers.
type problemLog struct {
	mu       sync.Mutex
	problems []string
	requests []string
}

func (l *problemLog) add(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.problems = append(l.problems, fmt.Sprintf(format, args...))
}

func (l *problemLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	p := l.problems
	l.problems = nil
	return p
}

func (l *problemLog) request(url string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.requests = append(l.requests, url)
}

func (l *problemLog) takeRequests() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.requests
	l.requests = nil
	return r
}

// console records a console message when it is an error or a Go panic.
func (l *problemLog) console(level, text string) {
	switch {
	case strings.Contains(text, "panic:") || strings.Contains(text, "fatal error:"):
		l.add("Go panic: %s", text)
	case level == "error":
		l.add("console error: %s", text)
	}
}

// wrapForJSON makes an expression's value come back as JSON text, the one
// form both protocols return unchanged; undefined comes back as null.
func wrapForJSON(js string) string {
	return `Promise.resolve().then(() => (` + js + `)).then((v) => v === undefined ? "null" : JSON.stringify(v))`
}

func decodeJSON(text string, out any) error {
	if out == nil {
		return nil
	}
	if err := json.Unmarshal([]byte(text), out); err != nil {
		return fmt.Errorf("reading the value %.200s: %w", text, err)
	}
	return nil
}

// findAndCenter is a script that scrolls the element into the middle of the
// viewport and returns it, or null. A click needs the element in view.
func findAndCenter(selector string) string {
	b, _ := json.Marshal(selector)
	return `(() => { const e = document.querySelector(` + string(b) + `); if (e) e.scrollIntoView({block: "center", inline: "center"}); return e; })()`
}
