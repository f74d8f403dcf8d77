package ui

import (
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// savedDataNotice tells a person when their saved data was damaged, what
// was kept, or that this browser cannot save at all.
type savedDataNotice struct {
	app.Compo
	IProblems     []store.Problem
	IStorageError string
	IMigratedFrom int
}

func newSavedDataNotice() *savedDataNotice { return &savedDataNotice{} }

// Saved fills the notice from what loading found.
func (n *savedDataNotice) Saved(s savedState) *savedDataNotice {
	n.IProblems, n.IStorageError, n.IMigratedFrom = s.problems, s.storageError, s.state.MigratedFrom
	return n
}

// StorageError reports a failure to save after loading.
func (n *savedDataNotice) StorageError(msg string) *savedDataNotice {
	if msg != "" {
		n.IStorageError = msg
	}
	return n
}

func (n *savedDataNotice) Render() app.UI {
	if len(n.IProblems) == 0 && n.IStorageError == "" && n.IMigratedFrom == 0 {
		return app.Div().Class("saved-data-ok")
	}
	return app.Div().Class("saved-data-notices").Body(
		app.If(len(n.IProblems) > 0, func() app.UI {
			return app.Div().ID("saved-data-damaged").Class("notice").Role("alert").Body(
				app.P().Body(app.Strong().Text("Some of your saved data was damaged and could not be read.")),
				app.P().Text("Everything that could still be read was kept, and the app works as usual. A copy of the damaged data stays in this browser until you clear your data on the plan page."),
				app.P().Text("What could not be read:"),
				app.Ul().Class("saved-data-problems").Body(app.Range(n.IProblems).Slice(func(i int) app.UI {
					return app.Li().Text(n.IProblems[i].String())
				})),
			)
		}),
		app.If(n.IStorageError != "", func() app.UI {
			return newCannotSave().Reason(n.IStorageError)
		}),
		app.If(n.IMigratedFrom > 0 && len(n.IProblems) == 0, func() app.UI {
			return app.P().Class("status").Role("status").Text("Your saved answers came from an earlier version of the app and have been brought up to date.")
		}),
	)
}
