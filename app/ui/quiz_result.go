package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizResult shows a scored quiz: first the verdict (ready to apply?), then
// warnings about careless or contradictory answers, the overall score and
// each area's with what drove it, the career level, the knowledge check and
// the gaps with their next steps. Its buttons send actions to the quiz;
// read-only, it shows a shared result without them.
type quizResult struct {
	app.Compo
	IResult quiz.Result
	// IContradictions are the answers that do not fit together; a shared
	// result has none, as it holds no answers.
	IContradictions []quiz.Contradiction
	ITitle          string
	IReadOnly       bool
}

func newQuizResult() *quizResult { return &quizResult{ITitle: "Your result"} }

// Result sets the result to show.
func (r *quizResult) Result(v quiz.Result) *quizResult { r.IResult = v; return r }

// Title is the section heading.
func (r *quizResult) Title(v string) *quizResult { r.ITitle = v; return r }

// Contradictions sets the answers that do not fit together.
func (r *quizResult) Contradictions(v []quiz.Contradiction) *quizResult {
	r.IContradictions = v
	return r
}

// ReadOnly hides the actions, for a shared result.
func (r *quizResult) ReadOnly(v bool) *quizResult { r.IReadOnly = v; return r }

func (r *quizResult) knowledge(ctx app.Context, e app.Event) { ctx.NewAction(actionKnowledgeStart) }
func (r *quizResult) review(ctx app.Context, e app.Event)    { ctx.NewAction(actionQuizReview) }
func (r *quizResult) restart(ctx app.Context, e app.Event)   { ctx.NewAction(actionQuizRestart) }

func (r *quizResult) Render() app.UI {
	res := r.IResult
	total := len(quizData().Knowledge)
	warned := len(res.Careless) > 0 || len(r.IContradictions) > 0
	return app.Section().ID("quiz-result").Class("quiz-result").Aria("labelledby", "quiz-result-title").Body(
		app.H2().ID("quiz-result-title").TabIndex(-1).Text(r.ITitle),
		quizReadiness(quiz.Decide(quizData(), appData().Main(), res), warned, r.IReadOnly),
		app.If(warned, func() app.UI {
			return app.Div().ID("quiz-warnings").Class("quiz-warnings").Body(
				app.If(len(res.Careless) > 0, func() app.UI {
					return app.Div().ID("quiz-careless").Class("notice").Role("alert").Body(
						app.P().Body(app.Strong().Text("These answers may not give a true picture.")),
						app.Ul().Body(app.Range(res.Careless).Slice(func(i int) app.UI {
							return app.Li().Text(res.Careless[i].Message)
						})),
					)
				}),
				app.If(len(r.IContradictions) > 0, func() app.UI {
					return quizContradictions(r.IContradictions, r.IReadOnly)
				}),
			)
		}),
		app.Div().Class("quiz-overall").Body(
			app.H3().Text("Overall readiness"),
			app.P().ID("quiz-overall").Class("quiz-overall-score").Body(
				app.Strong().Text(strconv.Itoa(res.Overall.Percent)+"%"),
				app.Meter().Min(0).Max(100).Low(quizGapBelow()).High(80).Optimum(100).Value(res.Overall.Percent).Aria("hidden", "true"),
			),
			app.P().Text(res.Overall.Explanation),
			app.If(!r.IReadOnly && res.Answered < res.Total, func() app.UI {
				return app.P().Class("muted").Text(strconv.Itoa(res.Answered) + " of " + strconv.Itoa(res.Total) + " questions answered.")
			}),
		),
		app.H3().Text("Score by area"),
		quizAreaScores(quiz.WeakestFirst(res.Areas)),
		app.H3().Text("Where you fit on the career path"),
		quizPlacement(res.Placement),
		app.H3().Text("Knowledge check"),
		app.Div().ID("quiz-knowledge-score").Body(
			app.If(res.Knowledge != nil, func() app.UI {
				k := res.Knowledge
				return app.P().Text(strconv.Itoa(k.Correct) + " of " + strconv.Itoa(k.Answered) + " practice questions right (" + strconv.Itoa(k.Percent) + "%). Each answer counts in its area's score above.")
			}).Else(func() app.UI {
				return app.P().Text("Not taken. The knowledge check is optional: " + strconv.Itoa(total) + " practice questions on HIPAA, coding systems and health information basics, each with an explanation. Its answers count in the area scores.")
			}),
			app.If(!r.IReadOnly, func() app.UI {
				label := "Take the knowledge check"
				if res.Knowledge != nil {
					label = "Go back to the knowledge check"
				}
				return app.Button().Type("button").ID("quiz-start-knowledge").Text(label).OnClick(r.knowledge)
			}),
		),
		app.H3().Text("Your gaps and next steps"),
		quizGaps(res.Gaps),
		talkTo(), // the counselor's contact, from the local pack (local_views.go)
		app.If(!r.IReadOnly, func() app.UI {
			return app.Div().Class("quiz-actions").Body(
				app.Button().Type("button").Class("secondary").ID("quiz-review").Text("Change my answers").OnClick(r.review),
				app.Button().Type("button").Class("secondary").ID("quiz-restart").Text("Start a new attempt").OnClick(r.restart),
			)
		}),
	)
}
