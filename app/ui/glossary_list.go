package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryList is every term with its definition. It has no fields, so
// go-app never needs to draw it again once it is on the page: typing in the
// header's search box does not redraw fifty-nine definitions.
type glossaryList struct {
	app.Compo
}

func newGlossaryList() *glossaryList { return &glossaryList{} }

func (l *glossaryList) Render() app.UI {
	terms := appData().Glossary
	return staticUI(app.Dl().Class("glossary").Body(app.Range(terms).Slice(func(i int) app.UI {
		t := terms[i]
		return app.Div().ID(data.TermAnchor(t.ID)).Class("term").Body(
			app.Dt().Body(
				app.Dfn().Text(t.Term),
				app.If(t.Expansion != "", func() app.UI { return app.Span().Class("expansion").Text(" — " + t.Expansion) }),
			),
			app.Dd().Body(app.P().Text(t.Definition), linkList(t.Links)),
		)
	})))
}
