package quiz

import "github.com/hitcoach/hitcoach/data"

// PreMarks are the plan items the answers show as done, each with the
// reason in the student's words ("You said you hold the RHIT."), keyed by
// plan item id. They start as done; a status the student chooses wins
// (store.State.StatusOr).
type PreMarks map[string]string

// PreMark finds the steps the answers show as done.
func PreMark(q *data.Quiz, answers map[string]int) PreMarks {
	marks := PreMarks{}
	for _, p := range q.PreMarks {
		if data.AllHold(p.When, answers) {
			marks[StepItemID(p.Step)] = p.Why
		}
	}
	return marks
}
