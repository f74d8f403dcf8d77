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

// cardText is what a card shows under each of its headings.
type cardText struct {
	Slug, Title, Pay, Time, Credential, Outlook, Degree string
}

const readCards = `[...document.querySelectorAll("#career-cards > li")].map(li => {
	const f = k => { const e = li.querySelector('[data-fact="' + k + '"] dd'); return e ? e.innerText : ""; };
	return { Slug: li.dataset.slug, Title: li.querySelector("h2").innerText, Pay: f("pay"), Time: f("time"), Credential: f("credential"), Outlook: f("outlook"), Degree: f("degree") };
})`

// The index lists every career, each with its pay (and the pay's date),
// its time to qualify and its main credential, as the data gives them, or
// says the sources do not.
func TestIndexListsEveryCareerWithPayTimeAndCredential(t *testing.T) {
	d := data.MustLoad()
	tb := e2e.NewTab(t)
	tb.Open("/careers")
	cards := e2e.Run(tb, chromedp.Evaluate[[]cardText](readCards))
	if len(cards) != len(d.Careers) {
		t.Fatalf("%d cards, want one for each of the %d careers", len(cards), len(d.Careers))
	}
	for i, c := range d.Careers {
		got := cards[i]
		if got.Slug != c.Slug || got.Title != c.Title {
			t.Errorf("card %d is %s %q, want %s", i, got.Slug, got.Title, c.Slug)
			continue
		}
		if c.Pay != nil {
			year, _, _ := strings.Cut(c.Pay.AsOf, " (")
			for _, w := range []string{c.Pay.Value, year, d.Source(c.Pay.Source).Title} {
				if !strings.Contains(got.Pay, w) {
					t.Errorf("%s: the pay %q lacks %q", c.Slug, got.Pay, w)
				}
			}
		} else if !strings.Contains(got.Pay, "No trustworthy yearly pay figure") {
			t.Errorf("%s: with no pay figure the card says %q", c.Slug, got.Pay)
		}
		if len(c.Pathways) == 0 {
			if got.Time != "Not in this app's sources." {
				t.Errorf("%s: with no route the time reads %q", c.Slug, got.Time)
			}
		}
		for _, p := range c.Pathways {
			if !strings.Contains(got.Time, p.MonthsText()) || !strings.Contains(got.Time, p.Name) {
				t.Errorf("%s: the time %q lacks %s (%s)", c.Slug, got.Time, p.MonthsText(), p.Name)
			}
		}
		if len(c.Credentials) > 0 {
			cr := d.Credential(c.Credentials[0])
			if !strings.Contains(got.Credential, cr.Abbr) || !strings.Contains(got.Credential, cr.Name) {
				t.Errorf("%s: the credential reads %q, want %s", c.Slug, got.Credential, cr.Abbr)
			}
		} else if got.Credential != "None listed in this app's sources." {
			t.Errorf("%s: with no credential the card says %q", c.Slug, got.Credential)
		}
		if got.Outlook == "" || got.Degree == "" {
			t.Errorf("%s: outlook %q, degree %q", c.Slug, got.Outlook, got.Degree)
		}
	}
}

