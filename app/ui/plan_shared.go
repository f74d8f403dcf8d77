package ui

import (
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planShared shows a result opened from a share link, read-only, and offers
// to add it to this browser's history: its buttons send the plan actions.
type planShared struct {
	app.Compo
	IShared store.Shared
}

func newPlanShared() *planShared { return &planShared{} }

// Shared sets the result from the link.
func (s *planShared) Shared(v store.Shared) *planShared { s.IShared = v; return s }

func sharedResult(s store.Shared) quiz.Result {
	d := appData()
	return quiz.FromSummary(quizData(), d.Main(), d, s.Attempt().Scores())
}

func (s *planShared) importResult(ctx app.Context, e app.Event) { ctx.NewAction(actionPlanImport) }
func (s *planShared) close(ctx app.Context, e app.Event)        { ctx.NewAction(actionPlanCloseShared) }

func (s *planShared) Render() app.UI {
	return app.Div().ID("plan-shared").Class("plan-shared").Body(
		app.P().Class("notice").Body(
			app.Strong().Text("You opened a shared result from "+formatDay(s.IShared.Date)+". "),
			app.Text("It is shown read-only: it holds scores, not answers, and nothing has been added to your own data. Your own plan is further down."),
		),
		app.Div().Class("quiz-nav").Body(
			app.Button().Type("button").ID("shared-import").Text("Add it to my history").OnClick(s.importResult),
			app.Button().Type("button").Class("secondary").ID("shared-close").Text("Close the shared result").OnClick(s.close),
		),
		newQuizResult().Title("Shared result").ReadOnly(true).Result(sharedResult(s.IShared)),
	)
}
