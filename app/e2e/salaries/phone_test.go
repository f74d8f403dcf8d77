//go:build !wasm

package salaries

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// chartBox is where a chart is drawn and how wide its viewBox is.
type chartBox struct {
	ID           string
	Left, Right  float64
	Width        float64
	ViewBoxWidth float64
}

const readCharts = `[...document.querySelectorAll("figure.chart")].map(f => {
	const svg = f.querySelector("svg"), r = svg.getBoundingClientRect();
	return {ID: f.id, Left: r.left, Right: r.right, Width: r.width, ViewBoxWidth: svg.viewBox.baseVal.width};
})`

func TestChartsFitA320PixelPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(320, 640))
	tb.Open("/salaries?compare=level-1,country-gb,career-medical-coder,experienced&currency=EUR")
	waitForRows(t, tb, "level-1", "country-gb", "career-medical-coder", "experienced")
	if w := e2e.Run(tb, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 320 {
		t.Errorf("the salaries page is %d px wide on a 320 px phone", w)
	}
	tb.WaitFor("the charts are laid out at the column's width", `document.querySelectorAll("figure.chart.chart-fit").length === 5`)
	charts := e2e.Run(tb, chromedp.Evaluate[[]chartBox](readCharts))
	if len(charts) != 5 {
		t.Fatalf("%d charts on the page, want 5", len(charts))
	}
	for _, c := range charts {
		if c.Left < 0 || c.Right > 320 {
			t.Errorf("chart %s runs from %.0f to %.0f px, outside the screen", c.ID, c.Left, c.Right)
		}
		// It is laid out at the column's width, one unit a pixel, so its
		// text keeps its size rather than shrinking with the screen.
		if c.Width < 250 || c.Width-c.ViewBoxWidth > 1 || c.ViewBoxWidth-c.Width > 1 {
			t.Errorf("chart %s is %.0f px wide for a %.0f-unit viewBox", c.ID, c.Width, c.ViewBoxWidth)
		}
	}

	// On a wide screen the same chart grows to its column's width.
	tb.Do(chromedp.EmulateViewport(1280, 900))
	tb.WaitFor("the charts widen", `document.querySelector("#chart-levels svg").getBoundingClientRect().width > 1000 && document.querySelector("#chart-levels svg").viewBox.baseVal.width > 1000`)
}

func TestChartsFollowDarkModeAndPrint(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries")
	colours := func(media, scheme string) [3]string {
		e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Media:    media,
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return e2e.Run(tb, chromedp.Evaluate[[3]string](`[
			getComputedStyle(document.querySelector("#chart-benchmarks rect.chart-range")).fill,
			getComputedStyle(document.querySelector("#chart-levels text.chart-label")).fill,
			getComputedStyle(document.body).color,
		]`))
	}
	light, dark, print := colours("screen", "light"), colours("screen", "dark"), colours("print", "dark")
	if light[0] == dark[0] || light[1] == dark[1] {
		t.Errorf("the chart keeps its colours in dark mode: light %v, dark %v", light, dark)
	}
	for name, c := range map[string][3]string{"light": light, "dark": dark, "print": print} {
		if c[1] != c[2] {
			t.Errorf("%s: chart labels are %s, the text is %s", name, c[1], c[2])
		}
	}
	if print[0] != "rgb(85, 85, 85)" || print[1] != "rgb(0, 0, 0)" {
		t.Errorf("in print the bars are %s and labels %s, want grey bars and black text", print[0], print[1])
	}
}
