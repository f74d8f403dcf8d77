package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// countryPay is the #by-country section of the salaries page: the pay range
// in each country in local currency, the US-dollar equivalents the guide
// states, and what living there means for that pay.
type countryPay struct {
	app.Compo
	ICurrency string
}

func newCountryPay() *countryPay { return &countryPay{} }

// Currency is the display currency, or empty for figures as stated.
func (s *countryPay) Currency(code string) *countryPay { s.ICurrency = code; return s }

// Column names used twice, by the head and by each cell.
const (
	colStatedUSD = "In US dollars, as the Himalayas guide states"
	colLiving    = "Cost of living, tax and purchasing power"
)

func (s *countryPay) Render() app.UI {
	d := appData()
	countries := salaryRows().OfKind(salary.KindCountry)
	converted := "In " + currencyPlural(d, s.ICurrency) + ", converted"
	return staticUI(app.Section().ID("by-country").Class("salary-section").Aria("labelledby", "by-country-title").Body(
		app.H2().ID("by-country-title").Text("By country"),
		app.P().Text("The Himalayas career guide's pay range for the job in "+countryCount(appData().Main())+", in each country's own currency. Health systems, taxes and living costs differ a lot, so a higher figure does not always mean more to live on: read each country's notes."),
		s.chart(d, countries),
		scrollTable("Pay by country", stackingTable().ID("table-countries").Body(
			app.Caption().Text("Yearly pay range by country, in local currency, with the US-dollar equivalent the Himalayas guide states"),
			stackingHead(
				colHead("Country"),
				colHead("Local range").Class("num"),
				colHead(colStatedUSD).Class("num"),
				app.If(s.ICurrency != "", func() app.UI { return colHead(converted).Class("num") }),
				colHead(colLiving),
				colHead("Source"),
			),
			stackingBody().Body(app.Range(countries).Slice(func(i int) app.UI {
				r := countries[i]
				return stackingRow().DataSet("key", r.Key).Body(
					rowHead().Text(r.Name),
					cellUnder("Local range").Class("num", "local").Text(payText(d, *r.Figure)),
					cellUnder(colStatedUSD).Class("num", "stated-usd").Body(statedUSD(d, r)),
					app.If(s.ICurrency != "", func() app.UI {
						return cellUnder(converted).Class("num", "shown").Body(moneyIn(d, *r.Figure, s.ICurrency))
					}),
					cellUnder(colLiving).Body(countryNotes(r)),
					payCitationCell(r),
				)
			})),
		)),
	))
}

// chart draws the ranges on one axis, which needs one currency: the display
// currency, or the guide's own US-dollar equivalents when figures are
// shown as stated.
func (s *countryPay) chart(d *data.Data, countries []salary.Row) app.UI {
	bars := make([]salary.Bar, len(countries))
	cur := s.ICurrency
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
		case s.ICurrency != "":
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
	return newBarChart().
		ID("chart-countries").
		Title(title).
		Symbol(salary.Symbol(d, cur)).
		Bars(bars).
		Caption(caption)
}

// statedUSD is a country's US-dollar equivalent exactly as the guide states
// it, or why there is none.
func statedUSD(d *data.Data, r salary.Row) app.UI {
	switch {
	case r.StatedUSD != nil:
		return app.Span().Class("amount").Text("about " + payText(d, *r.StatedUSD))
	case r.Figure != nil && r.Figure.Currency == "USD":
		return app.Span().Class("muted").Text("Already in US dollars")
	case r.NoUSD != "":
		return app.Span().Class("no-figure").Text(r.NoUSD)
	}
	return app.Span().Class("no-figure").Text("No equivalent stated")
}

func countryNotes(r salary.Row) app.UI {
	if len(r.Notes) == 0 {
		return app.Span().Class("muted").Text("The Himalayas guide gives no notes for this country.")
	}
	return namedList(r.Notes)
}
