package ui

import (
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundContent is shown for any address the app has no page for.
func notFoundContent() []app.UI {
	return []app.UI{
		app.H1().Text("Page not found"),
		app.P().Text("There is no page at this address. Try the search box above, or start from one of these:"),
		app.Ul().Body(
			app.Li().Body(app.A().Href(href("/")).Text("Home")),
			app.Li().Body(app.A().Href(href(careerPath(data.MainSlug))).Text("The Health Information Technician career guide")),
			app.Li().Body(app.A().Href(href("/salaries")).Text("Salaries")),
		),
	}
}
