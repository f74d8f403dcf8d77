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

// Render draws one column per attempt and one row per measure, so the
// usual one to three attempts fit a phone; the eleven measures would not
// fit it side by side.
func (h *planHistory) Render() app.UI {
	if len(h.IHistory) == 0 {
		return app.P().ID("plan-history").Text("No attempts yet. Each time you finish the readiness quiz, its scores are added here.")
	}
	areas := quizData().Areas
	return app.Div().ID("plan-history").Class("table-scroll").Body(
		app.Table().Class("plan-history").Body(
			app.Caption().Text("Your scores at each attempt, oldest on the left; the overall score shows its change since the attempt before"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Score"),
				app.Range(h.IHistory).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Text(attemptDate(h.IHistory[i]))
				}),
			)),
			app.TBody().Body(
				h.row("Overall", "num", h.overall),
				app.Range(areas).Slice(func(j int) app.UI {
					return h.row(areas[j].Name, "num", func(i int) string {
						if p, ok := h.IHistory[i].Areas[areas[j].ID]; ok {
							return strconv.Itoa(p) + "%"
						}
						return "—"
					})
				}),
				h.row("Level", "", func(i int) string { return attemptLevel(h.IHistory[i]) }),
				h.row("Knowledge check", "", func(i int) string { return attemptKnowledge(h.IHistory[i]) }),
			),
		),
	)
}

// row is one measure across every attempt; class "num" aligns scores.
func (h *planHistory) row(measure, class string, cell func(attempt int) string) app.UI {
	return app.Tr().Body(
		app.Th().Scope("row").Text(measure),
		app.Range(h.IHistory).Slice(func(i int) app.UI { return app.Td().Class(class).Text(cell(i)) }),
	)
}

// overall is an attempt's overall score with its change since the one
// before.
func (h *planHistory) overall(i int) string {
	a := h.IHistory[i]
	text := strconv.Itoa(a.Overall) + "%"
	if i == 0 {
		return text
	}
	diff := a.Overall - h.IHistory[i-1].Overall
	sign := "+"
	if diff < 0 {
		sign = "−"
		diff = -diff
	}
	return text + " (" + sign + strconv.Itoa(diff) + ")"
}

func attemptDate(a store.Attempt) string {
	if a.Imported {
		return formatDay(a.Date) + " (shared)"
	}
	return formatDay(a.Date)
}

func attemptLevel(a store.Attempt) string {
	path := appData().Main().CareerPath
	if a.Level >= 1 && a.Level <= len(path) {
		return path[a.Level-1].Title
	}
	return "Not yet at level 1"
}

func attemptKnowledge(a store.Attempt) string {
	if a.KnowledgeAnswered > 0 {
		return strconv.Itoa(a.KnowledgeCorrect) + " of " + strconv.Itoa(a.KnowledgeAnswered)
	}
	return "Not taken"
}
