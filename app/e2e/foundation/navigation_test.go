//go:build !wasm

package foundation

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// TestCareerToCareerByInAppLinks follows links from one career page to
// another without a page load, as a reader of "Related careers" does, then
// goes back: each time the heading, the title, the table of contents and
// the first section must be the new career's.
func TestCareerToCareerByInAppLinks(t *testing.T) {
	d := data.MustLoad()
	main := d.Main()
	tb := e2e.NewTab(t)
	tb.Open("/careers/" + main.Slug)
	tb.Eval(`window.__sameDocument = true`)

	check := func(c *data.Career) {
		t.Helper()
		tb.WaitText("h1", c.Title)
		if got := tb.Text("h1"); got != c.Title {
			t.Errorf("the heading is %q, want %q", got, c.Title)
		}
		if got, want := tb.Eval(`document.title`), c.Title+" career guide · HIT Career Coach"; got != want {
			t.Errorf("the title is %q, want %q", got, want)
		}
		sections := c.Sections()
		if got := tb.Eval(`document.querySelectorAll(".toc li").length`); got != float64(len(sections)) {
			t.Errorf("the table of contents lists %v sections, want %d", got, len(sections))
		}
		if got := tb.Eval(`(document.querySelector("main .career-sections > section") || {}).id || ""`); got != sections[0].ID {
			t.Errorf("the first section is %q, want %q", got, sections[0].ID)
		}
		if tb.Eval(`window.__sameDocument === true`) != true {
			t.Fatal("the page was loaded again: the link was not followed in the app")
		}
	}

	for _, slug := range main.Related {
		other := d.Career(slug)
		// The section opens once; Back finds it open.
		if tb.Eval(sectionOpen(data.SectionRelated)) != true {
			tb.Do(chromedp.Click(chromedp.CSS(`#`+data.SectionRelated+` > details > summary`), chromedp.NodeVisible))
		}
		tb.Do(chromedp.Click(chromedp.CSS(`#`+data.SectionRelated+` a[href="/careers/`+slug+`"]`), chromedp.NodeVisible))
		check(other)
		tb.Eval(`history.back()`)
		check(main)
	}
}

// TestInAppLinkOpensTheNewPageAtItsTop checks what a page load would have
// done: a link followed from far down a page opens the new page at its top
// with focus on its main content, and a link to a section moves focus to
// that section.
func TestInAppLinkOpensTheNewPageAtItsTop(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	tb.Eval(`window.__sameDocument = true`)
	link := `main a[href="/careers/medical-coder"]`
	tb.Eval(`document.querySelector('` + link + `').scrollIntoView(); true`)
	if y := tb.Eval(`scrollY`).(float64); y < 200 {
		t.Fatalf("the link is only %v px down the home page; the test needs it further", y)
	}
	tb.Do(chromedp.Click(chromedp.CSS(link)))
	tb.WaitText("h1", "Medical Coder")
	tb.WaitFor("the new page is at its top with focus on main", `scrollY === 0 && document.activeElement && document.activeElement.id === "main"`)

	tb.Do(chromedp.Click(chromedp.CSS(`.toc li:nth-child(3) a`)))
	target := tb.Eval(`document.querySelector(".toc li:nth-child(3) a").hash.slice(1)`).(string)
	tb.WaitFor("focus on the section #"+target+", scrolled to", `document.activeElement && document.activeElement.id === "`+target+`" && scrollY > 0`)
	if tb.Eval(`window.__sameDocument === true`) != true {
		t.Fatal("the page was loaded again: the links were not followed in the app")
	}
}
