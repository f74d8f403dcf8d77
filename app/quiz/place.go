package quiz

import (
	"fmt"

	"github.com/hitcoach/hitcoach/data"
)

// Placement is where on the five-level career path the answers fit.
type Placement struct {
	// Level is the level that fits now; nil when the person is not yet
	// ready for the first one.
	Level *data.Level
	// Next is the level to aim for: the one after Level, or the first level
	// when Level is nil. Nil at the top of the path.
	Next *data.Level
	// NextNeeds are the focus areas the career path gives for Next.
	NextNeeds []string
	// Reasons explain the placement in the order it was worked out.
	Reasons []string
}

// RuleNote says where the score thresholds come from, so nobody mistakes
// them for an industry standard.
const RuleNote = "The score each level needs is this app's own rule of thumb, not an industry standard; the years and focus areas come from the career guide."

// Place puts a score and years of experience on the career path. The years
// choose the highest level the experience allows; the overall score then
// moves the placement down while it is below what that level needs.
func Place(q *data.Quiz, c *data.Career, o Overall, years int, yearsKnown bool) Placement {
	path := c.CareerPath
	var p Placement
	if len(path) == 0 {
		p.Reasons = []string{"The career data has no career path, so no level can be given."}
		return p
	}
	if !o.Scored {
		p.Reasons = []string{"Answer the questions to be placed on the career path."}
		p.setNext(path, 0)
		return p
	}

	// The seed's ranges share their end points (0–2, 2–4…): the upper end
	// belongs to the next level, so exactly two years is level two.
	rank := 1
	for i, l := range path {
		if years >= l.YearsMin {
			rank = i + 1
		}
	}
	if yearsKnown {
		l := path[rank-1]
		p.Reasons = append(p.Reasons, fmt.Sprintf("Your experience fits %s, which the career path gives as %s.", l.Title, l.YearsText()))
	} else {
		p.Reasons = append(p.Reasons, "You did not say how long you have worked in the field, so no experience is counted.")
	}

	var above []string
	for rank > 1 && o.Percent < q.MinOverall(rank) {
		above = append(above, fmt.Sprintf("%s (%d%%)", path[rank-1].Title, q.MinOverall(rank)))
		rank--
	}
	if len(above) > 0 {
		p.Reasons = append(p.Reasons, fmt.Sprintf("Your overall score of %d%% is below what this app looks for at %s.", o.Percent, joinNames(above)))
	}
	if need := q.MinOverall(1); rank == 1 && o.Percent < need {
		p.Reasons = append(p.Reasons, fmt.Sprintf("It is also below the %d%% this app looks for in a first job, so %s is the level to aim for.", need, path[0].Title))
		p.setNext(path, 0)
		return p
	}
	l := &path[rank-1]
	p.Level = l
	p.Reasons = append(p.Reasons, fmt.Sprintf("Your overall score of %d%% meets the %d%% this app looks for at %s, so that is your level now.", o.Percent, q.MinOverall(rank), l.Title))
	if rank < len(path) && o.Percent >= q.MinOverall(rank+1) {
		p.Reasons = append(p.Reasons, fmt.Sprintf("Your score would suit %s, but that level also takes %s of experience.", path[rank].Title, path[rank].YearsText()))
	}
	p.setNext(path, rank)
	return p
}

// PlaceAt describes a placement already made, such as one in a shared
// result: rank 0 means not yet at the first level.
func PlaceAt(c *data.Career, rank int) Placement {
	var p Placement
	path := c.CareerPath
	if rank < 0 || rank > len(path) {
		rank = 0
	}
	if rank > 0 {
		p.Level = &path[rank-1]
	}
	p.setNext(path, rank)
	return p
}

func (p *Placement) setNext(path []data.Level, index int) {
	if index < len(path) {
		p.Next = &path[index]
		p.NextNeeds = path[index].FocusAreas
	}
}

// Rank is the placed level's rank, 0 when not yet at the first level.
func (p Placement) Rank() int {
	if p.Level == nil {
		return 0
	}
	return p.Level.Rank
}
