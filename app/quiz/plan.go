package quiz

import (
	"fmt"
	"strconv"

	"github.com/hitcoach/hitcoach/data"
)

// PlanItem is one line of the personal plan.
type PlanItem struct {
	// ID is stable across attempts and app updates, so an item keeps its
	// status: "gap-<area>" or "step-<n>".
	ID     string
	Text   string
	Detail string
	Links  []data.Link
	// FromGap marks an item that comes from a gap rather than from the six
	// steps.
	FromGap bool
}

// GapItemID is the plan item id of an area's gap.
func GapItemID(area string) string { return "gap-" + area }

// StepItemID is the plan item id of the career's step n, counting from one.
func StepItemID(n int) string { return "step-" + strconv.Itoa(n) }

// MaxPlanLinks keeps a plan item's links to the few that matter most.
const MaxPlanLinks = 3

// Plan builds the checklist: one item for each gap, weakest first, then the
// career's steps to become one.
func Plan(c *data.Career, gaps []Gap) []PlanItem {
	var items []PlanItem
	for _, g := range gaps {
		it := PlanItem{
			ID:      GapItemID(g.AreaID),
			Text:    g.Action,
			Detail:  fmt.Sprintf("%s scored %d%%.", g.Name, g.Percent),
			FromGap: true,
		}
		for _, s := range g.Steps {
			if len(it.Links) == MaxPlanLinks {
				break
			}
			it.Links = append(it.Links, s.Link)
		}
		items = append(items, it)
	}
	for i, s := range c.Steps {
		items = append(items, PlanItem{ID: StepItemID(i + 1), Text: s.Title, Detail: s.Detail, Links: s.Links})
	}
	return items
}
