package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planBoard is the personal plan: Print and Share at the top; the verdict
// and the progress line; a checklist from the latest result's gaps and the
// steps into the job, started from the answers, each step with a target
// month and a note; the dated timeline with its cost; the history of
// attempts; and, apart at the bottom, clearing all data. It also opens
// share links. Like quizFlow, it keeps its state in unexported fields so
// parent renders cannot reset it, and handles the actions its parts send.
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
	// targetErrors and noteErrors say, by item id, why what was typed was
	// not saved; startError the same for the timeline's start month.
	targetErrors, noteErrors map[string]string
	startError               string
	// generation counts the times the plan was replaced from outside
	// (cleared), so that its items mount anew (planItem.IGeneration).
	generation int
	mounted    app.Context
}

// The plan's actions. A status, a target and a note come with a choice: the
// item's id and the value; a timeline choice with the choice's key
// (timelinePathwayKey or timelinePaceKey) and the value; the start month
// with the text typed.
const (
	actionPlanStatus      = "plan-status"
	actionPlanTarget      = "plan-target"
	actionPlanNote        = "plan-note"
	actionPlanChoice      = "plan-timeline-choice"
	actionPlanStart       = "plan-timeline-start"
	actionPlanImport      = "plan-import"
	actionPlanCloseShared = "plan-close-shared"
	actionPlanClear       = "plan-clear"
)

func newPlanBoard() *planBoard { return &planBoard{} }

func (b *planBoard) OnMount(ctx app.Context) {
	b.mounted = ctx
	drawnLoaded := b.loaded // the browser's first render read the saved plan
	b.load()
	b.readShareLink(ctx)
	if drawnLoaded && b.shared == nil && b.shareError == "" {
		changedNothingDrawn(ctx)
	}
	ctx.Handle(actionPlanStatus, b.setStatus)
	ctx.Handle(actionPlanTarget, b.setTarget)
	ctx.Handle(actionPlanNote, b.setNote)
	ctx.Handle(actionPlanChoice, b.setChoice)
	ctx.Handle(actionPlanStart, b.setStart)
	onAction(ctx, actionPlanImport, b.importShared)
	onAction(ctx, actionPlanCloseShared, b.closeShared)
	onAction(ctx, actionPlanClear, b.clear)
	onAction(ctx, actionBackupRestored, b.reloadSaved)
}

// load reads the saved plan, once. In the browser the first render does
// it, so the takeover draws the student's own plan at once, rather than the
// server's empty one first and the whole plan again a moment later.
func (b *planBoard) load() {
	if b.loaded {
		return
	}
	b.saved = loadSaved()
	b.state = b.saved.state
	b.loaded = true
	b.targetErrors, b.noteErrors = map[string]string{}, map[string]string{}
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
	b.cleared = false
	if err := saveState(b.state); err != nil {
		b.saveError = err.Error()
	}
}

// item is the checklist item with the id, if the plan has it.
func (b *planBoard) item(id string) (quiz.PlanItem, bool) {
	gaps, steps, earlier := b.items()
	for _, it := range slices.Concat(gaps, steps, earlier) {
		if it.ID == id {
			return it, true
		}
	}
	return quiz.PlanItem{}, false
}

// setStatus saves the status chosen for an item on the checklist.
func (b *planBoard) setStatus(ctx app.Context, a app.Action) {
	c, ok := a.Value.(choice)
	st := store.Status(c.Value)
	if !ok || !slices.Contains(store.Statuses, st) {
		return
	}
	if it, ok := b.item(c.Key); ok {
		b.state.SetStatus(it.ID, it.Text, st, time.Now())
		b.save()
	}
}

// setTarget saves the month typed or picked as an item's target; a text
// that is not a month is kept on screen with a message and not saved.
func (b *planBoard) setTarget(ctx app.Context, a app.Action) {
	c, ok := a.Value.(choice)
	if !ok {
		return
	}
	it, ok := b.item(c.Key)
	if !ok {
		return
	}
	m, err := store.ParseMonth(strings.TrimSpace(c.Value))
	if err != nil {
		b.targetErrors[it.ID] = monthProblem(c.Value, err)
		return
	}
	delete(b.targetErrors, it.ID)
	b.state.SetTarget(it.ID, it.Text, m, time.Now())
	b.save()
}

