// Package quiz scores the readiness quiz: an overall score and one per area,
// each explained by the answers behind it, the level of the career path that
// fits now, warnings about careless answers, and the gaps with their next
// steps. It has no go-app import, so it is tested natively.
package quiz

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/data"
)

// Input is what a person gave the quiz.
type Input struct {
	// Answers maps a self-assessment question id to the index of the chosen
	// choice.
	Answers map[string]int
	// Knowledge maps a knowledge-check question id to the chosen option.
	Knowledge map[string]int
	// Started is when the self-assessment began, Finished when its last
	// answer was confirmed. Either may be zero when unknown.
	Started, Finished time.Time
}

// Result is the scored quiz.
type Result struct {
	Overall   Overall
	Areas     []AreaScore
	Knowledge *KnowledgeScore // nil when the knowledge check was not taken
	Placement Placement
	Careless  []Warning
	Gaps      []Gap
	// Answered and Total count the self-assessment questions.
	Answered, Total int
}

// Overall is the overall readiness score and why it is what it is.
type Overall struct {
	Percent int
	// Scored is false when no area could be scored.
	Scored      bool
	Explanation string
	Strongest   []string // names of the best-scoring areas
	Weakest     []string // names of the lowest-scoring areas
}

// AreaScore is the score of one area with the answers that drove it.
type AreaScore struct {
	ID, Name string
	Percent  int
	// Points and Max add up the self-assessment and, when taken, the
	// knowledge check.
	Points, Max int
	// Scored is false when no question of the area was answered.
	Scored bool
	// Drivers are the answers behind the score, weakest first.
	Drivers []Driver
}

// Driver is one answer and what it earned.
type Driver struct {
	QuestionID string
	Question   string
	Answer     string
	Points     int
	Max        int
	// Knowledge marks an answer from the knowledge check.
	Knowledge bool
}

// Weak reports whether the answer earned less than half of its points.
func (d Driver) Weak() bool { return d.Points*2 < d.Max }

// KnowledgeScore is the result of the knowledge check.
type KnowledgeScore struct {
	Correct, Answered, Total int
	Percent                  int
}

// KnowledgePoints is what one knowledge-check question is worth in its
// area, against the three points of a typical self-assessment question: a
// right answer there is solid evidence, but it should not outweigh what the
// person reports about their training and work.
const KnowledgePoints = 2

// Score scores an attempt against the quiz and the career it is about.
func Score(q *data.Quiz, c *data.Career, d *data.Data, in Input) Result {
	r := Result{Total: len(q.Questions)}
	byArea := map[string]*AreaScore{}
	for _, a := range q.Areas {
		r.Areas = append(r.Areas, AreaScore{ID: a.ID, Name: a.Name})
	}
	for i := range r.Areas {
		byArea[r.Areas[i].ID] = &r.Areas[i]
	}

	for i := range q.Questions {
		qu := &q.Questions[i]
		choice, ok := in.Answers[qu.ID]
		if !ok || choice < 0 || choice >= len(qu.Choices) {
			continue
		}
		r.Answered++
		a := byArea[qu.Area]
		if a == nil {
			continue
		}
		ch := qu.Choices[choice]
		a.Scored = true
		a.Points += ch.Points
		a.Max += qu.MaxPoints()
		a.Drivers = append(a.Drivers, Driver{QuestionID: qu.ID, Question: qu.Text, Answer: ch.Label, Points: ch.Points, Max: qu.MaxPoints()})
	}

	if len(in.Knowledge) > 0 {
		k := &KnowledgeScore{Total: len(q.Knowledge)}
		for i := range q.Knowledge {
			kq := &q.Knowledge[i]
			choice, ok := in.Knowledge[kq.ID]
			if !ok || choice < 0 || choice >= len(kq.Options) {
				continue
			}
			k.Answered++
			points := 0
			if choice == kq.Correct {
				k.Correct++
				points = KnowledgePoints
			}
			if a := byArea[kq.Area]; a != nil {
				a.Scored = true
				a.Points += points
				a.Max += KnowledgePoints
				a.Drivers = append(a.Drivers, Driver{QuestionID: kq.ID, Question: kq.Text, Answer: kq.Options[choice], Points: points, Max: KnowledgePoints, Knowledge: true})
			}
		}
		if k.Answered > 0 {
			k.Percent = percent(k.Correct, k.Answered)
			r.Knowledge = k
		}
	}

	for i := range r.Areas {
		a := &r.Areas[i]
		if a.Max > 0 {
			a.Percent = percent(a.Points, a.Max)
		}
		sort.SliceStable(a.Drivers, func(i, j int) bool {
			return a.Drivers[i].Points*a.Drivers[j].Max < a.Drivers[j].Points*a.Drivers[i].Max
		})
	}
	r.Overall = overall(r.Areas)
	y, known := years(q, in.Answers)
	r.Placement = Place(q, c, r.Overall, y, known)
	r.Careless = Careless(q, in)
	r.Gaps = gaps(q, c, d, r.Areas)
	return r
}

// percent rounds part/whole to the nearest whole percent.
func percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (part*200 + whole) / (whole * 2)
}

// overall is the plain average of the scored areas, so that an area with
// many questions does not drown out one with few.
func overall(areas []AreaScore) Overall {
	var o Overall
	sum, n := 0, 0
	for _, a := range areas {
		if a.Scored {
			sum += a.Percent
			n++
		}
	}
	if n == 0 {
		o.Explanation = "No questions have been answered yet, so there is no score."
		return o
	}
	o.Scored = true
	o.Percent = (sum*2 + n) / (n * 2)
	scored := make([]AreaScore, 0, n)
	for _, a := range areas {
		if a.Scored {
			scored = append(scored, a)
		}
	}
	sort.SliceStable(scored, func(i, j int) bool { return scored[i].Percent > scored[j].Percent })
	top, bottom := scored[0].Percent, scored[len(scored)-1].Percent
	for _, a := range scored {
		if a.Percent == top {
			o.Strongest = append(o.Strongest, a.Name)
		}
	}
	for i := len(scored) - 1; i >= 0; i-- {
		if scored[i].Percent == bottom {
			o.Weakest = append(o.Weakest, scored[i].Name)
		}
	}
	o.Explanation = fmt.Sprintf("The average of your %d area scores.", n)
	if top != bottom {
		o.Explanation += fmt.Sprintf(" %s raised it (%d%%); %s pulled it down (%d%%).", joinNames(o.Strongest), top, joinNames(o.Weakest), bottom)
	}
	if n < len(areas) {
		left := len(areas) - n
		o.Explanation += fmt.Sprintf(" %d %s no answers yet and %s left out.", left, plural(left, "area has", "areas have"), plural(left, "is", "are"))
	}
	return o
}

// joinNames writes "A", "A and B" or "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// years is the experience the answers report, and whether they report any.
func years(q *data.Quiz, answers map[string]int) (int, bool) {
	for i := range q.Questions {
		qu := &q.Questions[i]
		if !qu.Experience {
			continue
		}
		c, ok := answers[qu.ID]
		if !ok || c < 0 || c >= len(qu.Choices) {
			return 0, false
		}
		return qu.Choices[c].Years, true
	}
	return 0, false
}
