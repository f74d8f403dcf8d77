package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizAreaScores is the table of area scores, each with the answers that
// drove it.
func quizAreaScores(areas []quiz.AreaScore) app.UI {
	explained := false
	for _, a := range areas {
		explained = explained || len(a.Drivers) > 0
	}
	// On a phone the stylesheet stacks this table, one area under another;
	// the roles, which a table has anyway, keep it a table for screen
	// readers once its rows are laid out as grids.
	return app.Div().Class("table-scroll").Body(
		app.Table().ID("quiz-area-scores").Class("quiz-areas").Role("table").Body(
			app.Caption().Text("Each area's score, with the answers behind it, weakest first"),
			app.THead().Role("rowgroup").Body(app.Tr().Role("row").Body(
				app.Th().Scope("col").Role("columnheader").Text("Area"),
				app.Th().Scope("col").Role("columnheader").Text("Score"),
				app.If(explained, func() app.UI { return app.Th().Scope("col").Role("columnheader").Text("What drove it") }),
			)),
			app.TBody().Role("rowgroup").Body(app.Range(areas).Slice(func(i int) app.UI {
				a := areas[i]
				return app.Tr().ID("area-"+a.ID).Role("row").Body(
					app.Th().Scope("row").Role("rowheader").Text(a.Name),
					app.Td().Class("quiz-score").Role("cell").Body(
						app.If(a.Scored, func() app.UI {
							return app.Span().Body(
								app.Strong().Text(strconv.Itoa(a.Percent)+"%"),
								app.Meter().Min(0).Max(100).Low(quizGapBelow()).High(80).Optimum(100).Value(a.Percent).Aria("hidden", "true"),
							)
						}).Else(func() app.UI { return app.Text("Not answered") }),
					),
					app.If(explained, func() app.UI {
						return app.Td().Class("quiz-why").Role("cell").Body(app.Ul().Class("quiz-drivers").Body(app.Range(a.Drivers).Slice(func(j int) app.UI {
							d := a.Drivers[j]
							kind := ""
							if d.Knowledge {
								kind = "Practice question: "
							}
							return app.Li().Class(driverClass(d)).Body(
								app.Text(kind+d.Question+" "),
								app.Em().Text("“"+d.Answer+"”"),
								app.Text(" — "+strconv.Itoa(d.Points)+" of "+strconv.Itoa(d.Max)+" points"),
							)
						})))
					}),
				)
			})),
		),
	)
}

func driverClass(d quiz.Driver) string {
	if d.Weak() {
		return "driver-weak"
	}
	return "driver"
}

// quizGapBelow is the score under which an area is a gap, for the meters'
// low mark.
func quizGapBelow() float64 { return float64(quizData().GapBelow) }
