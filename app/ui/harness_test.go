package ui

import (
	"errors"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// These tests run components in go-app's test engine, natively: go-app
// builds and updates the component tree as in a browser, with no page to
// draw it in. What they read is the HTML of the mounted tree, as the
// engine holds it after each change.
//
// go-app runs OnMount only in a browser and OnPreRender only outside one,
// so the hosts below run an owner's OnMount from OnPreRender, with the
// owner's own context, as the browser would: its action handlers are in
// place, and actions sent through its context reach them as a child's do.

type flowHost struct{ *quizFlow }

func (h *flowHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

type boardHost struct{ *planBoard }

func (h *boardHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

// explorerHost leaves out the explorer's own OnPreRender, which reads the
// engine's address ("/"): a test sets the explorer's address beforehand.
type explorerHost struct {
	*salaryExplorer
	ctx app.Context
}

func (h *explorerHost) OnPreRender(ctx app.Context) {
	h.OnMount(ctx)
	h.ctx = ctx
}

// contextHost lends its context to a test, to send actions and to watch
// for them, and holds what the test mounts beside it in the same engine.
type contextHost struct {
	app.Compo
	ctx   app.Context
	child app.UI
}

func (h *contextHost) OnPreRender(ctx app.Context) { h.ctx = ctx }
func (h *contextHost) Render() app.UI              { return app.Div().Body(h.child) }

// mount loads c into a fresh test engine and runs what its mounting set off.
func mount(t *testing.T, c app.Composer) app.TestEngine {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return e
}

// sent mounts a context host, with child if it is not nil, and returns its
// context and the actions it receives under the given names, oldest first.
func sent(t *testing.T, child app.UI, names ...string) (app.Context, app.TestEngine, *[]app.Action) {
	t.Helper()
	h := &contextHost{child: child}
	e := mount(t, h)
	got := &[]app.Action{}
	for _, n := range names {
		h.ctx.Handle(n, func(ctx app.Context, a app.Action) { *got = append(*got, a) })
	}
	return h.ctx, e, got
}

// event is a DOM event as a handler receives it; natively it does nothing.
func event() app.Event { return app.Event{Value: app.Undefined()} }

// memoryStore stands in for local storage; failSet makes every write fail,
// as a browser that refuses storage does.
type memoryStore struct {
	m       map[string]string
	failSet bool
}

func (s *memoryStore) get(key string) (string, error) { return s.m[key], nil }
func (s *memoryStore) set(key, value string) error {
	if s.failSet {
		return errors.New("the storage is full")
	}
	s.m[key] = value
	return nil
}
func (s *memoryStore) remove(key string) error { delete(s.m, key); return nil }

// saved returns the decoded state in the store.
func (s *memoryStore) saved(t *testing.T) store.State {
	t.Helper()
	st, err := store.Decode([]byte(s.m[store.Key]))
	if err != nil {
		t.Fatalf("the saved state does not decode: %v", err)
	}
	return st
}

// useMemoryStore puts a memory store, holding st if it is not nil, in the
// place of local storage for the test.
func useMemoryStore(t *testing.T, st *store.State) *memoryStore {
	s := &memoryStore{m: map[string]string{}}
	if st != nil {
		s.m[store.Key] = string(store.Encode(*st))
	}
	old := savedData
	savedData = s
	// What the session kept of refused writes, and whether it said so,
	// start afresh with the store.
	unsaved.raw, unsaved.reason, cannotSaveTold = nil, "", false
	t.Cleanup(func() {
		savedData = old
		unsaved.raw, unsaved.reason, cannotSaveTold = nil, "", false
	})
	return s
}

// page is the HTML of a UI tree with each element's attributes sorted by
// name: go-app writes them in map order.
type page string

var (
	startTag  = regexp.MustCompile(`<([a-z0-9]+)((?: [^\s=>]+(?:="(?:[^"\\]|\\.)*")?)*)>`)
	attribute = regexp.MustCompile(` ([^\s=>]+)(?:=("(?:[^"\\]|\\.)*"))?`)
)

func htmlOf(ui app.UI) page {
	return page(startTag.ReplaceAllStringFunc(app.HTMLString(ui), func(tag string) string {
		m := startTag.FindStringSubmatch(tag)
		attrs := attribute.FindAllString(m[2], -1)
		sort.Strings(attrs)
		return "<" + m[1] + strings.Join(attrs, "") + ">"
	}))
}

// has reports whether the page shows text (within one text node).
func (p page) has(text string) bool { return strings.Contains(string(p), html.EscapeString(text)) }

// element is a start tag: its name and attributes, a bare attribute with
// the value "".
type element struct {
	name  string
	attrs map[string]string
}

func (p page) elements() []element {
	var out []element
	for _, m := range startTag.FindAllStringSubmatch(string(p), -1) {
		el := element{name: m[1], attrs: map[string]string{}}
		for _, a := range attribute.FindAllStringSubmatch(m[2], -1) {
			v := ""
			if a[2] != "" {
				v, _ = strconv.Unquote(a[2])
			}
			el.attrs[a[1]] = v
		}
		out = append(out, el)
	}
	return out
}

// byID is the element with the id, if there is one.
func (p page) byID(id string) (element, bool) {
	for _, el := range p.elements() {
		if el.attrs["id"] == id {
			return el, true
		}
	}
	return element{}, false
}

// textOf is the text of the element with the id, when that is all it holds.
func (p page) textOf(id string) string {
	s := string(p)
	for _, m := range startTag.FindAllStringIndex(s, -1) {
		if el := page(s[m[0]:m[1]]).elements(); len(el) == 1 && el[0].attrs["id"] == id {
			rest := s[m[1]:]
			if end := strings.IndexByte(rest, '<'); end >= 0 {
				rest = rest[:end]
			}
			return html.UnescapeString(strings.TrimSpace(rest))
		}
	}
	return ""
}

// checked lists the ids of the checked inputs, in page order.
func (p page) checked() []string {
	var ids []string
	for _, el := range p.elements() {
		if _, ok := el.attrs["checked"]; ok && el.name == "input" {
			ids = append(ids, el.attrs["id"])
		}
	}
	return ids
}

// attr is an attribute of the element with the id; ok is false when either
// is missing.
func (p page) attr(id, name string) (string, bool) {
	el, ok := p.byID(id)
	if !ok {
		return "", false
	}
	v, ok := el.attrs[name]
	return v, ok
}
