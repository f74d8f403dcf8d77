package ui

import (
	"math"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chartUnmeasuredWidth is the width a chart is laid out at before the
// browser has said how wide its column is: on the server, and in the
// app's first frame. The stylesheet keeps such a chart at about this size
// (.chart:not(.chart-fit)), so its text is neither tiny nor huge until the
// app lays it out again at the width it has.
const chartUnmeasuredWidth = 480

// Present mode's text: the largest a chart may use, as a share of its
// width, and the smallest it may shrink to so that it fits the screen.
const (
	presentFontShare = 1.0 / 44
	presentMaxFont   = 44
	presentMinFont   = 10
)

const svgNS = "http://www.w3.org/2000/svg"

// svgElem makes an element in the SVG namespace, which the browser needs to
// draw it when the wasm creates it.
func svgElem(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// barChart draws pay as horizontal bars on an axis from zero: ranges as
// bars, medians as dots and averages as diamonds, each with its value
// printed at it. It is an image with a text alternative; the table beside
// it holds the same figures.
//
// Fields are exported so go-app updates the chart when the currency, the
// comparison or the width changes. The owner measures the width (the
// salaries page measures its column once for every chart), so the chart
// holds no state of its own.
type barChart struct {
	app.Compo
	IID      string
	ITitle   string
	IBars    []salary.Bar
	ISymbol  string
	ICaption string
	// IWidth is the width of the column in CSS pixels; 0 until measured.
	IWidth float64
	// IHeight is, in Present mode, the height the chart must fit in.
	IHeight float64
	// IPresent draws the chart for Present mode: as large as fits, with no
	// caption or Present button.
	IPresent bool
	// IChart is, in Present mode, the id of the page's chart shown.
	IChart string
}

func newBarChart() *barChart { return &barChart{} }

// ID sets the chart's id, which its caption and title hang off.
func (c *barChart) ID(v string) *barChart { c.IID = v; return c }

// Title is the chart's short name, shown as its SVG title.
func (c *barChart) Title(v string) *barChart { c.ITitle = v; return c }

// Bars are the rows to draw.
func (c *barChart) Bars(v []salary.Bar) *barChart { c.IBars = v; return c }

// Symbol is the currency symbol of every value in the chart.
func (c *barChart) Symbol(v string) *barChart { c.ISymbol = v; return c }

// Caption says what the chart shows and where its table twin is.
func (c *barChart) Caption(v string) *barChart { c.ICaption = v; return c }

// Width is the width the chart has, in CSS pixels; 0 when not known.
func (c *barChart) Width(v float64) *barChart { c.IWidth = v; return c }

// Present draws the page's chart id for Present mode, fitted in width ×
// height CSS pixels.
func (c *barChart) Present(id string, width, height float64) *barChart {
	c.IPresent, c.IChart, c.IWidth, c.IHeight = true, id, width, height
	return c
}

// chartFont is the size of a chart's text in a column w pixels wide: a
// little smaller on a phone, so labels wrap less.
func chartFont(w float64) float64 {
	if w < 480 {
		return 14
	}
	return salary.DefaultChartFont
}

func (c *barChart) layout() salary.ChartLayout {
	switch {
	case c.IPresent && c.IWidth > 0 && c.IHeight > 0:
		return salary.FitChart(c.IBars, c.IWidth, c.IHeight, presentFont(c.IWidth), presentMinFont, c.ISymbol)
	case c.IWidth > 0:
		return salary.LayoutChart(c.IBars, salary.ChartStyle{Width: c.IWidth, FontSize: chartFont(c.IWidth), Symbol: c.ISymbol})
	}
	return salary.LayoutChart(c.IBars, salary.ChartStyle{Width: chartUnmeasuredWidth, FontSize: chartFont(chartUnmeasuredWidth), Symbol: c.ISymbol})
}

// presentFont is the largest text a presented chart w pixels wide uses:
// 24 px and more on a 1920-pixel screen, for the back of a classroom.
func presentFont(w float64) float64 {
	return math.Max(presentMinFont, math.Min(presentMaxFont, math.Round(w*presentFontShare)))
}

func (c *barChart) Render() app.UI {
	l := c.layout()
	alt := c.ITitle + ". " + salary.Describe(c.IBars, c.ISymbol)
	fig := app.Figure().Class("chart")
	if c.IWidth > 0 {
		fig = fig.Class("chart-fit")
	}
	svg := staticUI(svgElem("svg").
		Class("chart-svg").
		Attr("viewBox", "0 0 "+salary.Coord(l.Width)+" "+salary.Coord(l.Height)).
		Attr("width", "100%").
		Attr("role", "img").
		Attr("focusable", "false").
		Aria("label", attrText(alt)).
		Body(
			svgElem("title").Text(c.ITitle),
			c.grid(l),
			svgElem("g").Body(app.Range(l.Bars).Slice(func(i int) app.UI { return c.bar(l, l.Bars[i]) })),
			c.axis(l),
		))
	if c.IPresent {
		// Present mode names the chart and its legend above the stage.
		return fig.ID("present-chart").Class("chart-present").DataSet("chart", c.IChart).Body(svg)
	}
	return fig.ID(c.IID).Body(
		svg,
		app.FigCaption().Body(
			app.Text(c.ICaption+" "),
			chartLegend(c.IBars),
			app.Button().
				Type("button").
				Class("secondary", "present-open").
				ID(presentButtonID(c.IID)).
				Value(c.IID).
				OnClick(c.present).
				Body(
					app.Text("Present"),
					app.Span().Class("quiz-sr-only").Text(" this chart full screen"),
				),
		),
	)
}

// presentButtonID is the id of a chart's Present button, where focus goes
// back to when Present mode ends.
func presentButtonID(chart string) string { return "present-" + chart }

// present asks the owner to show this chart in Present mode. The id is read
// from the button, as the handler must not keep values from a render.
func (c *barChart) present(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPresentOpen, ctx.JSSrc().Get("value").String())
}

func (c *barChart) grid(l salary.ChartLayout) app.UI {
	return svgElem("g").Class("chart-grid").Body(app.Range(l.Ticks).Slice(func(i int) app.UI {
		x := salary.Coord(l.Ticks[i].X)
		return svgElem("line").Attr("x1", x).Attr("x2", x).Attr("y1", salary.Coord(l.PlotTop)).Attr("y2", salary.Coord(l.AxisY))
	}))
}

func (c *barChart) axis(l salary.ChartLayout) app.UI {
	y := salary.Coord(l.AxisY)
	return svgElem("g").Class("chart-axis").Body(
		svgElem("line").Attr("x1", salary.Coord(l.PlotLeft)).Attr("x2", salary.Coord(l.PlotRight)).Attr("y1", y).Attr("y2", y),
		app.Range(l.Ticks).Slice(func(i int) app.UI {
			t := l.Ticks[i]
			if t.Unlabelled {
				return nil
			}
			return svgElem("text").
				Attr("x", salary.Coord(t.X)).
				Attr("y", salary.Coord(l.TickY)).
				Attr("text-anchor", t.Anchor).
				Attr("font-size", salary.Coord(l.TickSize)).
				Text(salary.FormatTick(t.Value, c.ISymbol))
		}),
	)
}

// lines is a text of one or more lines, each a tspan starting at x, the
// first with its baseline at y. Each line but the last ends in the space
// it was broken at, so the text reads whole to a screen reader.
func lines(class string, x, y, size, lineHeight float64, texts []string, anchor string) app.UI {
	el := svgElem("text").
		Class(class).
		Attr("x", salary.Coord(x)).
		Attr("y", salary.Coord(y)).
		Attr("font-size", salary.Coord(size))
	if anchor != "" && anchor != "start" {
		el = el.Attr("text-anchor", anchor)
	}
	if len(texts) == 1 {
		return el.Text(texts[0])
	}
	spans := make([]app.UI, len(texts))
	for i, t := range texts {
		s := svgElem("tspan").Attr("x", salary.Coord(x))
		if i > 0 {
			s = s.Attr("dy", salary.Coord(lineHeight))
		}
		spans[i] = s.Text(t)
	}
	return el.Body(spans...)
}

func (c *barChart) bar(l salary.ChartLayout, b salary.BarLayout) app.UI {
	var parts []app.UI
	parts = append(parts, lines("chart-label", b.LabelX, b.LabelY, l.FontSize, l.LineHeight, b.LabelLines, ""))
	if b.Missing != "" {
		parts = append(parts, lines("chart-missing", b.LabelX, b.MissingY, l.FontSize, l.LineHeight, b.MissingLines, ""))
	}
	if b.HasTrack {
		parts = append(parts, svgElem("rect").
			Class("chart-track").
			Attr("x", salary.Coord(l.PlotLeft)).
			Attr("y", salary.Coord(b.MidY-1)).
			Attr("width", salary.Coord(b.TrackW)).
			Attr("height", "2"))
	}
	if b.HasRange {
		parts = append(parts, svgElem("rect").
			Class("chart-range").
			Attr("x", salary.Coord(b.RangeX)).
			Attr("y", salary.Coord(b.BandY)).
			Attr("width", salary.Coord(b.RangeW)).
			Attr("height", salary.Coord(b.BandH)).
			Attr("rx", "2"))
	}
	if b.Arrow != "" {
		parts = append(parts, svgElem("polygon").Class("chart-open").Attr("points", b.Arrow))
	}
	for _, m := range b.Marks {
		if m.Points != "" {
			parts = append(parts, svgElem("polygon").Class("chart-mark", "chart-"+string(m.Kind)).Attr("points", m.Points))
			continue
		}
		parts = append(parts, svgElem("circle").
			Class("chart-mark", "chart-"+string(m.Kind)).
			Attr("cx", salary.Coord(m.X)).
			Attr("cy", salary.Coord(m.Y)).
			Attr("r", salary.Coord(m.R)))
	}
	if b.Value != "" {
		parts = append(parts, lines("chart-value", b.ValueX, b.ValueY, l.FontSize, l.LineHeight, b.ValueLines, b.ValueAnchor))
	}
	if b.Note != "" {
		parts = append(parts, lines("chart-note", b.LabelX, b.NoteY, l.NoteSize, l.NoteLineHeight, b.NoteLines, ""))
	}
	return svgElem("g").Class("chart-bar").Body(parts...)
}

// chartLegend names only the kinds of mark the bars use.
func chartLegend(bars []salary.Bar) app.UI {
	var ranges, median, average, figure, open, notes bool
	for _, b := range bars {
		if b.Range != nil {
			ranges = true
			open = open || b.Range.OpenEnded
		}
		notes = notes || b.Note != ""
		for _, m := range b.Marks {
			switch m.Kind {
			case salary.MarkMedian:
				median = true
			case salary.MarkAverage:
				average = true
			default:
				figure = true
			}
		}
	}
	item := func(show bool, class, text string) app.UI {
		if !show {
			return nil
		}
		return app.Li().Body(app.Span().Class("key", class).Aria("hidden", "true"), app.Text(text))
	}
	return app.Ul().Class("chart-legend").Body(
		item(ranges, "key-range", "range"),
		item(open, "key-open", "open-ended: “or more”"),
		item(median, "key-median", "median"),
		item(average, "key-average", "average"),
		item(figure, "key-figure", "single figure"),
		item(notes, "key-note", "a warning under a bar: not like for like"),
	)
}
