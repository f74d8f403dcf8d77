package quiz

import (
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// Summary is what is kept of a result in the history and in a share link:
// the scores, not the answers. Attempt and SummaryOf are the one place its
// fields are copied to and from a history entry.
type Summary struct {
	Overall int
	// Areas maps an area id to its percentage.
	Areas map[string]int
	// Level is the placed rank, 0 when not yet at the first level.
	Level                               int
	KnowledgeCorrect, KnowledgeAnswered int
	Careless                            bool
}

// Summary keeps the scores of a result.
func (r Result) Summary() Summary {
	s := Summary{Overall: r.Overall.Percent, Areas: map[string]int{}, Level: r.Placement.Rank(), Careless: len(r.Careless) > 0}
	for _, a := range r.Areas {
		if a.Scored {
			s.Areas[a.ID] = a.Percent
		}
	}
	if k := r.Knowledge; k != nil {
		s.KnowledgeCorrect, s.KnowledgeAnswered = k.Correct, k.Answered
	}
	return s
}

// Attempt is the history entry that keeps these scores, for the attempt
// with the given id, finished at date.
func (s Summary) Attempt(id string, date time.Time) store.Attempt {
	return store.Attempt{
		ID:                id,
		Date:              date,
		Overall:           s.Overall,
		Areas:             s.Areas,
		Level:             s.Level,
		KnowledgeCorrect:  s.KnowledgeCorrect,
		KnowledgeAnswered: s.KnowledgeAnswered,
		Careless:          s.Careless,
	}
}

// SummaryOf is the scores a history entry keeps.
func SummaryOf(a store.Attempt) Summary {
	return Summary{
		Overall:           a.Overall,
		Areas:             a.Areas,
		Level:             a.Level,
		KnowledgeCorrect:  a.KnowledgeCorrect,
		KnowledgeAnswered: a.KnowledgeAnswered,
		Careless:          a.Careless,
	}
}

// FromSummary rebuilds what a summary allows: the scores, the level and the
// gaps with their next steps. The answers behind the scores are not in a
// summary, so the areas have no drivers.
func FromSummary(q *data.Quiz, c *data.Career, d *data.Data, s Summary) Result {
	r := Result{Total: len(q.Questions), Areas: areasFromScores(q, s.Areas)}
	r.Overall = overall(r.Areas)
	if r.Overall.Scored {
		r.Overall.Percent = s.Overall
		r.Overall.Explanation = "The average of the area scores when the result was saved."
	}
	r.Placement = PlaceAt(c, s.Level)
	if s.KnowledgeAnswered > 0 {
		r.Knowledge = &KnowledgeScore{Correct: s.KnowledgeCorrect, Answered: s.KnowledgeAnswered, Total: len(q.Knowledge), Percent: percent(s.KnowledgeCorrect, s.KnowledgeAnswered)}
	}
	if s.Careless {
		r.Careless = []Warning{{SavedCareless, "When this result was made, the answers looked careless: given too fast, or the same answer everywhere. Read it with care."}}
	}
	r.Gaps = gaps(q, c, d, r.Areas)
	return r
}
