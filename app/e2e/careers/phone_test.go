//go:build !wasm

package careers

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// box is where an element is drawn.
type box struct {
	Left, Top, Width, Height float64
	What                     string
}

const phoneWidth = 390

// cellsOf are the boxes of a comparison row's cells, with the career name
// each shows above itself where the column heads are out of sight.
const cellsOf = `(topic) => [...document.querySelectorAll('#career-compare tr[data-topic="' + topic + '"] td')].map(td => {
	const r = td.getBoundingClientRect();
	const label = getComputedStyle(td, "::before").content;
	return { Left: r.left, Top: r.top, Width: r.width, Height: r.height, What: label === "none" ? "" : label };
})`

func pageWidth(tb *e2e.Tab) int {
	return e2e.Run(tb, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
}

// On a phone the index and the comparison fit the screen: two careers keep
// a column each, three or four stack, every cell under its career's name.
func TestReadableOnA390PixelPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, 844))

	tb.Open("/careers?c=" + coder + "," + hit)
	if w := pageWidth(tb); w > phoneWidth {
		t.Errorf("the index is %d px wide on a %d px phone", w, phoneWidth)
	}
	cards := e2e.Run(tb, chromedp.Evaluate[[]box](`[...document.querySelectorAll("#career-cards > li")].map(li => { const r = li.getBoundingClientRect(); return { Left: r.left, Top: r.top, Width: r.width, Height: r.height, What: li.dataset.slug }; })`))
	for _, c := range cards {
		if c.Left < 0 || c.Left+c.Width > phoneWidth || c.Width < 300 {
			t.Errorf("card %s runs from %.0f px, %.0f px wide", c.What, c.Left, c.Width)
		}
	}

	tb.Open(compareAddress(coder, hit))
	if w := pageWidth(tb); w > phoneWidth {
		t.Errorf("two careers compared are %d px wide on a %d px phone", w, phoneWidth)
	}
	for _, topic := range []string{"what", "pay", "outlook"} {
		cells := e2e.Run(tb, chromedp.Evaluate[[]box](`(`+cellsOf+`)("`+topic+`")`))
		if len(cells) != 2 {
			t.Fatalf("%s: %d cells", topic, len(cells))
		}
		a, b := cells[0], cells[1]
		if a.Top != b.Top || b.Left < a.Left+a.Width-1 || a.Width < 150 || b.Width < 150 || b.Left+b.Width > phoneWidth {
			t.Errorf("%s: two careers are not side by side, one per column: %+v", topic, cells)
		}
		if !strings.HasPrefix(a.What, `"Medical Coder"`) || !strings.HasPrefix(b.What, `"Health Information Technician"`) {
			t.Errorf("%s: the cells are not named by career: %q, %q", topic, a.What, b.What)
		}
	}

	tb.Open(compareAddress(coder, hit, services, admin))
	if w := pageWidth(tb); w > phoneWidth {
		t.Errorf("four careers compared are %d px wide on a %d px phone", w, phoneWidth)
	}
	cells := e2e.Run(tb, chromedp.Evaluate[[]box](`(`+cellsOf+`)("pay")`))
	if len(cells) != 4 {
		t.Fatalf("%d pay cells", len(cells))
	}
	for i, c := range cells {
		if c.Width < 300 || (i > 0 && (c.Top <= cells[i-1].Top || c.Left != cells[0].Left)) {
			t.Errorf("four careers do not stack: cell %d %+v", i, c)
		}
		if c.What == "" {
			t.Errorf("stacked cell %d does not name its career", i)
		}
	}
	// The text stays a readable size.
	if px := e2e.Run(tb, chromedp.Evaluate[float64](`parseFloat(getComputedStyle(document.querySelector('#career-compare tr[data-topic="what"] td p')).fontSize)`)); px < 14 {
		t.Errorf("the comparison's text is %.1f px", px)
	}
}

// Every link and control of the two pages is at least 24 by 24 pixels on a
// phone, citations' links included.
func TestNoTargetUnder24PixelsOnAPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, 844))
	for _, address := range []string{
		"/careers?degree=no&c=" + coder + "," + hit,
		compareAddress(coder, hit),
		compareAddress(coder, hit, services, admin),
		compareAddress(coder),
	} {
		tb.Open(address)
		small := e2e.Run(tb, chromedp.Evaluate[[]box](`[...document.querySelectorAll("main a, main button, main input, main select, main summary")]
			.filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility === "visible")
			.map(e => { const r = e.getBoundingClientRect(); return { Left: r.left, Top: r.top, Width: r.width, Height: r.height, What: e.outerHTML.slice(0, 90) }; })
			.filter(b => b.Width < 24 || b.Height < 24)`))
		for _, b := range small {
			t.Errorf("%s: %.1f × %.1f px: %s", address, b.Width, b.Height, b.What)
		}
		n := e2e.Run(tb, chromedp.Evaluate[int](`document.querySelectorAll("main a, main button, main input, main select").length`))
		if n < 5 {
			t.Errorf("%s: only %d links and controls measured", address, n)
		}
	}
}
