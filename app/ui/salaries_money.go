package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// payText writes a figure or range in its own currency.
func payText(d *data.Data, s salary.Span) string {
	return salary.FormatSpan(s, salary.Symbol(d, s.Currency))
}

// moneyIn shows a figure in the display currency. A converted figure is
// marked as approximate and keeps the figure as stated beside it; one that
// cannot be converted says so, with the reason a click away, and shows no
// amount. An empty currency shows the figure as stated.
func moneyIn(d *data.Data, s salary.Span, currency string) app.UI {
	stated := payText(d, s)
	if currency == "" || currency == s.Currency {
		return app.Span().Class("money").Body(app.Span().Class("amount").Text(stated))
	}
	shown, err := salary.In(d, s, currency)
	if err != nil {
		return noRate(salary.NoRateWhy(d, s.Currency, currency))
	}
	return app.Span().Class("money", "converted").Body(
		app.Abbr().Class("approx").Title("approximately: converted at the recorded rate").Text("≈"),
		app.Text(" "),
		app.Span().Class("amount").Text(payText(d, shown)),
		app.Span().Class("as-stated").Text("as stated: "+stated),
	)
}

// currencyPlural names a currency in the plural for a sentence.
func currencyPlural(d *data.Data, code string) string {
	if c := d.Currency(code); c != nil {
		return c.Name + "s"
	}
	return code
}

// barFor draws a row in the display currency: a range as a range, a single
// figure as a mark, and a note where there is no figure to draw. label is
// the text above the bar.
func barFor(d *data.Data, r salary.Row, label, currency string) salary.Bar {
	b := salary.Bar{Label: label}
	if r.Figure == nil {
		b.Missing = "No figure"
		return b
	}
	shown, err := salary.In(d, *r.Figure, currency)
	if err != nil {
		b.Missing = "Not converted: no rate for " + currencyPlural(d, r.Figure.Currency)
		return b
	}
	if shown.IsRange {
		b.Range = &shown
	} else {
		kind := salary.MarkFigure
		if strings.Contains(strings.ToLower(r.Measure), "median") {
			kind = salary.MarkMedian
		}
		b.Marks = append(b.Marks, salary.Mark{Kind: kind, Value: shown.Low})
	}
	if r.Average != nil {
		if avg, err := salary.In(d, *r.Average, currency); err == nil {
			b.Marks = append(b.Marks, salary.Mark{Kind: salary.MarkAverage, Value: avg.Low})
		}
	}
	return b
}

// chartCurrency is the currency a chart of rows is drawn in: the display
// currency, or the rows' own when figures are shown as stated.
func chartCurrency(rows []salary.Row, currency string) string {
	if currency != "" {
		return currency
	}
	for _, r := range rows {
		if r.Figure != nil {
			return r.Figure.Currency
		}
	}
	return "USD"
}

// payCitationCell cites a row's figure.
func payCitationCell(r salary.Row) app.UI {
	if r.Source == "" {
		return cellUnder("Source").Class("source").Text("No source gives a figure")
	}
	return cellUnder("Source").Class("source").Body(citation(r.Source, r.AsOf, r.Cites))
}

// convertedIn is a cell's content under a heading that names the display
// currency: the figure converted, marked ≈, or "no exchange rate in our
// sources", never an amount in another currency. The figure as stated is
// in another column of the row.
func convertedIn(d *data.Data, s salary.Span, currency string) app.UI {
	shown, err := salary.In(d, s, currency)
	switch {
	case err != nil:
		return noRate(salary.NoRateWhy(d, s.Currency, currency))
	case shown.Currency == s.Currency:
		return app.Span().Class("money").Body(app.Span().Class("amount").Text(payText(d, shown)))
	}
	return app.Span().Class("money", "converted").Body(
		app.Abbr().Class("approx").Title("approximately: converted at the recorded rate").Text("≈"),
		app.Text(" "),
		app.Span().Class("amount").Text(payText(d, shown)),
	)
}

// noRate stands in for an amount that cannot be shown in a column's
// currency: the label, and why, one click or tap away, with a link to how
// every rate was derived.
func noRate(why string) app.UI {
	return labelWhy(salary.NoRateLabel, why, true)
}

// labelWhy is a label standing in for an amount, with its reason in a
// disclosure; rates links to the page's table of exchange rates.
func labelWhy(label, why string, rates bool) app.UI {
	return app.Details().Class("no-amount").Body(
		app.Summary().Text(label),
		app.P().Text(why),
		app.If(rates, func() app.UI {
			return app.P().Body(app.A().Href("#" + ratesID).Text("How each exchange rate was derived"))
		}),
	)
}
