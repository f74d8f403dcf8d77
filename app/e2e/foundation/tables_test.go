//go:build !wasm

package foundation

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestTablesCanBeReadOnAPhone opens every page with tables on a 320 px
// phone: captions stay on screen, and tables of records stack instead of
// scrolling sideways, each value under its column's name.
func TestTablesCanBeReadOnAPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(320, 640))
	pages := []string{"/salaries", "/salaries?currency=EUR&compare=level-1,country-gb,career-medical-coder,level-5"}
	for _, c := range dataCareers() {
		pages = append(pages, "/careers/"+c)
	}
	tables := 0
	for _, p := range pages {
		tb.Open(p)
		tables += tb.CheckTablesFit(t, p)
	}
	if tables < 10 {
		t.Errorf("only %d tables on the pages checked", tables)
	}
}
