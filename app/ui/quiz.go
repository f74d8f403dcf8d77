package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// quizContent is the career readiness quiz.
func quizContent() []app.UI {
	return []app.UI{
		app.H1().Text("Career readiness quiz"),
		newQuizFlow(),
	}
}
