//go:build !wasm

package salaries

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// screen sets the tab's viewport in CSS pixels and its zoom: 1280 × 720
// at 150 % is 853 × 480 CSS pixels at a device scale factor of 1.5.
func screen(tb *e2e.Tab, width, height int64, scale float64) {
	e2e.Call(tb, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: height, DeviceScaleFactor: scale})
}

// drawnChart is a chart as drawn: its width against its column's, and
// how each bar shows its figures.
type drawnChart struct {
	ID                  string
	Width, Column       float64
	Bars, Values        int
	ValuesOutside       []string
	Labels              []string
	LabelsOutside       []string
	SmallestLabelPixels float64
}

// readDrawnCharts reads the charts matching a selector: each bar's value
// text must lie inside the drawing, and each label too; the size of a
// label in CSS pixels is its font size times the drawing's scale.
const readDrawnCharts = `((selector) => [...document.querySelectorAll(selector)].map(f => {
	const svg = f.querySelector("svg"), box = svg.getBoundingClientRect();
	const col = f.parentElement, cs = getComputedStyle(col);
	const scale = box.width / svg.viewBox.baseVal.width;
	const inside = (el) => { const r = el.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1; };
	const bars = [...svg.querySelectorAll(".chart-bar")];
	const labels = [...svg.querySelectorAll(".chart-label")];
	return {
		ID: f.id, Width: box.width,
		Column: col.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
		Bars: bars.filter(b => !b.querySelector(".chart-missing")).length,
		Values: svg.querySelectorAll(".chart-value").length,
		ValuesOutside: [...svg.querySelectorAll(".chart-value")].filter(v => !inside(v)).map(v => v.textContent),
		Labels: labels.map(l => l.textContent),
		LabelsOutside: [...svg.querySelectorAll("text")].filter(v => !inside(v)).map(v => v.textContent),
		SmallestLabelPixels: Math.min(...labels.map(l => parseFloat(l.getAttribute("font-size")) * scale)),
	};
}))`

// At 1920 × 1080 each chart fills its column, prints every value at its
// bar inside the drawing, and draws every label whole.
func TestChartsFillTheirColumnAndShowTheirValues(t *testing.T) {
	tb := e2e.NewTab(t)
	screen(tb, 1920, 1080, 1)
	tb.Open("/salaries?compare=level-1,country-gb,career-health-information-technician,experienced")
	waitForRows(t, tb, "level-1", "country-gb", "career-health-information-technician", "experienced")
	tb.WaitFor("the charts take their column's width", `document.querySelectorAll("figure.chart.chart-fit").length === 5`)
	charts := e2e.Run(tb, chromedp.Evaluate[[]drawnChart](readDrawnCharts+`("figure.chart")`))
	if len(charts) != 5 {
		t.Fatalf("%d charts", len(charts))
	}
	for _, c := range charts {
		if c.Width < 0.8*c.Column {
			t.Errorf("%s is %.0f px wide in a column of %.0f", c.ID, c.Width, c.Column)
		}
		if c.Values != c.Bars || c.Bars == 0 {
			t.Errorf("%s prints %d values for %d bars with figures", c.ID, c.Values, c.Bars)
		}
		if len(c.ValuesOutside)+len(c.LabelsOutside) > 0 {
			t.Errorf("%s draws text outside itself: %q %q", c.ID, c.ValuesOutside, c.LabelsOutside)
		}
		for _, l := range c.Labels {
			if strings.Contains(l, "…") {
				t.Errorf("%s cuts a label: %q", c.ID, l)
			}
		}
		if c.SmallestLabelPixels < 14 {
			t.Errorf("%s has labels of %.1f px", c.ID, c.SmallestLabelPixels)
		}
	}
	// The long label the issue saw cut is whole.
	levels := charts[0]
	if levels.ID != "chart-levels" || levels.Labels[0] != "Junior Health Information Technician" {
		t.Errorf("the first level's label reads %q", levels.Labels)
	}
	if got := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#chart-levels .chart-value").textContent`)); got != "median US$39,000 · average US$42,000" {
		t.Errorf("the first level's value reads %q", got)
	}
}

// presented is what Present mode shows.
const presented = `(() => { const p = document.getElementById("present"); return p ? p.dataset.chart : ""; })()`

func waitPresented(t *testing.T, tb *e2e.Tab, id string) {
	t.Helper()
	tb.WaitFor("Present mode shows "+id, `document.getElementById("present") && document.getElementById("present").dataset.chart === "`+id+`" && document.querySelector("#present-chart.chart-fit") && document.querySelector("#present-chart").dataset.chart === "`+id+`"`)
}

