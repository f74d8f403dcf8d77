//go:build !wasm

package foundation

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// phone is the screen the career pages are measured on.
const phoneWidth, phoneHeight = 390, 844

// maxClosedHeight is how tall the main career's page may be on a phone
// with its sections closed (issue 19: it was 37,346 px, every section open).
const maxClosedHeight = 8000

// TestCareerPageAnswersOnThePhonesFirstScreen: on a 390 × 844 phone the
// HIT page's first screen shows its pay, how long training takes and its
// credential, as the data gives them; closed, the page is at most 8,000 px
// tall and prints on a few pages.
func TestCareerPageAnswersOnThePhonesFirstScreen(t *testing.T) {
	hit := data.MustLoad().Main()
	training, _ := hit.Training()
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile))
	tb.Open("/careers/" + hit.Slug)
	for id, want := range map[string]string{
		"glance-pay":        hit.Pay.Value,
		"glance-training":   training.MonthsText(),
		"glance-credential": data.MustLoad().Credential(hit.Credentials[0]).Abbr,
	} {
		box := e2e.Run(tb, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById("`+id+`").getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; })()`))
		if box[1] > phoneHeight {
			t.Errorf("#%s runs from %.0f to %.0f px, below the first %d px screen", id, box[0], box[1], phoneHeight)
		}
		if got := tb.Text("#" + id); !strings.Contains(got, want) {
			t.Errorf("#%s reads %q, want %q in it", id, got, want)
		}
	}
	height := e2e.Run(tb, chromedp.Evaluate[int](`document.documentElement.scrollHeight`))
	pages := printedPages(tb)
	t.Logf("%s on a %d px phone, sections closed: %d px tall; prints on %d Letter pages", hit.Title, phoneWidth, height, pages)
	if height > maxClosedHeight {
		t.Errorf("the page is %d px tall with its sections closed, more than %d", height, maxClosedHeight)
	}
	if pages > 6 {
		t.Errorf("the page prints on %d pages with its sections closed, more than 6", pages)
	}
}

// printedPages prints the page as Chromium does to a Letter PDF and counts
// its pages (the page tree's largest /Count).
func printedPages(tb *e2e.Tab) int {
	pdf := e2e.Call(tb, page.PrintToPDF, page.PrintToPDFParams{})
	n := 0
	for _, m := range regexp.MustCompile(`/Count (\d+)`).FindAllSubmatch(pdf.Data, -1) {
		c, _ := strconv.Atoi(string(m[1]))
		n = max(n, c)
	}
	return n
}

// sectionOpen is a script that says whether a career section is open.
func sectionOpen(id string) string {
	return `document.querySelector("#` + id + ` > details").open`
}

// TestClosedSectionsOpenFromALinkAndStayOpen: a link to a section, or to
// something inside one, opens it and brings it into view; leaving the page
// and coming Back, or reloading, finds it as the reader left it.
func TestClosedSectionsOpenFromALinkAndStayOpen(t *testing.T) {
	hit := data.MustLoad().Main()
	path := "/careers/" + hit.Slug
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile))
	tb.Open(path)
	for _, id := range []string{data.SectionPay, data.SectionSteps, data.SectionFAQ} {
		if tb.Eval(sectionOpen(id)) != false {
			t.Fatalf("#%s is open before anything opened it", id)
		}
	}

	tb.Do(chromedp.Click(chromedp.CSS(`.toc a[href$="#`+data.SectionPay+`"]`), chromedp.NodeVisible))
	tb.WaitFor("the contents link to open Pay", sectionOpen(data.SectionPay))
	tb.WaitFor("Pay to be in view", `Math.abs(document.getElementById("pay").getBoundingClientRect().top) < 60`)
	if tb.Eval(`document.querySelector("#pay .headline-pay").checkVisibility()`) != true {
		t.Error("Pay is open but its figure is not visible")
	}

	// A link into a section: the first step, inside "How to become one".
	tb.Eval(`scrollTo(0, 0)`)
	tb.Do(chromedp.Click(chromedp.CSS(`#glance-first-step a[href$="#step-1"]`), chromedp.NodeVisible))
	tb.WaitFor("the first step's link to open its section", sectionOpen(data.SectionSteps))
	tb.WaitFor("step 1 to be visible and in view", `(() => { const r = document.getElementById("step-1").getBoundingClientRect(); return document.getElementById("step-1").checkVisibility() && r.top > -60 && r.top < 200; })()`)

	// Away and Back.
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/about"]`)))
	tb.WaitText("h1", "About")
	tb.Eval(`history.back()`)
	tb.WaitText("h1", hit.Title)
	tb.WaitFor("Pay and How to become one to be open again after Back", sectionOpen(data.SectionPay)+` && `+sectionOpen(data.SectionSteps))
	if tb.Eval(sectionOpen(data.SectionFAQ)) != false {
		t.Error("Back opened the FAQ, which was never opened")
	}

	// The reader closes Pay; a reload keeps How to become one open and Pay
	// closed.
	tb.Do(chromedp.Click(chromedp.CSS(`#pay > details > summary`), chromedp.NodeVisible))
	tb.WaitFor("Pay to close", `!`+sectionOpen(data.SectionPay))
	// The browser reports the close a moment later; a reload before that
	// would find Pay still kept open.
	tb.WaitFor("the close to be kept", `!(sessionStorage.getItem("hitcoach.open:`+path+`") || "").split(" ").includes("`+data.SectionPay+`")`)
	tb.Do(chromedp.Reload())
	tb.WaitForApp()
	tb.WaitFor("How to become one to be open after a reload", sectionOpen(data.SectionSteps))
	if tb.Eval(sectionOpen(data.SectionPay)) != false {
		t.Error("Pay, closed by the reader, is open again after a reload")
	}

	// Another career's page keeps its own, though go-app draws it into the
	// same elements.
	tb.Do(chromedp.Click(chromedp.CSS(`.toc a[href$="#`+data.SectionCredentials+`"]`), chromedp.NodeVisible))
	tb.WaitFor("Credentials to open", sectionOpen(data.SectionCredentials))
	tb.Eval(`goappNav("/careers/medical-coder")`)
	tb.WaitText("h1", "Medical Coder")
	if tb.Eval(sectionOpen(data.SectionCredentials)) != false {
		t.Error("a section open on the HIT page is open on the Medical Coder page too")
	}
}

