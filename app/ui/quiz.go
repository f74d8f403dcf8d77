package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizPage is being built; see its issue.
type quizPage struct {
	app.Compo
}

func (p *quizPage) OnPreRender(ctx app.Context) { setPage(ctx, "Quiz", "Quiz") }
func (p *quizPage) OnNav(ctx app.Context)       { setPage(ctx, "Quiz", "Quiz") }

func (p *quizPage) Render() app.UI {
	return newShell().Current("/quiz").Content(app.H1().Text("Quiz"))
}
