//go:build !wasm

package quiz

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

func TestMarkAPlanItemDoneAndReload(t *testing.T) {
	d := data.MustLoad()
	tb := freshTab(t, "/plan")
	if got := tb.Text("h1"); got != "My plan" {
		t.Fatalf("h1 is %q", got)
	}
	// With no quiz taken, the plan is the six steps.
	for i, s := range d.Main().Steps {
		id := fmt.Sprintf("#plan-step-%d", i+1)
		if got := textOf(tb, id+" .plan-text strong"); got != s.Title {
			t.Errorf("%s reads %q, want %q", id, got, s.Title)
		}
	}
	if got := tb.Eval(`document.querySelector("#plan-step-2").dataset.status`); got != "todo" {
		t.Fatalf("step 2 starts as %v", got)
	}
	tb.Click(`label[for="status-step-2-done"]`)
	tb.WaitFor("step 2 to be done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
	tb.Click(`label[for="status-step-3-doing"]`)
	tb.WaitFor("step 3 to be doing", `document.querySelector("#plan-step-3").dataset.status === "doing"`)
	tb.CheckContrast(t, "the plan with a step done and one under way")

	tb.ReloadSaved()
	if got := tb.Eval(`document.querySelector("#plan-step-2").dataset.status`); got != "done" {
		t.Errorf("after reload step 2 is %v, want done", got)
	}
	if tb.Eval(`document.getElementById("status-step-2-done").checked`) != true {
		t.Errorf("after reload the Done radio of step 2 is not checked")
	}
	if got := tb.Eval(`document.querySelector("#plan-step-3").dataset.status`); got != "doing" {
		t.Errorf("after reload step 3 is %v, want doing", got)
	}

	// Printed, each item shows its text and its status in words, not radios.
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	printed := textOf(tb, "#plan-step-2")
	if !strings.Contains(printed, d.Main().Steps[1].Title+" — Done") {
		t.Errorf("printed item reads %q, want its text and status", printed)
	}
	if v := tb.Eval(`getComputedStyle(document.querySelector("#plan-step-2 fieldset")).display`); v != "none" {
		t.Errorf("the status radios print (display %v)", v)
	}
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
	if v := tb.Eval(`getComputedStyle(document.querySelector("#plan-step-2 .plan-status-print")).display`); v != "none" {
		t.Errorf("the printed status shows on screen (display %v)", v)
	}
}

func TestPlanFollowsTheQuizAndClearMyDataAsksFirst(t *testing.T) {
	tb, want := finishQuiz(t)

	tb.Click("#quiz-open-plan")
	tb.WaitText("h1", "My plan")
	tb.WaitSavedLoaded()
	for _, g := range want.Gaps {
		id := "#plan-gap-" + g.AreaID
		if got := textOf(tb, id+" .plan-text strong"); got != g.Action {
			t.Errorf("%s reads %q, want %q", id, got, g.Action)
		}
	}
	history := textOf(tb, "#plan-history")
	if !strings.Contains(history, percent(want.Overall.Percent)) || !strings.Contains(history, time.Now().UTC().Format("2 January 2006")) {
		t.Errorf("history does not list today's attempt with %s: %q", percent(want.Overall.Percent), history)
	}

	gap := "gap-" + want.Gaps[0].AreaID
	tb.Click(`label[for="status-` + gap + `-skipped"]`)
	tb.WaitFor("the gap item to be skipped", `document.querySelector("#plan-`+gap+`").dataset.status === "skipped"`)

	// Clearing asks first, in the page; cancelling keeps everything.
	tb.Click("#clear-start")
	tb.WaitText("#clear-confirm", "Delete everything this app saved in this browser?")
	if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "clear-confirm" {
		t.Errorf("focus is on %q, want the confirmation", id)
	}
	tb.Click("#clear-cancel")
	tb.WaitFor("the confirmation to close", `!document.getElementById("clear-confirm")`)
	if s := savedState(t, tb); len(s.History) != 1 {
		t.Fatalf("cancel lost data: %+v", s)
	}
	tb.Click("#clear-start")
	tb.Click("#clear-yes")
	tb.WaitText("#clear-done", "has been deleted")
	if v := tb.Eval(`localStorage.getItem("` + store.Key + `")`); v != nil {
		t.Errorf("after clearing, storage still holds %v", v)
	}
	if exists(tb, "#plan-"+gap) || !strings.Contains(textOf(tb, "#plan-history"), "No attempts yet") {
		t.Errorf("the page still shows the cleared data")
	}
	tb.ReloadSaved()
	if exists(tb, "#plan-"+gap) || !strings.Contains(textOf(tb, "#plan-basis"), "not finished the readiness quiz") {
		t.Errorf("cleared data came back after a reload")
	}
}

func TestDamagedSavedDataGivesAClearMessageAndTheAppStaysUsable(t *testing.T) {
	tb := freshTab(t, "/plan")
	good := string(store.Encode(store.State{
		History: []store.Attempt{{ID: "a", Date: time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), Overall: 44, Areas: map[string]int{"coding": 20}, Level: 1}},
		Plan: []store.PlanEntry{
			{ID: "step-1", Text: "Finish an accredited HIT program", Status: store.Done},
			{ID: "step-4", Text: "Build your network", Status: store.Doing},
		},
	}))
	// Cut off in the middle of the second plan item: the first survives.
	damaged := good[:strings.Index(good, `"step-4"`)+4]
	setSaved(tb, store.Key, damaged)
	tb.ReloadSaved()
	tb.WaitText("#saved-data-damaged", "Some of your saved data was damaged and could not be read.")
	tb.WaitText("#saved-data-damaged", "plan: is cut off after 1 entry")
	tb.CheckContrast(t, "the plan with a message about damaged saved data")
	if got := tb.Eval(`document.querySelector("#plan-step-1").dataset.status`); got != "done" {
		t.Errorf("the readable plan item was lost: step 1 is %v", got)
	}
	if !strings.Contains(textOf(tb, "#plan-history"), "44%") {
		t.Errorf("the readable history was lost")
	}
	if got := tb.Eval(`localStorage.getItem("` + store.DamagedKey + `")`); got != damaged {
		t.Errorf("the damaged data was not kept aside: %v", got)
	}
	// Still usable: mark an item, reload, the mark stays and the message goes.
	tb.Click(`label[for="status-step-5-done"]`)
	tb.WaitFor("step 5 to be done", `document.querySelector("#plan-step-5").dataset.status === "done"`)
	tb.ReloadSaved()
	if got := tb.Eval(`document.querySelector("#plan-step-5").dataset.status`); got != "done" {
		t.Errorf("after repairing, step 5 is %v", got)
	}
	if exists(tb, "#saved-data-damaged") {
		t.Errorf("the damage message stays after the repaired data was saved")
	}

	// Garbage and wrong types on the quiz page: a message, and the quiz runs.
	setSaved(tb, store.Key, `{"version":2,"progress":{"stage":"self","current":"three","answers":{"edu-training":{"choice":"x"}}},"history":"lots"}`)
	tb.OpenSaved("/quiz")
	tb.WaitText("#saved-data-damaged", "current question: should be a whole number but is text")
	tb.WaitText("#saved-data-damaged", "history: should be a list but is text")
	waitStep(tb, "Question 1 of")
	q := data.MustLoadQuiz()
	answerQuiz(t, tb, q, 0, 2, varied)
	waitStep(tb, "Question 3 of")

	setSaved(tb, store.Key, "}{ not json")
	tb.ReloadSaved()
	tb.WaitText("#saved-data-damaged", "is not in a format this app can read")
	tb.Click("#quiz-start")
	waitStep(tb, "Question 1 of")
}