// TestAnAddressIntoASectionOpensIt: a search result's anchor, loaded as a
// new page or followed from another page of the app, opens the section
// around it, scrolls to it and moves focus there.
func TestAnAddressIntoASectionOpensIt(t *testing.T) {
	hit := data.MustLoad().Main()
	path := "/careers/" + hit.Slug
	faq := "faq-" + hit.FAQ[len(hit.FAQ)-1].ID
	country := "country-" + hit.GlobalSalaries[len(hit.GlobalSalaries)-1].Code
	tb := e2e.NewTab(t)
	shown := func(section, id string) {
		t.Helper()
		tb.WaitFor("the section to open around #"+id, sectionOpen(section)+` && document.getElementById("`+id+`").checkVisibility()`)
		tb.WaitFor("#"+id+" to be in view with focus", `(() => { const r = document.getElementById("`+id+`").getBoundingClientRect(); return r.top > -60 && r.top < innerHeight && document.activeElement.id === "`+id+`"; })()`)
	}

	tb.Open(path + "#" + faq)
	shown(data.SectionFAQ, faq)
	if tb.Eval(sectionOpen(data.SectionPay)) != false {
		t.Error("a link into the FAQ opened Pay too")
	}

	tb.Open("/about")
	tb.Eval(`goappNav("` + path + "#" + country + `")`)
	shown(data.SectionGlobalSalaries, country)
}

// TestContentsStayBesideTheTextOnAWideScreen: on a desktop the contents
// sit to the left of the sections and stay in view while they scroll.
func TestContentsStayBesideTheTextOnAWideScreen(t *testing.T) {
	hit := data.MustLoad().Main()
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(1280, 900))
	tb.Open("/careers/" + hit.Slug)
	tb.Eval(`document.querySelectorAll(".career-section > details").forEach((d) => d.open = true)`)
	tb.WaitFor("the sections to open", `document.documentElement.scrollHeight > 6000`)
	tb.Eval(`document.getElementById("` + data.SectionFAQ + `").scrollIntoView()`)
	got := e2e.Run(tb, chromedp.Evaluate[[]float64](`(() => {
		const toc = document.getElementById("contents").getBoundingClientRect();
		const faq = document.getElementById("faq").getBoundingClientRect();
		return [toc.top, toc.bottom, toc.right, faq.left, scrollY];
	})()`))
	if got[4] < 3000 || got[0] < 0 || got[0] > 100 || got[2] > got[3] {
		t.Errorf("scrolled %.0f px down, the contents run from %.0f to %.0f px with their right edge at %.0f, the FAQ's left at %.0f: want them in view to its left", got[4], got[0], got[1], got[2], got[3])
	}
}
