package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryPage defines the field's terms and acronyms, each with an anchor.
type glossaryPage struct {
	app.Compo
}

func (p *glossaryPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *glossaryPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *glossaryPage) setPage(ctx app.Context) {
	setPage(ctx, "Glossary", "The terms and acronyms of health information work, explained in plain words.")
}

func (p *glossaryPage) Render() app.UI {
	return newShell().Current("/glossary").Content(
		app.H1().Text("Glossary"),
		app.P().Class("lead").Text("The words and acronyms you will meet in health information work, in plain language."),
		newGlossaryList(),
	)
}
