package salary

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestNiceScale(t *testing.T) {
	tests := []struct {
		max       int64
		top, step int64
	}{
		{0, 0, 0},
		{-5, 0, 0},
		{1, 1, 1},
		{4, 4, 1},
		{5, 6, 2},
		{80000, 80000, 20000},
		{76000, 80000, 20000},
		{70000, 80000, 20000},
		{65000, 80000, 20000},
		{47160, 60000, 20000}, // a quarter is 11,790: the next nice step is 20,000
		{110680, 150000, 50000},
		{100000, 100000, 25000},
		{math.MaxInt64, math.MaxInt64, math.MaxInt64},
	}
	for _, tt := range tests {
		top, step := NiceScale(tt.max)
		if top != tt.top || step != tt.step {
			t.Errorf("NiceScale(%d) = %d, %d; want %d, %d", tt.max, top, step, tt.top, tt.step)
		}
		if tt.max > 0 && (top < tt.max || top/step > 4 && step != top) {
			t.Errorf("NiceScale(%d) = %d, %d does not cover the value in at most four steps", tt.max, top, step)
		}
	}
}

func TestLayoutChartPlacesBarsOnAShared0BasedAxis(t *testing.T) {
	bars := []Bar{
		{Label: "Level 1", Marks: []Mark{{MarkMedian, 39000}, {MarkAverage, 42000}}},
		{Label: "UK", Range: &Span{Currency: "USD", Low: 40000, High: 80000, IsRange: true}},
		{Label: "Open", Range: &Span{Currency: "USD", Low: 50000, High: 65000, IsRange: true, OpenEnded: true}},
		{Label: "None", Missing: "No figure"},
	}
	for _, width := range []float64{320, 400, 1000} {
		l := LayoutChart(bars, ChartStyle{Width: width, FontSize: 14, Symbol: "US$"})
		plotW := l.PlotRight - l.PlotLeft
		if l.Width != width || l.Top != 80000 || l.PlotLeft <= 0 || l.PlotRight >= width {
			t.Fatalf("width %v: layout %v wide, top %d, plot %v to %v", width, l.Width, l.Top, l.PlotLeft, l.PlotRight)
		}
		uk := l.Bars[1]
		if !uk.HasRange || uk.RangeX != round1(l.PlotLeft+plotW/2) || uk.RangeX+uk.RangeW != round1(l.PlotLeft+plotW) {
			t.Errorf("width %v: a range from half to the top is at %v, %v wide", width, uk.RangeX, uk.RangeW)
		}
		if uk.TrackW != round1(plotW) {
			t.Errorf("width %v: track %v, want the whole plot %v", width, uk.TrackW, plotW)
		}
		l1 := l.Bars[0]
		if len(l1.Marks) != 2 || l1.Marks[0].X >= l1.Marks[1].X || l1.Marks[1].Points == "" || l1.Marks[0].Points != "" || l1.HasRange {
			t.Errorf("width %v: level marks %+v", width, l1.Marks)
		}
		if l1.Marks[0].Y != l1.MidY {
			t.Errorf("marks sit off the bar's centre line")
		}
		if open := l.Bars[2]; open.Arrow == "" || l.Bars[1].Arrow != "" {
			t.Errorf("width %v: only the open-ended range has an arrow: %q, %q", width, open.Arrow, l.Bars[1].Arrow)
		}
		if none := l.Bars[3]; none.HasTrack || none.HasRange || none.Missing != "No figure" {
			t.Errorf("the bar with no figure: %+v", none)
		}
		// Rows do not overlap and everything is inside the chart.
		for i, b := range l.Bars {
			if i > 0 && b.LabelY-l.FontSize <= l.Bars[i-1].Bottom {
				t.Errorf("bar %d's label overlaps the bar above", i)
			}
			if b.BandY+b.BandH > l.AxisY || b.RangeX+b.RangeW > width || b.RangeX < 0 {
				t.Errorf("bar %d leaves the chart: %+v", i, b)
			}
			for _, m := range b.Marks {
				if m.X-m.R < 0 || m.X+m.R > width {
					t.Errorf("mark outside the chart: %+v", m)
				}
			}
		}
		if l.Height <= l.AxisY {
			t.Errorf("no room for the axis labels: height %v, axis at %v", l.Height, l.AxisY)
		}
		wantTicks := []int64{0, 20000, 40000, 60000, 80000}
		if len(l.Ticks) != len(wantTicks) {
			t.Fatalf("ticks %+v", l.Ticks)
		}
		for i, tk := range l.Ticks {
			if tk.Value != wantTicks[i] {
				t.Errorf("tick %d is %d, want %d", i, tk.Value, wantTicks[i])
			}
		}
		if l.Ticks[0].Anchor != "start" || l.Ticks[2].Anchor != "middle" || l.Ticks[4].Anchor != "end" {
			t.Errorf("tick anchors %+v", l.Ticks)
		}
	}
}

