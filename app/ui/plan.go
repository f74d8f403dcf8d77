package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planPage is being built; see its issue.
type planPage struct {
	app.Compo
}

func (p *planPage) OnPreRender(ctx app.Context) { setPage(ctx, "Plan", "Plan") }
func (p *planPage) OnNav(ctx app.Context)       { setPage(ctx, "Plan", "Plan") }

func (p *planPage) Render() app.UI {
	return newShell().Current("/plan").Content(app.H1().Text("Plan"))
}