func TestShareLinkOpensInAFreshBrowser(t *testing.T) {
	tb, want := finishQuiz(t)

	tb.OpenSaved("/plan")
	tb.Click("#share-create")
	tb.WaitFor("the share link", `document.getElementById("share-link") && document.getElementById("share-link").value !== ""`)
	link := e2e.Run(tb, chromedp.Evaluate[string](`document.getElementById("share-link").value`))
	if !strings.HasPrefix(link, e2e.ServerURL()+"/plan#share=") {
		t.Fatalf("share link %q does not open the plan with a share fragment", link)
	}
	// The link carries the scores of the latest attempt and nothing more.
	shared, err := store.DecodeShare(link[strings.Index(link, "share=")+len("share="):])
	if err != nil {
		t.Fatalf("the app made a link it cannot read: %v", err)
	}
	mine := savedState(t, tb)
	if latest := mine.Latest(); latest == nil || shared.Overall != latest.Overall || len(shared.Areas) != len(latest.Areas) {
		t.Errorf("the link holds %+v, not the latest attempt", shared)
	}

	// A fresh profile has nothing saved: the link alone carries the result.
	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	other := e2e.NewTabIn(t, ctx, e2e.ServerURL())
	other.Open(strings.TrimPrefix(link, e2e.ServerURL()))
	other.WaitSavedLoaded()
	other.WaitText("#plan-shared", "You opened a shared result from")
	if got := textOf(other, "#plan-shared #quiz-overall strong"); got != percent(want.Overall.Percent) {
		t.Errorf("shared overall shows %q, want %s", got, percent(want.Overall.Percent))
	}
	for _, a := range want.Areas {
		if got := textOf(other, "#plan-shared #area-"+a.ID+" .quiz-score strong"); got != percent(a.Percent) {
			t.Errorf("shared area %s shows %q, want %s", a.ID, got, percent(a.Percent))
		}
	}
	if exists(other, "#plan-shared #quiz-restart") || exists(other, "#plan-shared #quiz-review") {
		t.Errorf("the shared result is not read-only")
	}
	if !strings.Contains(textOf(other, "#plan-basis"), "not finished the readiness quiz") {
		t.Errorf("opening the link changed the fresh profile's own data")
	}
	other.Click("#shared-import")
	other.WaitText("#plan-imported", "added to your history")
	other.WaitText("#plan-history", "(shared)")
	if exists(other, "#plan-shared") {
		t.Errorf("the shared view stays after importing")
	}
	if loc := e2e.Run(other, chromedp.Location()); strings.Contains(loc, "share=") {
		t.Errorf("after importing the address still holds the share link: %s", loc)
	}
	for _, g := range want.Gaps {
		if !exists(other, "#plan-gap-"+g.AreaID) {
			t.Errorf("the imported result did not bring gap %s into the plan", g.AreaID)
		}
	}

	// A cut-off or garbage link says what is wrong and breaks nothing.
	token := link[strings.Index(link, "share=")+len("share="):]
	other.Open("/plan#share=" + token[:len(token)/2])
	other.WaitSavedLoaded()
	other.WaitText("#share-error", "This share link is incomplete or damaged")
	other.WaitText("#plan-history", "(shared)")
	other.Open("/plan#share=!!not-a-link")
	other.WaitSavedLoaded()
	other.WaitText("#share-error", "contains characters a share link never has")
}

// finishQuiz answers every question in a fresh browser and returns the tab,
// showing the result, with the result the scoring gives for those answers.
func finishQuiz(t *testing.T) (*e2e.Tab, quiz.Result) {
	t.Helper()
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	tb.Click("#quiz-start")
	answers := answerQuiz(t, tb, q, 0, len(q.Questions), varied)
	tb.WaitText("#quiz-result-title", "Your result")
	return tb, quiz.Score(q, d.Main(), d, quiz.Input{Answers: answers})
}
