package ui

import (
	"strings"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// countryPay is the #by-country section of the salaries page: the pay range
// in each country in local currency, the US-dollar equivalents the guide
// states, what living there means for that pay, and then, country by
// country, every other figure the data cites for it, each at the level it
// stands for, and whether a starting figure is known.
type countryPay struct {
	app.Compo
	ICurrency string
	// IWidth is the column's width for the chart; 0 until measured.
	IWidth float64
}

func newCountryPay() *countryPay { return &countryPay{} }

// Currency is the display currency, or empty for figures as stated.
func (s *countryPay) Currency(code string) *countryPay { s.ICurrency = code; return s }

// Width is the column's width in CSS pixels, which the chart takes.
func (s *countryPay) Width(w float64) *countryPay { s.IWidth = w; return s }

// Column names used twice, by the head and by each cell.
const (
	colStatedUSD = "In US dollars, as the Himalayas guide states"
	colLiving    = "Cost of living, tax and purchasing power"
	colFigure    = "Figure"
	colLevel     = "Level"
	colStated    = "Pay as stated"
)

// homeCountry is the country of the main career's levels and U.S. figures,
// which the other countries' starting pay is set against.
const homeCountry = "US"

// convertedColumn names the column of figures converted into currency.
func convertedColumn(d *data.Data, currency string) string {
	return "In " + currencyPlural(d, currency) + ", converted"
}

func (s *countryPay) Render() app.UI {
	d := appData()
	countries := salaryRows().OfKind(salary.KindCountry)
	converted := convertedColumn(d, s.ICurrency)
	return app.Section().ID("by-country").Class("salary-section").Aria("labelledby", "by-country-title").Body(
		app.H2().ID("by-country-title").Text("By country"),
		app.P().Text("The Himalayas career guide's pay range for the job in "+countryCount(appData().Main())+", in each country's own currency. Health systems, taxes and living costs differ a lot, so a higher figure does not always mean more to live on: read each country's notes."),
		countryChart(d, s.ICurrency).chart(s.IWidth),
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
						return cellUnder(converted).Class("num", "shown").Body(convertedIn(d, *r.Figure, s.ICurrency))
					}),
					cellUnder(colLiving).Body(countryNotes(r)),
					payCitationCell(r),
				)
			})),
		)),
		s.figures(d),
	)
}

// figures is every figure the data holds for each country, at the level
// it stands for: the range above, which covers every level, then the
// country's other cited figures, and for the U.S. its starting figures.
// Where no starting figure is known, it says so.
func (s *countryPay) figures(d *data.Data) app.UI {
	countries := salary.Countries(d, salaryRows())
	presets := entryPresets(countries)
	return app.Div().ID("country-figures").Class("country-figures").Body(
		app.H3().ID("country-figures-title").Text("Every figure by country, level by level"),
		app.P().Text("The ranges above mix beginners and the most experienced. Here is every figure our sources give for each country, with the level it stands for: starting pay, pay after some years, the top of a pay scale, or every level together. Tick any of them under Compare to set starting pay against starting pay."),
		app.If(len(presets) > 0, func() app.UI { return presetLinks("country-presets", presets, s.ICurrency) }),
		app.Range(countries).Slice(func(i int) app.UI { return s.country(d, countries[i]) }),
	)
}

func (s *countryPay) country(d *data.Data, cp salary.CountryPay) app.UI {
	rows := countryRowsOf(cp)
	id := "figures-" + strings.ToLower(cp.Code)
	converted := convertedColumn(d, s.ICurrency)
	return app.Section().ID(id).Class("country-block").Aria("labelledby", id+"-title").Body(
		app.H4().ID(id+"-title").Text(cp.Name),
		scrollTable("Pay figures for "+cp.Name, stackingTable().ID("table-"+id).Class("figure-table").Body(
			app.Caption().Text("Every pay figure for "+cp.Name+", with the level it stands for"),
			stackingHead(
				colHead(colFigure),
				colHead(colLevel),
				colHead(colStated).Class("num"),
				app.If(s.ICurrency != "", func() app.UI { return colHead(converted).Class("num") }),
				colHead("Source"),
			),
			stackingBody().Body(app.Range(rows).Slice(func(j int) app.UI {
				r := rows[j]
				return stackingRow().DataSet("key", r.Key).DataSet("stage", string(r.Stage)).Body(
					rowHead().Body(
						app.Span().Class("figure-name").Text(figureName(r)),
						app.If(r.StandsFor != "", func() app.UI { return app.P().Class("stands-for").Text(r.StandsFor) }),
					),
					cellUnder(colLevel).Class("stage").Text(stageText(r.Stage)),
					cellUnder(colStated).Class("num", "stated").Body(statedFigure(d, r)),
					app.If(s.ICurrency != "", func() app.UI {
						return cellUnder(converted).Class("num", "shown").Body(convertedFigure(d, r, s.ICurrency))
					}),
					cellUnder("Source").Class("source").Body(
						citeRow(r),
						app.If(r.Note != "", func() app.UI { return app.P().Class("fact-note").Text(r.Note) }),
					),
				)
			})),
		)),
		app.If(cp.NoEntry != "", func() app.UI {
			return app.P().Class("no-figure", "no-entry").ID(id+"-no-entry").Body(
				app.Strong().Text("No starting pay known. "),
				app.Text(cp.NoEntry),
			)
		}),
	)
}

