//go:build !wasm

package foundation

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/app/ui"
	"github.com/hitcoach/hitcoach/data"
)

func TestHomeShowsKeyFactsFromTheData(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	hit := data.MustLoad().Main()
	body := tb.Text("main")
	for _, want := range []string{hit.KeyFacts.Median.Value, hit.KeyFacts.Growth.Value, hit.KeyFacts.Median.AsOf} {
		if !strings.Contains(body, want) {
			t.Errorf("home page does not show %q", want)
		}
	}
	if got := tb.Text("#fact-median .fact-value"); got != "$47,160" {
		t.Errorf("median shows %q, want $47,160", got)
	}
	if got := tb.Text("#fact-growth .fact-value"); got != "7%" {
		t.Errorf("growth shows %q, want 7%%", got)
	}
	if n := tb.Eval(`document.querySelectorAll("h1").length`); n != float64(1) {
		t.Errorf("home page has %v h1 elements, want 1", n)
	}
}

func TestEveryCareerPageRendersEverySection(t *testing.T) {
	d := data.MustLoad()
	tb := e2e.NewTab(t)
	for _, c := range d.Careers {
		tb.Open("/careers/" + c.Slug)
		if got := tb.Text("h1"); got != c.Title {
			t.Errorf("%s: h1 is %q, want %q", c.Slug, got, c.Title)
		}
		for _, s := range c.Sections() {
			got := e2e.Run(tb, chromedp.Evaluate[string]("(() => { const e = document.getElementById("+jsString(s.ID)+"); return e ? e.innerText : '' })()"))
			if !strings.Contains(got, s.Title) {
				t.Errorf("%s: section #%s missing or without its title %q", c.Slug, s.ID, s.Title)
			}
		}
		title := e2e.Run(tb, chromedp.Title())
		if !strings.Contains(title, c.Title) {
			t.Errorf("%s: document title %q does not name the career", c.Slug, title)
		}
	}
}

func TestHeaderLinkNavigatesWithoutFullPageLoad(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	tb.Eval(`window.__samePage = "yes"`)
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/about"]`)))
	tb.WaitText("h1", "About")
	if got := tb.Eval(`window.__samePage`); got != "yes" {
		t.Fatalf("clicking a header link reloaded the page")
	}
	if got := e2e.Run(tb, chromedp.Location()); !strings.HasSuffix(got, "/about") {
		t.Errorf("location is %s, want /about", got)
	}
	if !strings.Contains(tb.Text("main"), "Nothing you type or answer leaves this device") {
		t.Errorf("about page does not state that nothing leaves the device")
	}
}

func TestUnknownPageSaysNotFound(t *testing.T) {
	tb := e2e.NewTab(t)
	allowNotFound(tb)
	tb.Open("/no-such-page")
	tb.WaitText("h1", "Page not found")
}

func jsString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}

// everyPage is every page of the app's page table (ui.Paths: the career
// guides among them), and states that draw more than a page's plain
// address: a search, a filtered careers index with ticks, a comparison of
// four careers, and the not-found page. Tests that check every page alike
// read it; its tab must allow the not-found page's 404 (allowNotFound).
func everyPage() []string {
	return append(append(append([]string(nil), ui.Paths()...), tableStates...), sharedPlanPage())
}

// tableStates are the addresses beyond the page table's that everyPage
// adds.
var tableStates = []string{
	"/search?q=rhit",
	"/careers?degree=no&sort=pay&c=medical-coder,health-information-technician",
	"/careers/compare?c=medical-coder,health-information-technician,health-information-services-manager,medical-administrative-assistant",
	"/no-such-page",
}

// stateAddresses are addresses of pages in states beyond their first
// view, for the checks of contrast, focus, structure and prerendering: a
// comparison that is not like for like, with a figure in a currency with
// no exchange rate, every country's figures in a chosen currency, and a
// search answered with closest matches.
var stateAddresses = []string{
	"/salaries?compare=level-1,country-gb-nhs-band-3-entry,country-ca,career-medical-coder&currency=GBP",
	"/search?q=salary+xyzzy",
}

// pageStates is everyPage and the stateAddresses.
func pageStates() []string { return append(everyPage(), stateAddresses...) }

// allowNotFound lets the tab load /no-such-page, which answers 404.
func allowNotFound(tb *e2e.Tab) {
	tb.AllowFailures(`HTTP 404 for .*/no-such-page`)
	tb.AllowFailures(`console error: Failed to load resource: the server responded with a status of 404`)
}

// sharedPlanPage is the plan opened from a share link, as a counselor opens
// it: a result, a plan with statuses, target months and notes, and a dated
// timeline, shown read-only above the reader's own plan.
func sharedPlanPage() string {
	q := data.MustLoadQuiz()
	areas := map[string]int{}
	for i, a := range q.Areas {
		areas[a.ID] = 20 + 10*i
	}
	s := store.Shared{
		Date:   time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC),
		Scores: store.Scores{Overall: 55, Areas: areas, Level: 1},
		Plan: []store.SharedItem{
			{ID: "step-1", Status: store.Done},
			{ID: "step-2", Status: store.Doing, Target: store.NewMonth(2026, time.November), Note: "Exam booked for the autumn"},
			{ID: "step-3", Status: store.Skipped},
		},
		Timeline: store.TimelineChoice{Pace: store.PartTime, Start: store.NewMonth(2026, time.September), Pathway: data.MustLoad().Main().Pathways[0].ID},
	}
	return "/plan#" + store.ShareParam + "=" + store.EncodeShare(s)
}

func dataCareers() []string {
	var slugs []string
	for _, c := range data.MustLoad().Careers {
		slugs = append(slugs, c.Slug)
	}
	return slugs
}
