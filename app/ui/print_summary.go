package ui

import (
	"strconv"
	"sync"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The one-page summary: the verdict, the area scores, the plan's steps with
// their statuses, the timeline and the sources, laid out for one sheet of
// A4 or Letter. It sits in the result and in the plan, hidden; "Print a
// summary" marks the page (data-print="summary" on the root element) so
// that the style sheet prints the summary alone, and the mark goes once the
// browser has printed.

// printSummaryMode is the root element's data-print value while a summary
// prints.
const printSummaryMode = "summary"

// printSummaryButton is the "Print a summary" button.
func printSummaryButton(id string) app.UI {
	return app.Button().Type("button").Class("secondary").ID(id).Text("Print a summary").OnClick(printSummaryPage)
}

func printSummaryPage(ctx app.Context, e app.Event) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-print", printSummaryMode)
	endSummaryAfterPrint()
	app.Window().Call("print")
}

// printPage prints the page as it is.
func printPage(ctx app.Context, e app.Event) {
	app.Window().Call("print")
}

// endSummaryAfterPrint listens, once for the app's life, for the browser's
// end of printing, and then takes the summary mark away, so the next print
// is of the whole page. Some phone browsers print after print() returns, so
// the mark cannot go when it returns.
var endSummaryAfterPrint = sync.OnceFunc(func() {
	app.Window().Call("addEventListener", "afterprint", app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Window().Get("document").Get("documentElement").Call("removeAttribute", "data-print")
		return nil
	}))
})

// summaryInput is what the summary prints. Date, Verdict and Areas are
// empty before any result.
type summaryInput struct {
	Date    time.Time
	Verdict quiz.Verdict
	Overall quiz.Overall
	Areas   []quiz.AreaScore
	Plan    planView
}

// printSummary is the one-page summary, hidden on screen.
func printSummary(in summaryInput) app.UI {
	v, tp := in.Verdict, in.Plan.Timeline
	lines := in.Plan.lines()
	areas := quiz.WeakestFirst(in.Areas)
	return app.Div().ID("print-summary").Class("print-summary").Body(
		app.P().Class("summary-title").Body(
			app.Strong().Text(appName),
			app.Text(" · My readiness and plan"),
			app.If(!in.Date.IsZero(), func() app.UI { return app.Text(" · result of " + formatDay(in.Date)) }),
		),
		app.If(v.ID != "", func() app.UI {
			return app.Div().Class("summary-verdict").Body(
				app.P().Body(app.Strong().Text(v.Question+" "), app.Span().Body(verdictHeadline(v)...)),
				app.Ul().Body(app.Range(v.Reasons).Slice(func(i int) app.UI { return app.Li().Text(v.Reasons[i]) })),
				app.If(v.Next.Text != "", func() app.UI {
					return app.P().Body(app.Strong().Text("First next step: "), app.Text(v.Next.Text))
				}),
				app.P().Class("summary-small").Text(v.Note),
			)
		}).Else(func() app.UI {
			return app.P().Text("The readiness quiz is not finished yet, so there is no verdict and no area scores.")
		}),
		app.Div().Class("summary-columns").Body(
			app.Div().Body(
				app.If(len(areas) > 0, func() app.UI {
					return app.Table().Class("summary-scores").Body(
						app.Caption().Text("Scores by area, weakest first"),
						app.TBody().Body(
							app.Range(areas).Slice(func(i int) app.UI {
								a := areas[i]
								score := "Not answered"
								if a.Scored {
									score = strconv.Itoa(a.Percent) + "%"
								}
								return app.Tr().Body(app.Th().Scope("row").Text(a.Name), app.Td().Class("num").Text(score))
							}),
							app.If(in.Overall.Scored, func() app.UI {
								return app.Tr().Class("summary-overall").Body(app.Th().Scope("row").Text("Overall"), app.Td().Class("num").Text(strconv.Itoa(in.Overall.Percent)+"%"))
							}),
						),
					)
				}),
				app.H3().Text("Timeline and cost"),
				summaryTimeline(tp),
			),
			app.Div().Body(
				app.H3().Text("My plan: "+in.Plan.Count.Text()),
				app.Ul().Class("summary-plan").Body(app.Range(lines).Slice(func(i int) app.UI {
					l := lines[i]
					return app.Li().Body(
						app.Span().Class("summary-status summary-"+string(l.Status)).Text(l.Status.Label()),
						app.Text(" "+l.Item.Text),
						app.If(!l.Target.IsZero(), func() app.UI { return app.Text(" · by " + l.Target.Label()) }),
						app.If(l.Note != "", func() app.UI { return app.Span().Class("summary-note").Text(l.Note) }),
					)
				})),
			),
		),
		app.P().Class("summary-small summary-sources").Body(
			app.Strong().Text("Sources: "),
			app.Text(summarySources(tp)),
		),
	)
}

// summaryTimeline is the timeline in a few lines.
func summaryTimeline(tp quiz.TimelinePlan) app.UI {
	if tp.Pathway == nil {
		return app.P().Text(tp.Missing)
	}
	pace := "full time"
	if tp.PartTime {
		pace = "part time"
	}
	return app.Div().Body(
		app.P().Text(tp.Pathway.Name+", "+pace+"."),
		app.If(tp.Missing != "", func() app.UI { return app.P().Text(tp.Missing) }),
		app.Ul().Body(app.Range(tp.Milestones).Slice(func(i int) app.UI {
			m := tp.Milestones[i]
			return app.Li().Body(app.Strong().Text(m.When()+": "), app.Text(m.Title))
		})),
		app.P().Body(app.Strong().Text("Cost: "), app.Text(tp.Cost.Text)),
	)
}

// summarySources names the sources of the timeline's figures, and says
// where the scores and the verdict come from.
func summarySources(tp quiz.TimelinePlan) string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, m := range tp.Milestones {
		add(m.Source)
	}
	for _, p := range tp.Cost.Parts {
		add(p.Source)
	}
	text := "The scores and the verdict are this app's own, worked out from the answers to its readiness quiz."
	for _, id := range ids {
		text += " " + sourceName(id) + "."
	}
	return text
}

// sourceName is a source's title with its publisher and date, as paper
// must carry it without the link to the about page.
func sourceName(id string) string {
	s := appData().Source(id)
	if s == nil {
		return id
	}
	name := s.Title
	if s.Publisher != "" && s.Publisher != s.Title {
		name += ", " + s.Publisher
	}
	if s.Date != "" {
		name += ", " + data.AsOfText(s.Date)
	}
	return name
}
