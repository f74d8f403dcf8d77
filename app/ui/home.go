package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// homeContent introduces the Health Information Technician career with its key
// facts and points to everything else the app does.
func homeContent() []app.UI {
	hit := appData().Main()
	return []app.UI{
		app.H1().Text("Become a Health Information Technician"),
		app.P().Class("lead").Text(hit.Summary),
		app.If(hit.KeyFacts != nil, func() app.UI { return keyFacts(hit) }),
		// The counselor's local pack (local_views.go). It arrives after the
		// page is drawn, so it goes below the phone's first screen, where
		// it moves nothing a student is reading.
		newLocalWelcome(),
		staticUI(app.Section().Aria("labelledby", "home-next").Body(
			app.H2().ID("home-next").Text("What you can do here"),
			app.Ul().Class("cards").Body(
				homeCard("/careers/"+data.MainSlug, "Read the career guide", "What the job is, the skills it needs, the "+stepCount(hit)+" in, the "+strings.Replace(levelCount(hit), " levels", "-level", 1)+" career path and honest pros and cons."),
				homeCard("/quiz", "Check your readiness", "Answer a short self-assessment and see your gaps, the level that fits you now, and a plan."),
				homeCard("/salaries", "Compare salaries", "Pay by experience level, in "+countryCount(hit)+" and for related careers, with sources and dates."),
				homeCard("/glossary", "Learn the vocabulary", "EHR, HIPAA, ICD-10-CM, RHIT and more, explained in plain words."),
			),
		)),
		staticUI(app.Section().Aria("labelledby", "home-related").Body(
			app.H2().ID("home-related").Text("Related careers"),
			app.Ul().Class("career-list").Body(
				app.Range(hit.Related).Slice(func(i int) app.UI {
					c := appData().Career(hit.Related[i])
					return app.Li().Body(
						app.A().Href(href("/careers/"+c.Slug)).Text(c.Title),
						app.Text(" — "+c.Summary),
					)
				}),
			),
		)),
	}
}

func homeCard(path, title, text string) app.UI {
	return app.Li().Class("card").Body(
		app.A().Href(href(path)).Text(title),
		app.P().Text(text),
	)
}
