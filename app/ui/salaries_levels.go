package ui

import (
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// levelPay is the #by-level section of the salaries page: U.S. pay at each
// rung of the career path, and the figures for the occupation as a whole.
type levelPay struct {
	app.Compo
	ICurrency string
}

func newLevelPay() *levelPay { return &levelPay{} }

// Currency is the display currency, or empty for figures as stated.
func (s *levelPay) Currency(code string) *levelPay { s.ICurrency = code; return s }

func (s *levelPay) Render() app.UI {
	d := appData()
	set := salaryRows()
	levels := set.OfKind(salary.KindLevel)
	benchmarks := set.OfKind(salary.KindBenchmark)
	levelCur := chartCurrency(levels, s.ICurrency)
	benchCur := chartCurrency(benchmarks, s.ICurrency)

	levelBars := make([]salary.Bar, len(levels))
	for i, r := range levels {
		levelBars[i] = barFor(d, r, r.Name, s.ICurrency)
	}
	benchBars := make([]salary.Bar, len(benchmarks))
	for i, r := range benchmarks {
		benchBars[i] = barFor(d, r, r.Name, s.ICurrency)
	}

	return staticUI(app.Section().ID("by-level").Class("salary-section").Aria("labelledby", "by-level-title").Body(
		app.H2().ID("by-level-title").Text("By level"),
		app.P().Text("U.S. pay at each of the "+levelCount(appData().Main())+" of the career path, with the experience a level typically takes. The median is the middle salary: half earn more, half less. The average is pulled up by the best-paid few, so it sits above the median."),
		newBarChart().
			ID("chart-levels").
			Title("Median and average pay by career level").
			Symbol(salary.Symbol(d, levelCur)).
			Bars(levelBars).
			Caption("Median and average yearly pay at each level. The table below gives the same figures."),
		scrollTable("Pay by level", stackingTable().ID("table-levels").Body(
			app.Caption().Text("Yearly pay by career level in the U.S., with typical years of experience"),
			stackingHead(
				colHead("Level"),
				colHead("Typical experience"),
				colHead("Median").Class("num"),
				colHead("Average").Class("num"),
				colHead("Source"),
			),
			stackingBody().Body(app.Range(levels).Slice(func(i int) app.UI {
				r := levels[i]
				years := "Not stated"
				if r.Level != nil {
					years = r.Level.ExperienceText()
				}
				return stackingRow().DataSet("key", r.Key).Body(
					rowHead().Text(r.Name),
					cellUnder("Typical experience").Text(years),
					cellUnder("Median").Class("num", "median").Body(moneyIn(d, *r.Figure, s.ICurrency)),
					cellUnder("Average").Class("num", "average").Body(moneyIn(d, *r.Average, s.ICurrency)),
					payCitationCell(r),
				)
			})),
		)),
		app.H3().Text("For the occupation as a whole"),
		app.P().Text("The national median and typical range, and the ranges the Himalayas guide's FAQ gives for starting out and for later on. Ranges are shown as ranges: no single figure inside them is implied."),
		newBarChart().
			ID("chart-benchmarks").
			Title("U.S. national median and pay ranges").
			Symbol(salary.Symbol(d, benchCur)).
			Bars(benchBars).
			Caption("The national median and the typical, starting and experienced ranges. The table below gives the same figures."),
		scrollTable("U.S. figures for the occupation", stackingTable().ID("table-benchmarks").Body(
			app.Caption().Text("U.S. pay for the occupation: the national median and pay ranges"),
			stackingHead(
				colHead("Figure"),
				colHead("Pay per year").Class("num"),
				colHead("As the source puts it"),
				colHead("Source"),
			),
			stackingBody().Body(app.Range(benchmarks).Slice(func(i int) app.UI {
				r := benchmarks[i]
				return stackingRow().DataSet("key", r.Key).Body(
					rowHead().Text(r.Name),
					cellUnder("Pay per year").Class("num").Body(moneyIn(d, *r.Figure, s.ICurrency)),
					cellUnder("As the source puts it").Body(
						app.Q().Text(r.Value),
						app.If(r.Note != "", func() app.UI { return app.P().Class("fact-note").Text(r.Note) }),
					),
					payCitationCell(r),
				)
			})),
		)),
	))
}
