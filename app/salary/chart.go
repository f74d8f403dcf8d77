package salary

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// A chart is horizontal: one row per bar, each with its label above it
// (wrapped, never cut), the bar, and its value printed beside or under it,
// on a shared axis that starts at zero so lengths compare honestly. The
// geometry is in the units of the SVG viewBox. Laid out at the width its
// column has on screen, one unit is one CSS pixel, so text keeps its size
// on a phone and on a projector alike.

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
	// Note is a warning printed under the bar, such as "Not like for like:
	// another year"; empty for none.
	Note string
}

// DefaultChartFont is the size of a chart's text in viewBox units: 1rem
// when one unit is one CSS pixel.
const DefaultChartFont = 16.0

// ChartStyle is what a chart is laid out for.
type ChartStyle struct {
	// Width is the chart's width in viewBox units.
	Width float64
	// FontSize is the size of labels and values; 0 means DefaultChartFont.
	FontSize float64
	// Symbol is the currency symbol the values at the bars are written with.
	Symbol string
}

// Chart geometry, in ems of the font size, so a chart laid out with larger
// text keeps its proportions.
const (
	emPadLeft   = 0.25
	emPadRight  = 0.9 // room for an open end's arrow and half a mark
	emPadTop    = 0.3
	emLine      = 1.3  // a label line
	emBaseline  = 0.95 // a line's baseline below its top
	emBandGap   = 0.15 // between the last label line and the bar
	emBand      = 1.0
	emMarkR     = 0.36
	emArrow     = 0.7
	emValueGap  = 0.4
	emNote      = 0.9 // the size of a note's text
	emNoteLine  = 1.25
	emRowGap    = 0.7
	emAxisGap   = 0.3
	emAxis      = 1.6
	emTick      = 0.9 // the size of the axis labels
	emTickBase  = 1.2
	emTickSpace = 0.6 // the least space between two axis labels
	// Characters are estimated generously, so text never runs past the
	// edge: letters at about 0.6 em in a sans-serif font, and digits and
	// currency symbols, which are wider, at 0.64 em.
	emChar  = 0.6
	emDigit = 0.64
	// Values go beside their bars when the widest needs no more than this
	// share of the chart; otherwise each goes under its bar.
	inlineValueShare = 0.45
	chartMinWidth    = 48.0
	chartMinFont     = 4.0
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
	// FontSize is the size of labels and values; NoteSize of notes and
	// TickSize of the axis labels. LineHeight and NoteLineHeight space the
	// lines of a wrapped text.
	FontSize, NoteSize, TickSize float64
	LineHeight, NoteLineHeight   float64
	// TickY is the baseline of the axis labels.
	TickY float64
	// ValuesInline is true when every value sits beside its bar, false when
	// each sits under it.
	ValuesInline bool
	Bars         []BarLayout
}

// Tick is a value on the axis, with a grid line.
type Tick struct {
	X     float64
	Value int64
	// Anchor is the SVG text-anchor that keeps the label inside the chart.
	Anchor string
	// Unlabelled ticks keep their grid line but not their label, where the
	// labels would not fit side by side.
	Unlabelled bool
}