func TestLayoutChartEdges(t *testing.T) {
	// No bars, no figures, zero and negative values, silly widths: no
	// panic, no NaN, and nothing drawn outside.
	cases := map[string][]Bar{
		"empty":    nil,
		"missing":  {{Label: "x", Missing: "No figure"}},
		"zero":     {{Label: "x", Marks: []Mark{{MarkMedian, 0}}}},
		"negative": {{Label: "x", Range: &Span{Low: -10, High: -5, IsRange: true}}},
		"reversed": {{Label: "x", Range: &Span{Low: 9, High: 3, IsRange: true}}},
		"huge":     {{Label: "x", Range: &Span{Low: 0, High: math.MaxInt64, IsRange: true, OpenEnded: true}}, {Label: "y", Marks: []Mark{{MarkAverage, math.MaxInt64 / 2}}}},
	}
	for name, bars := range cases {
		for _, width := range []float64{math.NaN(), -1, 0, 1, 320} {
			l := LayoutChart(bars, ChartStyle{Width: width})
			if l.Width < chartMinWidth || math.IsNaN(l.Height) {
				t.Errorf("%s at %v: layout %v×%v", name, width, l.Width, l.Height)
			}
			for _, b := range l.Bars {
				for _, v := range []float64{b.RangeX, b.RangeW, b.TrackW} {
					if math.IsNaN(v) || v < 0 || v > l.Width {
						t.Errorf("%s at %v: coordinate %v out of the chart in %+v", name, width, v, b)
					}
				}
				for _, m := range b.Marks {
					if math.IsNaN(m.X) || m.X < 0 || m.X > l.Width {
						t.Errorf("%s at %v: mark at %v", name, width, m.X)
					}
				}
			}
			if len(l.Ticks) == 0 || l.Ticks[0].Value != 0 {
				t.Errorf("%s: the axis has no zero: %+v", name, l.Ticks)
			}
		}
	}
	if l := LayoutChart(cases["reversed"], ChartStyle{Width: 400}); l.Bars[0].RangeX >= l.Bars[0].RangeX+l.Bars[0].RangeW || l.Top != 10 {
		t.Errorf("a reversed range is drawn backwards: %+v", l.Bars[0])
	}
	if l := LayoutChart([]Bar{{Label: "x", Range: &Span{Low: 5, High: 5, IsRange: true}}}, ChartStyle{Width: 400}); l.Bars[0].RangeW < 2 {
		t.Errorf("a zero-width range vanished: %+v", l.Bars[0])
	}
}

func TestWrapTextBreaksAtSpacesAndKeepsEveryWord(t *testing.T) {
	tests := []struct {
		text string
		max  int
		want []string
	}{
		{"Level 1", 20, []string{"Level 1"}},
		{"Level 1: Junior Health Information Technician", 20, []string{"Level 1: Junior ", "Health Information ", "Technician"}},
		{"Supercalifragilistic", 10, []string{"Supercalif", "ragilistic"}},
		{"Älterer Übergang", 8, []string{"Älterer ", "Übergang"}},
		{"", 5, []string{""}},
		{"a b", 0, []string{"a ", "b"}},
	}
	for _, tt := range tests {
		got := WrapText(tt.text, tt.max)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("WrapText(%q, %d) = %q, want %q", tt.text, tt.max, got, tt.want)
		}
		// Nothing is lost: the lines joined are the text.
		if strings.Join(got, "") != tt.text {
			t.Errorf("WrapText(%q, %d) lost text: %q", tt.text, tt.max, got)
		}
		for _, line := range got {
			if n := len([]rune(strings.TrimRight(line, " "))); n > max(tt.max, 1) {
				t.Errorf("WrapText(%q, %d): line %q is %d long", tt.text, tt.max, line, n)
			}
		}
	}
}

