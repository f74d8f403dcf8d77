package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render mounts the page at path in go-app's test engine and returns its
// HTML.
func render(t *testing.T, path string) string {
	t.Helper()
	e := app.NewTestEngine()
	f := &pageFrame{IPath: path}
	if err := e.Load(f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	e.ConsumeAll()
	return app.HTMLString(f)
}

var mainLandmark = regexp.MustCompile(`<main [^>]*id="main"`)

func TestEveryPageRendersWithOneHeading1(t *testing.T) {
	for _, p := range append(allPages(), notFound) {
		html := render(t, p.Path)
		if n := strings.Count(html, "<h1"); n != 1 {
			t.Errorf("%q renders %d h1 elements, want 1", p.Path, n)
		}
		if !mainLandmark.MatchString(html) {
			t.Errorf("%q renders no main landmark", p.Path)
		}
	}
}

func TestPathsAreTheTableAndEveryCareer(t *testing.T) {
	paths := Paths()
	if len(paths) != len(pageTable)+len(appData().Careers) {
		t.Fatalf("Paths() has %d entries, want the table's %d and %d careers", len(paths), len(pageTable), len(appData().Careers))
	}
	for _, c := range appData().Careers {
		if !slices.Contains(paths, "/careers/"+c.Slug) {
			t.Errorf("no page for career %q", c.Slug)
		}
	}
	seen := map[string]bool{}
	for _, p := range paths {
		if seen[p] {
			t.Errorf("%q is in the table twice", p)
		}
		seen[p] = true
	}
	if pageAt("/no/such/page") != &notFound {
		t.Error("an unknown address is not the not-found page")
	}
}

func TestHeaderLinksFollowTheTable(t *testing.T) {
	html := render(t, careerPath(data.MainSlug))
	var want []string
	for _, p := range pageTable {
		if p.Nav != "" {
			want = append(want, p.Nav)
		}
	}
	last := -1
	for _, label := range want {
		i := strings.Index(html, ">"+label+"</a>")
		if i < 0 || i < last {
			t.Errorf("header link %q missing or out of the table's order", label)
		}
		last = i
	}
	// A career page marks Careers, the page it sits under, as current.
	if !regexp.MustCompile(`<a (href="/careers" aria-current="page"|aria-current="page" href="/careers")>`).MatchString(html) {
		t.Error("a career page does not mark Careers as the current page")
	}
}

func TestSearchFindsEveryListedPage(t *testing.T) {
	listed := SearchPages()
	if len(listed) == 0 {
		t.Fatal("no page is listed for search")
	}
	for _, p := range listed {
		r := siteIndex().Search(p.Title, 500)
		found := false
		for _, res := range r.Results {
			found = found || res.Href() == p.Path
		}
		if !found {
			t.Errorf("searching %q does not list %s", p.Title, p.Path)
		}
	}
}

func TestDataLinksPointAtPagesTheTableHas(t *testing.T) {
	if problems := PageLinkProblems(appData(), data.MustLoadQuiz()); len(problems) > 0 {
		t.Errorf("the data links to pages the app does not have:\n%s", strings.Join(problems, "\n"))
	}
	broken := &data.Data{Careers: []data.Career{{Slug: "x", Steps: []data.Step{{Links: []data.Link{
		{Label: "a", Page: "/nope"},
		{Label: "b", Page: "/salaries", Section: "nowhere"},
		{Label: "c", Page: "/salaries", Section: "compare"},
	}}}}}}
	got := PageLinkProblems(broken, nil)
	want := []string{
		"data.Careers[0].Steps[0].Links[0]: links to unknown page /nope",
		"data.Careers[0].Steps[0].Links[1]: page /salaries has no section nowhere",
	}
	if !slices.Equal(got, want) {
		t.Errorf("PageLinkProblems = %q, want %q", got, want)
	}
}

// The plan's timeline is found by the questions a student asks about it,
// and the section search lists is on the page.
func TestSearchFindsTheTimelineByItsQuestions(t *testing.T) {
	for _, q := range []string{"how long", "how much will it cost", "timeline", "cost"} {
		r := siteIndex().Search(q, 3)
		var found []string
		for _, res := range r.Results {
			found = append(found, res.Href())
		}
		if !slices.Contains(found, "/plan#timeline") {
			t.Errorf("searching %q lists %v first, not /plan#timeline", q, found)
		}
	}
	for _, p := range pageTable {
		html := render(t, p.Path)
		for _, s := range p.Sections {
			if !strings.Contains(html, `id="`+s.ID+`"`) {
				t.Errorf("%s lists section #%s for search but does not render it", p.Path, s.ID)
			}
		}
	}
}
