package search

// Kind is what sort of fact a result is. Results are grouped by kind, and
// equal scores are ordered by kind, in the order declared here.
type Kind uint8

const (
	KindCareer Kind = iota
	KindCredential
	KindGlossary
	KindSalary
	KindSkill
	KindStep
	KindPathway
	KindLevel
	KindFAQ
	KindProsCons
	KindFact
	KindSection
	KindPage
	kindCount
)

var kindLabels = [kindCount]struct{ label, slug string }{
	KindCareer:     {"Careers", "careers"},
	KindCredential: {"Credentials", "credentials"},
	KindGlossary:   {"Glossary", "glossary"},
	KindSalary:     {"Salaries", "salaries"},
	KindSkill:      {"Skills and tools", "skills"},
	KindStep:       {"Steps to become one", "steps"},
	KindPathway:    {"Education pathways", "pathways"},
	KindLevel:      {"Career-path levels", "levels"},
	KindFAQ:        {"Questions and answers", "faq"},
	KindProsCons:   {"Pros and cons", "pros-cons"},
	KindFact:       {"Facts and figures", "facts"},
	KindSection:    {"Career guide sections", "sections"},
	KindPage:       {"Pages", "pages"},
}

// Label is the heading of a group of results of this kind.
func (k Kind) Label() string {
	if k >= kindCount {
		return "Other"
	}
	return kindLabels[k].label
}

// Slug is a short lowercase name of the kind, for element ids.
func (k Kind) Slug() string {
	if k >= kindCount {
		return "other"
	}
	return kindLabels[k].slug
}
