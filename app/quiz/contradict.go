package quiz

import (
	"strconv"

	"github.com/hitcoach/hitcoach/data"
)

// Contradiction is a set of answers that cannot all be true, named the way
// the careless-answer warnings are, with the questions to go back to.
type Contradiction struct {
	ID      string
	Message string
	// Questions are the answers that disagree, in the quiz's order: one of
	// them is wrong.
	Questions []AnswerRef
}

// AnswerRef is one given answer: the question, its number in the quiz
// (from one) and the chosen answer's words.
type AnswerRef struct {
	QuestionID string
	Number     int
	Question   string
	Answer     string
}

// Contradictions lists the quiz's contradictory answer sets that the answers
// make, in the data's order.
func Contradictions(q *data.Quiz, answers map[string]int) []Contradiction {
	var out []Contradiction
	for _, rule := range q.Contradictions {
		if !data.AllHold(rule.When, answers) {
			continue
		}
		c := Contradiction{ID: rule.ID}
		var quoted []string
		for i := range q.Questions {
			qu := &q.Questions[i]
			if !names(rule.When, qu.ID) {
				continue
			}
			ch := answers[qu.ID]
			ref := AnswerRef{QuestionID: qu.ID, Number: i + 1, Question: qu.Text, Answer: qu.Choices[ch].Label}
			c.Questions = append(c.Questions, ref)
			quoted = append(quoted, "“"+ref.Answer+"” (question "+strconv.Itoa(ref.Number)+")")
		}
		clash := "Your answer " + quoted[0] + " does not fit with your answer " + quoted[1]
		if len(quoted) > 2 {
			clash = "Your answers " + joinNames(quoted) + " do not fit together"
		}
		c.Message = clash + ". " + rule.Why + " Go back and change the answer that is wrong."
		out = append(out, c)
	}
	return out
}

func names(when []data.AnswerCondition, question string) bool {
	for _, c := range when {
		if c.Question == question {
			return true
		}
	}
	return false
}