// countryRowsOf are a country's rows in the figures table: its range,
// its other figures, and its starting figures that are neither (the U.S.
// junior level and starting range).
func countryRowsOf(cp salary.CountryPay) []salary.Row {
	var rows []salary.Row
	seen := map[string]bool{}
	add := func(r salary.Row) {
		if !seen[r.Key] {
			seen[r.Key] = true
			rows = append(rows, r)
		}
	}
	if cp.Range != nil {
		add(*cp.Range)
	}
	for _, r := range cp.Figures {
		add(r)
	}
	for _, r := range cp.Entry {
		add(r)
	}
	return rows
}

// figureName names a row in its country's table.
func figureName(r salary.Row) string {
	switch r.Kind {
	case salary.KindCountry:
		return "The Himalayas guide's range"
	case salary.KindLevel:
		return r.Label + " (median)"
	}
	return capitalFirst(r.Name)
}

func capitalFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// stageText says in words what stage of a career a figure is for.
func stageText(stage data.PayLevel) string {
	switch stage {
	case data.LevelEntry:
		return "Starting pay"
	case data.LevelIntermediate:
		return "After some years"
	case data.LevelTop:
		return "Top of the pay scale"
	case data.LevelAll:
		return "Every level together"
	}
	return "One level"
}

// statedFigure is a row's figure as its source states it, per year or per
// hour or week.
func statedFigure(d *data.Data, r salary.Row) app.UI {
	if r.Figure == nil {
		return app.Span().Class("money").Body(app.Span().Class("amount").Text(r.Value))
	}
	return app.Span().Class("money").Body(app.Span().Class("amount").Text(payText(d, *r.Figure) + " " + salary.PeriodWords(data.PerYear)))
}

// convertedFigure is a row's figure in the display currency, where it can
// be shown in it.
func convertedFigure(d *data.Data, r salary.Row, currency string) app.UI {
	if r.Figure == nil {
		return labelWhy("not a yearly figure", r.NoFigure, false)
	}
	return convertedIn(d, *r.Figure, currency)
}

// citeRow cites a row's figure.
func citeRow(r salary.Row) app.UI {
	if r.Source == "" {
		return app.Small().Class("cite").Text("No source gives a figure")
	}
	return citation(r.Source, r.AsOf, r.Cites)
}

// comparePreset is a ready-made comparison, one tap away.
type comparePreset struct {
	Label string
	Keys  []string
}

// entryPresets set each country's starting pay against the U.S.
// starting pay, two figures of each at most: "Entry pay: UK vs US".
func entryPresets(countries []salary.CountryPay) []comparePreset {
	var home *salary.CountryPay
	for i := range countries {
		if countries[i].Code == homeCountry {
			home = &countries[i]
		}
	}
	if home == nil || len(home.Entry) == 0 {
		return nil
	}
	var out []comparePreset
	for _, c := range countries {
		if c.Code == homeCountry || len(c.Entry) == 0 {
			continue
		}
		keys := append(rowKeys(c.Entry, salary.MaxCompare/2), rowKeys(home.Entry, salary.MaxCompare/2)...)
		out = append(out, comparePreset{Label: "Entry pay: " + shortCountry(c.Name) + " vs " + shortCountry(home.Name), Keys: keys})
	}
	return out
}

func rowKeys(rows []salary.Row, n int) []string {
	var keys []string
	for i := 0; i < len(rows) && i < n; i++ {
		keys = append(keys, rows[i].Key)
	}
	return keys
}

// shortCountry is a country's name as a button says it: "UK" for the
// United Kingdom, "US" for the United States.
func shortCountry(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || words[0] != "United" {
		return name
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w[:1])
	}
	return b.String()
}

// presetLinks are the ready-made comparisons, as links that fill in the
// comparison and go to it.
func presetLinks(id string, presets []comparePreset, currency string) app.UI {
	return app.Ul().ID(id).Class("compare-presets").Body(app.Range(presets).Slice(func(i int) app.UI {
		p := presets[i]
		return app.Li().Body(
			app.A().Class("button", "preset").DataSet("keys", strings.Join(p.Keys, ",")).Href(href("/salaries" + salary.Query(p.Keys, currency) + "#compare")).Text(p.Label),
		)
	}))
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
