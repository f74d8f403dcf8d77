//go:build !wasm

package careers

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// The careers the tests pick, by slug.
const (
	hit      = data.MainSlug
	coder    = "medical-coder"
	records  = "medical-records-technician"
	services = "health-information-services-manager"
	admin    = "medical-administrative-assistant"
)

// location is the page's path and query, without the origin.
func location(tb *e2e.Tab) string {
	return strings.TrimPrefix(e2e.Run(tb, chromedp.Location()), tb.Origin())
}

// waitLocation waits until the address is want.
func waitLocation(t *testing.T, tb *e2e.Tab, want string) {
	t.Helper()
	tb.WaitFor("the address to be "+want, `location.pathname + location.search === `+strconv.Quote(want))
}

// cardSlugs are the slugs of the cards the index shows, in order.
func cardSlugs(tb *e2e.Tab) []string {
	return e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#career-cards > li")].map(li => li.dataset.slug)`))
}

// ticked are the slugs whose compare boxes are ticked.
func ticked(tb *e2e.Tab) []string {
	return e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("input[type=checkbox][id^='compare-pick-']")].filter(b => b.checked).map(b => b.value)`))
}

// choose picks an option of a filter as a reader does: the select changes
// and tells the page.
func choose(tb *e2e.Tab, param, value string) {
	tb.Eval(`(() => { const s = document.getElementById("filter-` + param + `"); s.value = ` + strconv.Quote(value) + `; s.dispatchEvent(new Event("change", { bubbles: true })); })()`)
}

// textOf is the visible text of the first element matching a selector, or
// "" when there is none.
func textOf(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+strconv.Quote(selector)+`); return e ? e.innerText.trim() : ""; })()`))
}

// compareAddress is the comparison's address for the careers.
func compareAddress(slugs ...string) string { return "/careers/compare?c=" + strings.Join(slugs, ",") }
