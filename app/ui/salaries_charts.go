package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chartSpec is one chart of the salaries page: what its section draws, and
// what Present mode shows, from one place.
type chartSpec struct {
	ID, Title, Symbol, Caption string
	Bars                       []salary.Bar
}

// chart is the page's chart of the spec, at the column width w (0 when
// not measured).
func (s chartSpec) chart(w float64) *barChart {
	return newBarChart().ID(s.ID).Title(s.Title).Symbol(s.Symbol).Bars(s.Bars).Caption(s.Caption).Width(w)
}

// salaryCharts are the page's charts in page order, the comparison's last
// when two or more rows are picked: the charts Present mode steps through.
func salaryCharts(keys []string, currency string) []chartSpec {
	d := appData()
	specs := []chartSpec{levelChart(d, currency), benchmarkChart(d, currency), countryChart(d, currency), careerChart(d, currency)}
	if c, ok := compareChart(d, keys, currency); ok {
		specs = append(specs, c)
	}
	return specs
}

func barsOf(d *data.Data, rows []salary.Row, currency string) []salary.Bar {
	bars := make([]salary.Bar, len(rows))
	for i, r := range rows {
		bars[i] = barFor(d, r, r.Name, currency)
	}
	return bars
}

func levelChart(d *data.Data, currency string) chartSpec {
	levels := salaryRows().OfKind(salary.KindLevel)
	return chartSpec{
		ID:      "chart-levels",
		Title:   "Median and average pay by career level",
		Symbol:  salary.Symbol(d, chartCurrency(levels, currency)),
		Bars:    barsOf(d, levels, currency),
		Caption: "Median and average yearly pay at each level. The table below gives the same figures.",
	}
}

func benchmarkChart(d *data.Data, currency string) chartSpec {
	benchmarks := salaryRows().OfKind(salary.KindBenchmark)
	return chartSpec{
		ID:      "chart-benchmarks",
		Title:   "U.S. national median and pay ranges",
		Symbol:  salary.Symbol(d, chartCurrency(benchmarks, currency)),
		Bars:    barsOf(d, benchmarks, currency),
		Caption: "The national median and the typical, starting and experienced ranges. The table below gives the same figures.",
	}
}

func careerChart(d *data.Data, currency string) chartSpec {
	careers := salaryRows().OfKind(salary.KindCareer)
	return chartSpec{
		ID:      "chart-careers",
		Title:   "Headline yearly pay by career",
		Symbol:  salary.Symbol(d, chartCurrency(careers, currency)),
		Bars:    barsOf(d, careers, currency),
		Caption: "Each career's headline yearly pay; careers with no figure say so. The table below gives the same figures with what each one covers.",
	}
}

// countryChart draws the ranges on one axis, which needs one currency: the
// display currency, or the guide's own US-dollar equivalents when figures
// are shown as stated.
func countryChart(d *data.Data, currency string) chartSpec {
	countries := salaryRows().OfKind(salary.KindCountry)
	bars := make([]salary.Bar, len(countries))
	cur := currency
	title := "Pay ranges by country in " + currencyPlural(d, cur) + ", converted at the recorded rates"
	caption := "Each country's range converted to " + currencyPlural(d, cur) + ". The table below gives the ranges as stated."
	if cur == "" {
		cur = "USD"
		title = "Pay ranges by country in US dollars, as the Himalayas guide states them"
		caption = "Each country's range in US dollars as the Himalayas guide states it; the U.S. range is its own. The table below gives the same figures and the local ranges."
	}
	for i, r := range countries {
		b := salary.Bar{Label: r.Name}
		switch {
		case currency != "":
			b = barFor(d, r, r.Name, cur)
		case r.StatedUSD != nil:
			b.Range = r.StatedUSD
		case r.Figure != nil && r.Figure.Currency == "USD":
			b.Range = r.Figure
		default:
			b.Missing = "No US-dollar equivalent stated"
		}
		bars[i] = b
	}
	return chartSpec{ID: "chart-countries", Title: title, Symbol: salary.Symbol(d, cur), Bars: bars, Caption: caption}
}

// compareChart is the comparison's chart, when there is a comparison.
func compareChart(d *data.Data, keys []string, currency string) (chartSpec, bool) {
	if len(keys) < salary.MinCompare {
		return chartSpec{}, false
	}
	c := salary.Compare(d, salaryRows(), keys, currency)
	return comparisonChart(d, c), true
}

