package local

import (
	"strings"

	"github.com/hitcoach/hitcoach/data"
)

// Kind is what a local search entry is. The search maps each kind onto one
// of its result groups.
type Kind string

const (
	KindOrganization Kind = "organization"
	KindContact      Kind = "contact"
	KindProgram      Kind = "program"
	KindEmployer     Kind = "employer"
	KindPay          Kind = "pay"
	KindNote         Kind = "note"
	KindPlanStep     Kind = "plan-step"
	KindFAQ          Kind = "faq"
)

// SearchEntry is one local fact for the search index: plain text only.
type SearchEntry struct {
	Kind Kind
	// Title is the result's title; Context its subtitle: the career or the
	// place it belongs to.
	Title   string
	Context string
	// Names are other names it is found by but that are not quoted: the
	// careers it names, an accreditor, an award.
	Names []string
	// Body are the texts quoted in the result's snippet.
	Body []string
	// Path and Anchor say where the UI shows it.
	Path   string
	Anchor string
}

// Href is the app-relative link to the entry.
func (e SearchEntry) Href() string {
	if e.Anchor == "" {
		return e.Path
	}
	return e.Path + "#" + e.Anchor
}

// SearchEntries lists every fact of the pack for the search index, each
// linking to where the UI shows it. A program or employer naming several
// careers links to the first; the others are among its names. p should
// come from Decode, which sets the anchors; a nil pack has no entries.
func (p *Pack) SearchEntries(d *data.Data, money MoneyFormat) []SearchEntry {
	if p == nil {
		return nil
	}
	org := p.Organization.Name
	provided := p.ProvidedBy() + "."
	careerTitle := func(slug string) string {
		if c := d.Career(slug); c != nil {
			return c.Title
		}
		return slug
	}
	careerTitles := func(slugs []string) []string {
		out := make([]string, len(slugs))
		for i, s := range slugs {
			out[i] = careerTitle(s)
		}
		return out
	}
	var out []SearchEntry
	add := func(e SearchEntry) { out = append(out, e) }

	add(SearchEntry{
		Kind: KindOrganization, Title: org, Context: p.Organization.Region,
		Names: []string{"near you", "local"},
		Body:  nonEmpty(p.Welcome),
		Path:  HomePath, Anchor: WelcomeAnchor,
	})
	if c := p.Contact; c != nil {
		add(SearchEntry{
			Kind: KindContact, Title: "Talk to " + c.Name, Context: join(", ", c.Role, org),
			Names: []string{"contact", "counselor", "counsellor", "help"},
			Body:  nonEmpty(c.Hours, c.Email, c.Phone),
			Path:  PlanPath, Anchor: ContactAnchor,
		})
	}
	for _, pr := range p.Programs {
		var body []string
		if facts := join(". ", labelled("Award: ", pr.Award), labelled("Length: ", pr.Length), labelled("Accredited: ", pr.Accredited)); facts != "" {
			body = append(body, facts+".")
		}
		if pr.Cost != nil {
			body = append(body, "Cost: "+pr.Cost.Text(money)+" ("+Citation(pr.Source, pr.AsOf)+").")
		}
		add(SearchEntry{
			Kind: KindProgram, Title: pr.Name, Context: join(", ", pr.Institution, pr.City),
			Names: append(careerTitles(pr.Careers), "program", "near you"),
			Body:  append(body, provided),
			Path:  firstCareerPath(pr.Careers), Anchor: pr.Anchor,
		})
	}
	for _, e := range p.Employers {
		titles := careerTitles(e.Careers)
		add(SearchEntry{
			Kind: KindEmployer, Title: e.Name, Context: e.City,
			Names: append(titles, "employer", "jobs", "near you"),
			Body:  []string{"Hires for: " + strings.Join(titles, ", ") + ".", provided},
			Path:  firstCareerPath(e.Careers), Anchor: e.Anchor,
		})
	}
	for _, pay := range p.Pay {
		add(SearchEntry{
			Kind: KindPay, Title: pay.Label, Context: careerTitle(pay.Career),
			Names: []string{"pay", "salary", "wage", "near you"},
			Body:  []string{pay.Text(money) + " (" + Citation(pay.Source, pay.AsOf) + ").", provided},
			Path:  CareerPath(pay.Career), Anchor: pay.Anchor,
		})
	}
	for _, n := range p.Notes {
		add(SearchEntry{
			Kind: KindNote, Title: "A note from " + org, Context: careerTitle(n.Career),
			Names: []string{"near you"},
			Body:  []string{n.Text},
			Path:  CareerPath(n.Career), Anchor: n.Anchor,
		})
	}
	for _, s := range p.PlanSteps {
		add(SearchEntry{
			Kind: KindPlanStep, Title: s.Title, Context: org,
			Names: []string{"plan", "step"},
			Body:  append(nonEmpty(s.Detail), provided),
			Path:  PlanPath, Anchor: s.Anchor,
		})
	}
	for _, q := range p.FAQs {
		add(SearchEntry{
			Kind: KindFAQ, Title: q.Question, Context: org,
			Body: []string{q.Answer, provided},
			Path: CareerPath(FAQCareer), Anchor: q.Anchor,
		})
	}
	return out
}

// firstCareerPath is the page of the first career named; the home page if
// none is (only in a pack that failed Validate).
func firstCareerPath(slugs []string) string {
	if len(slugs) == 0 {
		return HomePath
	}
	return CareerPath(slugs[0])
}

func nonEmpty(texts ...string) []string {
	var out []string
	for _, t := range texts {
		if strings.TrimSpace(t) != "" {
			out = append(out, t)
		}
	}
	return out
}

func join(sep string, parts ...string) string {
	return strings.Join(nonEmpty(parts...), sep)
}

func labelled(label, s string) string {
	if s == "" {
		return ""
	}
	return label + s
}
