package quiz

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// Gap is an area that scored below the quiz's gap threshold, with concrete
// next steps into the app's own content.
type Gap struct {
	AreaID, Name string
	Percent      int
	Why, Action  string
	// Weak are the answers that earned less than half their points.
	Weak  []Driver
	Steps []Step
}

// StepKind says what a next step points at.
type StepKind string

const (
	StepPathway    StepKind = "pathway"
	StepCredential StepKind = "credential"
	StepFAQ        StepKind = "faq"
	StepFocus      StepKind = "focus"
	StepLink       StepKind = "link"
)

// Step is one next step: what to do, the facts that matter for it, and
// where in the app to read more.
type Step struct {
	Kind   StepKind
	Title  string
	Detail string
	Link   data.Link
	// Source and AsOf cite the figures in Detail, for pathways.
	Source, AsOf string
}

// Anchors of items inside career-page sections. They are part of shared
// URLs, like the section anchors in data/sections.go.
func pathwayAnchor(id string) string { return "pathway-" + id }
func faqAnchor(id string) string     { return "faq-" + id }
func levelAnchor(rank int) string    { return "level-" + strconv.Itoa(rank) }

// gaps lists the scored areas below the threshold, weakest first.
func gaps(q *data.Quiz, c *data.Career, d *data.Data, areas []AreaScore) []Gap {
	var out []Gap
	for _, a := range areas {
		if !a.Scored || a.Percent >= q.GapBelow {
			continue
		}
		qa := q.Area(a.ID)
		if qa == nil {
			continue
		}
		g := Gap{AreaID: a.ID, Name: a.Name, Percent: a.Percent, Why: qa.Why, Action: qa.Action, Steps: Steps(qa, c, d)}
		for _, dr := range a.Drivers {
			if dr.Weak() {
				g.Weak = append(g.Weak, dr)
			}
		}
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Percent < out[j].Percent })
	return out
}

// GapsFromScores finds the gaps in area scores alone, as a shared result or
// an attempt in the history holds them.
func GapsFromScores(q *data.Quiz, c *data.Career, d *data.Data, scores map[string]int) []Gap {
	return gaps(q, c, d, areasFromScores(q, scores))
}

func areasFromScores(q *data.Quiz, scores map[string]int) []AreaScore {
	var areas []AreaScore
	for _, a := range q.Areas {
		p, ok := scores[a.ID]
		areas = append(areas, AreaScore{ID: a.ID, Name: a.Name, Percent: p, Scored: ok})
	}
	return areas
}

// Steps are the next steps of an area: its education pathways with time and
// cost, its credentials with their eligibility, its FAQs, the career-path
// focus areas it matches and its other links.
func Steps(a *data.QuizArea, c *data.Career, d *data.Data) []Step {
	var steps []Step
	for _, id := range a.Pathways {
		for _, p := range c.Pathways {
			if p.ID == id {
				steps = append(steps, Step{
					Kind:   StepPathway,
					Title:  p.Name,
					Detail: PathwayFacts(d, p),
					Link:   data.Link{Label: p.Name, Career: c.Slug, Section: pathwayAnchor(p.ID)},
					Source: p.Source,
					AsOf:   p.AsOf,
				})
			}
		}
	}
	for _, id := range a.Credentials {
		if cr := d.Credential(id); cr != nil {
			steps = append(steps, Step{
				Kind:   StepCredential,
				Title:  cr.Abbr + " — " + cr.Name + " (" + cr.Issuer + ")",
				Detail: "Who can take it: " + cr.Eligibility,
				Link:   data.Link{Label: "The " + cr.Abbr + " credential", Page: "/credentials", Section: cr.ID},
			})
		}
	}
	for _, id := range a.FAQs {
		for _, f := range c.FAQ {
			if f.ID == id {
				steps = append(steps, Step{
					Kind:   StepFAQ,
					Title:  f.Question,
					Detail: FirstSentence(f.Answer),
					Link:   data.Link{Label: f.Question, Career: c.Slug, Section: faqAnchor(f.ID)},
				})
			}
		}
	}
	for _, f := range a.Focus {
		if f.Level < 1 || f.Level > len(c.CareerPath) {
			continue
		}
		l := c.CareerPath[f.Level-1]
		if f.Index < 0 || f.Index >= len(l.FocusAreas) {
			continue
		}
		steps = append(steps, Step{
			Kind:   StepFocus,
			Title:  l.FocusAreas[f.Index],
			Detail: "A focus area for " + l.Title + " (" + l.YearsText() + ") on the career path.",
			Link:   data.Link{Label: "Career path: " + l.Title, Career: c.Slug, Section: levelAnchor(l.Rank)},
		})
	}
	for _, l := range a.NextSteps {
		steps = append(steps, Step{Kind: StepLink, Title: l.Label, Link: l})
	}
	return steps
}

// PathwayFacts writes a pathway's time and cost, as the data gives them.
func PathwayFacts(d *data.Data, p data.Pathway) string {
	var b strings.Builder
	b.WriteString("Takes ")
	if p.MonthsMin == p.MonthsMax {
		b.WriteString(strconv.Itoa(p.MonthsMin))
	} else {
		b.WriteString(strconv.Itoa(p.MonthsMin) + "–" + strconv.Itoa(p.MonthsMax))
	}
	b.WriteString(" months. ")
	if p.Cost != nil {
		b.WriteString("Costs " + salary.FormatRange(*p.Cost, salary.Symbol(d, p.Cost.Currency)) + ".")
	} else {
		b.WriteString("Cost: " + p.CostUnknown)
	}
	return b.String()
}

// FirstSentence is the text up to and including its first full stop.
func FirstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}
