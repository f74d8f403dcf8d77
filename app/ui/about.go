package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// aboutContent lists every data source with its date and explains that nothing
// leaves the device.
func aboutContent() []app.UI {
	sources := appData().Sources
	careers := appData().Careers
	return []app.UI{
		app.H1().Text("About this app"),
		app.Section().Aria("labelledby", "privacy").Body(
			app.H2().ID("privacy").Text("Your privacy"),
			app.P().Text("Nothing you type or answer leaves this device. The app has no account, no server-side storage, no analytics, no advertising and no third-party fonts or scripts. Your quiz answers, plan and job kit (resume, cover letters, interview answers) are kept in this browser's local storage, and you can wipe them at any time from the plan page. On a computer your school has set up as shared, they are kept only until the browser is closed (session storage), or cleared after some minutes without use."),
			app.P().Text("After your first visit the whole app, with all of its career data, works without a network connection."),
			app.P().Body(app.Text("Hosting this app for a school or a career center? "), app.A().Href(href("/counselor")).Text("Add your own local information"), app.Text(".")), // counselor.go
		),
		app.Section().Aria("labelledby", "how-figures").Body(
			app.H2().ID("how-figures").Text("How figures are chosen"),
			app.P().Text("Every figure shows its source and the period it refers to. Where sources disagree, the most authoritative and most recent figure is shown first and the others are listed under \"Sources differ\". Where no figure is known, the app says so instead of guessing. Older figures that have been replaced are kept, clearly marked, so you can recognise them elsewhere."),
			app.P().Text("All texts are written for this app. Pay and growth figures are copied exactly from their sources."),
		),
		app.Section().Aria("labelledby", occupationCodesAnchor).Body(
			app.H2().ID(occupationCodesAnchor).Text("Occupation codes"),
			app.P().Text("Government statistics, such as the BLS's, count jobs by occupation code. This is how each career in this app is classified, which tells you whose figures its page shows."),
			app.Dl().Class("occupation-codes").Body(app.Range(careers).Slice(func(i int) app.UI {
				c := &careers[i]
				if c.Classification == "" {
					return nil
				}
				return app.Div().Body(
					app.Dt().Body(app.A().Href(href(careerPath(c.Slug))).Text(c.Title)),
					app.Dd().Text(c.Classification),
				)
			})),
		),
		app.Section().Aria("labelledby", "sources").Body(
			app.H2().ID("sources").Text("Data sources"),
			staticUI(app.Ol().Class("sources").Body(app.Range(sources).Slice(func(i int) app.UI {
				s := sources[i]
				return app.Li().ID("source-"+s.ID).Body(
					app.Strong().Text(s.Title),
					app.Text(" — "+sentence(s.Publisher)+" Date: "+sentence(s.Date)),
					app.If(s.Note != "", func() app.UI { return app.Text(" " + s.Note) }),
					app.If(s.URL != "", func() app.UI {
						// Shown as text, not a link: the app never sends you off-device
						// unless you copy the address yourself.
						return app.Span().Class("source-url").Text(" " + s.URL)
					}),
				)
			}))),
		),
	}
}

// occupationCodesAnchor is the id of the list of the careers' occupation
// codes: the one page that shows them.
const occupationCodesAnchor = "occupation-codes"

// sentence ends s with a full stop unless it ends a sentence already, as a
// publisher named "… 2012-13 ed." does.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}