func comparisonChart(d *data.Data, c salary.Comparison) chartSpec {
	bars := make([]salary.Bar, len(c.Lines))
	for i, l := range c.Lines {
		bars[i] = compareBar(d, l, c.Currency)
	}
	return chartSpec{
		ID:      "chart-compare",
		Title:   "Your comparison in " + currencyPlural(d, c.Currency),
		Symbol:  salary.Symbol(d, c.Currency),
		Bars:    bars,
		Caption: "The rows you picked, in " + currencyPlural(d, c.Currency) + ". A warning under a bar says where it is not like for like; the table below gives the figures and the differences in words.",
	}
}

// compareBar draws a line of the comparison in its currency, with a short
// warning where it is not like for like with the base.
func compareBar(d *data.Data, l salary.Line, currency string) salary.Bar {
	var b salary.Bar
	switch {
	case l.Row.Figure == nil:
		b = salary.Bar{Label: l.Row.Label, Missing: "No yearly figure"}
	case l.Shown == nil:
		b = salary.Bar{Label: l.Row.Label, Missing: "Not shown: " + salary.NoRateLabel + " for " + currencyPlural(d, l.Row.Figure.Currency)}
	default:
		b = barFor(d, l.Row, l.Row.Label, currency)
	}
	b.Note = likenessNote(l.Likeness)
	return b
}

// unlikeWords name each way two figures are not alike, briefly, for a
// chart.
var unlikeWords = map[salary.UnlikeKind]string{
	salary.UnlikeYear:    "another year",
	salary.UnlikeSource:  "another source",
	salary.UnlikeMeasure: "another kind of figure",
	salary.UnlikeStage:   "another career stage",
	salary.UnlikePeriod:  "another pay period",
}

// likenessNote is the warning a chart prints under a compared bar: its
// first sentence when the two are one pay, or the ways they are not alike.
func likenessNote(l salary.Likeness) string {
	if l.Shared != "" {
		return firstSentence(l.Shared) + " The gap between them is not a difference in pay."
	}
	if len(l.Unlike) == 0 {
		return ""
	}
	words := make([]string, len(l.Unlike))
	for i, u := range l.Unlike {
		words[i] = unlikeWords[u.Kind]
	}
	return "Not like for like: " + data.JoinAnd(words) + ". The table says how."
}

// firstSentence is the first sentence of s, ending in a full stop: it
// ends at a full stop after a small letter or a digit (not the one of
// "U.S."), or at a colon that introduces a figure.
func firstSentence(s string) string {
	for i := 1; i+1 < len(s); i++ {
		c, prev := s[i], s[i-1]
		if (c == '.' || c == ':') && s[i+1] == ' ' && (('a' <= prev && prev <= 'z') || ('0' <= prev && prev <= '9')) {
			return s[:i] + "."
		}
	}
	return s
}

// The salaries page's Present mode: one chart at a time, full screen.
const (
	actionPresentOpen  = "salaries-present-open"  // value: a chart's id
	actionPresentStep  = "salaries-present-step"  // value: +1 or -1
	actionPresentClose = "salaries-present-close" // no value
)

// presentID is the id of Present mode's overlay, and presentStageID of the
// area the chart is fitted in.
const (
	presentID      = "present"
	presentStageID = "present-stage"
)

// chartPresenter is Present mode: one of the page's charts at a time, as
// large as the screen allows, with the next and previous by keyboard and
// by tap. The salaries page owns which chart is shown and the size of the
// stage; the presenter draws them and sends its owner the keys and taps.
// Closed, it draws an empty slot and holds no fields, so it does not
// redraw while closed.
type chartPresenter struct {
	app.Compo
	IChart    string
	IKeys     []string
	ICurrency string
	IWidth    float64
	IHeight   float64
}

func newChartPresenter() *chartPresenter { return &chartPresenter{} }

// Show presents the chart with the id among the page's charts for the
// comparison and currency, in a stage width × height CSS pixels (0 until
// measured). An empty id closes Present mode.
func (p *chartPresenter) Show(id string, keys []string, currency string, width, height float64) *chartPresenter {
	if id == "" {
		return p
	}
	p.IChart, p.IKeys, p.ICurrency, p.IWidth, p.IHeight = id, keys, currency, width, height
	return p
}

// presentStep is where a chart id moves by step among the charts: not
// past either end. It returns the id itself when it is not among them.
func presentStep(specs []chartSpec, id string, step int) string {
	for i, s := range specs {
		if s.ID == id {
			j := min(max(i+step, 0), len(specs)-1)
			return specs[j].ID
		}
	}
	return id
}

