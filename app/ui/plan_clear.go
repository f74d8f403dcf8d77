package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planClear asks to wipe everything the app saved and, once confirmed in
// the page, sends the plan the clear action. It asks once more, saying what
// will be lost.
type planClear struct {
	app.Compo
	ICleared bool
	// ILoss says what clearing would delete, in words.
	ILoss      string
	confirming bool
	mounted    app.Context
}

func newPlanClear() *planClear { return &planClear{} }

// Cleared shows that the data has been deleted.
func (c *planClear) Cleared(v bool) *planClear { c.ICleared = v; return c }

// Loss says what clearing would delete.
func (c *planClear) Loss(v string) *planClear { c.ILoss = v; return c }

func (c *planClear) OnMount(ctx app.Context) {
	c.mounted = ctx
	changedNothingDrawn(ctx)
}

func (c *planClear) ask(ctx app.Context, e app.Event) {
	c.confirming = true
	focusByID(c.mounted, "clear-confirm")
}

func (c *planClear) cancel(ctx app.Context, e app.Event) {
	c.confirming = false
	focusByID(c.mounted, "clear-start")
}

func (c *planClear) confirm(ctx app.Context, e app.Event) {
	c.confirming = false
	ctx.NewAction(actionPlanClear)
}

func (c *planClear) Render() app.UI {
	return app.Div().ID("plan-clear").Class("plan-clear").Body(
		app.P().Text("Delete your quiz answers, your history and your plan from this browser. Nothing is stored anywhere else, so this removes every trace."),
		app.If(!c.confirming, func() app.UI {
			return app.Button().Type("button").Class("danger").ID("clear-start").Text("Clear my data").OnClick(c.ask)
		}).Else(func() app.UI {
			return app.Div().ID("clear-confirm").Class("notice clear-confirm").TabIndex(-1).Role("group").Aria("labelledby", "clear-question").Body(
				app.P().ID("clear-question").Body(app.Strong().Text("Delete everything this app saved in this browser?")),
				app.P().ID("clear-loss").Text(c.ILoss+" This cannot be undone."),
				app.Div().Class("quiz-nav").Body(
					app.Button().Type("button").Class("danger").ID("clear-yes").Text("Yes, delete everything").OnClick(c.confirm),
					app.Button().Type("button").Class("secondary").ID("clear-cancel").Text("Cancel").OnClick(c.cancel),
				),
			)
		}),
		app.If(c.ICleared, func() app.UI {
			return app.P().ID("clear-done").Class("status").TabIndex(-1).Role("status").Text("Everything this app saved in this browser has been deleted.")
		}),
	)
}
