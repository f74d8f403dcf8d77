package quiz

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Verdict answers the question a student comes with: am I ready to apply
// for entry-level jobs? The rule is the quiz data's (data.VerdictRule).
type Verdict struct {
	// ID is "yes", "almost" or "not-yet"; "" before any answer.
	ID       string
	Question string
	// Answer is the one word ("Yes"), Headline the one line.
	Answer, Headline string
	// Reasons are the one to three tests that decide the verdict: for the
	// best verdict the tests it passed, otherwise those that keep it from
	// the verdict above, nearest first.
	Reasons []string
	// Next is the first next step, an item of the plan when ID is set.
	Next PlanItem
	// Note says that the rule is this app's rule of thumb.
	Note string
}

// Decide gives the verdict on a result, from its area scores, its gaps and
// its placement; a result rebuilt from a summary works as well as a fresh
// one.
func Decide(q *data.Quiz, c *data.Career, r Result) Verdict {
	rule := q.Verdict
	v := Verdict{Question: rule.Question, Note: rule.Note}
	if !r.Overall.Scored || len(rule.Levels) == 0 {
		v.Headline = rule.Unscored
		return v
	}
	chosen := len(rule.Levels) - 1
	for i, l := range rule.Levels {
		if len(failedTests(c, r, l.Tests)) == 0 {
			chosen = i
			break
		}
	}
	l := rule.Levels[chosen]
	v.ID, v.Answer, v.Headline = l.ID, l.Answer, l.Headline

	var deciding []data.VerdictTest
	if chosen == 0 {
		for _, t := range l.Tests {
			v.Reasons = append(v.Reasons, fill(q, c, r, t, t.Met))
		}
	} else {
		// What stands between the student and each verdict above, the
		// nearest first, each kind of test said once.
		said := map[string]bool{}
		for i := chosen - 1; i >= 0; i-- {
			for _, t := range failedTests(c, r, rule.Levels[i].Tests) {
				if k := testKind(t); !said[k] && len(v.Reasons) < data.MaxVerdictTests {
					said[k] = true
					deciding = append(deciding, t)
					v.Reasons = append(v.Reasons, fill(q, c, r, t, t.Short))
				}
			}
		}
	}
	v.Next = nextStep(q, c, r, l, deciding)
	return v
}

// failedTests are the tests the result does not pass.
func failedTests(c *data.Career, r Result, tests []data.VerdictTest) []data.VerdictTest {
	var out []data.VerdictTest
	for _, t := range tests {
		if !passes(c, r, t) {
			out = append(out, t)
		}
	}
	return out
}

func passes(c *data.Career, r Result, t data.VerdictTest) bool {
	switch t.Test {
	case data.TestRank:
		return r.Placement.Rank() >= t.Min
	case data.TestOverall:
		return r.Overall.Percent >= t.Min
	case data.TestArea:
		a := areaScore(r, t.Area)
		return a.Scored && a.Percent >= t.Min
	case data.TestGaps:
		return len(r.Gaps) <= t.Max
	}
	return false
}

// testKind groups tests that say the same thing: the rank and the overall
// score both speak of the overall score.
func testKind(t data.VerdictTest) string {
	switch t.Test {
	case data.TestRank, data.TestOverall:
		return "score"
	case data.TestArea:
		return "area:" + t.Area
	}
	return t.Test
}

func areaScore(r Result, id string) AreaScore {
	for _, a := range r.Areas {
		if a.ID == id {
			return a
		}
	}
	return AreaScore{ID: id}
}

// fill puts the figures behind a test into its text's placeholders.
func fill(q *data.Quiz, c *data.Career, r Result, t data.VerdictTest, text string) string {
	pairs := []string{"{overall}", strconv.Itoa(r.Overall.Percent)}
	switch t.Test {
	case data.TestRank:
		level := ""
		if t.Min >= 1 && t.Min <= len(c.CareerPath) {
			level = c.CareerPath[t.Min-1].Title
		}
		pairs = append(pairs, "{min}", strconv.Itoa(q.MinOverall(t.Min)), "{level}", level)
	case data.TestOverall:
		pairs = append(pairs, "{min}", strconv.Itoa(t.Min))
	case data.TestArea:
		a := areaScore(r, t.Area)
		name := a.Name
		if qa := q.Area(t.Area); qa != nil {
			name = qa.Name
		}
		pairs = append(pairs, "{area}", name, "{percent}", strconv.Itoa(a.Percent), "{min}", strconv.Itoa(t.Min))
	case data.TestGaps:
		names := make([]string, len(r.Gaps))
		for i, g := range r.Gaps {
			names[i] = g.Name + " (" + strconv.Itoa(g.Percent) + "%)"
		}
		list, weakest := joinNames(names), "none"
		if list == "" {
			list = "none"
		} else {
			weakest = names[0]
		}
		pairs = append(pairs, "{areas}", list, "{weakest}", weakest, "{count}", strconv.Itoa(len(r.Gaps)), "{max}", strconv.Itoa(t.Max), "{gapBelow}", strconv.Itoa(q.GapBelow))
	}
	return strings.NewReplacer(pairs...).Replace(text)
}

// nextStep is the first thing to do: the step the verdict names (for
// "yes", writing a resume); else the gap of the weakest area that decides
// the verdict; else the plan's first item, which is its weakest gap.
func nextStep(q *data.Quiz, c *data.Career, r Result, l data.VerdictLevel, deciding []data.VerdictTest) PlanItem {
	plan := Plan(c, r.Gaps)
	find := func(id string) (PlanItem, bool) {
		for _, it := range plan {
			if it.ID == id {
				return it, true
			}
		}
		return PlanItem{}, false
	}
	if l.Step > 0 {
		if it, ok := find(StepItemID(l.Step)); ok {
			return it
		}
	}
	weakest, best := "", 101
	for _, t := range deciding {
		if a := areaScore(r, t.Area); t.Test == data.TestArea && a.Percent < best {
			weakest, best = t.Area, a.Percent
		}
	}
	if weakest != "" {
		if it, ok := find(GapItemID(weakest)); ok {
			return it
		}
		// An area can decide the verdict while scoring above the gap
		// threshold; its action is still the thing to do.
		if qa := q.Area(weakest); qa != nil {
			return PlanItem{Text: qa.Action, Detail: qa.Why}
		}
	}
	if len(plan) > 0 {
		return plan[0]
	}
	return PlanItem{}
}

// WeakestFirst orders area scores from the lowest to the highest, keeping
// the quiz's order among equal scores; areas without a score come last.
// The result's area table lists them so.
func WeakestFirst(areas []AreaScore) []AreaScore {
	out := append([]AreaScore(nil), areas...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Scored != out[j].Scored {
			return out[i].Scored
		}
		return out[i].Percent < out[j].Percent
	})
	return out
}
