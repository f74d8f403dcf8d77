package quiz

import (
	"fmt"
	"math"

	"github.com/hitcoach/hitcoach/data"
)

// WarningKind names a sign of careless answers.
type WarningKind string

const (
	// SameAnswer: the same position was chosen for every question.
	SameAnswer WarningKind = "same-answer"
	// TooFast: the quiz was finished faster than it can be read.
	TooFast WarningKind = "too-fast"
	// SavedCareless: a saved or shared result was flagged when it was made.
	SavedCareless WarningKind = "saved-careless"
)

// Warning is a sign that the answers may not be considered.
type Warning struct {
	Kind    WarningKind
	Message string
}

const (
	// MinAnswersForPattern is how many answers it takes before choosing the
	// same position each time means something.
	MinAnswersForPattern = 6
	// MinSecondsPerAnswer is the least time reading a question and its
	// choices takes; faster than that, the answers were not read.
	MinSecondsPerAnswer = 3
)

// Careless looks for answers given without reading: the same position
// everywhere, or a finish faster than the questions can be read.
func Careless(q *data.Quiz, in Input) []Warning {
	var w []Warning
	answered, first, allSame, allLast := 0, -1, true, true
	for i := range q.Questions {
		qu := &q.Questions[i]
		c, ok := in.Answers[qu.ID]
		if !ok || c < 0 || c >= len(qu.Choices) {
			continue
		}
		answered++
		if first < 0 {
			first = c
		}
		if c != first {
			allSame = false
		}
		if c != len(qu.Choices)-1 {
			allLast = false
		}
	}
	if answered >= MinAnswersForPattern {
		switch {
		case allSame:
			w = append(w, Warning{SameAnswer, fmt.Sprintf("You chose the %s answer to all %d questions. If you did not read them, go back and check: the result is only as good as the answers.", ordinal(first), answered)})
		case allLast:
			w = append(w, Warning{SameAnswer, fmt.Sprintf("You chose the last answer to all %d questions. If you did not read them, go back and check: the result is only as good as the answers.", answered)})
		}
	}
	if answered > 0 && !in.Started.IsZero() && !in.Finished.IsZero() {
		took := in.Finished.Sub(in.Started)
		// A negative time means the clock changed; it says nothing.
		if took >= 0 && took.Seconds() < float64(answered*MinSecondsPerAnswer) {
			secs := int(math.Round(took.Seconds()))
			w = append(w, Warning{TooFast, fmt.Sprintf("You answered %d questions in %d %s, faster than they can be read. Take the quiz again at your own pace for a result you can trust.", answered, secs, plural(secs, "second", "seconds"))})
		}
	}
	return w
}

func ordinal(i int) string {
	names := []string{"first", "second", "third", "fourth", "fifth", "sixth"}
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("number %d", i+1)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
