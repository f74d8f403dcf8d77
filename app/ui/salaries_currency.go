package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// currencyPicker chooses the one currency the salaries page shows every
// figure in. It sits in the page's sticky section bar, so the choice is in
// reach wherever amounts are shown. Only currencies with a recorded rate
// are offered. A choice is sent to the salaries page as an action with the
// code; currencyRates, at the top of the page, explains the rate.
type currencyPicker struct {
	app.Compo
	ICurrency string
}

// asStated is the option for figures as their sources give them. It is not
// empty because go-app drops an empty value attribute, and an option
// without one reports its label as its value.
const asStated = "as-stated"

// ratesID is the id of the table of exchange rates, which every "no
// exchange rate in our sources" links to.
const ratesID = "rates"

func newCurrencyPicker() *currencyPicker { return &currencyPicker{} }

// Currency is the code chosen, or empty for "as each source states it".
func (p *currencyPicker) Currency(code string) *currencyPicker { p.ICurrency = code; return p }

func (p *currencyPicker) change(ctx app.Context, e app.Event) {
	sendCurrency(ctx, ctx.JSSrc().Get("value").String())
}

// sendCurrency sends the salaries page the currency of an option's value,
// empty for figures as stated, if it is one the page can convert to.
func sendCurrency(ctx app.Context, value string) {
	code := value
	if code == asStated {
		code = ""
	}
	if code != "" && !salary.IsConvertible(appData(), code) {
		return
	}
	ctx.NewActionWithValue(actionSalaryCurrency, code)
}

func (p *currencyPicker) Render() app.UI {
	options := salary.Convertible(appData())
	return app.Div().Class("currency-picker").ID("currency-picker").Body(
		app.Label().For("currency").Text("Amounts in"),
		app.Select().ID("currency").Aria("describedby", "currency-rate").OnChange(p.change).Body(
			currencyOption(asStated, "Each source's own currency", p.ICurrency == ""),
			app.Range(options).Slice(func(i int) app.UI {
				c := options[i]
				return currencyOption(c.Code, c.Name+"s ("+c.Symbol+")", p.ICurrency == c.Code)
			}),
		),
	)
}

// currencyRates says which rate the chosen currency takes, how the rate
// was derived and how old it is, and which currencies are never converted.
type currencyRates struct {
	app.Compo
	ICurrency string
}

func newCurrencyRates() *currencyRates { return &currencyRates{} }

// Currency is the code chosen, or empty for "as each source states it".
func (p *currencyRates) Currency(code string) *currencyRates { p.ICurrency = code; return p }

func (p *currencyRates) Render() app.UI {
	d := appData()
	return app.Div().Class("currency-rates").Body(
		app.Range(d.Currencies).Slice(func(i int) app.UI {
			c := d.Currencies[i]
			if c.Rate != nil {
				return nil
			}
			return app.P().Class("muted", "not-offered").Text(currencyPlural(d, c.Code) + " (" + c.Symbol + ") are not offered: no rate is recorded for them, so figures in them are never converted. The table of rates below says why.")
		}),
		app.Div().ID("currency-rate").Class("rate").Aria("live", "polite").Body(p.rateText(d)),
		p.rateTable(d),
	)
}

func currencyOption(value, label string, selected bool) app.UI {
	return boolAttr(app.Option().Value(value).Text(label), app.HTMLOption.Selected, selected)
}

