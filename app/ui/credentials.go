package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// credentialsPage describes each professional certification with its
// eligibility and cited exam facts.
type credentialsPage struct {
	app.Compo
}

func (p *credentialsPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *credentialsPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *credentialsPage) setPage(ctx app.Context) {
	setPage(ctx, "Credentials", "RHIT, RHIA, CCA, CCS, CPC and other certifications: who can sit them, exam facts and renewal.")
}

func (p *credentialsPage) Render() app.UI {
	creds := appData().Credentials
	return newShell().Current("/credentials").Content(
		app.H1().Text("Credentials"),
		app.P().Class("lead").Text("The certifications employers ask for in health information work, with eligibility and exam facts from their sources."),
		app.Range(creds).Slice(func(i int) app.UI {
			c := creds[i]
			return app.Section().ID(c.ID).Class("credential").Aria("labelledby", c.ID+"-title").Body(
				app.H2().ID(c.ID+"-title").Text(c.Abbr+" — "+c.Name),
				app.P().Class("muted").Text("Issued by "+c.Issuer),
				app.P().Text(c.Summary),
				app.H3().Text("Who can take it"),
				app.P().Text(c.Eligibility),
				app.If(len(c.Facts) > 0, func() app.UI { return app.Div().Body(app.H3().Text("Facts"), factList(c.Facts)) }),
			)
		}),
	)
}
