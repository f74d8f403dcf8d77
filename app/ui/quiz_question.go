package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizQuestion is one screen of the self-assessment: the question as a
// radio group with its legend, the progress bar, and Back and Next. It sends
// the choice, Back and Next to the quiz as actions.
type quizQuestion struct {
	app.Compo
	IQuestion data.QuizQuestion
	IArea     string
	IIndex    int
	ITotal    int
	IAnswered int
	// IChoice is the chosen choice, or -1.
	IChoice  int
	IMissing bool
	// IReviewing is set while a finished attempt's answers are changed:
	// the screen then offers a way straight back to the result.
	IReviewing bool
}

func newQuizQuestion() *quizQuestion { return &quizQuestion{IChoice: -1} }

// Question sets the question, its area's name and its place in the quiz.
func (q *quizQuestion) Question(v data.QuizQuestion, area string, index, total int) *quizQuestion {
	q.IQuestion, q.IArea, q.IIndex, q.ITotal = v, area, index, total
	return q
}

// Answered is how many questions have an answer.
func (q *quizQuestion) Answered(n int) *quizQuestion { q.IAnswered = n; return q }

// Choice is the chosen choice, or -1 for none.
func (q *quizQuestion) Choice(i int) *quizQuestion { q.IChoice = i; return q }

// Missing asks for an answer after Next was pressed without one.
func (q *quizQuestion) Missing(v bool) *quizQuestion { q.IMissing = v; return q }

// Reviewing offers a way back to the result, for a finished attempt.
func (q *quizQuestion) Reviewing(v bool) *quizQuestion { q.IReviewing = v; return q }

func (q *quizQuestion) toResult(ctx app.Context, e app.Event) { ctx.NewAction(actionQuizToResult) }

func (q *quizQuestion) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.NewAction(actionQuizNext)
}

func (q *quizQuestion) back(ctx app.Context, e app.Event) { ctx.NewAction(actionQuizBack) }

func (q *quizQuestion) Render() app.UI {
	qu := q.IQuestion
	last := q.IIndex == q.ITotal-1
	next := "Next"
	if last {
		next = "See my result"
	}
	helpID := "quiz-help-" + qu.ID
	fieldset := app.FieldSet().Class("choices")
	if qu.Help != "" {
		fieldset = fieldset.Aria("describedby", helpID)
	}
	return app.Section().ID("quiz-question").Class("quiz-screen").DataSet("question", qu.ID).Aria("labelledby", "quiz-step").Body(
		app.H2().ID("quiz-step").TabIndex(-1).Body(
			app.Text("Question "+strconv.Itoa(q.IIndex+1)+" of "+strconv.Itoa(q.ITotal)),
			app.Span().Class("quiz-area").Text(" · "+q.IArea),
		),
		quizProgress(q.IAnswered, q.ITotal, "questions answered"),
		app.Form().Class("quiz-form").OnSubmit(q.submit).Body(
			fieldset.Body(
				app.Legend().Text(qu.Text),
				app.If(qu.Help != "", func() app.UI { return app.P().ID(helpID).Class("quiz-help").Text(qu.Help) }),
				app.Range(qu.Choices).Slice(func(i int) app.UI {
					return newRadioChoice().
						ID("choice-"+qu.ID+"-"+strconv.Itoa(i)).
						Name("q-"+qu.ID).
						Value(strconv.Itoa(i)).
						Label(qu.Choices[i].Label).
						Checked(q.IChoice == i).
						Sends(actionQuizAnswer, qu.ID)
				}),
			),
			// Always present, so the alert is announced when its text appears.
			app.P().ID("quiz-missing").Class("quiz-missing").Role("alert").Text(missingText(q.IMissing, "Choose an answer to go on. Pick the one closest to the truth; you can change it later.")),
			app.Div().Class("quiz-nav").Body(
				app.If(q.IIndex > 0, func() app.UI {
					return app.Button().Type("button").Class("secondary").ID("quiz-back").Text("Back").OnClick(q.back)
				}),
				app.Button().Type("submit").ID("quiz-next").Text(next),
				app.If(q.IReviewing && !last, func() app.UI {
					return app.Button().Type("button").Class("secondary").ID("quiz-to-result").Text("Back to my result").OnClick(q.toResult)
				}),
			),
		),
		app.P().Class("quiz-saved muted").Text("Each answer is saved on this device the moment you give it. You can close the page and come back to this question."),
	)
}
