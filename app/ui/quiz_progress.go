package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizProgress is a labelled progress bar: done of total counted, such as
// "questions answered".
func quizProgress(done, total int, counted string) app.UI {
	text := strconv.Itoa(done) + " of " + strconv.Itoa(total) + " " + counted
	return app.Div().Class("quiz-progress").Body(
		app.Label().For("quiz-progress").Text("Progress: "+text),
		app.Progress().ID("quiz-progress").Max(total).Value(done).Text(text),
	)
}