// presentKey is what a key does in Present mode: a step to the next (+1)
// or previous (-1) chart, or leaving; handled is false for keys it leaves
// to the browser, such as Tab.
func presentKey(key string) (step int, leave, handled bool) {
	switch key {
	case "ArrowRight", "ArrowDown", "PageDown", " ", "n", "N":
		return 1, false, true
	case "ArrowLeft", "ArrowUp", "PageUp", "p", "P", "Backspace":
		return -1, false, true
	case "Escape":
		return 0, true, true
	}
	return 0, false, false
}

func (p *chartPresenter) onKey(ctx app.Context, e app.Event) {
	if e.Get("altKey").Truthy() || e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() {
		return
	}
	key := e.Get("key").String()
	// On a button, Space presses the button.
	if key == " " && e.Get("target").Get("tagName").String() == "BUTTON" {
		return
	}
	if key == "Tab" {
		p.keepFocusInside(e)
		return
	}
	step, leave, handled := presentKey(key)
	if !handled {
		return
	}
	e.PreventDefault()
	if leave {
		ctx.NewAction(actionPresentClose)
		return
	}
	ctx.NewActionWithValue(actionPresentStep, step)
}

// keepFocusInside wraps Tab from the last control to the first and back,
// as focus must not leave a modal dialog for the page hidden behind it.
func (p *chartPresenter) keepFocusInside(e app.Event) {
	root := app.Window().GetElementByID(presentID)
	if !root.Truthy() {
		return
	}
	controls := root.Call("querySelectorAll", "button")
	n := controls.Length()
	if n == 0 {
		return
	}
	first, last := controls.Index(0), controls.Index(n-1)
	active := app.Window().Get("document").Get("activeElement")
	shift := e.Get("shiftKey").Truthy()
	switch {
	case shift && (active.Equal(first) || active.Equal(root)):
		e.PreventDefault()
		last.Call("focus")
	case !shift && active.Equal(last):
		e.PreventDefault()
		first.Call("focus")
	}
}

func (p *chartPresenter) prev(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPresentStep, -1)
}

func (p *chartPresenter) next(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPresentStep, 1)
}

func (p *chartPresenter) leave(ctx app.Context, e app.Event) { ctx.NewAction(actionPresentClose) }

func (p *chartPresenter) Render() app.UI {
	if p.IChart == "" {
		return app.Div().Class("present-slot")
	}
	specs := salaryCharts(p.IKeys, p.ICurrency)
	at := 0
	for i, s := range specs {
		if s.ID == p.IChart {
			at = i
		}
	}
	s := specs[at]
	count := "Chart " + strconv.Itoa(at+1) + " of " + strconv.Itoa(len(specs))
	// At either end the button stays focusable, marked aria-disabled: a
	// disabled button would drop the focus, and the keys with it.
	prev := app.Button().Type("button").Class("present-prev").ID("present-prev").Aria("disabled", strconv.FormatBool(at == 0)).OnClick(p.prev).Body(
		app.Span().Aria("hidden", "true").Text("← "), app.Text("Previous"))
	next := app.Button().Type("button").Class("present-next").ID("present-next").Aria("disabled", strconv.FormatBool(at == len(specs)-1)).OnClick(p.next).Body(
		app.Text("Next"), app.Span().Aria("hidden", "true").Text(" →"))
	return app.Div().
		ID(presentID).
		Class("present").
		Attr("role", "dialog").
		Aria("modal", "true").
		Aria("labelledby", "present-title").
		Aria("describedby", "present-help").
		TabIndex(-1).
		DataSet("chart", s.ID).
		OnKeyDown(p.onKey).
		Body(
			app.Div().Class("present-head").Body(
				app.P().Class("present-count").Aria("live", "polite").Body(
					app.Text(count),
					app.Span().Class("quiz-sr-only").Text(": "+s.Title),
				),
				app.H2().ID("present-title").Class("present-title").Text(s.Title),
				chartLegend(s.Bars),
			),
			app.Div().ID(presentStageID).Class("present-stage").Body(
				newBarChart().Title(s.Title).Symbol(s.Symbol).Bars(s.Bars).Present(s.ID, p.IWidth, p.IHeight),
			),
			app.Div().Class("present-controls").Body(
				prev,
				app.P().ID("present-help").Class("present-help").Text("Arrow keys or the buttons move between charts; Esc leaves."),
				next,
				app.Button().Type("button").Class("secondary", "present-close").ID("present-close").OnClick(p.leave).Text("Leave (Esc)"),
			),
		)
}