// monthProblem says why a text typed as a month was not saved.
func monthProblem(typed string, err error) string {
	return "“" + typed + "” " + err.Error() + ". It was not saved."
}

// setNote saves an item's note as it is typed; a note too long to save is
// kept on screen with a message.
func (b *planBoard) setNote(ctx app.Context, a app.Action) {
	c, ok := a.Value.(choice)
	if !ok {
		return
	}
	it, ok := b.item(c.Key)
	if !ok {
		return
	}
	if err := b.state.SetNote(it.ID, it.Text, c.Value, time.Now()); err != nil {
		b.noteErrors[it.ID] = err.Error()
		return
	}
	delete(b.noteErrors, it.ID)
	b.save()
}

// setChoice saves the pathway or the pace chosen for the timeline.
func (b *planBoard) setChoice(ctx app.Context, a app.Action) {
	c, ok := a.Value.(choice)
	if !ok {
		return
	}
	t := &b.state.Timeline
	switch c.Key {
	case timelinePathwayKey:
		if !slices.ContainsFunc(appData().Main().Pathways, func(p data.Pathway) bool { return p.ID == c.Value }) {
			return
		}
		t.Pathway = c.Value
	case timelinePaceKey:
		if p := store.Pace(c.Value); p == store.FullTime || p == store.PartTime {
			t.Pace = p
		} else {
			return
		}
	default:
		return
	}
	b.save()
}

// setStart saves the month the student can start.
func (b *planBoard) setStart(ctx app.Context, a app.Action) {
	typed, ok := a.Value.(string)
	if !ok {
		return
	}
	m, err := store.ParseMonth(strings.TrimSpace(typed))
	if err != nil {
		b.startError = monthProblem(typed, err)
		return
	}
	b.startError = ""
	b.state.Timeline.Start = m
	b.save()
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
	b.generation++
	clear(b.targetErrors)
	clear(b.noteErrors)
	b.startError = ""
	focusByID(b.mounted, "clear-done")
}

// items are the checklist: the latest result's gaps and the steps into the
// job, then anything marked earlier that the current list no longer has.
func (b *planBoard) items() (gaps, steps, earlier []quiz.PlanItem) {
	return planItems(&b.state)
}

func (b *planBoard) itemList(id string, lines []planLine) app.UI {
	return app.Ul().ID(id).Class("plan-list").Body(app.Range(lines).Slice(func(i int) app.UI {
		l := lines[i]
		return newPlanItem().Line(l).Errors(b.targetErrors[l.Item.ID], b.noteErrors[l.Item.ID]).Generation(b.generation)
	}))
}

// planProgress is the progress line, "5 of 13 done", with a bar; the line
// is the bar's label, so the bar is never without its words.
func planProgress(id string, c store.PlanCount) app.UI {
	return app.Div().ID(id).Class("plan-progress").Body(
		app.Label().For(id+"-bar").Text(c.Text()),
		app.Progress().ID(id+"-bar").Max(max(c.Total, 1)).Value(c.Done).Text(c.Text()),
	)
}

