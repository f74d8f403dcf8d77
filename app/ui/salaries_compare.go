package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparisonTable shows the picked rows side by side in one currency, each
// with its difference from the first, in money and in percent, and a chart
// of the same.
type comparisonTable struct {
	app.Compo
	IKeys     []string
	ICurrency string
}

func newComparisonTable() *comparisonTable { return &comparisonTable{} }

// Keys are the rows to compare, the first being the base.
func (t *comparisonTable) Keys(v []string) *comparisonTable { t.IKeys = v; return t }

// Currency is the display currency, or empty to use the base's own.
func (t *comparisonTable) Currency(code string) *comparisonTable { t.ICurrency = code; return t }

func (t *comparisonTable) Render() app.UI {
	if len(t.IKeys) < salary.MinCompare {
		return app.Div().ID("comparison").Class("comparison-empty").Body(
			app.P().Text("Tick two to four boxes above and they appear here side by side, with how far each is from the first one you picked, in money and in percent."),
		)
	}
	d := appData()
	c := salary.Compare(d, salaryRows(), t.IKeys, t.ICurrency)
	sym := salary.Symbol(d, c.Currency)
	payColumn := "Pay per year in " + currencyPlural(d, c.Currency)
	baseLabel := "the first"
	if c.Base >= 0 {
		baseLabel = c.Lines[c.Base].Row.Label
	}
	bars := make([]salary.Bar, len(c.Lines))
	for i, l := range c.Lines {
		bars[i] = compareBar(d, l, c.Currency)
	}
	return app.Div().ID("comparison").Body(
		newBarChart().
			ID("chart-compare").
			Title("Your comparison in "+currencyPlural(d, c.Currency)).
			Symbol(sym).
			Bars(bars).
			Caption("The rows you picked, in "+currencyPlural(d, c.Currency)+". The table below gives the figures and the differences."),
		scrollTable("Comparison", stackingTable().ID("table-compare").Body(
			app.Caption().Text("Your comparison in "+currencyPlural(d, c.Currency)+", with each row's difference from "+baseLabel),
			stackingHead(
				colHead("Compared, with its source"),
				colHead(payColumn).Class("num"),
				colHead(differenceColumn).Class("num"),
			),
			stackingBody().Body(app.Range(c.Lines).Slice(func(i int) app.UI {
				return compareRow(d, c, i, sym, payColumn)
			})),
		)),
		app.If(hasConverted(c), func() app.UI {
			return app.P().Class("muted").Text("Figures marked ≈ were converted with the rates recorded in the data; see the currency choice at the top of the page for the rates and how they were derived.")
		}),
		app.P().Class("muted").Text("Where a range is involved, its low ends and its high ends are compared separately, so no range is squeezed into one figure."),
	)
}

// differenceColumn names the comparison's last column, in its head and
// in each cell.
const differenceColumn = "Difference from the base"

// compareRow is one line of the comparison; payColumn names its pay
// column.
func compareRow(d *data.Data, c salary.Comparison, i int, sym, payColumn string) app.UI {
	l := c.Lines[i]
	var shown app.UI
	switch {
	case l.Row.Figure == nil:
		shown = app.Strong().Class("no-figure-label").Text("No figure")
	case l.Shown == nil:
		// The difference column says why.
		shown = app.Span().Class("money").Body(
			app.Span().Class("amount").Text(payText(d, *l.Row.Figure)),
			app.Span().Class("as-stated").Text("Not converted"),
		)
	case l.Converted:
		shown = app.Span().Class("money", "converted").Body(
			app.Abbr().Class("approx").Title("approximately: converted at the recorded rate").Text("≈"),
			app.Text(" "),
			app.Span().Class("amount").Text(salary.FormatSpan(*l.Shown, sym)),
			app.Span().Class("as-stated").Text("as stated: "+payText(d, *l.Row.Figure)),
		)
	default:
		shown = app.Span().Class("money").Body(app.Span().Class("amount").Text(salary.FormatSpan(*l.Shown, sym)))
	}
	cite := app.UI(app.Small().Class("cite").Text("No source gives a figure"))
	if l.Row.Source != "" {
		cite = citation(l.Row.Source, l.Row.AsOf, l.Row.Cites)
	}
	return stackingRow().DataSet("key", l.Row.Key).Body(
		rowHead().Body(app.Span().Class("compare-name").Text(l.Row.Label), cite),
		cellUnder(payColumn).Class("num", "shown").Body(shown),
		differenceCell(c, i, sym),
	)
}

// differenceCell words a line's difference from the base; ranges are
// compared end by end. Each amount and percent is kept on one line, so a
// narrow column never strands a minus sign.
func differenceCell(c salary.Comparison, i int, sym string) app.UI {
	l := c.Lines[i]
	td := cellUnder(differenceColumn).Class("num", "difference")
	switch {
	case i == c.Base:
		return td.Text("The base of the comparison")
	case l.Diff == nil && (l.Shown != nil || l.Problem == ""):
		return td.Text(l.Problem)
	case l.Diff == nil:
		return td.Text("None: " + strings.TrimSuffix(strings.ToLower(l.Problem[:1])+l.Problem[1:], "."))
	case l.Diff.BothFigures:
		return td.Body(differenceParts(l.Diff.Low, sym)...)
	}
	parts := []app.UI{app.Text("Low end ")}
	parts = append(parts, differenceParts(l.Diff.Low, sym)...)
	parts = append(parts, app.Text("; high end "))
	parts = append(parts, differenceParts(l.Diff.High, sym)...)
	if spanOpenEnded(c.Lines[c.Base].Shown) || spanOpenEnded(l.Shown) {
		parts = append(parts, app.Text(" (an open-ended top is compared at its stated figure)"))
	}
	return td.Body(parts...)
}

// differenceParts reads as salary.FormatDifference, in unbreakable pieces.
func differenceParts(d salary.Difference, sym string) []app.UI {
	parts := []app.UI{app.Span().Class("nowrap").Text(salary.FormatSigned(d.Money, sym))}
	if d.HasPercent {
		parts = append(parts, app.Text(" "), app.Span().Class("nowrap").Text("("+salary.FormatPercent(d.PercentTenths)+")"))
	}
	return parts
}

func spanOpenEnded(s *salary.Span) bool { return s != nil && s.OpenEnded }

func hasConverted(c salary.Comparison) bool {
	for _, l := range c.Lines {
		if l.Converted {
			return true
		}
	}
	return false
}

// compareBar draws a line of the comparison in its currency.
func compareBar(d *data.Data, l salary.Line, currency string) salary.Bar {
	if l.Shown == nil {
		b := salary.Bar{Label: l.Row.Label, Missing: "No figure"}
		if l.Row.Figure != nil {
			b.Missing = "Not converted: no rate for " + currencyPlural(d, l.Row.Figure.Currency)
		}
		return b
	}
	return barFor(d, l.Row, l.Row.Label, currency)
}
