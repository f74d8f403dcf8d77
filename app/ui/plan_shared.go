package ui

import (
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planShared shows a result and a plan opened from a share link, read-only
// and ready to print, as a counselor sees them, and offers to add the
// result to this browser's history: its buttons send the plan actions.
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
	v := sharedPlanView(s.IShared)
	return app.Div().ID("plan-shared").Class("plan-shared").Body(
		app.P().Class("notice").Body(
			app.Strong().Text("You opened a shared result from "+formatDay(s.IShared.Date)+". "),
			app.Text("It is shown read-only, with the plan it came with: scores, and each step's status, target month and note, never the answers. Nothing has been added to your own data; your own plan is further down."),
		),
		app.Div().Class("quiz-nav no-print").Body(
			app.Button().Type("button").ID("shared-print").Text("Print this plan").OnClick(printPage),
			app.Button().Type("button").Class("secondary").ID("shared-import").Text("Add the result to my history").OnClick(s.importResult),
			app.Button().Type("button").Class("secondary").ID("shared-close").Text("Close the shared plan").OnClick(s.close),
		),
		newQuizResult().Title("Shared result").ReadOnly(true).Result(sharedResult(s.IShared)),
		app.Section().ID("shared-plan").Class("plan-section").Aria("labelledby", "shared-plan-title").Body(
			app.H2().ID("shared-plan-title").Text("Shared plan"),
			planProgress("shared-progress", v.Count),
			sharedLines("shared-gaps", "Close the gaps", v.Gaps),
			sharedLines("shared-steps", "The "+stepCount(appData().Main())+" to become one", v.Steps),
			app.H3().Text("Timeline and cost"),
			timelineView(v.Timeline),
		),
	)
}

// sharedLines lists plan items read-only: each with its status, target
// month and note.
func sharedLines(id, title string, lines []planLine) app.UI {
	if len(lines) == 0 {
		return nil
	}
	return app.Div().Body(
		app.H3().Text(title),
		app.Ul().ID(id).Class("plan-list").Body(app.Range(lines).Slice(func(i int) app.UI {
			l := lines[i]
			return app.Li().ID("shared-"+l.Item.ID).Class("plan-item", "plan-"+string(l.Status)).DataSet("status", string(l.Status)).Body(
				app.P().Class("plan-text").Body(
					app.Strong().Text(l.Item.Text),
					app.Text(" — "),
					app.Span().Class("shared-status").Text(l.Status.Label()),
				),
				app.If(!l.Target.IsZero(), func() app.UI {
					return app.P().Class("shared-target").Text("Target: " + l.Target.Label())
				}),
				app.If(l.Note != "", func() app.UI {
					return app.P().Class("shared-note").Body(app.Strong().Text("Note: "), app.Text(l.Note))
				}),
			)
		})),
	)
}
