//go:build !wasm

package foundation

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
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

// everyPage is one address of each page the app has, a search and the
// not-found page among them, for tests that check every page alike. Its
// tab must allow the not-found page's 404 (allowNotFound).
func everyPage() []string {
	pages := []string{"/", "/about", "/glossary", "/credentials", "/salaries", "/quiz", "/plan", "/resume", "/cover-letter", "/interview", "/search?q=rhit", "/no-such-page"}
	for _, c := range dataCareers() {
		pages = append(pages, "/careers/"+c)
	}
	return pages
}

// allowNotFound lets the tab load /no-such-page, which answers 404.
func allowNotFound(tb *e2e.Tab) {
	tb.AllowFailures(`HTTP 404 for .*/no-such-page`)
	tb.AllowFailures(`console error: Failed to load resource: the server responded with a status of 404`)
}

func dataCareers() []string {
	var slugs []string
	for _, c := range data.MustLoad().Careers {
		slugs = append(slugs, c.Slug)
	}
	return slugs
}
