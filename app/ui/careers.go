package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careersContent lists every career in the data, each with what the job is
// in one line, linking to its guide.
func careersContent() []app.UI {
	careers := appData().Careers
	return []app.UI{
		app.H1().Text("Careers"),
		app.P().Class("lead").Text("Jobs in health information, from coding records to running the department. Pick one to read its guide."),
		staticUI(app.Ul().Class("career-list").Body(app.Range(careers).Slice(func(i int) app.UI {
			c := &careers[i]
			return app.Li().Body(
				app.A().Href(href(careerPath(c.Slug))).Text(c.Title),
				app.Text(" — "+c.Summary),
			)
		}))),
	}
}