// rateText explains the rate behind the figures on show.
func (p *currencyRates) rateText(d *data.Data) app.UI {
	cur := d.Currency(p.ICurrency)
	if cur == nil || cur.Rate == nil {
		return app.P().Text("Each figure is shown as its source gives it. Pick a currency in the bar above to see every figure in one currency, converted with the rates the data records.")
	}
	usd := d.Currency("USD")
	if cur.Code == usd.Code {
		return app.Div().Body(
			app.P().Body(
				app.Strong().Text("Shown in US dollars. "),
				app.Text("Figures in other currencies are converted with the rates in the table below, each worked out from the Himalayas guide's own US-dollar equivalents. Converted figures are marked ≈ and keep the figure as stated beside them."),
			),
			app.P().Class("rate-list").Text(unitRates(d, *cur)),
		)
	}
	r := cur.Rate
	one, _ := salary.UnitRate(*cur, *usd, 4)
	return app.Div().Body(
		app.P().Body(
			app.Strong().Text("Shown in "+currencyPlural(d, cur.Code)+". "),
			app.Text("Rate: "+salary.Format(r.Local, cur.Symbol)+" = "+salary.Format(r.USD, usd.Symbol)+
				", so "+cur.Symbol+"1 ≈ "+usd.Symbol+one+". Converted figures are marked ≈ and keep the figure as stated beside them."),
		),
		app.P().Class("derivation").Text(r.Derivation),
		citation(r.Source, r.AsOf, ""),
		app.P().Class("rate-list").Text(unitRates(d, *cur)),
	)
}

// unitRates lists what one unit of every other convertible currency is
// worth in cur, such as "US$1 ≈ £0.7792 · €1 ≈ £0.8623".
func unitRates(d *data.Data, cur data.Currency) string {
	s := "One unit in " + currencyPlural(d, cur.Code) + ": "
	first := true
	for _, c := range salary.Convertible(d) {
		if c.Code == cur.Code {
			continue
		}
		v, err := salary.UnitRate(c, cur, 4)
		if err != nil {
			continue
		}
		if !first {
			s += " · "
		}
		first = false
		s += c.Symbol + "1 ≈ " + cur.Symbol + v
	}
	return s + ". Between two currencies other than the US dollar, the conversion goes through the US dollar."
}

// rateTable lists every currency's recorded rate, and says plainly why a
// currency without one is never converted.
func (p *currencyRates) rateTable(d *data.Data) app.UI {
	return app.Details().Class("rates").ID(ratesID).Body(
		app.Summary().Text("How each exchange rate was derived"),
		scrollTable("Exchange rates", stackingTable().Body(
			app.Caption().Text("Exchange rates recorded in the data, against the US dollar"),
			stackingHead(colHead("Currency"), colHead("Rate"), colHead("How it was derived")),
			stackingBody().Body(app.Range(d.Currencies).Slice(func(i int) app.UI {
				c := d.Currencies[i]
				return stackingRow().DataSet("currency", c.Code).Body(
					rowHead().Text(c.Name+" ("+c.Symbol+")"),
					cellUnder("Rate").Text(rateCell(d, c)),
					cellUnder("How it was derived").Body(p.derivation(d, c)),
				)
			})),
		)),
		app.P().Text("These are the rates the Himalayas guide's own figures imply, not market rates. It gives no date for them. They are good for a rough comparison only."),
	)
}

func rateCell(d *data.Data, c data.Currency) string {
	if c.Rate == nil {
		return "No rate recorded"
	}
	usd := d.Currency("USD")
	if c.Code == usd.Code {
		return "The base"
	}
	one, err := salary.UnitRate(c, *usd, 4)
	if err != nil {
		return "No usable rate"
	}
	return salary.Format(c.Rate.Local, c.Symbol) + " = " + salary.Format(c.Rate.USD, usd.Symbol) + " (" + c.Symbol + "1 ≈ " + usd.Symbol + one + ")"
}

func (p *currencyRates) derivation(d *data.Data, c data.Currency) app.UI {
	if c.Rate == nil {
		return app.P().Class("no-figure").Text(noRateReason(d, c.Code))
	}
	return app.Div().Body(
		app.P().Class("derivation").Text(c.Rate.Derivation),
		citation(c.Rate.Source, c.Rate.AsOf, ""),
	)
}

// noRateReason says why a currency is never converted, in the words of the
// country note that explains it where the data has one.
func noRateReason(d *data.Data, code string) string {
	reason := ""
	if hit := d.Main(); hit != nil {
		for _, g := range hit.GlobalSalaries {
			if g.Local.Currency == code && g.NoUSDNote != "" {
				reason = g.NoUSDNote + " "
			}
		}
	}
	return reason + "With no equivalent to derive a rate from, " + currencyPlural(d, code) + " are never converted: figures in them are always shown as stated, and cannot be compared with figures in other currencies."
}
