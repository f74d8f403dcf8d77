package salary

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// A chart is horizontal: one row per bar, each with its label above it, on
// a shared axis that starts at zero so lengths compare honestly. The
// geometry is in the units of the SVG viewBox; the browser scales it to
// the width it has.

// MarkKind is what a mark on a bar stands for.
type MarkKind string

const (
	MarkMedian  MarkKind = "median"
	MarkAverage MarkKind = "average"
	// MarkFigure is a single figure that is neither, such as a headline
	// pay whose source does not say which it is.
	MarkFigure MarkKind = "figure"
)

// Mark is a single figure drawn on a bar.
type Mark struct {
	Kind  MarkKind
	Value int64
}

// Bar is one row of a chart: a range drawn as a range, marks for single
// figures, or a note where there is no figure.
type Bar struct {
	Label string
	// Range is drawn from its low to its high end; nil for none.
	Range *Span
	Marks []Mark
	// Missing is drawn in place of the bar when it has no figure.
	Missing string
}

// Chart geometry, in viewBox units.
const (
	chartPadLeft   = 4.0
	chartPadRight  = 20.0 // room for an open end's arrow and the last tick label
	chartPadTop    = 4.0
	chartRowHeight = 46.0
	chartLabelBase = 15.0 // label baseline below the row's top
	chartBandTop   = 22.0 // the bar's band below the row's top
	chartBandH     = 16.0
	chartAxisGap   = 4.0
	chartAxisH     = 24.0
	chartFontSize  = 14.0
	// A label's characters are about 0.55 em wide in a sans-serif font.
	chartCharWidth = chartFontSize * 0.55
	chartMarkR     = 5.0
	chartArrowLen  = 10.0
	chartMinWidth  = 2 * (chartPadLeft + chartPadRight)
)

// ChartLayout is where everything of a chart goes.
type ChartLayout struct {
	Width, Height float64
	// Top is the value at the right end of the axis.
	Top   int64
	Ticks []Tick
	// PlotLeft and PlotRight are the ends of the axis; PlotTop and AxisY
	// bound the grid lines.
	PlotLeft, PlotRight float64
	PlotTop, AxisY      float64
	FontSize            float64
	Bars                []BarLayout
}

// Tick is a labelled value on the axis.
type Tick struct {
	X     float64
	Value int64
	// Anchor is the SVG text-anchor that keeps the label inside the chart.
	Anchor string
}

// BarLayout is where one bar's parts go.
type BarLayout struct {
	Label          string
	LabelX, LabelY float64
	// BandY and BandH are the band the bar and its marks sit in; MidY is
	// its centre line.
	BandY, BandH, MidY float64
	// Track runs from zero to the bar's largest value, so a lone mark still
	// reads as a length; HasTrack is false when there is no figure.
	HasTrack bool
	TrackW   float64
	// HasRange marks a range drawn from RangeX, RangeW wide.
	HasRange       bool
	RangeX, RangeW float64
	// Arrow is the polygon of an open-ended range's "or more"; empty when
	// the range is closed.
	Arrow string
	Marks []MarkLayout
	// Missing is the note drawn when there is no figure.
	Missing string
}

// MarkLayout is where a mark goes: a circle for a median, a diamond for an
// average.
type MarkLayout struct {
	Kind MarkKind
	X, Y float64
	// R is the circle's radius.
	R float64
	// Points is the diamond's polygon.
	Points string
}

// LayoutChart places bars in a chart width units wide.
func LayoutChart(bars []Bar, width float64) ChartLayout {
	if math.IsNaN(width) || width < chartMinWidth {
		width = chartMinWidth
	}
	var max int64
	for _, b := range bars {
		for _, v := range barValues(b) {
			if v > max {
				max = v
			}
		}
	}
	top, step := NiceScale(max)
	plotW := width - chartPadLeft - chartPadRight
	l := ChartLayout{
		Width: width, Top: top, FontSize: chartFontSize,
		PlotLeft: chartPadLeft, PlotRight: round1(chartPadLeft + plotW), PlotTop: chartPadTop,
	}
	x := func(v int64) float64 { return scaleX(v, top, plotW) }
	maxLabel := int(plotW / chartCharWidth)

	for i, b := range bars {
		rowTop := chartPadTop + float64(i)*chartRowHeight
		bl := BarLayout{
			Label:  TruncateLabel(b.Label, maxLabel),
			LabelX: chartPadLeft,
			LabelY: round1(rowTop + chartLabelBase),
			BandY:  round1(rowTop + chartBandTop),
			BandH:  chartBandH,
			MidY:   round1(rowTop + chartBandTop + chartBandH/2),
		}
		values := barValues(b)
		if len(values) == 0 {
			bl.Missing = b.Missing
			l.Bars = append(l.Bars, bl)
			continue
		}
		var barMax int64
		for _, v := range values {
			barMax = maxInt64(barMax, v)
		}
		bl.HasTrack, bl.TrackW = true, x(barMax)-chartPadLeft
		if r := b.Range; r != nil {
			low, high := clampZero(r.Low), clampZero(r.High)
			if high < low {
				low, high = high, low
			}
			bl.HasRange = true
			bl.RangeX = x(low)
			// A range as narrow as a point keeps a sliver, so it stays visible.
			bl.RangeW = math.Max(round1(x(high)-x(low)), 2)
			if r.OpenEnded {
				tip := round1(x(high) + chartArrowLen)
				bl.Arrow = points(
					x(high), bl.BandY,
					tip, bl.MidY,
					x(high), bl.BandY+bl.BandH,
				)
			}
		}
		for _, m := range b.Marks {
			ml := MarkLayout{Kind: m.Kind, X: x(clampZero(m.Value)), Y: bl.MidY, R: chartMarkR}
			if m.Kind == MarkAverage {
				ml.Points = Diamond(ml.X, ml.Y, chartMarkR+1)
			}
			bl.Marks = append(bl.Marks, ml)
		}
		l.Bars = append(l.Bars, bl)
	}

	l.AxisY = round1(chartPadTop + float64(len(bars))*chartRowHeight + chartAxisGap)
	l.Height = round1(l.AxisY + chartAxisH)
	for _, v := range tickValues(top, step) {
		t := Tick{X: x(v), Value: v, Anchor: "middle"}
		switch {
		case v == 0:
			t.Anchor = "start"
		case v == top:
			t.Anchor = "end"
		}
		l.Ticks = append(l.Ticks, t)
	}
	return l
}

