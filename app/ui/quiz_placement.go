package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func levelHref(l *data.Level) string {
	return href("/careers/" + data.MainSlug + "#level-" + strconv.Itoa(l.Rank))
}

// quizPlacement shows the career-path level that fits now, why, and what
// the next level needs.
func quizPlacement(pl quiz.Placement) app.UI {
	return app.Div().ID("quiz-level").Class("quiz-level").Body(
		app.If(pl.Level != nil, func() app.UI {
			return app.P().Class("quiz-level-now").Body(
				app.Text("The level that fits you now: "),
				app.A().Href(levelHref(pl.Level)).Text(pl.Level.Title),
				app.Text(" (level "+strconv.Itoa(pl.Level.Rank)+" of "+strconv.Itoa(len(appData().Main().CareerPath))+", "+pl.Level.YearsText()+")."),
			)
		}).Else(func() app.UI {
			return app.P().Class("quiz-level-now").Text("You are not yet at the first level of the career path.")
		}),
		app.If(len(pl.Reasons) > 0, func() app.UI {
			return app.Ul().Class("quiz-reasons").Body(app.Range(pl.Reasons).Slice(func(i int) app.UI {
				return app.Li().Text(pl.Reasons[i])
			}))
		}),
		app.If(pl.Next != nil, func() app.UI {
			return app.Div().Class("quiz-next-level").Body(
				app.P().Body(
					app.Strong().Text("What the next level needs: "),
					app.A().Href(levelHref(pl.Next)).Text(pl.Next.Title),
					app.Text(" ("+pl.Next.YearsText()+") asks you to focus on:"),
				),
				bullets(pl.NextNeeds),
			)
		}).Else(func() app.UI {
			return app.P().Text("You are at the top of this career path. The career guide lists other careers you can move into.")
		}),
		app.P().Class("muted quiz-rule-note").Text(quiz.RuleNote),
	)
}
