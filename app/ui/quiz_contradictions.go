package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizContradictions names the answers that do not fit together, as the
// careless-answer warning does, each with a button back to every question
// involved.
func quizContradictions(cs []quiz.Contradiction, readOnly bool) app.UI {
	return app.Div().ID("quiz-contradictions").Class("notice").Role("alert").Body(
		app.P().Body(app.Strong().Text("Some of your answers do not fit together.")),
		app.Ul().Class("quiz-contradictions").Body(app.Range(cs).Slice(func(i int) app.UI {
			c := cs[i]
			return app.Li().ID("contradiction-"+c.ID).Body(
				app.P().Text(c.Message),
				app.If(!readOnly, func() app.UI {
					return app.Div().Class("quiz-nav").Body(app.Range(c.Questions).Slice(func(j int) app.UI {
						ref := c.Questions[j]
						return newChangeAnswer().ID("change-" + c.ID + "-" + ref.QuestionID).Question(ref.Number - 1)
					}))
				}),
			)
		})),
	)
}

// changeAnswer is a button that takes the quiz back to one question, to
// change its answer: it sends the quiz the question's index.
type changeAnswer struct {
	app.Compo
	IID    string
	IIndex int
}

func newChangeAnswer() *changeAnswer { return &changeAnswer{} }

// ID is the button's id.
func (c *changeAnswer) ID(v string) *changeAnswer { c.IID = v; return c }

// Question is the index of the question to go back to.
func (c *changeAnswer) Question(i int) *changeAnswer { c.IIndex = i; return c }

func (c *changeAnswer) press(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionQuizGoto, c.IIndex)
}

func (c *changeAnswer) Render() app.UI {
	return app.Button().Type("button").Class("secondary").ID(c.IID).
		Text("Change my answer to question " + strconv.Itoa(c.IIndex+1)).OnClick(c.press)
}
