package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryList is every term with its definition, filed by letter: each
// letter an h2, each term an h3, so a screen reader moves letter by letter
// or term by term. Its one field is the filter, so go-app draws it again
// only when the filter changes: typing in the header's search box does not
// redraw fifty-nine definitions. A term the filter leaves out is hidden,
// not removed, so its anchor stays.
type glossaryList struct {
	app.Compo
	IFilter string
}

func newGlossaryList() *glossaryList { return &glossaryList{} }

// Filter hides the terms that do not match it (data.Term.Matches).
func (l *glossaryList) Filter(v string) *glossaryList { l.IFilter = v; return l }

func (l *glossaryList) Render() app.UI {
	terms := appData().Glossary
	letters := glossaryLetters(terms, l.IFilter)
	return staticUI(app.Div().Class("glossary").Body(app.Range(letters).Slice(func(i int) app.UI {
		letter := letters[i]
		var group []data.Term
		for _, t := range terms {
			if t.Initial() == letter.letter {
				group = append(group, t)
			}
		}
		id := letterAnchor(letter.letter)
		section := app.Section().ID(id).Class("glossary-letter").Aria("labelledby", id+"-title")
		// Hidden(false) would be written hidden="false", which hides.
		if letter.shown == 0 {
			section = section.Hidden(true)
		}
		return section.Body(
			app.H2().ID(id+"-title").Text(letter.letter),
			app.Range(group).Slice(func(j int) app.UI {
				t := group[j]
				term := app.Div().ID(data.TermAnchor(t.ID)).Class("term")
				if !t.Matches(l.IFilter) {
					term = term.Hidden(true)
				}
				return term.Body(
					app.H3().Class("term-name").Body(
						app.Dfn().Text(t.Term),
						app.If(t.Expansion != "", func() app.UI { return app.Span().Class("expansion").Text(" — " + t.Expansion) }),
					),
					app.P().Text(t.Definition),
					linkList(t.Links),
				)
			}),
		)
	})))
}