// A filter and the ticks live in the address: they survive a reload, a
// copy of the address opened afresh, and a trip to the comparison and Back.
func TestFilterAndTicksSurviveReloadShareAndBack(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/careers")
	choose(tb, "degree", "no")
	waitLocation(t, tb, "/careers?degree=no")
	noDegree := []string{hit, "health-records-technician", admin, coder, records}
	tb.WaitFor("five careers to be shown", `document.querySelectorAll("#career-cards > li").length === 5`)
	if got := cardSlugs(tb); !slices.Equal(got, noDegree) {
		t.Fatalf("no degree needed: %v, want %v", got, noDegree)
	}
	if !strings.Contains(textOf(tb, "#careers-left-out"), "3 careers do not fit your choice") {
		t.Errorf("the careers left out are not named: %q", textOf(tb, "#careers-left-out"))
	}
	choose(tb, "sort", "pay")
	tb.Do(chromedp.Click(chromedp.CSS("#compare-pick-" + coder)))
	tb.Do(chromedp.Click(chromedp.CSS("#compare-pick-" + hit)))
	want := "/careers?degree=no&sort=pay&c=medical-coder,health-information-technician"
	waitLocation(t, tb, want)
	tb.WaitFor("Compare to become a link", `document.querySelector("a#compare-go")`)

	check := func(when string) {
		t.Helper()
		if got := location(tb); got != want {
			t.Errorf("%s: the address is %s, want %s", when, got, want)
		}
		if got := cardSlugs(tb); !slices.Equal(got, []string{hit, "health-records-technician", coder, records, admin}) {
			t.Errorf("%s: the cards are %v", when, got)
		}
		if got := ticked(tb); !slices.Equal(got, []string{hit, coder}) {
			t.Errorf("%s: ticked %v", when, got)
		}
		if got := e2e.Run(tb, chromedp.Evaluate[[]string](`[document.getElementById("filter-degree").value, document.getElementById("filter-sort").value]`)); !slices.Equal(got, []string{"no", "pay"}) {
			t.Errorf("%s: the filters read %v", when, got)
		}
	}
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	check("after a reload")

	shared := e2e.NewTab(t)
	shared.Open(want)
	if got := cardSlugs(shared); !slices.Equal(got, []string{hit, "health-records-technician", coder, records, admin}) {
		t.Errorf("opened from a shared address, the cards are %v", got)
	}
	if got := ticked(shared); !slices.Equal(got, []string{hit, coder}) {
		t.Errorf("opened from a shared address, ticked %v", got)
	}

	tb.Do(chromedp.Click(chromedp.CSS("#compare-go")))
	waitLocation(t, tb, compareAddress(coder, hit))
	tb.WaitFor("the comparison", `document.getElementById("career-compare")`)
	tb.Do(chromedp.NavigateBack())
	waitLocation(t, tb, want)
	tb.WaitFor("the cards to come back", `document.querySelectorAll("#career-cards > li").length === 5`)
	check("after Back from the comparison")

	// A card's link and Back keep the filters too.
	tb.Do(chromedp.Click(chromedp.CSS(`#career-cards a[href="/careers/` + coder + `"]`)))
	tb.WaitText("h1", "Medical Coder")
	tb.Do(chromedp.NavigateBack())
	waitLocation(t, tb, want)
	tb.WaitFor("the cards to come back", `document.querySelectorAll("#career-cards > li").length === 5`)
	check("after Back from a career's guide")
}

// A fifth tick is refused, said so, and unticked again.
func TestAFifthTickIsRefused(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/careers?c=" + strings.Join([]string{hit, coder, records, services}, ","))
	tb.Do(chromedp.Click(chromedp.CSS("#compare-pick-" + admin)))
	tb.WaitText("#compare-status", "You can compare up to 4 careers at once.")
	if got := ticked(tb); len(got) != 4 || slices.Contains(got, admin) {
		t.Errorf("ticked %v after a fifth", got)
	}
	if got := location(tb); strings.Contains(got, admin) {
		t.Errorf("the address took a fifth career: %s", got)
	}
}

// An address with values the page does not offer says so and is tidied.
func TestIndexTidiesABadAddress(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/careers?pay=lots&degree=no&c=astronaut," + coder + "&c=%zz")
	tb.WaitText("#link-notice", "Part of this link could not be used.")
	for _, w := range []string{"pay “lots”", "“astronaut”"} {
		if !strings.Contains(textOf(tb, "#link-notice"), w) {
			t.Errorf("the notice does not name %s: %q", w, textOf(tb, "#link-notice"))
		}
	}
	waitLocation(t, tb, "/careers?degree=no&c="+coder)
}