// barValues are the values a bar draws, clamped at zero: pay is never
// negative, and the axis starts at zero.
func barValues(b Bar) []int64 {
	var vs []int64
	if b.Range != nil {
		vs = append(vs, clampZero(b.Range.Low), clampZero(b.Range.High))
	}
	for _, m := range b.Marks {
		vs = append(vs, clampZero(m.Value))
	}
	return vs
}

func clampZero(v int64) int64 {
	if v < 0 {
		return 0
	}
	return v
}

func maxInt64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// scaleX maps a value to its x position, rounded to a tenth of a unit so the
// SVG stays small and stable.
func scaleX(v, top int64, plotW float64) float64 {
	if top <= 0 {
		return chartPadLeft
	}
	if v > top {
		v = top
	}
	return round1(chartPadLeft + float64(v)/float64(top)*plotW)
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// NiceScale chooses the axis maximum and tick step for values up to max:
// a step of 1, 2, 2.5 or 5 times a power of ten, with at most four steps,
// so tick labels are round numbers. It returns 0, 0 when max is not
// positive.
func NiceScale(max int64) (top, step int64) {
	if max <= 0 {
		return 0, 0
	}
	rough := new(big.Int).Add(new(big.Int).Quo(big.NewInt(max-1), big.NewInt(4)), big.NewInt(1)) // ceil(max/4)
	mag := big.NewInt(1)
	ten := big.NewInt(10)
	for new(big.Int).Mul(mag, ten).Cmp(rough) <= 0 {
		mag.Mul(mag, ten)
	}
	var s *big.Int
	for _, f := range [][2]int64{{1, 1}, {2, 1}, {5, 2}, {5, 1}, {10, 1}} {
		// f[0]/f[1] × mag, skipping 2.5 where it would not be whole.
		c := new(big.Int).Mul(mag, big.NewInt(f[0]))
		if r := new(big.Int).Rem(c, big.NewInt(f[1])); r.Sign() != 0 {
			continue
		}
		c.Quo(c, big.NewInt(f[1]))
		if c.Cmp(rough) >= 0 {
			s = c
			break
		}
	}
	n := new(big.Int).Quo(new(big.Int).Add(big.NewInt(max), new(big.Int).Sub(s, big.NewInt(1))), s)
	t := new(big.Int).Mul(n, s)
	if !t.IsInt64() || !s.IsInt64() {
		// Beyond int64 no round top exists: the axis ends at the value itself.
		return max, max
	}
	return t.Int64(), s.Int64()
}

func tickValues(top, step int64) []int64 {
	if top <= 0 || step <= 0 {
		return []int64{0}
	}
	var vs []int64
	for v := int64(0); v <= top; v += step {
		vs = append(vs, v)
		if v > top-step { // the next step would pass top, or overflow
			break
		}
	}
	return vs
}

// Diamond is the polygon of a diamond of radius r centred on x, y.
func Diamond(x, y, r float64) string {
	return points(x, y-r, x+r, y, x, y+r, x-r, y)
}

// points writes x,y pairs as an SVG points attribute.
func points(xy ...float64) string {
	var b strings.Builder
	for i := 0; i+1 < len(xy); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Coord(xy[i]))
		b.WriteByte(',')
		b.WriteString(Coord(xy[i+1]))
	}
	return b.String()
}

// Coord writes a coordinate for an SVG attribute, with at most one decimal.
func Coord(f float64) string {
	return strconv.FormatFloat(round1(f), 'f', -1, 64)
}

// TruncateLabel shortens a label to at most max characters at a word
// boundary, ending it with "…". The full label stays in the chart's text
// alternative and its table.
func TruncateLabel(label string, max int) string {
	r := []rune(label)
	if len(r) <= max {
		return label
	}
	if max < 2 {
		return "…"
	}
	cut := string(r[:max-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:–-") + "…"
}

// FormatTick writes an axis value briefly: "US$40k" for whole thousands,
// and a bare "0" for zero, which needs no currency.
func FormatTick(v int64, symbol string) string {
	switch {
	case v == 0:
		return "0"
	case v%1000 == 0:
		return Format(v/1000, symbol) + "k"
	}
	return Format(v, symbol)
}

// Describe is a chart's text alternative: every bar with its figures in
// words, such as "Level 1: median US$39,000, average US$42,000".
func Describe(bars []Bar, symbol string) string {
	parts := make([]string, 0, len(bars))
	for _, b := range bars {
		var what []string
		if r := b.Range; r != nil {
			s := "from " + Format(r.Low, symbol) + " to " + Format(r.High, symbol)
			if r.OpenEnded {
				s += " or more"
			}
			what = append(what, s)
		}
		for _, m := range b.Marks {
			what = append(what, string(m.Kind)+" "+Format(m.Value, symbol))
		}
		if len(what) == 0 {
			what = append(what, b.Missing)
		}
		parts = append(parts, b.Label+": "+strings.Join(what, ", "))
	}
	return strings.Join(parts, "; ") + "."
}
