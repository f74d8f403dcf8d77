package data

// Section is one anchored part of a career page.
type Section struct {
	ID    string
	Title string
}

// Section anchors. They are part of the app's URLs (/careers/<slug>#<id>), so
// renaming one breaks shared links.
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

// Sections lists, in page order, the sections this career has content for.
func (c *Career) Sections() []Section {
	var s []Section
	add := func(present bool, id, title string) {
		if present {
			s = append(s, Section{ID: id, Title: title})
		}
	}
	add(c.KeyFacts != nil, SectionKeyFacts, "Key facts")
	add(len(c.Overview) > 0 || len(c.Comparisons) > 0, SectionOverview, "What the job is")
	add(len(c.Responsibilities) > 0, SectionResponsibility, "What they do")
	add(len(c.WorkEnvironment) > 0, SectionWorkEnvironment, "Work environment")
	add(len(c.Tools) > 0, SectionTools, "Tools and technologies")
	add(len(c.TechnicalSkills) > 0 || len(c.SoftSkills) > 0, SectionSkills, "Skills")
	add(len(c.Education) > 0, SectionEducation, "Education requirements")
	add(len(c.Steps) > 0, SectionSteps, "How to become one")
	add(len(c.Pathways) > 0, SectionPathways, "Education and training pathways")
	add(c.Pay != nil || c.PayUnknown != "" || len(c.PayRanges) > 0 || len(c.SalaryFactors) > 0, SectionPay, "Pay")
	add(len(c.SalaryByLevel) > 0, SectionSalaryByLevel, "Salary by experience level")
	add(len(c.Outlook) > 0, SectionOutlook, "Job outlook")
	add(len(c.MarketCommentary) > 0, SectionMarket, "Market commentary")
	add(len(c.CareerPath) > 0, SectionCareerPath, "Career path")
	add(c.Diversity != nil, SectionDiversity, "Diversity and inclusion")
	add(len(c.GlobalSalaries) > 0, SectionGlobalSalaries, "Salaries around the world")
	add(len(c.RemoteWork) > 0, SectionRemoteWork, "Remote work")
	add(len(c.Visas) > 0, SectionVisas, "Visas and immigration")
	add(c.Market != nil, SectionMarketReality, "The job market now")
	add(len(c.Pros) > 0 || len(c.Cons) > 0, SectionProsCons, "Pros and cons")
	add(len(c.FAQ) > 0, SectionFAQ, "Frequently asked questions")
	add(len(c.Credentials) > 0, SectionCredentials, "Credentials")
	add(len(c.Related) > 0, SectionRelated, "Related careers")
	add(len(c.Superseded) > 0, SectionSuperseded, "Older figures")
	return s
}

// HasSection reports whether the career page has the anchor id.
func (c *Career) HasSection(id string) bool {
	for _, s := range c.Sections() {
		if s.ID == id {
			return true
		}
	}
	return false
}