func (b *planBoard) Render() app.UI {
	if app.IsClient {
		b.load()
	}
	v := newPlanView(&b.state)
	latest := v.Latest
	var verdict quiz.Verdict
	var result quiz.Result
	var date time.Time
	if latest != nil {
		d := appData()
		result = quiz.FromSummary(quizData(), d.Main(), d, latest.Scores())
		verdict = quiz.Decide(quizData(), d.Main(), result)
		date = latest.Date
	}
	board := app.Div().ID("plan-app").Class("plan")
	if b.shared != nil {
		// Printed, a shared plan goes on paper without the reader's own.
		board = board.Class("plan-with-shared")
	}
	return board.DataSet("loaded", b.loaded).Body(
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
		app.Div().Class("plan-own").Body(
			// First, where the server draws it too: the tools below change
			// with the saved plan, and nothing above the lead does.
			app.P().Class("lead").Text("Your checklist for becoming a Health Information Technician, with dates and costs. Mark each step as you go; it is saved in this browser."),
			app.Div().ID("plan-tools").Class("plan-tools no-print").Body(
				printSummaryButton("plan-print-summary"),
				newPlanShare().Shared(v.shared(&b.state)),
			),
			app.If(latest == nil, func() app.UI {
				return app.P().ID("plan-basis").Body(
					app.Text("You have not finished the readiness quiz yet. "),
					app.A().Href(href("/quiz")).Text("Take the quiz"),
					app.Text(" to add your own gaps and start the plan from your answers; until then the plan holds the "+stepCount(appData().Main())+" into the job."),
				)
			}).Else(func() app.UI {
				return app.Div().Body(
					app.P().ID("plan-verdict").Class("plan-verdict").Body(verdictHeadline(verdict)...),
					app.P().ID("plan-basis").Text("Built from your result of "+formatDay(latest.Date)+": overall "+strconv.Itoa(latest.Overall)+"%, with every area below "+strconv.Itoa(quizData().GapBelow)+"% listed as a gap."),
				)
			}),
			planProgress("plan-progress", v.Count),
			localContact(contactOnPlan),
			newBrowserTurn(),
			app.If(len(v.Gaps) > 0, func() app.UI {
				return app.Section().Class("plan-section").Aria("labelledby", "plan-gaps-title").Body(
					app.H2().ID("plan-gaps-title").Text("Close your gaps"),
					b.itemList("plan-gaps", v.Gaps),
				)
			}),
			newBrowserTurn(),
			app.Section().Class("plan-section").Aria("labelledby", "plan-steps-title").Body(
				app.H2().ID("plan-steps-title").Text("The "+stepCount(appData().Main())+" to become one"),
				b.itemList("plan-steps", v.Steps),
			),
			app.If(len(v.Earlier) > 0, func() app.UI {
				return app.Section().Class("plan-section").Aria("labelledby", "plan-earlier-title").Body(
					app.H2().ID("plan-earlier-title").Text("From earlier results"),
					b.itemList("plan-earlier", v.Earlier),
				)
			}),
			newBrowserTurn(),
			app.Section().ID("timeline").Class("plan-section").Aria("labelledby", "timeline-title").Body(
				app.H2().ID("timeline-title").Text("Your timeline and what it costs"),
				app.P().Text("How long it takes and how much it costs from where you are now. Choose a pathway, how you will study and when you can start; the steps you have done are left out."),
				newPlanTimeline().Timeline(b.state.Timeline, v.Timeline).StartError(b.startError),
			),
			newBrowserTurn(),
			app.Section().ID("history").Class("plan-section plan-history-section").Aria("labelledby", "history-title").Body(
				app.H2().ID("history-title").Text("Your earlier attempts"),
				newPlanHistory().History(b.state.History),
			),
			app.Section().ID("clear").Class("plan-section plan-clear-section no-print").Aria("labelledby", "clear-title").Body(
				app.H2().ID("clear-title").Text("Clear my data"),
				newPlanClear().Cleared(b.cleared).Loss(lossText(&b.state)),
			),
		),
		newBrowserTurn(),
		printSummary(summaryInput{Date: date, Verdict: verdict, Overall: result.Overall, Areas: result.Areas, Plan: v}),
	)
}

// lossText says what clearing the saved data would delete.
func lossText(s *store.State) string {
	var lost []string
	if n := len(s.Progress.Answers) + len(s.Progress.Knowledge); n > 0 {
		lost = append(lost, "your "+plural(n, "answer", "answers")+" to the quiz")
	}
	if n := len(s.History); n > 0 {
		lost = append(lost, plural(n, "saved result", "saved results"))
	}
	if n := len(s.Plan); n > 0 {
		lost = append(lost, "the statuses, target months and notes of "+plural(n, "plan item", "plan items"))
	}
	if s.Timeline != (store.TimelineChoice{}) {
		lost = append(lost, "your timeline's choices")
	}
	lost = append(lost, store.Summarize(*s).JobKit()...)
	if len(lost) == 0 {
		return "Nothing is saved in this browser yet."
	}
	return "You will lose " + joinWords(lost) + "."
}

// joinWords joins a list as a sentence does: "a, b and c".
func joinWords(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
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