// fitsTheScreen lists what of Present mode lies outside the screen, or
// would need scrolling.
const fitsTheScreen = `(() => {
	const out = [];
	const p = document.getElementById("present");
	for (const el of p.querySelectorAll("svg, svg text, button, h2, .present-count")) {
		const r = el.getBoundingClientRect();
		if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) out.push(el.tagName + " " + (el.textContent || "").slice(0, 40) + " at " + [r.left, r.top, r.right, r.bottom].map(Math.round).join(","));
	}
	if (p.scrollHeight > p.clientHeight + 1 || document.getElementById("present-stage").scrollHeight > document.getElementById("present-stage").clientHeight + 1) out.push("it scrolls");
	return out;
})()`

// Present mode shows one chart at a time, full screen, moves by keyboard
// and by tap, and leaves with Esc; at 1920 × 1080 its labels are 24 px or
// more, and at 1280 × 720 and 150 % zoom every chart is wholly in view.
func TestPresentModeMovesByKeyboardAndFitsAProjector(t *testing.T) {
	tb := e2e.NewTab(t)
	screen(tb, 1920, 1080, 1)
	tb.Open("/salaries?compare=level-1,country-gb,career-medical-coder")
	waitForRows(t, tb, "level-1", "country-gb", "career-medical-coder")
	tb.Do(chromedp.Click(chromedp.CSS("#present-chart-levels")))
	waitPresented(t, tb, "chart-levels")
	if got := textOf(tb, "#present-title"); got != "Median and average pay by career level" {
		t.Errorf("Present mode's title reads %q", got)
	}
	if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "present" {
		t.Errorf("the focus is on %q, not in Present mode", id)
	}
	big := e2e.Run(tb, chromedp.Evaluate[[]drawnChart](readDrawnCharts+`("#present-chart")`))
	if len(big) != 1 || big[0].SmallestLabelPixels < 24 {
		t.Errorf("at 1920 × 1080 Present mode's labels are %+v", big)
	}
	if out := e2e.Run(tb, chromedp.Evaluate[[]string](fitsTheScreen)); len(out) > 0 {
		t.Errorf("at 1920 × 1080: %q", out)
	}

	tb.Do(chromedp.KeyEvent(kb.ArrowRight))
	waitPresented(t, tb, "chart-benchmarks")
	tb.Do(chromedp.KeyEvent(kb.ArrowRight))
	waitPresented(t, tb, "chart-countries")
	tb.Do(chromedp.KeyEvent(kb.ArrowLeft))
	waitPresented(t, tb, "chart-benchmarks")
	// By tap: the Next button.
	tb.Do(chromedp.Click(chromedp.CSS("#present-next")))
	waitPresented(t, tb, "chart-countries")
	tb.Do(chromedp.KeyEvent(kb.ArrowRight))
	waitPresented(t, tb, "chart-careers")
	big = e2e.Run(tb, chromedp.Evaluate[[]drawnChart](readDrawnCharts+`("#present-chart")`))
	if len(big) != 1 || big[0].SmallestLabelPixels < 24 {
		t.Errorf("at 1920 × 1080 the careers' labels are %+v", big)
	}

	tb.Do(chromedp.KeyEvent(kb.Escape))
	tb.WaitFor("Esc leaves Present mode", `!document.getElementById("present") && !document.fullscreenElement`)
	tb.WaitFor("the focus goes back to the chart's Present button", `document.activeElement && document.activeElement.id === "present-chart-careers"`)

	// A projector of 1280 × 720 at 150 % zoom: every chart, from the first
	// to the comparison, is wholly on the screen.
	screen(tb, 853, 480, 1.5)
	tb.Do(chromedp.Click(chromedp.CSS("#present-chart-levels")))
	for _, id := range []string{"chart-levels", "chart-benchmarks", "chart-countries", "chart-careers", "chart-compare"} {
		waitPresented(t, tb, id)
		tb.WaitFor("the stage is measured", `(() => { const s = document.getElementById("present-stage"), svg = document.querySelector("#present-chart svg"); return svg.getBoundingClientRect().height <= s.clientHeight + 1; })()`)
		if out := e2e.Run(tb, chromedp.Evaluate[[]string](fitsTheScreen)); len(out) > 0 {
			t.Errorf("%s at 1280 × 720 and 150 %%: %q", id, out)
		}
		tb.Do(chromedp.KeyEvent(kb.ArrowRight))
	}
	// Past the last chart it stays.
	waitPresented(t, tb, "chart-compare")
	if got := e2e.Run(tb, chromedp.Evaluate[string](presented)); got != "chart-compare" {
		t.Errorf("past the last chart Present mode shows %q", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS("#present-close")))
	tb.WaitFor("Leave leaves Present mode", `!document.getElementById("present")`)
}

