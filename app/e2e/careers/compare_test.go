//go:build !wasm

package careers

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// columns are the careers the comparison's columns are for, in order.
func columns(tb *e2e.Tab) []string {
	return e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#career-compare thead th")].map(th => th.dataset.slug)`))
}

// The comparison sets the careers side by side on every topic, and says
// beside the pay figures which come from different years or sources, or
// are one occupation's figure.
func TestComparisonFlagsPayFiguresOfDifferentYears(t *testing.T) {
	d := data.MustLoad()
	tb := e2e.NewTab(t)
	tb.Open(compareAddress(coder, services, hit))
	if got := columns(tb); !slices.Equal(got, []string{coder, services, hit}) {
		t.Fatalf("columns %v", got)
	}
	topics := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#career-compare tbody th[scope=row]")].map(th => th.innerText)`))
	if want := []string{"What you do", "Where you work", "Schooling: time and cost", "Credentials", "Typical U.S. pay", "Outlook", "Remote work", "Read more"}; !slices.Equal(topics, want) {
		t.Errorf("topics %q, want %q", topics, want)
	}
	pay := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll('#career-compare tr[data-topic="pay"] td')].map(td => td.innerText)`))
	for i, slug := range []string{coder, services, hit} {
		if c := d.Career(slug); !strings.Contains(pay[i], c.Pay.Value) {
			t.Errorf("%s: the pay cell reads %q, want %s", slug, pay[i], c.Pay.Value)
		}
	}
	// The notes sit right under the pay figures.
	next := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector('#career-compare tr[data-topic="pay"]').nextElementSibling.dataset.topic`))
	if next != "pay-notes" {
		t.Errorf("the row after the pay figures is %q, want the notes on them", next)
	}
	notes := textOf(tb, "#pay-notes")
	for _, w := range []string{
		"Medical Coder and Health Information Services Manager: They are from different years: May 2020 for the Medical Coder figure and May 2023",
		"Medical Coder and Health Information Technician: U.S. pay data counts Medical Coder and Health Information Technician under one occupation",
		"different years (May 2020 and May 2023)",
		"Health Information Services Manager and Health Information Technician: They come from different sources",
	} {
		if !strings.Contains(notes, w) {
			t.Errorf("the pay notes do not say %q:\n%s", w, notes)
		}
	}
	// Each cell leads to its career's section for more.
	if got := e2e.Run(tb, chromedp.Evaluate[int](`document.querySelectorAll('#career-compare a[href="/careers/health-information-technician#pay"], #career-compare a[href="/careers/medical-coder#pay"]').length`)); got != 2 {
		t.Errorf("%d links to the pay sections, want 2", got)
	}
}

// The comparison's choice is in its address: a reload and a shared copy
// show the same careers; unticking one updates the address.
func TestComparisonSurvivesReloadAndShare(t *testing.T) {
	address := compareAddress(admin, coder, hit, services)
	tb := e2e.NewTab(t)
	tb.Open(address)
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	if got := columns(tb); !slices.Equal(got, []string{admin, coder, hit, services}) {
		t.Errorf("after a reload the columns are %v", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS("#compare-pick-" + admin)))
	waitLocation(t, tb, compareAddress(coder, hit, services))
	tb.WaitFor("three columns", `document.querySelectorAll("#career-compare thead th").length === 3`)
	shared := e2e.NewTab(t)
	shared.Open(compareAddress(coder, hit, services))
	if got := columns(shared); !slices.Equal(got, []string{coder, hit, services}) {
		t.Errorf("the shared address shows %v", got)
	}
	if got := textOf(shared, "#compare-summary"); got != "Comparing Medical Coder, Health Information Technician and Health Information Services Manager." {
		t.Errorf("the summary reads %q", got)
	}
}

// A garbage or partial address gets a clear message, never a broken page.
func TestComparisonExplainsAGarbageAddress(t *testing.T) {
	d := data.MustLoad()
	var all []string
	for _, c := range d.Careers {
		all = append(all, c.Slug)
	}
	for _, c := range []struct {
		address, summary, notice, tidied string
	}{
		{"/careers/compare", "Pick two to four careers below to see them side by side.", "", "/careers/compare"},
		{compareAddress(coder), "Pick at least one more career below to compare with Medical Coder.", "", compareAddress(coder)},
		{compareAddress("astronaut", "chef"), "Pick two to four careers below to see them side by side.", "Not careers in this app, so left out: “astronaut”, “chef”.", "/careers/compare"},
		{compareAddress(append(all, "x", "y")...), "Comparing Health Information Technician, Health Information Services Manager, Health Information Systems Technician and Health Records Technician.",
			"Only 4 careers fit side by side", compareAddress(all[:4]...)},
		{compareAddress(strings.Repeat("z", 10000), coder), "Pick at least one more career below to compare with Medical Coder.", "“" + strings.Repeat("z", 40) + "…”", compareAddress(coder)},
		{"/careers/compare?c=%zz," + coder + "&c=" + hit + "&<script>=1", "Comparing Medical Coder and Health Information Technician.", "“%zz”", compareAddress(coder, hit)},
	} {
		tb := e2e.NewTab(t)
		tb.Open(c.address)
		short := c.address[:min(len(c.address), 80)]
		if got := textOf(tb, "#compare-summary"); got != c.summary {
			t.Errorf("%s: the summary reads %q, want %q", short, got, c.summary)
		}
		if got := textOf(tb, "#link-notice"); (c.notice == "") != (got == "") || !strings.Contains(got, c.notice) {
			t.Errorf("%s: the notice reads %q, want %q", short, got, c.notice)
		}
		waitLocation(t, tb, c.tidied)
		if got := textOf(tb, "h1"); got != "Compare careers" {
			t.Errorf("%s: the heading reads %q", short, got)
		}
	}
}
