package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planPage is the personal plan built from the readiness quiz.
type planPage struct {
	app.Compo
}

func (p *planPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *planPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *planPage) setPage(ctx app.Context) {
	setPage(ctx, "My plan", "Your personal checklist to become a Health Information Technician, with your quiz history, a share link and a print view. Saved only in your browser.")
}

func (p *planPage) Render() app.UI {
	return newShell().Current("/plan").Content(
		app.H1().ID("plan-title").TabIndex(-1).Text("My plan"),
		newPlanBoard(),
	)
}
