package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// salariesPage is being built; see its issue.
type salariesPage struct {
	app.Compo
}

func (p *salariesPage) OnPreRender(ctx app.Context) { setPage(ctx, "Salaries", "Salaries") }
func (p *salariesPage) OnNav(ctx app.Context)       { setPage(ctx, "Salaries", "Salaries") }

func (p *salariesPage) Render() app.UI {
	return newShell().Current("/salaries").Content(app.H1().Text("Salaries"))
}
