package ui

import (
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planItem is one checklist line: the item, its links and its status as a
// radio group (to do, doing, done, skipped) that sends the plan a status
// action. Printed, the radios give way to the status in words.
type planItem struct {
	app.Compo
	IItem   quiz.PlanItem
	IStatus store.Status
}

func newPlanItem() *planItem { return &planItem{IStatus: store.ToDo} }

// Item sets the plan item.
func (p *planItem) Item(v quiz.PlanItem) *planItem { p.IItem = v; return p }

// Status sets the item's current status.
func (p *planItem) Status(v store.Status) *planItem { p.IStatus = v; return p }

func (p *planItem) Render() app.UI {
	it := p.IItem
	return app.Li().ID("plan-"+it.ID).Class("plan-item", "plan-"+string(p.IStatus)).DataSet("status", string(p.IStatus)).Body(
		app.P().Class("plan-text").Body(
			app.Strong().Text(it.Text),
			app.Span().Class("plan-status-print").Text(" — "+p.IStatus.Label()),
		),
		app.If(it.Detail != "", func() app.UI { return app.P().Class("plan-detail").Text(it.Detail) }),
		linkList(it.Links),
		app.FieldSet().Class("plan-status").Body(
			app.Legend().Body(app.Text("Status"), app.Span().Class("quiz-sr-only").Text(" of: "+it.Text)),
			app.Range(store.Statuses).Slice(func(i int) app.UI {
				st := store.Statuses[i]
				return newRadioChoice().
					ID("status-"+it.ID+"-"+string(st)).
					Name("status-"+it.ID).
					Value(string(st)).
					Label(st.Label()).
					Checked(p.IStatus == st).
					Sends(actionPlanStatus, it.ID)
			}),
		),
	)
}
