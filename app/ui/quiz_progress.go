package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizProgress is a labelled progress bar: how many questions of a section
// are answered.
type quizProgress struct {
	app.Compo
	IID     string
	IDone   int
	ITotal  int
	ILabel  string
	IRegion string
}

func newQuizProgress() *quizProgress { return &quizProgress{IID: "quiz-progress"} }

// ID sets the progress element's id, which its label points at.
func (p *quizProgress) ID(v string) *quizProgress { p.IID = v; return p }

// Done and Total give the count answered and the count in the section.
func (p *quizProgress) Done(v int) *quizProgress  { p.IDone = v; return p }
func (p *quizProgress) Total(v int) *quizProgress { p.ITotal = v; return p }

// Label is what is counted, such as "questions answered".
func (p *quizProgress) Label(v string) *quizProgress { p.ILabel = v; return p }

func (p *quizProgress) Render() app.UI {
	text := strconv.Itoa(p.IDone) + " of " + strconv.Itoa(p.ITotal) + " " + p.ILabel
	return app.Div().Class("quiz-progress").Body(
		app.Label().For(p.IID).Text("Progress: "+text),
		app.Progress().ID(p.IID).Max(p.ITotal).Value(p.IDone).Text(text),
	)
}
