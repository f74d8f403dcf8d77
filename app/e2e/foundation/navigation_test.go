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
		if got := tb.Eval(`(document.querySelector("main section") || {}).id || ""`); got != sections[0].ID {
			t.Errorf("the first section is %q, want %q", got, sections[0].ID)
		}
		if tb.Eval(`window.__sameDocument === true`) != true {
			t.Fatal("the page was loaded again: the link was not followed in the app")
		}
	}

	for _, slug := range main.Related {
		other := d.Career(slug)
		tb.Do(chromedp.Click(chromedp.CSS(`main a[href="/careers/` + slug + `"]`)))
		check(other)
		tb.Eval(`history.back()`)
		check(main)
	}
}
