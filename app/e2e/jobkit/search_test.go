//go:build !wasm

package jobkit

import (
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// Search finds each tool of the kit, on the search page and in the
// header's box.
func TestSearchFindsEachTool(t *testing.T) {
	tb := e2e.NewTab(t)
	for q, path := range map[string]string{"resume": "/resume", "cv": "/resume", "cover letter": "/cover-letter", "interview questions": "/interview"} {
		tb.Open("/search?q=" + url.QueryEscape(q))
		tb.WaitFor("results for "+q, `document.querySelector(".search-result") !== null`)
		links := e2e.Run(tb, chromedpLinks(".search-result a"))
		at := -1
		for i, l := range links {
			if l == path {
				at = i
				break
			}
		}
		if at < 0 || at > 2 {
			t.Errorf("searching %q lists %s at %d: %q", q, path, at, links)
		}
	}
	tb.Open("/")
	typeInto(tb, "site-search", "cv")
	tb.WaitFor("the header box to offer the resume builder", `document.querySelector('#site-search-listbox a[href="/resume"]') !== null`)
	tb.Click(`#site-search-listbox a[href="/resume"]`)
	tb.WaitText("h1", "Resume builder")
	if got := e2e.Run(tb, chromedp.Location()); got != e2e.ServerURL()+"/resume" {
		t.Errorf("the option leads to %s", got)
	}
}
