package search

import (
	"sync"

	"github.com/hitcoach/hitcoach/data"
)

// testPages stand for the app's pages, which the ui package's page table
// lists; the ui tests check the real table is found.
var testPages = []Page{
	{"/salaries", "Salaries", "Pay by experience level, by country and across related careers.", "salaries pay wages compare"},
	{"/quiz", "Career readiness quiz", "A short self-assessment of how ready you are, with your gaps.", "quiz test self-assessment readiness"},
	{"/plan", "My plan", "Your personal plan, kept only in this browser.", "plan checklist goals"},
	{"/glossary", "Glossary", "The terms and acronyms of health information work in plain words.", "glossary terms acronyms definitions"},
	{"/credentials", "Credentials", "Every certification with eligibility and exam facts.", "credentials certifications exams"},
	{"/about", "About and data sources", "Where every figure comes from, and how your privacy is kept.", "about sources privacy data"},
}

// Default is the index of the embedded data and testPages, built once.
var Default = sync.OnceValue(func() *Index { return New(data.MustLoad(), testPages...) })