// A long label wraps onto more lines instead of being cut, every value is
// printed at its bar, and nothing runs past the chart's right edge, at a
// phone's width and at a projector's.
func TestLayoutChartWrapsLabelsAndPrintsValuesInside(t *testing.T) {
	long := "Level 5: Health Information Management Director, the most senior rung of the path"
	bars := []Bar{
		{Label: long, Marks: []Mark{{MarkMedian, 76000}, {MarkAverage, 80000}}},
		{Label: "Experienced", Range: &Span{Low: 50000, High: 65000, IsRange: true, OpenEnded: true}},
		{Label: "Canada", Missing: "no exchange rate in our sources"},
		{Label: "Medical Coder", Marks: []Mark{{MarkFigure, 44090}}, Note: "Not like for like: another year and another source. The table says more."},
	}
	for _, c := range []struct {
		width, font float64
		inline      bool
	}{{296, 14, false}, {1120, 16, true}, {1888, 32, true}} {
		l := LayoutChart(bars, ChartStyle{Width: c.width, FontSize: c.font, Symbol: "US$"})
		if l.ValuesInline != c.inline {
			t.Errorf("%v wide: values inline %v, want %v", c.width, l.ValuesInline, c.inline)
		}
		inside := func(what, text string, x float64, anchor string, size float64) {
			t.Helper()
			w := textWidth(text, size)
			left, right := x, x+w
			if anchor == "end" {
				left, right = x-w, x
			}
			if left < 0 || right > c.width+0.5 {
				t.Errorf("%v wide: %s %q runs from %.0f to %.0f", c.width, what, text, left, right)
			}
		}
		for i, b := range l.Bars {
			if strings.Join(b.LabelLines, "") != bars[i].Label {
				t.Errorf("%v wide: label %q drawn as %q", c.width, bars[i].Label, b.LabelLines)
			}
			for _, line := range b.LabelLines {
				inside("label line", strings.TrimSpace(line), b.LabelX, "start", l.FontSize)
			}
			for _, line := range b.NoteLines {
				inside("note line", strings.TrimSpace(line), b.LabelX, "start", l.NoteSize)
			}
			if bars[i].Missing == "" && b.Value == "" {
				t.Errorf("%v wide: bar %d prints no value", c.width, i)
			}
			if strings.Join(b.ValueLines, "") != b.Value {
				t.Errorf("%v wide: value %q printed as %q", c.width, b.Value, b.ValueLines)
			}
			if b.Value != "" {
				for _, line := range b.ValueLines {
					inside("value", strings.TrimSpace(line), b.ValueX, b.ValueAnchor, l.FontSize)
				}
				if b.ValueY < b.BandY || b.ValueY > b.Bottom {
					t.Errorf("%v wide: bar %d's value at y %v is not at its bar (%v to %v)", c.width, i, b.ValueY, b.BandY, b.Bottom)
				}
			}
			if i > 0 && b.LabelY-l.FontSize < l.Bars[i-1].Bottom {
				t.Errorf("%v wide: bar %d overlaps the bar above", c.width, i)
			}
		}
		if c.width < 400 && len(l.Bars[0].LabelLines) < 2 {
			t.Errorf("%v wide: the long label is on one line: %q", c.width, l.Bars[0].LabelLines)
		}
		if got := l.Bars[0].Value; got != "median US$76,000 · average US$80,000" {
			t.Errorf("the level's value reads %q", got)
		}
		if got := l.Bars[1].Value; got != "US$50,000–US$65,000 or more" {
			t.Errorf("the open range's value reads %q", got)
		}
		if got := l.Bars[3].Value; got != "US$44,090" {
			t.Errorf("a single figure's value reads %q", got)
		}
		if len(l.Bars[3].NoteLines) == 0 || l.Bars[3].NoteY <= l.Bars[3].BandY {
			t.Errorf("%v wide: the note is not under its bar: %+v", c.width, l.Bars[3])
		}
		if l.Height < l.Bars[3].Bottom {
			t.Errorf("%v wide: the chart ends at %v above its last row at %v", c.width, l.Height, l.Bars[3].Bottom)
		}
		// Axis labels never touch, and the scale's end is named.
		var last float64 = -1
		for i, tk := range l.Ticks {
			if tk.Unlabelled {
				continue
			}
			w := textWidth(FormatTick(tk.Value, "US$"), l.TickSize)
			left := tk.X - w/2
			switch tk.Anchor {
			case "start":
				left = tk.X
			case "end":
				left = tk.X - w
			}
			if left < last {
				t.Errorf("%v wide: axis label %d overlaps the one before", c.width, i)
			}
			last = left + w
			if i == len(l.Ticks)-1 && tk.Unlabelled {
				t.Errorf("the axis end is unlabelled")
			}
		}
	}
}

