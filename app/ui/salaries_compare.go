package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparisonTable shows the picked rows side by side in one currency, each
// with its difference from the first in a sentence, where the two are not
// like for like the ways they differ, and a chart of the same.
type comparisonTable struct {
	app.Compo
	IKeys     []string
	ICurrency string
	// IWidth is the column's width for the chart; 0 until measured.
	IWidth float64
}

func newComparisonTable() *comparisonTable { return &comparisonTable{} }

// Keys are the rows to compare, the first being the base.
func (t *comparisonTable) Keys(v []string) *comparisonTable { t.IKeys = v; return t }

// Currency is the display currency, or empty to use the base's own.
func (t *comparisonTable) Currency(code string) *comparisonTable { t.ICurrency = code; return t }

// Width is the column's width in CSS pixels, which the chart takes.
func (t *comparisonTable) Width(w float64) *comparisonTable { t.IWidth = w; return t }

func (t *comparisonTable) Render() app.UI {
	if len(t.IKeys) < salary.MinCompare {
		return app.Div().ID("comparison").Class("comparison-empty").Body(
			app.P().Text("Tick two to four boxes above and they appear here side by side, with how far each is from the first one you picked, in a sentence."),
		)
	}
	d := appData()
	c := salary.Compare(d, salaryRows(), t.IKeys, t.ICurrency)
	payColumn := "Pay per year in " + currencyPlural(d, c.Currency)
	baseLabel := "the first"
	if c.Base >= 0 {
		baseLabel = c.Lines[c.Base].Row.Label
	}
	return app.Div().ID("comparison").Body(
		comparisonChart(d, c).chart(t.IWidth),
		scrollTable("Comparison", stackingTable().ID("table-compare").Body(
			app.Caption().Text("Your comparison in "+currencyPlural(d, c.Currency)+", with each row's difference from "+baseLabel),
			stackingHead(
				colHead("Compared, with its source"),
				colHead(payColumn).Class("num"),
				colHead(differenceColumn),
			),
			stackingBody().Body(app.Range(c.Lines).Slice(func(i int) app.UI {
				return compareRow(d, c, i, payColumn)
			})),
		)),
		app.If(hasConverted(c), func() app.UI {
			return app.P().Class("muted").Body(
				app.Text("Figures marked ≈ were converted with the rates recorded in the data, and are about right, not exact. "),
				app.A().Href("#"+ratesID).Text("How each exchange rate was derived"),
				app.Text("."),
			)
		}),
		app.P().Class("muted").Text("Where a range is involved, its low ends and its high ends are compared separately, so no range is squeezed into one figure."),
	)
}

// differenceColumn names the comparison's last column, in its head and
// in each cell.
const differenceColumn = "Difference from the base"

// compareRow is one line of the comparison; payColumn names its pay
// column, which only ever holds an amount in its own currency. The figure
// as its source states it, when it differs, is beside the row's name.
func compareRow(d *data.Data, c salary.Comparison, i int, payColumn string) app.UI {
	l := c.Lines[i]
	cell := salary.PayCell(d, c, i)
	var shown app.UI
	switch {
	case cell.Label == salary.NoRateLabel:
		shown = noRate(cell.Why)
	case cell.Label != "":
		shown = labelWhy(cell.Label, cell.Why, false)
	case cell.Approx:
		shown = app.Span().Class("money", "converted").Body(
			app.Abbr().Class("approx").Title("approximately: converted at the recorded rate").Text("≈"),
			app.Text(" "),
			app.Span().Class("amount").Text(cell.Amount),
		)
	default:
		shown = app.Span().Class("money").Body(app.Span().Class("amount").Text(cell.Amount))
	}
	return stackingRow().DataSet("key", l.Row.Key).DataSet("stage", string(l.Row.Stage)).DataSet("country", l.Row.Country).Body(
		rowHead().Body(
			app.Span().Class("compare-name").Text(l.Row.Label),
			app.If(l.Row.Stage != "", func() app.UI { return app.Span().Class("compare-stage").Text(stageText(l.Row.Stage)) }),
			app.If(cell.Stated != "", func() app.UI {
				return app.Span().Class("compare-stated").Text("As stated: " + cell.Stated)
			}),
			citeRow(l.Row),
		),
		cellUnder(payColumn).Class("num", "shown").Body(shown),
		differenceCell(c, i),
	)
}

// differenceCell says how a line differs from the base in a sentence, or
// why there is no difference to give, and, where the two are not like for
// like, each way they are not.
func differenceCell(c salary.Comparison, i int) app.UI {
	l := c.Lines[i]
	td := cellUnder(differenceColumn).Class("difference")
	var lead app.UI
	switch {
	case i == c.Base:
		return td.Text("The base of the comparison")
	case l.Likeness.Shared != "":
		lead = app.P().Class("shared").Text(l.Likeness.Shared)
	case l.Sentence != "":
		lead = app.P().Class("sentence").Text(l.Sentence)
	case l.Problem != "":
		lead = app.P().Class("sentence").Text("No difference is given. " + l.Problem)
	default:
		lead = app.P().Class("sentence").Text("No difference is given.")
	}
	return td.Body(lead, unlikeList(l.Likeness))
}

// unlikeList is each way a compared figure is not like the base's, in
// sentences, under a warning.
func unlikeList(l salary.Likeness) app.UI {
	if len(l.Unlike) == 0 {
		return nil
	}
	return app.Div().Class("unlike").Body(
		app.P().Class("unlike-title").Body(app.Strong().Text("Not like for like:")),
		app.Ul().Body(app.Range(l.Unlike).Slice(func(j int) app.UI {
			return app.Li().DataSet("unlike", string(l.Unlike[j].Kind)).Text(l.Unlike[j].Text)
		})),
	)
}

func hasConverted(c salary.Comparison) bool {
	for _, l := range c.Lines {
		if l.Converted {
			return true
		}
	}
	return false
}