// BarLayout is where one bar's parts go.
type BarLayout struct {
	// Label is the whole label; LabelLines are its lines as wrapped, the
	// first with its baseline at LabelY.
	Label          string
	LabelLines     []string
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
	// Value is the bar's figures in words, printed at ValueX, ValueY with
	// the text-anchor ValueAnchor, in ValueLines where it is printed under
	// the bar and too long for one line; empty when there is no figure.
	Value          string
	ValueLines     []string
	ValueX, ValueY float64
	ValueAnchor    string
	// Missing is the note drawn when there is no figure, in lines from
	// MissingY.
	Missing      string
	MissingLines []string
	MissingY     float64
	// Note is the bar's warning, in lines from NoteY.
	Note      string
	NoteLines []string
	NoteY     float64
	// Bottom is the lowest point of the row.
	Bottom float64
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

// LayoutChart places bars in a chart of the style's width.
func LayoutChart(bars []Bar, st ChartStyle) ChartLayout {
	width, f := st.Width, st.FontSize
	if math.IsNaN(width) || width < chartMinWidth {
		width = chartMinWidth
	}
	if math.IsNaN(f) || f <= 0 {
		f = DefaultChartFont
	}
	f = math.Max(f, chartMinFont)
	var max int64
	anyOpen := false
	values := make([]string, len(bars))
	widest := 0.0
	for i, b := range bars {
		for _, v := range barValues(b) {
			if v > max {
				max = v
			}
		}
		anyOpen = anyOpen || (b.Range != nil && b.Range.OpenEnded)
		values[i] = ValueText(b, st.Symbol)
		widest = math.Max(widest, textWidth(values[i], f))
	}
	top, step := NiceScale(max)
	padL, padR := math.Max(4, emPadLeft*f), emPadRight*f
	contentW := math.Max(width-padL-padR, 1)
	gap := emValueGap * f
	arrow := 0.0
	if anyOpen {
		arrow = emArrow * f
	}
	inline := widest > 0 && widest+gap+arrow <= inlineValueShare*contentW
	plotW := contentW
	if inline {
		plotW = contentW - widest - gap - arrow
	}
	l := ChartLayout{
		Width: width, Top: top,
		FontSize: round1(f), NoteSize: round1(emNote * f), TickSize: round1(emTick * f),
		LineHeight: round1(emLine * f), NoteLineHeight: round1(emNoteLine * emNote * f),
		PlotLeft: round1(padL), PlotRight: round1(padL + plotW), PlotTop: round1(emPadTop * f),
		ValuesInline: inline,
	}
	x := func(v int64) float64 { return scaleX(v, top, padL, plotW) }
	labelChars := int(contentW / (emChar * f))
	noteChars := int(contentW / (emChar * emNote * f))

	y := emPadTop * f
	for i, b := range bars {
		lines := WrapText(b.Label, labelChars)
		bl := BarLayout{
			Label:      b.Label,
			LabelLines: lines,
			LabelX:     round1(padL),
			LabelY:     round1(y + emBaseline*f),
			BandH:      round1(emBand * f),
		}
		bandY := y + float64(max1(len(lines)))*emLine*f + emBandGap*f
		bl.BandY = round1(bandY)
		bl.MidY = round1(bandY + emBand*f/2)
		bottom := bandY + emBand*f
		if vs := barValues(b); len(vs) == 0 {
			bl.Missing = b.Missing
			bl.MissingLines = WrapText(b.Missing, labelChars)
			bl.MissingY = round1(bandY + 0.75*f)
			bottom = bandY + math.Max(emBand*f, float64(len(bl.MissingLines))*emLine*f)
		} else {
			var barMax int64
			for _, v := range vs {
				barMax = maxInt64(barMax, v)
			}
			bl.HasTrack, bl.TrackW = true, round1(x(barMax)-padL)
			end := x(barMax)
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
					tip := round1(x(high) + emArrow*f)
					bl.Arrow = points(
						x(high), bl.BandY,
						tip, bl.MidY,
						x(high), bl.BandY+bl.BandH,
					)
					end = tip
				}
			}
			for _, m := range b.Marks {
				ml := MarkLayout{Kind: m.Kind, X: x(clampZero(m.Value)), Y: bl.MidY, R: round1(emMarkR * f)}
				if m.Kind == MarkAverage {
					ml.Points = Diamond(ml.X, ml.Y, emMarkR*f+1)
				}
				end = math.Max(end, ml.X+ml.R)
				bl.Marks = append(bl.Marks, ml)
			}
			bl.Value, bl.ValueAnchor = values[i], "start"
			bl.ValueLines = []string{bl.Value}
			if inline {
				bl.ValueX = round1(end + gap)
				bl.ValueY = round1(bl.MidY + 0.35*f)
			} else {
				// Under the bar, from where the bar starts, kept inside the
				// chart; on a narrow screen a long value wraps.
				bl.ValueLines = WrapText(bl.Value, int(contentW/(emDigit*f)))
				widest := 0.0
				for _, line := range bl.ValueLines {
					widest = math.Max(widest, textWidth(strings.TrimRight(line, " "), f))
				}
				start := padL
				if bl.HasRange {
					start = bl.RangeX
				}
				bl.ValueX = round1(math.Max(padL, math.Min(start, width-padR-widest)))
				bl.ValueY = round1(bottom + emBaseline*f + 0.1*f)
				bottom += float64(len(bl.ValueLines)) * emLine * f
			}
		}
		if b.Note != "" {
			bl.Note = b.Note
			bl.NoteLines = WrapText(b.Note, noteChars)
			bl.NoteY = round1(bottom + 0.2*f + emBaseline*emNote*f)
			bottom += 0.2*f + float64(len(bl.NoteLines))*emNoteLine*emNote*f
		}
		bl.Bottom = round1(bottom)
		l.Bars = append(l.Bars, bl)
		y = bottom + emRowGap*f
	}
	if len(bars) > 0 {
		y -= emRowGap * f
	}

	l.AxisY = round1(y + emAxisGap*f)
	l.TickY = round1(l.AxisY + emTickBase*f)
	l.Height = round1(l.AxisY + emAxis*f)
	ticks := tickValues(top, step)
	every := tickLabelEvery(ticks, st.Symbol, plotW, emTick*f)
	for i, v := range ticks {
		t := Tick{X: x(v), Value: v, Anchor: "middle", Unlabelled: i%every != 0 && i != len(ticks)-1}
		switch {
		case v == 0:
			t.Anchor = "start"
		case v == top:
			t.Anchor = "end"
		}
		l.Ticks = append(l.Ticks, t)
	}
	// The last label is kept, so the scale's end is always named: a label
	// next to it that would touch it is dropped.
	if n := len(l.Ticks); n > 2 && every > 1 && (n-2)%every == 0 {
		l.Ticks[n-2].Unlabelled = true
	}
	return l
}

