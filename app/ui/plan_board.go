package ui

import (
	"slices"
	"strconv"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planBoard is the personal plan: a checklist from the latest result's gaps
// and the steps into the job, the history of attempts, sharing, and clearing all
// data. It also opens share links. Like quizFlow, it keeps its state in
// unexported fields so parent renders cannot reset it, and handles the
// actions its parts send.
type planBoard struct {
	app.Compo
	loaded    bool
	saved     savedState
	state     store.State
	saveError string
	// shared is the result of a share link in the URL, shareError why the
	// link in the URL could not be read.
	shared     *store.Shared
	shareError string
	imported   bool
	cleared    bool
	mounted    app.Context
}

// The plan's actions. A status comes with a choice: the item's id and the
// status.
const (
	actionPlanStatus      = "plan-status"
	actionPlanImport      = "plan-import"
	actionPlanCloseShared = "plan-close-shared"
	actionPlanClear       = "plan-clear"
)

func newPlanBoard() *planBoard { return &planBoard{} }

func (b *planBoard) OnMount(ctx app.Context) {
	b.mounted = ctx
	b.saved = loadSaved()
	b.state = b.saved.state
	b.loaded = true
	b.readShareLink(ctx)
	ctx.Handle(actionPlanStatus, b.setStatus)
	onAction(ctx, actionPlanImport, b.importShared)
	onAction(ctx, actionPlanCloseShared, b.closeShared)
	onAction(ctx, actionPlanClear, b.clear)
	onAction(ctx, actionBackupRestored, b.reloadSaved)
}

func (b *planBoard) OnNav(ctx app.Context) { b.readShareLink(ctx) }

func (b *planBoard) readShareLink(ctx app.Context) {
	b.shared, b.shareError = nil, ""
	token, ok := store.ShareToken(locationHash())
	if !ok {
		return
	}
	s, err := store.DecodeShare(token)
	if err != nil {
		b.shareError = err.Error()
		return
	}
	b.shared = &s
	b.imported = false
}

func (b *planBoard) save() {
	b.saveError = ""
	if err := saveState(b.state); err != nil {
		b.saveError = err.Error()
	}
}

// setStatus saves the status chosen for an item on the checklist.
func (b *planBoard) setStatus(ctx app.Context, a app.Action) {
	c, ok := a.Value.(choice)
	st := store.Status(c.Value)
	if !ok || !slices.Contains(store.Statuses, st) {
		return
	}
	gaps, steps, earlier := b.items()
	for _, it := range slices.Concat(gaps, steps, earlier) {
		if it.ID == c.Key {
			b.state.SetStatus(it.ID, it.Text, st, time.Now())
			b.cleared = false
			b.save()
			return
		}
	}
}

func (b *planBoard) importShared(ctx app.Context) {
	if b.shared == nil {
		return
	}
	b.state.SaveAttempt(b.shared.Attempt())
	b.save()
	b.imported = true
	ctx.Navigate(href("/plan"))
	focusByID(b.mounted, "plan-imported")
}

func (b *planBoard) closeShared(ctx app.Context) {
	ctx.Navigate(href("/plan"))
	focusByID(b.mounted, "plan-title")
}

func (b *planBoard) clear(ctx app.Context) {
	b.saveError = ""
	if err := clearSaved(); err != nil {
		b.saveError = err.Error()
		return
	}
	b.state = store.State{}
	b.saved = savedState{}
	b.imported = false
	b.cleared = true
	focusByID(b.mounted, "clear-done")
}

// items are the checklist: the latest result's gaps and the steps into the job, then
// anything marked earlier that the current list no longer has.
func (b *planBoard) items() (gaps, steps, earlier []quiz.PlanItem) {
	d := appData()
	var found []quiz.Gap
	if a := b.state.Latest(); a != nil {
		found = quiz.GapsFromScores(quizData(), d.Main(), d, a.Areas)
	}
	shown := map[string]bool{}
	for _, it := range quiz.Plan(d.Main(), found) {
		shown[it.ID] = true
		if it.FromGap {
			gaps = append(gaps, it)
		} else {
			steps = append(steps, it)
		}
	}
	for _, e := range b.state.Plan {
		if shown[e.ID] || e.Status == store.ToDo {
			continue
		}
		text := e.Text
		if text == "" {
			text = "Plan item “" + e.ID + "”"
		}
		earlier = append(earlier, quiz.PlanItem{ID: e.ID, Text: text, Detail: "From an earlier result; it is no longer one of your gaps."})
	}
	return gaps, steps, earlier
}

func (b *planBoard) itemList(id string, items []quiz.PlanItem) app.UI {
	return app.Ul().ID(id).Class("plan-list").Body(app.Range(items).Slice(func(i int) app.UI {
		it := items[i]
		return newPlanItem().Item(it).Status(b.state.StatusOf(it.ID))
	}))
}

func (b *planBoard) Render() app.UI {
	gaps, steps, earlier := b.items()
	latest := b.state.Latest()
	return app.Div().ID("plan-app").Class("plan").DataSet("loaded", b.loaded).Body(
		newSavedDataNotice().Saved(b.saved).StorageError(b.saveError),
		app.If(b.shareError != "", func() app.UI {
			return app.Div().ID("share-error").Class("notice").Role("alert").Body(
				app.P().Body(app.Strong().Text("This share link cannot be opened.")),
				app.P().Text(b.shareError),
				app.P().Text("Your own plan below was not changed."),
			)
		}),
		app.If(b.shared != nil, func() app.UI {
			return newPlanShared().Shared(*b.shared)
		}),
		app.If(b.imported, func() app.UI {
			return app.P().ID("plan-imported").Class("status").TabIndex(-1).Role("status").Text("The shared result was added to your history.")
		}),
		app.P().Class("lead").Text("Your checklist for becoming a Health Information Technician. Mark each item as you go; it is saved in this browser and prints cleanly."),
		app.If(latest == nil, func() app.UI {
			return app.P().ID("plan-basis").Body(
				app.Text("You have not finished the readiness quiz yet. "),
				app.A().Href(href("/quiz")).Text("Take the quiz"),
				app.Text(" to add your own gaps; until then the plan holds the "+stepCount(appData().Main())+" into the job."),
			)
		}).Else(func() app.UI {
			return app.P().ID("plan-basis").Text("Built from your result of " + formatDay(latest.Date) + ": overall " + strconv.Itoa(latest.Overall) + "%, with every area below " + strconv.Itoa(quizData().GapBelow) + "% listed as a gap.")
		}),
		app.If(len(gaps) > 0, func() app.UI {
			return app.Section().Class("plan-section").Aria("labelledby", "plan-gaps-title").Body(
				app.H2().ID("plan-gaps-title").Text("Close your gaps"),
				b.itemList("plan-gaps", gaps),
			)
		}),
		app.Section().Class("plan-section").Aria("labelledby", "plan-steps-title").Body(
			app.H2().ID("plan-steps-title").Text("The "+stepCount(appData().Main())+" to become one"),
			b.itemList("plan-steps", steps),
		),
		app.If(len(earlier) > 0, func() app.UI {
			return app.Section().Class("plan-section").Aria("labelledby", "plan-earlier-title").Body(
				app.H2().ID("plan-earlier-title").Text("From earlier results"),
				b.itemList("plan-earlier", earlier),
			)
		}),
		app.Section().ID("history").Class("plan-section plan-history-section").Aria("labelledby", "history-title").Body(
			app.H2().ID("history-title").Text("Your earlier attempts"),
			newPlanHistory().History(b.state.History),
		),
		app.Section().ID("share").Class("plan-section no-print").Aria("labelledby", "share-title").Body(
			app.H2().ID("share-title").Text("Share your result"),
			newPlanShare().Attempt(latest),
		),
		app.Section().ID("clear").Class("plan-section no-print").Aria("labelledby", "clear-title").Body(
			app.H2().ID("clear-title").Text("Clear my data"),
			newPlanClear().Cleared(b.cleared),
		),
		app.P().Class("no-print").Body(
			app.Button().Type("button").Class("secondary").ID("plan-print").Text("Print my plan").OnClick(printPage),
		),
	)
}

// locationHash is the URL fragment as the browser holds it. It is read raw:
// a damaged link may hold escapes that URL parsing rejects, and the share
// token needs no unescaping.
func locationHash() string {
	h := app.Window().Get("location").Get("hash")
	if !h.Truthy() {
		return ""
	}
	return h.String()
}

func printPage(ctx app.Context, e app.Event) {
	app.Window().Call("print")
}
