package ui

import (
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// glossaryContent defines the field's terms and acronyms, each with an anchor.
func glossaryContent() []app.UI {
	return []app.UI{
		app.H1().Text("Glossary"),
		app.P().Class("lead").Text("The words and acronyms you will meet in health information work, in plain language."),
		newGlossary(),
	}
}

// glossaryFilterID is the filter box's id.
const glossaryFilterID = "glossary-filter"

// glossary is the glossary with its tools: an A–Z bar that jumps to a
// letter, and a box that filters the terms as you type. It owns the filter.
type glossary struct {
	app.Compo
	filter string
}

func newGlossary() *glossary { return &glossary{} }

func (g *glossary) filtered(ctx app.Context, e app.Event) {
	g.filter = ctx.JSSrc().Get("value").String()
}

// OnNav clears the filter when a link leads to a term it hides, such as a
// search result followed while the glossary is filtered.
func (g *glossary) OnNav(ctx app.Context) {
	target := app.Window().GetElementByID(app.Window().URL().Fragment)
	if g.filter == "" || !target.Truthy() || !target.Call("closest", "[hidden]").Truthy() {
		changedNothingDrawn(ctx)
		return
	}
	g.filter = ""
	if in := app.Window().GetElementByID(glossaryFilterID); in.Truthy() {
		in.Set("value", "")
	}
	id := app.Window().URL().Fragment
	ctx.Defer(func(app.Context) { showTarget(id) })
}

func (g *glossary) Render() app.UI {
	terms := appData().Glossary
	shownUnder := map[string]int{}
	for _, l := range glossaryLetters(terms, g.filter) {
		shownUnder[l.letter] = l.shown
	}
	shown := 0
	for i := range terms {
		if terms[i].Matches(g.filter) {
			shown++
		}
	}
	count := strconv.Itoa(len(terms)) + " terms"
	switch {
	case g.filter != "" && shown == 0:
		count = "No term matches “" + g.filter + "”. Try fewer letters, or search the whole app from the box at the top."
	case g.filter != "":
		count = strconv.Itoa(shown) + " of " + strconv.Itoa(len(terms)) + " terms match “" + g.filter + "”"
	}
	return app.Div().Class("glossary-page").Body(
		app.Div().Class("glossary-tools").Body(
			app.Nav().Aria("label", "Glossary letters").Body(
				app.Ul().Class("az").Body(app.Range(alphabet).Slice(func(i int) app.UI {
					letter := alphabet[i]
					if shownUnder[letter] == 0 {
						// No term under it, or none the filter shows: the box
						// keeps the bar's shape, and screen readers skip it.
						return app.Li().Aria("hidden", "true").Body(app.Span().Class("az-none").Text(letter))
					}
					return app.Li().Body(app.A().Href(href("/glossary#" + letterAnchor(letter))).Text(letter))
				})),
			),
			app.Div().Class("glossary-filter").Body(
				app.Label().For(glossaryFilterID).Text("Filter terms"),
				app.Input().Type("search").ID(glossaryFilterID).AutoComplete(false).
					Aria("describedby", "glossary-count").OnInput(g.filtered),
			),
			app.P().ID("glossary-count").Class("glossary-count").Aria("live", "polite").Text(count),
		),
		newGlossaryList().Filter(g.filter),
	)
}

// alphabet is the A–Z bar's letters.
var alphabet = strings.Split("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "")

// glossaryLetter is a letter of the A–Z bar with how many terms filed
// under it the filter shows.
type glossaryLetter struct {
	letter string
	shown  int
}

// glossaryLetters are the letters terms are filed under, in the order
// they first come in the glossary, which is A to Z.
func glossaryLetters(terms []data.Term, filter string) []glossaryLetter {
	var out []glossaryLetter
	at := map[string]int{}
	for i := range terms {
		t := &terms[i]
		l := t.Initial()
		if _, seen := at[l]; !seen {
			at[l] = len(out)
			out = append(out, glossaryLetter{letter: l})
		}
		if t.Matches(filter) {
			out[at[l]].shown++
		}
	}
	return out
}

// letterAnchor is the id of a letter's part of the glossary.
func letterAnchor(letter string) string { return "letter-" + letter }
