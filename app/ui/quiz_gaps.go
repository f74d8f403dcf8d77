package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizGaps lists the areas below the gap threshold, weakest first, each
// with concrete next steps into the app's content.
func quizGaps(gaps []quiz.Gap) app.UI {
	if len(gaps) == 0 {
		return app.P().ID("quiz-gaps").Text("No area scored below " + strconv.Itoa(quizData().GapBelow) + "%. Your plan still lists the " + stepCount(appData().Main()) + " into the job.")
	}
	return app.Ol().ID("quiz-gaps").Class("quiz-gaps").Body(app.Range(gaps).Slice(func(i int) app.UI {
		gap := gaps[i]
		return app.Li().ID("gap-"+gap.AreaID).Class("quiz-gap").Body(
			app.H4().Text(gap.Name+": "+strconv.Itoa(gap.Percent)+"%"),
			app.P().Text(gap.Why),
			app.P().Body(app.Strong().Text("What to do: "), app.Text(gap.Action)),
			app.If(len(gap.Weak) > 0, func() app.UI {
				return app.Div().Body(
					app.P().Text("Answers that pulled it down:"),
					app.Ul().Body(app.Range(gap.Weak).Slice(func(j int) app.UI {
						d := gap.Weak[j]
						return app.Li().Body(app.Text(d.Question+" "), app.Em().Text("“"+d.Answer+"”"))
					})),
				)
			}),
			app.P().Body(app.Strong().Text("Next steps")),
			app.Ul().Class("quiz-steps").Body(app.Range(gap.Steps).Slice(func(j int) app.UI {
				s := gap.Steps[j]
				return app.Li().Class("step-"+string(s.Kind)).Body(
					app.A().Href(href(s.Link.Href())).Text(s.Title),
					app.If(s.Detail != "", func() app.UI { return app.Span().Text(" — " + s.Detail) }),
					app.If(s.Source != "", func() app.UI { return citation(s.Source, s.AsOf, "") }),
				)
			})),
		)
	}))
}
