package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// radioChoice is one labelled radio button of a group.
type radioChoice struct {
	app.Compo
	IID       string
	IName     string
	IValue    string
	ILabel    string
	IChecked  bool
	IOnChange app.EventHandler

	// syncedID and syncedChecked are what the input was last set to show.
	syncedID      string
	syncedChecked bool
}

func newRadioChoice() *radioChoice { return &radioChoice{} }

// ID is the input's id; Name the group's.
func (r *radioChoice) ID(v string) *radioChoice   { r.IID = v; return r }
func (r *radioChoice) Name(v string) *radioChoice { r.IName = v; return r }

// Value is the value the input submits.
func (r *radioChoice) Value(v string) *radioChoice { r.IValue = v; return r }

// Label is the text a person reads and clicks.
func (r *radioChoice) Label(v string) *radioChoice { r.ILabel = v; return r }

// Checked marks the chosen radio.
func (r *radioChoice) Checked(v bool) *radioChoice { r.IChecked = v; return r }

// OnChange runs when the radio is chosen, by click or keyboard.
func (r *radioChoice) OnChange(h app.EventHandler) *radioChoice { r.IOnChange = h; return r }

// OnUpdate sets the input's checked property when the choice the radio
// shows has changed: another question's choice in a reused input, or an
// answer given or taken back. go-app writes the property only when the value
// it rendered last differs, and a click it never rendered leaves an input
// checked for the next question.
//
// An update that changes neither leaves the property alone: such updates
// come when a parent re-renders, which can happen in the middle of a click
// (any call from the page into the wasm lets a due frame run), before the
// change event has told the app about the new answer. Writing the old answer
// back then undoes the click, and the browser fires no change event at all.
func (r *radioChoice) OnUpdate(ctx app.Context) {
	if r.IID == r.syncedID && r.IChecked == r.syncedChecked {
		return
	}
	r.syncedID, r.syncedChecked = r.IID, r.IChecked
	checked := r.IChecked
	ctx.Defer(func(ctx app.Context) {
		if in := r.JSValue().Get("firstElementChild"); in.Truthy() {
			in.Set("checked", checked)
		}
	})
}

// OnMount notes what the new input shows: go-app has just set its checked
// property from the render.
func (r *radioChoice) OnMount(ctx app.Context) {
	r.syncedID, r.syncedChecked = r.IID, r.IChecked
	changedNothingDrawn(ctx)
}

// changed calls the handler the component holds now. go-app keeps an
// element's first handler when a new one has the same code, so a handler
// that captured values at render time would fire with stale ones after the
// element is reused for another choice.
func (r *radioChoice) changed(ctx app.Context, e app.Event) {
	if r.IOnChange != nil {
		r.IOnChange(ctx, e)
	}
}

func (r *radioChoice) Render() app.UI {
	in := app.Input().Type("radio").ID(r.IID).Name(r.IName).Value(r.IValue).OnChange(r.changed)
	// The prerendered HTML writes checked="false", which HTML reads as
	// checked; so the attribute is only written when true, except in the
	// browser, where go-app sets the property and false must clear it.
	if r.IChecked || app.IsClient {
		in = in.Checked(r.IChecked)
	}
	return app.Div().Class("choice").Body(
		in,
		app.Label().For(r.IID).Text(r.ILabel),
	)
}
