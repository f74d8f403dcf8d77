package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// footer closes every page with the privacy promise and where the data
// comes from.
type footer struct {
	app.Compo
}

func newFooter() *footer { return &footer{} }

func (f *footer) Render() app.UI {
	return app.Footer().Class("site-footer").Body(
		app.P().Body(
			app.Text("Everything stays on this device: no account, no tracking. "),
			app.A().Href(href("/about")).Text("Data sources and dates"),
			app.Text("."),
		),
		newStatusBar(),
		newInstallPrompt(),
	)
}
