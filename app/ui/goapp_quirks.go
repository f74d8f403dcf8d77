package ui

// This file is the one place that works around go-app (v10) behaviour. Each
// helper names the behaviour it answers; code elsewhere calls the helper
// rather than repeating the workaround.
//
// Two rules follow from go-app and need no helper, only care:
//
//   - A component holds no func fields. go-app redraws a child when one of
//     its exported fields differs from the parent's new render, compared
//     with reflect.DeepEqual, and a non-nil func never equals anything: such
//     a child redraws every time its parent does. Children send events to
//     their owner with ctx.NewAction or ctx.NewActionWithValue, and the
//     owner handles them (onAction, registered when it mounts).
//   - An element's event handler reads what it needs when it runs, from the
//     component's current fields or from the element itself, and captures
//     nothing at render time. go-app keeps an element's first handler when
//     a new render gives it one with the same code, so a closure made inside
//     a loop would fire with the values of the element's first render.

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// boolAttr sets a boolean attribute (checked, selected, disabled) with set,
// but leaves a false one out of the server's HTML. go-app prerenders false
// as name="false", and HTML reads any boolean attribute that is present as
// true: a box meant to be unticked would arrive ticked. In the browser go-app
// sets the element's property instead, and false must be set to clear it.
//
// Used as boolAttr(input, app.HTMLInput.Checked, on).
func boolAttr[E any](el E, set func(E, bool) E, v bool) E {
	if v || app.IsClient {
		return set(el, v)
	}
	return el
}

// go-app's server writes attribute values with Go's strconv.Quote, and HTML
// does not read Go's escapes: a double quote comes out as \" and ends the
// attribute early, and a backslash comes out doubled. The two helpers below
// answer that, one for text the page always shows and one for a value the
// wasm can fill in.

// attrText keeps a text safe inside an attribute on the server and in the
// browser alike: a straight double quote becomes a closing curly one.
func attrText(s string) string {
	return strings.ReplaceAll(s, `"`, "”")
}

// serverSafeAttr is v, except on the server when Go's quoting would alter v:
// then it is empty, and the wasm fills in the value when it draws the page.
func serverSafeAttr(v string) string {
	if app.IsServer && strconv.Quote(v) != `"`+v+`"` {
		return ""
	}
	return v
}

// inlinePieces are the pieces of a text drawn in the browser, and the text
// whole, as one node, on the server. go-app's server writes each child of an
// element that has several on a line of its own, and the line break reads as
// a space: "Medic", a marked "a", "l" would show as "Medic a l" until the wasm
// draws the page. (The server joins the breaks before punctuation itself, in
// app/server/punctuation.go; a word split in the middle cannot be joined so.)
func inlinePieces(whole string, pieces func() []app.UI) []app.UI {
	if app.IsServer {
		return []app.UI{app.Text(whole)}
	}
	return pieces()
}

// drawnOnce keeps what a component drew for a key, and gives the same back
// while the key stays. A dispatch marks the component it comes from and
// every component around it, up to the page, to be drawn again, so each
// OnMount or OnNav below the page frame that changed anything drew the
// frame again: three to five times on every load, each time building the
// whole page anew, printing its static HTML again, and comparing it all
// with what was mounted, to find nothing changed. The same component
// drawn again, go-app finds unchanged without looking inside.
type drawnOnce struct {
	key string
	ui  app.UI
}

func (d *drawnOnce) get(key string, draw func() app.UI) app.UI {
	if d.ui == nil || d.key != key {
		d.key, d.ui = key, draw()
	}
	return d.ui
}

// changedNothingDrawn is said at the end of a lifecycle handler (OnMount,
// OnNav, OnPreRender) that left everything on screen as it was. go-app runs
// each such handler as a dispatch, and a dispatch marks the component and
// every component around it, up to the page, to be drawn again: on every
// load that drew the whole page a second time for nothing.
func changedNothingDrawn(ctx app.Context) { ctx.PreventUpdate() }

// CompoID gives each radio its own input element, a new one when a radio
// stands for another choice. go-app writes an attribute only when the value
// it renders differs from the one it rendered last, and it never sees a
// click: a radio clicked and then reused for the next question within one
// frame would keep its checked property. A new id means a new input, whose
// checked property is set from the render.
func (r *radioChoice) CompoID() string { return r.IID }

// LetTheBrowserIn ends the task the wasm is running in and goes on in a new
// one. go-app starts the app in a single task: Go's own start-up, then
// drawing and mounting the whole page, then every component's OnMount; on
// a phone that is half a second in which the page answers nothing. Waiting
// for a timer parks the only goroutine, and Go's wasm runtime then gives
// the thread back to the browser until the timer calls back.
func LetTheBrowserIn() {
	if !app.IsClient {
		return
	}
	done := make(chan struct{})
	var resume app.Func
	resume = app.FuncOf(func(app.Value, []app.Value) any {
		resume.Release()
		close(done)
		return nil
	})
	app.Window().Call("setTimeout", resume, 0)
	<-done
}

// browserTurn lets the browser in at its place in a long page while the app
// takes over from the prerendered page: go-app mounts the page in one go,
// and LetTheBrowserIn in the middle of it splits that into tasks a phone
// can answer between. The part of the page still to come is built off
// screen, so the prerendered page stays in view and nothing moves. After
// the takeover it does nothing; it draws an empty element, on the server
// too, so both draw the same page.
type browserTurn struct{ app.Compo }

func newBrowserTurn() *browserTurn { return &browserTurn{} }

func (t *browserTurn) Render() app.UI {
	if takingOver {
		LetTheBrowserIn()
	}
	return app.Span().Class("turn")
}

// takingOver is true from the wasm's start until the first page is mounted.
var takingOver = app.IsClient

// tookOver ends the takeover: called when the first page has mounted.
func tookOver() { takingOver = false }
