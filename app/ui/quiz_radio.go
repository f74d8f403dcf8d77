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

// OnMount and OnUpdate set the input's checked property after each render.
// go-app only writes an attribute it believes has changed, and it does not
// see a click: if a choice is clicked and the screen moves on to the next
// question within one frame, the reused input would stay checked.
func (r *radioChoice) OnMount(ctx app.Context)  { r.syncChecked(ctx) }
func (r *radioChoice) OnUpdate(ctx app.Context) { r.syncChecked(ctx) }

func (r *radioChoice) syncChecked(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		if in := r.JSValue().Get("firstElementChild"); in.Truthy() {
			in.Set("checked", r.IChecked)
		}
	})
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
