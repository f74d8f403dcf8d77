package ui

import (
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planTimeline asks the three things the timeline needs besides the answers
// (the education pathway, full or part time, the month the student can
// start) and lays out the dated milestones and the cost. It sends each
// choice to the plan, which saves it with the plan.
type planTimeline struct {
	app.Compo
	IChoice store.TimelineChoice
	IPlan   quiz.TimelinePlan
	// IStartError says why the start month typed was not saved.
	IStartError string
}

func newPlanTimeline() *planTimeline { return &planTimeline{} }

// Timeline sets the choices made and the timeline they give.
func (t *planTimeline) Timeline(choice store.TimelineChoice, tp quiz.TimelinePlan) *planTimeline {
	t.IChoice, t.IPlan = choice, tp
	return t
}

// StartError says why the start month typed was not saved.
func (t *planTimeline) StartError(v string) *planTimeline { t.IStartError = v; return t }

func (t *planTimeline) startChanged(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionPlanStart, ctx.JSSrc().Get("value").String())
}

// The radio groups' keys.
const (
	timelinePathwayKey = "pathway"
	timelinePaceKey    = "pace"
)

func (t *planTimeline) Render() app.UI {
	pathways := appData().Main().Pathways
	paces := []struct {
		pace  store.Pace
		label string
	}{{store.FullTime, "Full time"}, {store.PartTime, "Part time"}}
	return app.Div().ID("plan-timeline").Class("plan-timeline").Body(
		app.Div().Class("timeline-choices no-print").Body(
			app.FieldSet().Class("choices timeline-pathways").Body(
				app.Legend().Text("Which education pathway will you follow?"),
				app.Range(pathways).Slice(func(i int) app.UI {
					p := pathways[i]
					return newRadioChoice().
						ID("pathway-choice-"+p.ID).
						Name("timeline-pathway").
						Value(p.ID).
						Label(p.Name+" ("+p.MonthsText()+")").
						Checked(t.IChoice.Pathway == p.ID).
						Sends(actionPlanChoice, timelinePathwayKey)
				}),
			),
			app.FieldSet().Class("choices timeline-pace").Body(
				app.Legend().Text("Will you study full time or part time?"),
				app.Range(paces).Slice(func(i int) app.UI {
					p := paces[i]
					return newRadioChoice().
						ID("pace-"+string(p.pace)).
						Name("timeline-pace").
						Value(string(p.pace)).
						Label(p.label).
						Checked(t.IChoice.Pace == p.pace || t.IChoice.Pace == "" && p.pace == store.FullTime).
						Sends(actionPlanChoice, timelinePaceKey)
				}),
			),
			app.Div().Class("plan-field").Body(
				app.Label().For("timeline-start").Text("The month you can start"),
				app.Input().Type("month").ID("timeline-start").Placeholder("YYYY-MM").Pattern(`[0-9]{4}-[0-9]{2}`).
					Aria("describedby", "timeline-start-hint").Value(t.IChoice.Start.String()).OnChange(t.startChanged),
				app.Small().ID("timeline-start-hint").Class("plan-hint").Text("Year and month, such as 2026-09. If you have already started, give the month you started."),
				app.P().ID("timeline-start-error").Class("quiz-missing").Role("alert").Text(t.IStartError),
			),
		),
		timelineView(t.IPlan),
	)
}

// timelineView is the timeline laid out: the milestones with their months,
// what is left to pay, and what the app assumes. Each figure is cited; a
// figure the data lacks is said to be missing.
func timelineView(tp quiz.TimelinePlan) app.UI {
	d := appData()
	return app.Div().ID("timeline-view").Class("timeline-view").Body(
		app.If(tp.Missing != "", func() app.UI {
			return app.P().ID("timeline-missing").Class("timeline-missing").Text(tp.Missing)
		}),
		app.If(len(tp.Milestones) > 0, func() app.UI {
			return app.Ol().ID("timeline-milestones").Class("timeline-milestones").Body(app.Range(tp.Milestones).Slice(func(i int) app.UI {
				m := tp.Milestones[i]
				return app.Li().ID("milestone-"+string(m.Kind)).Class("milestone").DataSet("dated", m.Dated()).Body(
					app.P().Class("milestone-when").Body(app.Strong().Text(m.When())),
					app.P().Class("milestone-title").Text(m.Title),
					app.If(m.Detail != "", func() app.UI { return app.P().Class("milestone-detail").Text(m.Detail) }),
					app.If(m.Source != "", func() app.UI { return citation(m.Source, m.AsOf, "") }),
				)
			}))
		}),
		app.If(len(tp.Cost.Parts) > 0, func() app.UI {
			return app.Div().Class("table-scroll").Body(
				app.Table().ID("timeline-costs").Class("timeline-costs").Body(
					app.Caption().Text("What is left to pay on this route"),
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text("Cost"),
						app.Th().Scope("col").Text("Amount"),
					)),
					app.TBody().Body(app.Range(tp.Cost.Parts).Slice(func(i int) app.UI {
						p := tp.Cost.Parts[i]
						return app.Tr().Body(
							app.Th().Scope("row").Text(p.Label),
							app.Td().Body(
								app.If(p.Range != nil, func() app.UI {
									return app.Span().Class("money").Body(app.Span().Class("amount").Text(quiz.MoneyRange(d, *p.Range)))
								}).Else(func() app.UI {
									return app.Span().Class("no-figure-label").Text(p.Unknown)
								}),
								app.If(p.Note != "", func() app.UI { return app.Span().Class("as-stated").Text("As the source gives it: " + p.Note) }),
								app.If(p.Source != "", func() app.UI { return citation(p.Source, p.AsOf, "") }),
							),
						)
					})),
				),
			)
		}),
		app.If(tp.Cost.Text != "", func() app.UI {
			return app.P().ID("timeline-total").Class("timeline-total").Body(app.Strong().Text("Total: "), app.Text(tp.Cost.Text))
		}),
		app.If(tp.Assumptions != "", func() app.UI {
			return app.P().Class("muted timeline-assumptions").Text(tp.Assumptions)
		}),
	)
}
