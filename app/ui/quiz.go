package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizPage is the career readiness quiz.
type quizPage struct {
	app.Compo
}

func (p *quizPage) OnPreRender(ctx app.Context) { p.setPage(ctx) }
func (p *quizPage) OnNav(ctx app.Context)       { p.setPage(ctx) }

func (p *quizPage) setPage(ctx app.Context) {
	setPage(ctx, "Career readiness quiz", "A free, private readiness quiz for Health Information Technicians: scores by area, the career level that fits you now, your gaps and the next steps.")
}

func (p *quizPage) Render() app.UI {
	return newShell().Current("/quiz").Content(
		app.H1().Text("Career readiness quiz"),
		newQuizFlow(),
	)
}
