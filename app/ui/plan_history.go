package ui

import (
	"strconv"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planHistory is the table of earlier attempts with their date and scores,
// so progress shows.
type planHistory struct {
	app.Compo
	IHistory []store.Attempt
}

func newPlanHistory() *planHistory { return &planHistory{} }

// History sets the attempts, oldest first.
func (h *planHistory) History(v []store.Attempt) *planHistory { h.IHistory = v; return h }

// formatDay writes a date as people read it, such as "1 June 2025".
func formatDay(t time.Time) string { return t.UTC().Format("2 January 2006") }

func (h *planHistory) Render() app.UI {
	if len(h.IHistory) == 0 {
		return app.P().ID("plan-history").Text("No attempts yet. Each time you finish the readiness quiz, its scores are added here.")
	}
	areas := quizData().Areas
	path := appData().Main().CareerPath
	return app.Div().ID("plan-history").Class("table-scroll").Body(
		app.Table().Class("plan-history").Body(
			app.Caption().Text("Your attempts, oldest first, with the change in overall score"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Date"),
				app.Th().Scope("col").Text("Overall"),
				app.Range(areas).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(areas[i].Name) }),
				app.Th().Scope("col").Text("Level"),
				app.Th().Scope("col").Text("Knowledge check"),
			)),
			app.TBody().Body(app.Range(h.IHistory).Slice(func(i int) app.UI {
				a := h.IHistory[i]
				overall := strconv.Itoa(a.Overall) + "%"
				if i > 0 {
					diff := a.Overall - h.IHistory[i-1].Overall
					sign := "+"
					if diff < 0 {
						sign = "−"
						diff = -diff
					}
					overall += " (" + sign + strconv.Itoa(diff) + ")"
				}
				level := "Not yet at level 1"
				if a.Level >= 1 && a.Level <= len(path) {
					level = path[a.Level-1].Title
				}
				knowledge := "Not taken"
				if a.KnowledgeAnswered > 0 {
					knowledge = strconv.Itoa(a.KnowledgeCorrect) + " of " + strconv.Itoa(a.KnowledgeAnswered)
				}
				date := formatDay(a.Date)
				if a.Imported {
					date += " (shared)"
				}
				return app.Tr().Body(
					app.Th().Scope("row").Text(date),
					app.Td().Class("num").Text(overall),
					app.Range(areas).Slice(func(j int) app.UI {
						if p, ok := a.Areas[areas[j].ID]; ok {
							return app.Td().Class("num").Text(strconv.Itoa(p) + "%")
						}
						return app.Td().Class("num").Text("—")
					}),
					app.Td().Text(level),
					app.Td().Text(knowledge),
				)
			})),
		),
	)
}
