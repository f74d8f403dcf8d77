package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// searchPage is /search?q=…: every result, grouped by kind. The address
// follows the query as you type, so a list can be shared and Back leaves
// the page. The server renders the results too, so the header box's plain
// form works without the wasm.
type searchPage struct {
	app.Compo
}

func (p *searchPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *searchPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *searchPage) setPage(ctx app.Context) {
	setPage(ctx, "Search", "Search every career, salary, skill, credential, question and term in the HIT Career Coach.")
}

func (p *searchPage) Render() app.UI {
	return newShell().Current("/search").Content(
		app.H1().Text("Search"),
		newSearchView(),
	)
}