// FitChart picks the largest text that keeps the whole chart in the box:
// at a 1920 × 1080 screen the labels stay at 24 units or more; in the 853
// × 480 CSS pixels of 1280 × 720 at 150 % zoom, everything still fits.
func TestFitChartKeepsTheChartInItsBox(t *testing.T) {
	bars := make([]Bar, 8)
	for i := range bars {
		bars[i] = Bar{Label: "Health Information Services Manager, career " + strconv.Itoa(i), Marks: []Mark{{MarkFigure, int64(36000 + i*10000)}}}
	}
	big := FitChart(bars, 1856, 880, 40, 12, "US$")
	if big.FontSize < 24 || big.Height > 880 {
		t.Errorf("1920 × 1080: font %v, height %v", big.FontSize, big.Height)
	}
	small := FitChart(bars, 821, 330, 24, 8, "US$")
	if small.Height > 330 || small.FontSize >= 24 || small.FontSize < 8 {
		t.Errorf("853 × 480: font %v, height %v", small.FontSize, small.Height)
	}
	// A box too small for the smallest text still gets a chart, at that size.
	if tiny := FitChart(bars, 300, 10, 24, 8, "US$"); tiny.FontSize != 8 {
		t.Errorf("an impossible box: font %v", tiny.FontSize)
	}
}

func TestSVGHelpers(t *testing.T) {
	if got := Diamond(10, 20, 5); got != "10,15 15,20 10,25 5,20" {
		t.Errorf("Diamond = %q", got)
	}
	if got := Coord(12.345); got != "12.3" {
		t.Errorf("Coord = %q", got)
	}
	if got := Coord(4); got != "4" {
		t.Errorf("Coord = %q", got)
	}
	for v, want := range map[int64]string{0: "0", 40000: "US$40k", 2500: "US$2,500", 1000000: "US$1,000k"} {
		if got := FormatTick(v, "US$"); got != want {
			t.Errorf("FormatTick(%d) = %q, want %q", v, got, want)
		}
	}
	if strings.Contains(LayoutChart([]Bar{{Label: "x", Range: &Span{Low: 1, High: 3, IsRange: true, OpenEnded: true}}}, ChartStyle{Width: 400}).Bars[0].Arrow, "NaN") {
		t.Error("arrow has NaN")
	}
}

func TestDescribe(t *testing.T) {
	got := Describe([]Bar{
		{Label: "Level 1", Marks: []Mark{{MarkMedian, 39000}, {MarkAverage, 42000}}},
		{Label: "Experienced", Range: &Span{Low: 50000, High: 65000, IsRange: true, OpenEnded: true}},
		{Label: "UK", Range: &Span{Low: 32083, High: 44917, IsRange: true}},
		{Label: "Canada", Missing: "no rate"},
	}, "US$")
	want := "Level 1: median US$39,000, average US$42,000; Experienced: from US$50,000 to US$65,000 or more; UK: from US$32,083 to US$44,917; Canada: no rate."
	if got != want {
		t.Errorf("Describe =\n%s\nwant\n%s", got, want)
	}
}

func BenchmarkLayoutChart(b *testing.B) {
	bars := make([]Bar, 12)
	for i := range bars {
		bars[i] = Bar{Label: "Senior Health Information Technician", Range: &Span{Low: int64(30000 + i*1000), High: int64(60000 + i*2000), IsRange: true, OpenEnded: i%2 == 0}, Marks: []Mark{{MarkMedian, int64(45000 + i*1000)}}}
	}
	for b.Loop() {
		LayoutChart(bars, ChartStyle{Width: 400, Symbol: "US$"})
	}
}
