package ui

import (
	"strconv"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careerPay is the #by-career section of the salaries page: the headline
// pay of every career in the family, or a plain "no figure" where our
// sources give none.
type careerPay struct {
	app.Compo
	ICurrency string
	// IWidth is the column's width for the chart; 0 until measured.
	IWidth float64
}

func newCareerPay() *careerPay { return &careerPay{} }

// Currency is the display currency, or empty for figures as stated.
func (s *careerPay) Currency(code string) *careerPay { s.ICurrency = code; return s }

// Width is the column's width in CSS pixels, which the chart takes.
func (s *careerPay) Width(w float64) *careerPay { s.IWidth = w; return s }

func (s *careerPay) Render() app.UI {
	d := appData()
	careers := salaryRows().OfKind(salary.KindCareer)
	return app.Section().ID("by-career").Class("salary-section").Aria("labelledby", "by-career-title").Body(
		app.H2().ID("by-career-title").Text("By career"),
		app.P().Text("The headline yearly pay of each career in the family, from the most authoritative and recent source we have. Several figures are for a broader occupation than the job itself, and some are years old: the table says what each figure covers and when it is from."),
		careerChart(d, s.ICurrency).chart(s.IWidth),
		scrollTable("Pay by career", stackingTable().ID("table-careers").Body(
			app.Caption().Text("Headline yearly pay by career, with what each figure covers"),
			stackingHead(
				colHead("Career"),
				colHead("Pay per year").Class("num"),
				colHead("What the figure is"),
				colHead("Source"),
			),
			stackingBody().Body(app.Range(careers).Slice(func(i int) app.UI {
				return s.row(d, careers[i])
			})),
		)),
	)
}

func (s *careerPay) row(d *data.Data, r salary.Row) app.UI {
	slug := r.Key[len("career-"):]
	name := rowHead().Body(app.A().Href(href("/careers/" + slug)).Text(r.Name))
	if r.Figure == nil {
		return stackingRow().DataSet("key", r.Key).Body(
			name,
			cellUnder("Pay per year").Class("num").Body(app.Strong().Class("no-figure-label").Text("No figure")),
			cellUnder("What the figure is").Body(app.P().Class("no-figure").Text(r.NoFigure)),
			payCitationCell(r),
		)
	}
	return stackingRow().DataSet("key", r.Key).Body(
		name,
		cellUnder("Pay per year").Class("num").Body(moneyIn(d, *r.Figure, s.ICurrency)),
		cellUnder("What the figure is").Body(
			app.P().Body(app.Text(r.Measure+": "), app.Q().Text(r.Value)),
			app.If(r.Note != "", func() app.UI {
				return app.Details().Body(app.Summary().Text("About this figure"), app.P().Text(r.Note))
			}),
			app.If(r.SourcesDiffer > 0, func() app.UI {
				return app.P().Class("see-also").Body(
					app.A().Href(href("/careers/" + slug + "#" + data.SectionPay)).Text(sourcesDifferText(r.SourcesDiffer)),
				)
			}),
		),
		payCitationCell(r),
	)
}

func sourcesDifferText(n int) string {
	if n == 1 {
		return "Sources differ: 1 other figure"
	}
	return "Sources differ: " + strconv.Itoa(n) + " other figures"
}
