// Package ui holds the app's pages and components. Pure logic lives in the
// sibling packages (search, quiz, salary, store) so it tests natively.
package ui

import (
	"sync"

	"github.com/hitcoach/hitcoach/app/search"
	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sitePage is one page of the app. The table below is the one list of pages:
// routes, the header's links, the prerendered and static pages, the
// server's 404 decision and the search index all read it.
type sitePage struct {
	Path        string
	Title       string // the document title; "" gives the app's name alone
	Description string // the meta description, and the search result's text
	// Nav is the header link's label; "" keeps the page out of the header.
	Nav string
	// Under is the header link marked as current on this page, when it is
	// not the page's own (a career page is under Careers).
	Under string
	// Search lists the page in search results, found by its title and these
	// words; "" leaves it out.
	Search string
	// SearchCareers adds every career's title to the search words: a page
	// about all careers is found by any of their names.
	SearchCareers bool
	// Anchors are the page's fixed section ids that data links may name.
	Anchors []string
	// Sections are parts of the page that search lists on their own.
	Sections []pageSection
	// Content is what the main landmark holds.
	Content func() []app.UI
}

// pageSection is a part of a page that search lists on its own: its anchor,
// its heading and the words that find it.
type pageSection struct {
	ID, Title, Detail, Search string
}

// pageTable is every page with a fixed address. Career pages follow from
// the data (careerPages).
var pageTable = []sitePage{
	{
		Path: "/", Nav: "Home",
		Description: "A free, private, offline career coach for Health Information Technicians: pay, growth, steps, a readiness quiz and a personal plan.",
		Content:     homeContent,
	},
	{
		Path: "/careers", Title: "Careers", Nav: "Careers",
		Description: "Every career in health information on one list: what the job is, its pay, how long and how much it takes to qualify, the credential, the outlook and whether you need a degree. Filter, sort and compare.",
		Search:      "careers jobs list all degree no-degree without filter sort",
		Content:     careersContent,
	},
	{
		Path: comparePath, Title: "Compare careers", Under: "/careers",
		Description: "Two to four health information careers side by side: what you do, where you work, schooling, credentials, pay, outlook and remote work, each figure with its source and date.",
		Search:      "compare careers side by side versus which job",
		// Found by every career's title too: "compare medical coder".
		SearchCareers: true,
		Content:       compareContent,
	},
	{
		Path: "/credentials", Title: "Credentials", Nav: "Credentials",
		Description: "RHIT, RHIA, CCA, CCS, CPC and other certifications: who can sit them, exam facts and renewal.",
		// "which credential first" finds the guide's answer.
		Search:  "credentials certifications exams which credential first rhit or rhia guide",
		Anchors: []string{whichFirstAnchor, "compare-credentials"},
		Content: credentialsContent,
	},
	{
		Path: "/salaries", Title: "Salaries", Nav: "Salaries",
		Description: "Health Information Technician pay by level, by country and for related careers, with sources and dates, and side-by-side comparisons.",
		Search:      "salaries pay wages compare",
		Anchors:     []string{"by-level", "by-country", "by-career", "compare"},
		Content:     salariesContent,
	},
	{
		Path: "/quiz", Title: "Career readiness quiz", Nav: "Readiness quiz",
		Description: "A free, private readiness quiz for Health Information Technicians: scores by area, the career level that fits you now, your gaps and the next steps.",
		Search:      "quiz test self-assessment readiness",
		Content:     quizContent,
	},
	{
		Path: "/plan", Title: "My plan", Nav: "My plan",
		Description: "Your personal checklist to become a Health Information Technician, started from your quiz answers, with a dated timeline, what it costs, a share link and a one-page summary to print. Saved only in your browser.",
		Search:      "plan checklist goals",
		Anchors:     []string{"timeline", "history"},
		Sections: []pageSection{{
			ID: "timeline", Title: "Your timeline and what it costs",
			Detail: "How long it takes and how much it costs to become a Health Information Technician from where you are: dated steps from the start of a program to the exam, and the total cost, with sources.",
			Search: "timeline how long does it take time months years when how much will it cost cost price fees money pay for",
		}},
		Content: planContent,
	},
	{
		Path: "/resume", Title: "Resume builder",
		Description: "Build a one-page resume for a first job in health information: lines your quiz answers support, a keyword check, a print view and plain text for application forms. Saved only in your browser.",
		Search:      "resume cv curriculum vitae résumé builder job application keywords",
		Content:     resumeContent,
	},
	{
		Path: "/cover-letter", Title: "Cover letter",
		Description: "Write a cover letter for a job in health information from your resume: why this job, your strengths and credentials, and what the job asks for that your resume lacks.",
		Search:      "cover letter application letter job application",
		Content:     coverLetterContent,
	},
	{
		Path: "/interview", Title: "Interview practice",
		Description: "Practise the interview questions a hiring manager for a Health Information Technician asks, one at a time, see what a strong answer covers, and rate yourself.",
		Search:      "interview questions practice mock interview job interview",
		Content:     interviewContent,
	},
	{
		Path: "/glossary", Title: "Glossary", Nav: "Glossary",
		Description: "The terms and acronyms of health information work, explained in plain words.",
		Search:      "glossary terms acronyms definitions",
		Content:     glossaryContent,
	},
	{
		Path: "/about", Title: "About and data sources", Nav: "About",
		Description: "Where every figure in the HIT Career Coach comes from, and how your privacy is kept.",
		Search:      "about sources privacy data occupation codes",
		Anchors:     []string{occupationCodesAnchor},
		Content:     aboutContent,
	},
	{
		Path: "/counselor", Title: "For counselors: your local pack",
		Description: "Add your school's programs, employers, local pay, contact and plan steps to the HIT Career Coach with one file, local.json: check it, write it and host the app.",
		Search:      "counselor local pack",
		Content:     counselorContent,
	},
	{
		Path: "/search", Title: "Search",
		Description: "Search every career, salary, skill, credential, question and term in the HIT Career Coach.",
		Content:     searchContent,
	},
}

// notFound is shown for any address the table does not hold.
var notFound = sitePage{
	Title:       "Page not found",
	Description: "This page does not exist in the HIT Career Coach.",
	Content:     notFoundContent,
}

// careerPages are the career guides, one per career in the data.
func careerPages() []sitePage {
	careers := appData().Careers
	pages := make([]sitePage, len(careers))
	for i := range careers {
		c := &careers[i]
		slug := c.Slug
		pages[i] = sitePage{
			Path:        careerPath(slug),
			Title:       c.Title + " career guide",
			Description: c.Summary,
			Under:       "/careers",
			Content:     func() []app.UI { return []app.UI{newCareerArticle().Slug(slug)} },
		}
	}
	return pages
}

// careerPath is the address of a career's guide.
func careerPath(slug string) string { return "/careers/" + slug }

// allPages is the table followed by the career pages.
var allPages = sync.OnceValue(func() []sitePage {
	return append(append([]sitePage(nil), pageTable...), careerPages()...)
})

// pageAt is the page at path, or notFound.
func pageAt(path string) *sitePage {
	pages := allPages()
	for i := range pages {
		if pages[i].Path == path {
			return &pages[i]
		}
	}
	return &notFound
}

// Routes registers every page with go-app. The server and the wasm both
// call it, so they agree on what exists.
func Routes() {
	for _, p := range allPages() {
		path := p.Path
		app.Route(path, func() app.Composer { return &pageFrame{IPath: path} })
	}
	// Exact routes win over patterns, so this catches only unknown paths.
	app.RouteWithRegexp("^/", func() app.Composer { return &pageFrame{} })
}

// Paths lists every page's address, for the static site and the server,
// which answers any other address with a 404.
func Paths() []string {
	pages := allPages()
	paths := make([]string, len(pages))
	for i, p := range pages {
		paths[i] = p.Path
	}
	return paths
}

// SearchPages are the pages search lists, from the table.
func SearchPages() []search.Page {
	var out []search.Page
	for _, p := range pageTable {
		if p.Search == "" {
			continue
		}
		names := p.Search
		if p.SearchCareers {
			for _, c := range appData().Careers {
				names += " " + c.Title
			}
		}
		out = append(out, search.Page{Path: p.Path, Title: p.Title, Detail: p.Description, Names: names})
		for _, s := range p.Sections {
			out = append(out, search.Page{Path: p.Path + "#" + s.ID, Title: s.Title, Detail: s.Detail, Names: s.Search})
		}
	}
	return out
}

// PageLinkProblems lists the data's links to pages the table does not have,
// or to anchors those pages do not render. The data package checks links to
// careers itself; it does not know the app's pages.
func PageLinkProblems(d *data.Data, q *data.Quiz) []string {
	var out []string
	for _, l := range data.PageLinks(d, q) {
		p := pageAt(l.Link.Page)
		switch {
		case p == &notFound:
			out = append(out, l.Field+": links to unknown page "+l.Link.Page)
		case l.Link.Section != "" && !p.hasAnchor(d, l.Link.Section):
			out = append(out, l.Field+": page "+l.Link.Page+" has no section "+l.Link.Section)
		}
	}
	return out
}

// hasAnchor reports whether the page renders an element with id anchor.
func (p *sitePage) hasAnchor(d *data.Data, anchor string) bool {
	for _, a := range p.Anchors {
		if a == anchor {
			return true
		}
	}
	_, ok := d.DataAnchor(p.Path, anchor)
	return ok
}

// currentNav is the header link to mark as the current page.
func (p *sitePage) currentNav() string {
	if p.Under != "" {
		return p.Under
	}
	return p.Path
}

// navLinks are the header's links, in the table's order.
var navLinks = sync.OnceValue(func() []sitePage {
	var out []sitePage
	for _, p := range pageTable {
		if p.Nav != "" {
			out = append(out, p)
		}
	}
	return out
})

// pageFrame is the root of every page: the shell around the page's content.
// One component type for every page means go-app keeps the header, the
// footer and their state across in-app navigation and swaps only the
// content; its exported path is copied in on each navigation.
type pageFrame struct {
	app.Compo
	IPath string

	drawn drawnOnce // the shell, built once a path (goapp_quirks.go)
}

// OnPreRender titles the server's HTML; OnNav titles each in-app visit and
// settles scrolling and focus.
func (f *pageFrame) OnPreRender(ctx app.Context) { f.describe(ctx) }
func (f *pageFrame) OnNav(ctx app.Context)       { f.describe(ctx) }

func (f *pageFrame) describe(ctx app.Context) {
	p := pageAt(f.IPath)
	full := appName
	if p.Title != "" {
		full = p.Title + " · " + appName
	}
	ctx.Page().SetTitle(full)
	ctx.Page().SetDescription(p.Description)
	settleNavigation()
	changedNothingDrawn(ctx)
}

func (f *pageFrame) Render() app.UI {
	return f.drawn.get(f.IPath, func() app.UI {
		p := pageAt(f.IPath)
		return newShell().Current(p.currentNav()).Content(p.Content()...)
	})
}

// siteIndex is the search index of the data, the pages and the counselor's
// local pack if there is one. It is built a part at a time whenever the
// browser is idle from the first page on (buildSiteIndexWhenIdle), again
// once a pack arrives, and finished at once by a search that comes first.
func siteIndex() *search.Index { return indexFor(currentPack()) }

func startSiteIndex(p *local.Pack) *search.Building {
	return search.Start(appData(), p.SearchEntries(appData(), localMoney), SearchPages()...)
}

// buildSiteIndexWhenIdle builds the site index one part each time the
// browser is idle: built at once, it was a task of 79–155 ms at 4× CPU
// slowdown right after the page had become usable (make bench-takeover).
func buildSiteIndexWhenIdle() {
	whenIdle(func() {
		if !stepIndex(currentPack()) {
			buildSiteIndexWhenIdle()
		}
	})
}