// Present mode is a labelled modal dialog whose controls are labelled,
// show their focus and keep it inside; its text meets AA contrast in
// light and dark; in print it is not there.
func TestPresentModeIsAccessible(t *testing.T) {
	tb := e2e.NewTab(t)
	screen(tb, 1280, 720, 1)
	tb.Open("/salaries?compare=level-1,country-ca")
	waitForRows(t, tb, "level-1", "country-ca")
	tb.Do(chromedp.Focus(chromedp.CSS("#present-chart-compare")), chromedp.KeyEvent(kb.Enter))
	waitPresented(t, tb, "chart-compare")
	dialog := e2e.Run(tb, chromedp.Evaluate[[]string](`(() => {
		const p = document.getElementById("present");
		const label = document.getElementById(p.getAttribute("aria-labelledby"));
		return [p.getAttribute("role"), p.getAttribute("aria-modal"), label ? label.textContent : ""];
	})()`))
	if dialog[0] != "dialog" || dialog[1] != "true" || !strings.HasPrefix(dialog[2], "Your comparison in") {
		t.Errorf("Present mode is %q", dialog)
	}
	tb.CheckContrast(t, "Present mode")

	// Tab goes round the controls, each with its focus ring, and never
	// leaves the dialog.
	seen := map[string]bool{}
	for i := 0; i < 8; i++ {
		tb.Do(chromedp.KeyEvent(kb.Tab))
		s := e2e.Run(tb, chromedp.Evaluate[[]string](`(() => {
			const el = document.activeElement, cs = getComputedStyle(el);
			const ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== "none";
			return [el.id, String(!!el.closest("#present")), String(ring), el.innerText.trim()];
		})()`))
		if s[1] != "true" {
			t.Fatalf("Tab %d left Present mode for %q", i+1, s[0])
		}
		if s[2] != "true" {
			t.Errorf("Tab %d: %s shows no focus ring", i+1, s[0])
		}
		if s[3] == "" {
			t.Errorf("Tab %d: %s has no name", i+1, s[0])
		}
		seen[s[0]] = true
	}
	for _, id := range []string{"present-prev", "present-next", "present-close"} {
		if !seen[id] {
			t.Errorf("Tab never reached %s: %v", id, seen)
		}
	}
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	if shown := e2e.Run(tb, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("present")).display`)); shown != "none" {
		t.Errorf("in print Present mode is displayed as %q", shown)
	}
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	tb.Do(chromedp.KeyEvent(kb.Escape))
	tb.WaitFor("Esc leaves Present mode", `!document.getElementById("present")`)
}

// On a phone the section bar stays at the top of the screen, so Compare
// and the currency are one tap away from anywhere on the page.
func TestTheSectionBarStaysInReachOnAPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	tb.Open("/salaries")
	tb.Eval(`window.scrollTo(0, document.getElementById("by-career").getBoundingClientRect().top + scrollY)`)
	bar := e2e.Run(tb, chromedp.Evaluate[[]float64](`(() => {
		const bar = document.getElementById("section-bar").getBoundingClientRect();
		const sel = document.getElementById("currency").getBoundingClientRect();
		const cmp = document.querySelector('#section-bar a[href$="#compare"]').getBoundingClientRect();
		return [bar.top, bar.bottom, sel.top, sel.bottom, cmp.left, cmp.right, scrollY];
	})()`))
	if bar[6] < 2000 || bar[0] < -1 || bar[0] > 1 || bar[3] > bar[1]+1 || bar[2] < 0 || bar[4] < 0 || bar[5] > 390 {
		t.Errorf("scrolled to %.0f px, the bar is at %.0f–%.0f, the currency at %.0f–%.0f, Compare at %.0f–%.0f", bar[6], bar[0], bar[1], bar[2], bar[3], bar[4], bar[5])
	}
	if bar[1]-bar[0] > 130 {
		t.Errorf("the bar takes %.0f px of the phone's screen", bar[1]-bar[0])
	}
	tb.Do(chromedp.Click(chromedp.CSS(`#section-bar a[href$="#compare"]`)))
	tb.WaitFor("Compare's heading is in view below the bar", `(() => {
		const h = document.getElementById("compare-title").getBoundingClientRect();
		const bar = document.getElementById("section-bar").getBoundingClientRect();
		return h.top >= bar.bottom - 1 && h.bottom < innerHeight;
	})()`)
	if w := e2e.Run(tb, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 390 {
		t.Errorf("the page is %d px wide on a 390 px phone", w)
	}
}
