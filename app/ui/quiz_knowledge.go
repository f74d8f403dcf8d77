package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizKnowledge is one screen of the optional knowledge check: a practice
// question, then, once checked, whether the answer was right and why. It
// sends what is pressed to the quiz as actions.
type quizKnowledge struct {
	app.Compo
	IQuestion data.KnowledgeQuestion
	IIndex    int
	ITotal    int
	IAnswered int
	// IPending is the option selected but not yet checked, or -1.
	IPending int
	// IGiven is the checked answer, or -1 while there is none.
	IGiven   int
	IMissing bool
}

func newQuizKnowledge() *quizKnowledge { return &quizKnowledge{IPending: -1, IGiven: -1} }

// Question sets the practice question and its place in the check.
func (k *quizKnowledge) Question(v data.KnowledgeQuestion, index, total int) *quizKnowledge {
	k.IQuestion, k.IIndex, k.ITotal = v, index, total
	return k
}

// Answered is how many practice questions have been checked.
func (k *quizKnowledge) Answered(n int) *quizKnowledge { k.IAnswered = n; return k }

// Pending is the selected option not yet checked; Given the checked answer.
func (k *quizKnowledge) Pending(i int) *quizKnowledge { k.IPending = i; return k }
func (k *quizKnowledge) Given(i int) *quizKnowledge   { k.IGiven = i; return k }

// Missing asks for a choice after Check was pressed without one.
func (k *quizKnowledge) Missing(v bool) *quizKnowledge { k.IMissing = v; return k }

func (k *quizKnowledge) check(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.NewAction(actionKnowledgeCheck)
}
func (k *quizKnowledge) next(ctx app.Context, e app.Event)  { ctx.NewAction(actionKnowledgeNext) }
func (k *quizKnowledge) back(ctx app.Context, e app.Event)  { ctx.NewAction(actionKnowledgeBack) }
func (k *quizKnowledge) leave(ctx app.Context, e app.Event) { ctx.NewAction(actionKnowledgeLeave) }

func (k *quizKnowledge) Render() app.UI {
	q := k.IQuestion
	answered := k.IGiven >= 0 && k.IGiven < len(q.Options)
	last := k.IIndex == k.ITotal-1
	next := "Next question"
	if last {
		next = "See my updated result"
	}
	return app.Section().ID("quiz-knowledge").Class("quiz-screen").DataSet("question", q.ID).Aria("labelledby", "quiz-step").Body(
		app.H2().ID("quiz-step").TabIndex(-1).Text("Practice question "+strconv.Itoa(k.IIndex+1)+" of "+strconv.Itoa(k.ITotal)),
		quizProgress(k.IAnswered, k.ITotal, "practice questions checked"),
		app.If(!answered, func() app.UI {
			return app.Form().Class("quiz-form").OnSubmit(k.check).Body(
				app.FieldSet().Class("choices").Body(
					app.Legend().Text(q.Text),
					app.Range(q.Options).Slice(func(i int) app.UI {
						return newRadioChoice().
							ID("option-"+q.ID+"-"+strconv.Itoa(i)).
							Name("k-"+q.ID).
							Value(strconv.Itoa(i)).
							Label(q.Options[i]).
							Checked(k.IPending == i).
							Sends(actionKnowledgeSelect, q.ID)
					}),
				),
				app.P().ID("quiz-missing").Class("quiz-missing").Role("alert").Text(missingText(k.IMissing, "Choose an answer, then check it.")),
				app.Div().Class("quiz-nav").Body(
					app.If(k.IIndex > 0, func() app.UI {
						return app.Button().Type("button").Class("secondary").ID("quiz-back").Text("Back").OnClick(k.back)
					}),
					app.Button().Type("submit").ID("quiz-check").Text("Check my answer"),
				),
			)
		}).Else(func() app.UI {
			right := k.IGiven == q.Correct
			verdict := "Not quite."
			if right {
				verdict = "Right."
			}
			return app.Div().Class("quiz-feedback").Body(
				app.P().Class("quiz-feedback-question").Text(q.Text),
				app.Div().ID("quiz-feedback").Class("quiz-verdict").TabIndex(-1).Role("status").Body(
					app.P().Body(app.Strong().Class(verdictClass(right)).Text(verdict)),
					app.P().Text("Your answer: "+q.Options[k.IGiven]),
					app.If(!right, func() app.UI { return app.P().Text("The right answer: " + q.Options[q.Correct]) }),
				),
				app.P().Class("quiz-explanation").Text(q.Explanation),
				linkList(q.Links),
				app.Div().Class("quiz-nav").Body(
					app.If(k.IIndex > 0, func() app.UI {
						return app.Button().Type("button").Class("secondary").ID("quiz-back").Text("Back").OnClick(k.back)
					}),
					app.Button().Type("button").ID("quiz-next").Text(next).OnClick(k.next),
				),
			)
		}),
		app.P().Body(
			app.Button().Type("button").Class("secondary").ID("quiz-leave").Text("Back to my result").OnClick(k.leave),
		),
	)
}

func verdictClass(right bool) string {
	if right {
		return "verdict-right"
	}
	return "verdict-wrong"
}
