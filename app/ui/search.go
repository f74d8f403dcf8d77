package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// searchPage is being built; see its issue.
type searchPage struct {
	app.Compo
}

func (p *searchPage) OnPreRender(ctx app.Context) { setPage(ctx, "Search", "Search") }
func (p *searchPage) OnNav(ctx app.Context)       { setPage(ctx, "Search", "Search") }

func (p *searchPage) Render() app.UI {
	return newShell().Current("/search").Content(app.H1().Text("Search"))
}
