package data

// Section is one anchored part of a career page: an entry of CareerSections.
// A component keeps a section's ID, not the Section: go-app compares fields
// with reflect.DeepEqual, and a func never compares equal.
type Section struct {
	// ID is the anchor, part of the app's URLs (/careers/<slug>#<id>), so
	// renaming one breaks shared links.
	ID    string
	Title string
	// Has reports whether a career has content for the section; a section
	// without content is left off the page, its contents list and search.
	Has func(*Career) bool
	// Texts is the section's running text, which search indexes under the
	// section's own entry. It is nil for itemised sections, whose items
	// (steps, levels, figures...) are entries of their own. Called only
	// for a career the section Has.
	Texts func(*Career) []string
	// ItemsOnly keeps the section itself out of search: only its items are
	// listed there (key facts: the four figures say more than its title).
	ItemsOnly bool
}

// Section anchors, for code that links to one section.
const (
	SectionKeyFacts        = "key-facts"
	SectionOverview        = "overview"
	SectionResponsibility  = "responsibilities"
	SectionWorkEnvironment = "work-environment"
	SectionTools           = "tools"
	SectionSkills          = "skills"
	SectionEducation       = "education"
	SectionSteps           = "how-to-become"
	SectionPathways        = "education-pathways"
	SectionPay             = "pay"
	SectionSalaryByLevel   = "salary-by-level"
	SectionOutlook         = "outlook"
	SectionMarket          = "market-commentary"
	SectionCareerPath      = "career-path"
	SectionDiversity       = "diversity"
	SectionGlobalSalaries  = "global-salaries"
	SectionRemoteWork      = "remote-work"
	SectionVisas           = "visas"
	SectionMarketReality   = "market-reality"
	SectionProsCons        = "pros-cons"
	SectionFAQ             = "faq"
	SectionCredentials     = "credentials"
	SectionRelated         = "related-careers"
	SectionSuperseded      = "older-figures"
)

// CareerSections is every section a career page can have, in page order.
// The career page, its contents list and the search index all read it; the
// page's rendering of each is in app/ui/career_sections.go, keyed by ID.
var CareerSections = []Section{
	{ID: SectionKeyFacts, Title: "Key facts", ItemsOnly: true,
		Has: func(c *Career) bool { return c.KeyFacts != nil }},
	{ID: SectionOverview, Title: "What the job is",
		Has: func(c *Career) bool { return len(c.Overview) > 0 || len(c.Comparisons) > 0 },
		Texts: func(c *Career) []string {
			out := texts(c.Overview)
			for _, cmp := range c.Comparisons {
				out = append(out, cmp.Text)
			}
			return out
		}},
	{ID: SectionResponsibility, Title: "What they do",
		Has:   func(c *Career) bool { return len(c.Responsibilities) > 0 },
		Texts: func(c *Career) []string { return texts(c.Responsibilities) }},
	{ID: SectionWorkEnvironment, Title: "Work environment",
		Has:   func(c *Career) bool { return len(c.WorkEnvironment) > 0 },
		Texts: func(c *Career) []string { return texts(c.WorkEnvironment) }},
	{ID: SectionTools, Title: "Tools and technologies",
		Has: func(c *Career) bool { return len(c.Tools) > 0 }},
	{ID: SectionSkills, Title: "Skills",
		Has: func(c *Career) bool { return len(c.TechnicalSkills) > 0 || len(c.SoftSkills) > 0 }},
	{ID: SectionEducation, Title: "Education requirements",
		Has:   func(c *Career) bool { return len(c.Education) > 0 },
		Texts: func(c *Career) []string { return texts(c.Education) }},
	{ID: SectionSteps, Title: "How to become one",
		Has: func(c *Career) bool { return len(c.Steps) > 0 }},
	{ID: SectionPathways, Title: "Education and training pathways",
		Has: func(c *Career) bool { return len(c.Pathways) > 0 }},
	{ID: SectionPay, Title: "Pay",
		Has: func(c *Career) bool {
			return c.Pay != nil || c.PayUnknown != "" || len(c.PayRanges) > 0 || len(c.SalaryFactors) > 0
		},
		Texts: func(c *Career) []string {
			out := texts(c.SalaryFactors)
			if c.PayUnknown != "" {
				out = append(out, c.PayUnknown)
			}
			return out
		}},
	{ID: SectionSalaryByLevel, Title: "Salary by experience level",
		Has: func(c *Career) bool { return len(c.SalaryByLevel) > 0 }},
	{ID: SectionOutlook, Title: "Job outlook",
		Has: func(c *Career) bool { return len(c.Outlook) > 0 }},
	{ID: SectionMarket, Title: "Market commentary",
		Has:   func(c *Career) bool { return len(c.MarketCommentary) > 0 },
		Texts: func(c *Career) []string { return texts(c.MarketCommentary) }},
	{ID: SectionCareerPath, Title: "Career path",
		Has: func(c *Career) bool { return len(c.CareerPath) > 0 }},
	{ID: SectionDiversity, Title: "Diversity and inclusion",
		Has: func(c *Career) bool { return c.Diversity != nil },
		Texts: func(c *Career) []string {
			dv := c.Diversity
			out := texts([]string{dv.Overview}, dv.Hiring, dv.Culture)
			for _, r := range dv.Resources {
				out = append(out, r.Name+": "+r.Detail)
			}
			return out
		}},
	{ID: SectionGlobalSalaries, Title: "Salaries around the world",
		Has: func(c *Career) bool { return len(c.GlobalSalaries) > 0 }},
	{ID: SectionRemoteWork, Title: "Remote work",
		Has:   func(c *Career) bool { return len(c.RemoteWork) > 0 },
		Texts: func(c *Career) []string { return texts(c.RemoteWork) }},
	{ID: SectionVisas, Title: "Visas and immigration",
		Has:   func(c *Career) bool { return len(c.Visas) > 0 },
		Texts: func(c *Career) []string { return texts(c.Visas) }},
	{ID: SectionMarketReality, Title: "The job market now",
		Has: func(c *Career) bool { return c.Market != nil },
		Texts: func(c *Career) []string {
			m := c.Market
			return texts([]string{m.Overview}, m.Challenges, m.Opportunities, m.Trends)
		}},
	{ID: SectionProsCons, Title: "Pros and cons",
		Has: func(c *Career) bool { return len(c.Pros) > 0 || len(c.Cons) > 0 }},
	{ID: SectionFAQ, Title: "Frequently asked questions",
		Has: func(c *Career) bool { return len(c.FAQ) > 0 }},
	{ID: SectionCredentials, Title: "Credentials",
		Has: func(c *Career) bool { return len(c.Credentials) > 0 }},
	{ID: SectionRelated, Title: "Related careers",
		Has: func(c *Career) bool { return len(c.Related) > 0 }},
	{ID: SectionSuperseded, Title: "Older figures",
		Has: func(c *Career) bool { return len(c.Superseded) > 0 }},
}

// texts joins lists into a new slice, so that a caller that appends to or
// edits the result never writes into the career.
func texts(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Sections lists, in page order, the sections this career has content for.
func (c *Career) Sections() []Section {
	var s []Section
	for _, sec := range CareerSections {
		if sec.Has(c) {
			s = append(s, sec)
		}
	}
	return s
}

// HasSection reports whether the career page has the anchor id.
func (c *Career) HasSection(id string) bool {
	for _, s := range CareerSections {
		if s.ID == id {
			return s.Has(c)
		}
	}
	return false
}
