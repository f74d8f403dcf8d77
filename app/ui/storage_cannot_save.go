package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cannotSave says that storage refuses to save, and offers the backup. The
// app goes on from what the session holds (quiz_storage.go, unsaved), so
// this is the one thing the student needs to know. It is drawn by the
// saved-data notice wherever saving happens, the quiz and the plan.
type cannotSave struct {
	app.Compo
	IReason string
	// quiet is set when an earlier notice in this session has been
	// announced: the next pages show it without alerting again.
	quiet   bool
	savedAs string
	mounted app.Context
}

// cannotSaveTold is set once a cannot-save notice has been shown in this
// page session.
var cannotSaveTold bool

func newCannotSave() *cannotSave { return &cannotSave{quiet: cannotSaveTold} }

// Reason is why storage refused, as quiz_storage.go words it.
func (c *cannotSave) Reason(v string) *cannotSave { c.IReason = v; return c }

func (c *cannotSave) OnMount(ctx app.Context) {
	c.mounted = ctx
	cannotSaveTold = true
	changedNothingDrawn(ctx)
}

func (c *cannotSave) save(ctx app.Context, e app.Event) {
	c.savedAs = backupSavedText(saveBackupFile(ctx, "saved-data-unavailable"))
}

func (c *cannotSave) Render() app.UI {
	notice := app.Div().ID("saved-data-unavailable").Class("notice")
	if !c.quiet {
		notice = notice.Role("alert")
	}
	return notice.Body(
		app.P().Body(
			app.Strong().Text("Your work cannot be saved on this device: "+c.IReason+"."),
			app.Text(" It stays while this page is open. Save a backup to keep it."),
		),
		app.Button().Type("button").ID("cannot-save-backup").Text("Save a backup").OnClick(c.save),
		app.P().Class("status").Role("status").Text(c.savedAs),
	)
}
