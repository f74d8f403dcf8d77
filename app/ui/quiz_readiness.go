package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizReadiness is the verdict the result opens with, sized to fit a phone's
// first screen: ready to apply for entry-level jobs, yes, almost or not yet;
// the reasons that decide it; the first next step; "Open my plan" and
// "Print a summary"; and that the rule is this app's rule of thumb. warned
// says that warnings about the answers follow it. Read-only, for a shared
// result, it has no buttons and its next step is not a link.
func quizReadiness(v quiz.Verdict, warned, readOnly bool) app.UI {
	return app.Div().ID("readiness").Class("readiness", "readiness-"+v.ID).DataSet("verdict", v.ID).Body(
		app.P().ID("readiness-question").Class("readiness-question").Text(v.Question),
		app.P().ID("readiness-answer").Class("readiness-answer").Body(verdictHeadline(v)...),
		app.If(len(v.Reasons) > 0, func() app.UI {
			return app.Ul().ID("readiness-reasons").Class("readiness-reasons").Body(app.Range(v.Reasons).Slice(func(i int) app.UI {
				return app.Li().Text(v.Reasons[i])
			}))
		}),
		app.If(v.Next.Text != "", func() app.UI {
			return app.P().ID("readiness-next").Class("readiness-next").Body(
				app.Strong().Text("Your first next step: "),
				app.If(readOnly || v.Next.ID == "", func() app.UI { return app.Text(v.Next.Text) }).
					Else(func() app.UI { return app.A().Href(href("/plan#plan-" + v.Next.ID)).Text(v.Next.Text) }),
			)
		}),
		app.If(!readOnly && (v.ID == "yes" || v.ID == "almost"), func() app.UI { return jobKitCallout("readiness-kit") }),
		app.If(!readOnly, func() app.UI {
			return app.Div().Class("readiness-actions no-print").Body(
				app.A().Class("button").ID("quiz-open-plan").Href(href("/plan")).Text("Open my plan"),
				printSummaryButton("quiz-print-summary"),
			)
		}),
		app.If(warned, func() app.UI {
			return app.P().ID("readiness-warned").Class("readiness-warned").Body(
				app.Text("Some answers may not give a true picture: "),
				app.If(readOnly, func() app.UI { return app.Text("see the warnings below") }).
					Else(func() app.UI { return app.A().Href(href("/quiz#quiz-warnings")).Text("see the warnings below") }),
				app.Text("."),
			)
		}),
		app.P().ID("readiness-note").Class("readiness-note").Text(v.Note),
		localContact(contactOnResult),
	)
}

// verdictHeadline is the verdict's line with its one-word answer in bold.
func verdictHeadline(v quiz.Verdict) []app.UI {
	if rest, ok := strings.CutPrefix(v.Headline, v.Answer); ok && v.Answer != "" {
		return []app.UI{app.Strong().Text(v.Answer), app.Text(rest)}
	}
	return []app.UI{app.Text(v.Headline)}
}