// tickLabelEvery is how many ticks apart the axis labels must be to fit
// side by side.
func tickLabelEvery(ticks []int64, symbol string, plotW, size float64) int {
	if len(ticks) < 2 {
		return 1
	}
	widest := 0.0
	for _, v := range ticks {
		widest = math.Max(widest, textWidth(FormatTick(v, symbol), size))
	}
	space := plotW / float64(len(ticks)-1)
	for every := 1; every < len(ticks); every++ {
		// The last label ends at its tick rather than centring on it, so
		// next to it a label needs half its width more.
		if space*float64(every) >= 1.5*widest+emTickSpace*size {
			return every
		}
	}
	return len(ticks)
}

// FitChart lays bars out width units wide with the largest text, from
// maxFont down to minFont, whose chart is no taller than height: a chart
// on a projector's screen, all of it in view. At minFont it may still be
// taller.
func FitChart(bars []Bar, width, height, maxFont, minFont float64, symbol string) ChartLayout {
	if !(minFont > 0) {
		minFont = chartMinFont
	}
	if !(maxFont > minFont) {
		maxFont = minFont
	}
	st := ChartStyle{Width: width, FontSize: maxFont, Symbol: symbol}
	best := LayoutChart(bars, st)
	if best.Height <= height {
		return best
	}
	st.FontSize = minFont
	best = LayoutChart(bars, st)
	lo, hi := minFont, maxFont
	for i := 0; i < 14 && hi-lo > 0.1; i++ {
		st.FontSize = (lo + hi) / 2
		if l := LayoutChart(bars, st); l.Height <= height {
			best, lo = l, st.FontSize
		} else {
			hi = st.FontSize
		}
	}
	return best
}

// ValueText is a bar's figures as printed beside it: "US$35,000–US$45,000",
// "US$44,090", or "median US$39,000 · average US$42,000" where marks of
// more than one kind need telling apart.
func ValueText(b Bar, symbol string) string {
	var parts []string
	if b.Range != nil {
		parts = append(parts, FormatSpan(*b.Range, symbol))
	}
	named := len(b.Marks) > 1 || b.Range != nil
	for _, m := range b.Marks {
		s := Format(m.Value, symbol)
		if named && m.Kind != MarkFigure {
			s = string(m.Kind) + " " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " · ")
}

// textWidth estimates how wide text is at a font size, generously.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.IsDigit(r) || unicode.IsUpper(r) || unicode.Is(unicode.Sc, r) {
			w += emDigit
		} else {
			w += emChar
		}
	}
	return w * size
}

// WrapText breaks s into lines of at most max characters, at spaces; a
// word longer than a line is split. Every line but the last keeps the
// space it was broken at, so the lines joined are s again, and a screen
// reader or a copy reads the words apart.
func WrapText(s string, max int) []string {
	if max < 1 {
		max = 1
	}
	words := strings.SplitAfter(s, " ")
	var lines []string
	var cur []rune
	for _, w := range words {
		r := []rune(w)
		for len(r) > 0 {
			trimmed := len([]rune(strings.TrimRight(string(r), " ")))
			switch {
			case len(cur)+trimmed <= max:
				cur = append(cur, r...)
				r = nil
			case len(cur) > 0:
				lines = append(lines, string(cur))
				cur = nil
			default:
				// A word longer than a line is split.
				cur = append(cur, r[:max]...)
				r = r[max:]
				lines = append(lines, string(cur))
				cur = nil
			}
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
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
func scaleX(v, top int64, left, plotW float64) float64 {
	if top <= 0 {
		return round1(left)
	}
	if v > top {
		v = top
	}
	return round1(left + float64(v)/float64(top)*plotW)
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
