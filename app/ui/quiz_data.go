package ui

import (
	"github.com/hitcoach/hitcoach/data"
)

// quizData is the embedded quiz. Like appData, it is validated by the
// tests, so a failure here is a build defect.
func quizData() *data.Quiz { return data.MustLoadQuiz() }
