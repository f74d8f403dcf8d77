package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// credentialsContent describes each professional certification with its
// eligibility and cited exam facts.
func credentialsContent() []app.UI {
	creds := appData().Credentials
	return []app.UI{
		app.H1().Text("Credentials"),
		app.P().Class("lead").Text("The certifications employers ask for in health information work, with eligibility and exam facts from their sources."),
		app.Range(creds).Slice(func(i int) app.UI {
			c := creds[i]
			return staticUI(app.Section().ID(c.ID).Class("credential").Aria("labelledby", c.ID+"-title").Body(
				app.H2().ID(c.ID+"-title").Text(c.Abbr+" — "+c.Name),
				app.P().Class("muted").Text("Issued by "+c.Issuer),
				app.P().Text(c.Summary),
				app.H3().Text("Who can take it"),
				app.P().Text(c.Eligibility),
				app.If(len(c.Facts) > 0, func() app.UI { return app.Div().Body(app.H3().Text("Facts"), factList(c.Facts)) }),
			))
		}),
	}
}
