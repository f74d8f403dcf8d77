package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundPage is shown for any address the app has no page for.
type notFoundPage struct {
	app.Compo
}

func (p *notFoundPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *notFoundPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *notFoundPage) setPage(ctx app.Context) {
	setPage(ctx, "Page not found", "This page does not exist in the HIT Career Coach.")
}

func (p *notFoundPage) Render() app.UI {
	return newShell().Content(
		app.H1().Text("Page not found"),
		app.P().Text("There is no page at this address. Try the search box above, or start from one of these:"),
		app.Ul().Body(
			app.Li().Body(app.A().Href(href("/")).Text("Home")),
			app.Li().Body(app.A().Href(href("/careers/health-information-technician")).Text("The Health Information Technician career guide")),
			app.Li().Body(app.A().Href(href("/salaries")).Text("Salaries")),
		),
	)
}
