package salary

import "github.com/hitcoach/hitcoach/data"

// NoRateLabel is what a column of converted pay shows for a figure whose
// currency has no exchange rate in our sources, in place of an amount.
const NoRateLabel = "no exchange rate in our sources"

// NoFigureLabel is what a pay column shows for a row with no figure.
const NoFigureLabel = "no figure"

// Cell is what a comparison's pay column shows for one line. The column
// names one currency, the comparison's, and a Cell never holds an amount
// in any other: a figure that cannot be converted gets a Label instead.
type Cell struct {
	// Amount is the figure in the column's currency, as "£30,390"; empty
	// when Label is set.
	Amount string
	// Approx marks an Amount converted at a recorded rate, shown with ≈.
	Approx bool
	// Label stands in for an amount: NoRateLabel or NoFigureLabel.
	Label string
	// Why explains Label in a sentence, for the explanation one click or
	// tap away.
	Why string
	// Stated is the figure as its source states it, in its own currency,
	// as "C$40,000–C$55,000", when it differs from Amount or stands in
	// for it. Show it beside the row's name, never under a heading that
	// names another currency.
	Stated string
}

// PayCell is the pay column's cell of line i of c.
func PayCell(d *data.Data, c Comparison, i int) Cell {
	l := c.Lines[i]
	var cell Cell
	if l.Row.Figure == nil {
		cell.Label, cell.Why = NoFigureLabel, l.Row.NoFigure
		if cell.Why == "" {
			cell.Why = "No figure is known, so there is nothing to compare."
		}
		if l.Row.Value != "" && l.Row.Period != "" && l.Row.Period != data.PerYear {
			cell.Stated = l.Row.Value
		}
		return cell
	}
	stated := FormatSpan(*l.Row.Figure, Symbol(d, l.Row.Figure.Currency))
	if l.Shown == nil {
		cell.Label, cell.Stated = NoRateLabel, stated
		cell.Why = NoRateWhy(d, l.Row.Figure.Currency, c.Currency)
		return cell
	}
	cell.Amount = FormatSpan(*l.Shown, Symbol(d, l.Shown.Currency))
	if l.Converted {
		cell.Approx, cell.Stated = true, stated
	}
	return cell
}

// NoRateWhy says why a figure in from is not shown in to, with no amount
// in it, so it may sit under any heading.
func NoRateWhy(d *data.Data, from, to string) string {
	missing := from
	if d.Currency(from) != nil && d.Currency(from).Rate != nil {
		missing = to
	}
	return "Our sources give no exchange rate for " + currencyName(d, missing) +
		", so this figure is never converted into " + currencyName(d, to) + ". It is shown as stated, in " + currencyName(d, from) + ", beside its name."
}
