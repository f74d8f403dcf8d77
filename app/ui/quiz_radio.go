package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// radioChoice is one labelled radio button of a group. Chosen, it sends its
// owner the action it was given, with a choice as the value.
type radioChoice struct {
	app.Compo
	IID      string
	IName    string
	IValue   string
	ILabel   string
	IChecked bool
	// IAction names the action sent when the radio is chosen; IKey says
	// which group it belongs to, such as a question's id.
	IAction string
	IKey    string
}

// choice is the value of a radioChoice's action: the group's key and the
// radio's value.
type choice struct {
	Key, Value string
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

// Sends names the action to send, by click or keyboard, and the key of the
// group it is about.
func (r *radioChoice) Sends(action, key string) *radioChoice {
	r.IAction, r.IKey = action, key
	return r
}

func (r *radioChoice) changed(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(r.IAction, choice{Key: r.IKey, Value: r.IValue})
}

func (r *radioChoice) Render() app.UI {
	in := app.Input().Type("radio").ID(r.IID).Name(r.IName).Value(r.IValue).OnChange(r.changed)
	return app.Div().Class("choice").Body(
		boolAttr(in, app.HTMLInput.Checked, r.IChecked),
		app.Label().For(r.IID).Text(r.ILabel),
	)
}
