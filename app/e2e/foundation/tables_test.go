//go:build !wasm

package foundation

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestTablesCanBeReadOnAPhone opens every page with tables on a 320 px
// phone: captions stay on screen, and tables of records stack instead of
// scrolling sideways, each value under its column's name.
func TestTablesCanBeReadOnAPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(320, 640))
	pages := []string{"/salaries", "/salaries?currency=EUR&compare=level-1,country-gb,career-medical-coder,level-5", "/credentials"}
	for _, c := range dataCareers() {
		pages = append(pages, "/careers/"+c)
	}
	tables := 0
	for _, p := range pages {
		tb.Open(p)
		// Tables in closed sections are laid out only once open.
		tb.Eval(openEverything)
		tables += tb.CheckTablesFit(t, p)
	}
	if tables < 10 {
		t.Errorf("only %d tables on the pages checked", tables)
	}
}

// TestStackedTablesStayTablesForScreenReaders lays the salaries page out
// for a phone, where its tables stack as boxes, and reads Chromium's
// accessibility tree: every stacked cell must still be a cell, under a
// column header, in a table.
func TestStackedTablesStayTablesForScreenReaders(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(320, 640))
	tb.Open("/salaries?compare=level-1,country-gb")
	if d := e2e.Run(tb, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#table-levels tbody tr")).display`)); d != "block" {
		t.Fatalf("the levels table does not stack at 320 px (its rows are display %q)", d)
	}
	// Tables in a closed <details> are rightly out of the tree.
	want := e2e.Run(tb, chromedp.Evaluate[map[string]int](`(() => {
		const shown = [...document.querySelectorAll("table.stack-on-phone")].filter(t => !t.closest("details:not([open])"));
		const count = (sel) => shown.reduce((n, t) => n + t.querySelectorAll(sel).length, 0);
		return { table: shown.length, cell: count("td"), rowheader: count("tbody th"), columnheader: count("thead th") };
	})()`))
	tree := e2e.Call(tb, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	got := map[string]int{}
	for _, n := range tree.Nodes {
		if n.Ignored || n.Role == nil {
			continue
		}
		got[strings.Trim(string(n.Role.Value), `"`)]++
	}
	for role, n := range want {
		if n == 0 || got[role] < n {
			t.Errorf("%d %s elements in the stacked tables, %d with that role in the accessibility tree", n, role, got[role])
		}
	}
}
