//go:build !wasm

package foundation

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// TestGlossaryFiltersAndJumps types in the glossary's filter, jumps with
// the A–Z bar, and follows a link to a term the filter hides.
func TestGlossaryFiltersAndJumps(t *testing.T) {
	terms := data.MustLoad().Glossary
	matching := 0
	for i := range terms {
		if terms[i].Matches("hip") {
			matching++
		}
	}
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile))
	tb.Open("/glossary")
	const visibleTerms = `[...document.querySelectorAll(".glossary .term")].filter((e) => e.checkVisibility()).length`
	if got := tb.Eval(visibleTerms); got != float64(len(terms)) {
		t.Fatalf("%v terms show before filtering, want %d", got, len(terms))
	}
	if got := tb.Eval(`document.querySelectorAll(".glossary .term > h3").length`); got != float64(len(terms)) {
		t.Errorf("%v terms are headings a screen reader can move between, want %d", got, len(terms))
	}

	tb.Do(chromedp.Click(chromedp.CSS(`.az a[href$="#letter-S"]`), chromedp.NodeVisible))
	tb.WaitFor("the S terms to be at the top of the screen", `Math.abs(document.getElementById("letter-S").getBoundingClientRect().top) < 60 && scrollY > 1000`)

	tb.Eval(`scrollTo(0, 0)`)
	tb.Do(chromedp.SendKeys("#glossary-filter", "hip", chromedp.NodeVisible))
	tb.WaitText("#glossary-count", strconv.Itoa(matching)+" of "+strconv.Itoa(len(terms))+" terms match")
	tb.WaitFor("only the matching terms to show", visibleTerms+` === `+strconv.Itoa(matching)+` && document.getElementById("term-hipaa").checkVisibility()`)

	// A search result for a term the filter hides clears the filter.
	tb.Eval(`goappNav("/glossary#term-cca")`)
	tb.WaitFor("the filter to clear and CCA to show, in view", `document.getElementById("glossary-filter").value === "" &&
		document.getElementById("term-cca").checkVisibility() &&
		Math.abs(document.getElementById("term-cca").getBoundingClientRect().top) < 60`)
}
