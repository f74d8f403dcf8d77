package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// salariesPage compares pay by level, by country and by career, in one
// currency if the reader wants, and puts two to four figures side by side.
type salariesPage struct {
	app.Compo
}

func (p *salariesPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *salariesPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *salariesPage) setPage(ctx app.Context) {
	setPage(ctx, "Salaries", "Health Information Technician pay by level, in six countries and for related careers, with sources and dates, and side-by-side comparisons.")
}

func (p *salariesPage) Render() app.UI {
	return newShell().Current("/salaries").Content(
		app.H1().Text("Salaries"),
		app.P().Class("lead").Text("What Health Information Technicians earn at each level, in six countries, and in the careers around them. Every figure names its source and date; pick a currency to see them all in one, or put a few side by side."),
		newSalaryExplorer(),
	)
}
