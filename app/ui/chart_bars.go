package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chartWidth is the width of a chart's viewBox. The SVG is drawn at 100% of
// its column, so this only sets how large text is against the bars.
const chartWidth = 360

const svgNS = "http://www.w3.org/2000/svg"

// svgElem makes an element in the SVG namespace, which the browser needs to
// draw it when the wasm creates it.
func svgElem(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// barChart draws pay as horizontal bars on an axis from zero: ranges as
// bars, medians as dots and averages as diamonds. It is an image with a
// text alternative; the table beside it holds the same figures.
//
// Fields are exported so go-app updates the chart when the currency or the
// comparison changes.
type barChart struct {
	app.Compo
	IID      string
	ITitle   string
	IBars    []salary.Bar
	ISymbol  string
	ICaption string
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

func (c *barChart) Render() app.UI {
	l := salary.LayoutChart(c.IBars, chartWidth)
	alt := c.ITitle + ". " + salary.Describe(c.IBars, c.ISymbol)
	return staticUI(app.Figure().ID(c.IID).Class("chart").Body(
		svgElem("svg").
			Class("chart-svg").
			Attr("viewBox", "0 0 "+salary.Coord(l.Width)+" "+salary.Coord(l.Height)).
			Attr("width", "100%").
			Attr("role", "img").
			Attr("focusable", "false").
			Aria("label", svgAttrText(alt)).
			Body(
				svgElem("title").Text(c.ITitle),
				c.grid(l),
				svgElem("g").Body(app.Range(l.Bars).Slice(func(i int) app.UI { return c.bar(l, l.Bars[i]) })),
				c.axis(l),
			),
		app.FigCaption().Body(
			app.Text(c.ICaption+" "),
			c.legend(),
		),
	))
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
			return svgElem("text").
				Attr("x", salary.Coord(t.X)).
				Attr("y", salary.Coord(l.AxisY+17)).
				Attr("text-anchor", t.Anchor).
				Attr("font-size", salary.Coord(l.FontSize-1)).
				Text(salary.FormatTick(t.Value, c.ISymbol))
		}),
	)
}

func (c *barChart) bar(l salary.ChartLayout, b salary.BarLayout) app.UI {
	var parts []app.UI
	parts = append(parts, svgElem("text").
		Class("chart-label").
		Attr("x", salary.Coord(b.LabelX)).
		Attr("y", salary.Coord(b.LabelY)).
		Attr("font-size", salary.Coord(l.FontSize)).
		Text(b.Label))
	if b.Missing != "" {
		parts = append(parts, svgElem("text").
			Class("chart-missing").
			Attr("x", salary.Coord(b.LabelX)).
			Attr("y", salary.Coord(b.MidY+4)).
			Attr("font-size", salary.Coord(l.FontSize-1)).
			Text(b.Missing))
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
	return svgElem("g").Class("chart-bar").Body(parts...)
}

// legend names only the kinds of mark the chart uses.
func (c *barChart) legend() app.UI {
	var ranges, median, average, figure, open bool
	for _, b := range c.IBars {
		if b.Range != nil {
			ranges = true
			open = open || b.Range.OpenEnded
		}
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
	)
}

// svgAttrText keeps a data text safe inside an attribute: go-app quotes
// attribute values the Go way when it prerenders, so a double quote would
// end the attribute early.
func svgAttrText(s string) string {
	return strings.ReplaceAll(s, `"`, "”")
}
