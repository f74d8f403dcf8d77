package ui

import (
	"github.com/hitcoach/hitcoach/data"
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
	terms := appData().Glossary
	return newShell().Current("/glossary").Content(
		app.H1().Text("Glossary"),
		app.P().Class("lead").Text("The words and acronyms you will meet in health information work, in plain language."),
		app.Dl().Class("glossary").Body(app.Range(terms).Slice(func(i int) app.UI {
			t := terms[i]
			return app.Div().ID(data.TermAnchor(t.ID)).Class("term").Body(
				app.Dt().Body(
					app.Dfn().Text(t.Term),
					app.If(t.Expansion != "", func() app.UI { return app.Span().Class("expansion").Text(" — " + t.Expansion) }),
				),
				app.Dd().Body(app.P().Text(t.Definition), linkList(t.Links)),
			)
		})),
	)
}
