//go:build !wasm

package storage

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// history is two attempts a week apart, scored in every area of the quiz.
func history() []store.Attempt {
	q := data.MustLoadQuiz()
	var out []store.Attempt
	for i, overall := range []int{38, 57} {
		areas := map[string]int{}
		for j, a := range q.Areas {
			areas[a.ID] = (overall + 9*j) % 100
		}
		date := time.Date(2026, 2, 1+7*i, 0, 0, 0, 0, time.UTC)
		out = append(out, store.Attempt{ID: fmt.Sprintf("seed-%d", i), Date: date, Overall: overall, Areas: areas, Level: 1 + i})
	}
	return out
}

func TestBackupThenClearThenRestoreGivesBackThePlanAndHistory(t *testing.T) {
	tb := freshTab(t, "/plan")
	setSaved(tb, store.State{
		History: history(),
		Plan:    []store.PlanEntry{{ID: "step-1", Text: data.MustLoad().Main().Steps[0].Title, Status: store.Done}},
	})
	tb.ReloadSaved()
	tb.Click(`label[for="status-step-3-doing"]`)
	tb.WaitFor("step 3 to be under way", `document.querySelector("#plan-step-3").dataset.status === "doing"`)
	before := savedRaw(tb)
	saved, err := store.Decode([]byte(before))
	if err != nil || len(saved.History) != 2 || len(saved.Plan) != 2 {
		t.Fatalf("the plan saved %+v (%v)", saved, err)
	}
	historyShown := textOf(tb, "#plan-history")

	// The backup is a download of everything saved.
	dir := downloadsTo(t, tb)
	tb.Click("#backup-save")
	tb.WaitText("#backup-saved", "Your backup is saved as “hit-career-coach-backup-")
	path, file := downloaded(t, dir)
	if want := store.BackupFileName(time.Now()); !strings.HasSuffix(path, want) && !strings.HasSuffix(path, store.BackupFileName(time.Now().Add(-time.Minute))) {
		t.Errorf("the backup is named %s, want %s", path, want)
	}
	backup, err := store.DecodeBackup(file)
	if err != nil {
		t.Fatalf("the app made a backup it cannot restore: %v\n%s", err, file)
	}
	if got := string(store.Encode(backup.State)); got != before {
		t.Errorf("the backup holds\n%s\nwant what was saved\n%s", got, before)
	}

	// Everything cleared, then restored from the file.
	tb.Click("#clear-start")
	tb.Click("#clear-yes")
	tb.WaitText("#clear-done", "has been deleted")
	if savedRaw(tb) != "" || statusOf(tb, "step-1") != "todo" {
		t.Fatal("clearing left the plan behind")
	}
	choose(tb, path)
	tb.WaitText("#backup-confirm", "Restore this backup in place of what is saved here?")
	holds := textOf(tb, "#backup-holds")
	for _, want := range []string{"2 finished quizzes, the latest on 8 February 2026.", "Plan steps: 1 done, 1 doing."} {
		if !strings.Contains(holds, want) {
			t.Errorf("the backup is said to hold %q, want %q in it", holds, want)
		}
	}
	if got := textOf(tb, "#backup-replaces"); got != "Nothing saved." {
		t.Errorf("the backup is said to replace %q", got)
	}
	if savedRaw(tb) != "" {
		t.Fatal("the backup replaced what was saved before it was confirmed")
	}
	tb.Click("#backup-yes")
	tb.WaitText("#backup-restored", "Your backup is restored.")
	if got := savedRaw(tb); got != before {
		t.Errorf("after restoring storage holds\n%s\nwant\n%s", got, before)
	}
	check := func(when string) {
		t.Helper()
		if statusOf(tb, "step-1") != "done" || statusOf(tb, "step-3") != "doing" {
			t.Errorf("%s the plan shows step 1 %v and step 3 %v", when, statusOf(tb, "step-1"), statusOf(tb, "step-3"))
		}
		if got := textOf(tb, "#plan-history"); got != historyShown {
			t.Errorf("%s the history reads\n%s\nwant\n%s", when, got, historyShown)
		}
	}
	check("after restoring")
	tb.ReloadSaved()
	check("after restoring and reloading")
}

func TestADamagedBackupIsRefusedAndChangesNothing(t *testing.T) {
	tb := freshTab(t, "/plan")
	setSaved(tb, store.State{History: history()[:1]})
	tb.ReloadSaved()
	tb.Click(`label[for="status-step-2-done"]`)
	tb.WaitFor("step 2 to be done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
	before := savedRaw(tb)

	good, err := store.EncodeBackup(store.NewBackup(store.State{History: history()}, time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ name, content, reason string }{
		{"cut-off.json", string(good[:len(good)*2/3]), store.ReasonCutOff},
		{"notes.txt", "My notes for the RHIT exam.", store.ReasonForeign},
		{"damaged.json", strings.Replace(string(good), `"overall": 57`, `"overall": "high"`, 1), store.ReasonDamaged},
	} {
		if f.content == string(good) {
			t.Fatalf("%s: the damage does not apply", f.name)
		}
		choose(tb, writeFile(t, f.name, []byte(f.content)))
		tb.WaitText("#backup-refused", f.reason)
		tb.WaitText("#backup-refused", "Nothing was changed.")
		if exists(tb, "#backup-confirm") {
			t.Errorf("%s is offered to restore", f.name)
		}
		if savedRaw(tb) != before || statusOf(tb, "step-2") != "done" || !strings.Contains(textOf(tb, "#plan-history"), "38%") {
			t.Fatalf("%s changed what is saved or shown", f.name)
		}
	}
	tb.ReloadSaved()
	if savedRaw(tb) != before || statusOf(tb, "step-2") != "done" {
		t.Error("after the refusals and a reload the plan is not as it was")
	}
}

// throwOnWrite makes local storage throw on every write as a full one does.
const throwOnWrite = `Storage.prototype.setItem = function () {
	throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", "QuotaExceededError");
};`

func TestAStorageThatThrowsOnWriteKeepsTheAppUsable(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz", throwOnWrite)
	tb.Click("#quiz-start")
	const said = "Your work cannot be saved on this device: this device has no room left for what the app saves."
	for i := 0; i < 3; i++ {
		qu := q.Questions[i]
		tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		tb.Click(fmt.Sprintf(`label[for="choice-%s-1"]`, qu.ID))
		tb.Click("#quiz-next")
	}
	tb.WaitText("#quiz-step", fmt.Sprintf("Question 4 of %d", len(q.Questions)))
	tb.WaitText("#saved-data-unavailable", said)
	once := func(where string) {
		t.Helper()
		if n := tb.Eval(`document.querySelectorAll("#saved-data-unavailable").length`); n != float64(1) {
			t.Errorf("%s: %v cannot-save messages, want one", where, n)
		}
		if n := strings.Count(textOf(tb, "main"), "cannot be saved"); n != 1 {
			t.Errorf("%s: the page says %d times that it cannot save, want once", where, n)
		}
	}
	once("the quiz")
	if got := tb.Eval(`document.getElementById("saved-data-unavailable").getAttribute("role")`); got != "alert" {
		t.Errorf("the first message is not an alert (role %v)", got)
	}
	if savedRaw(tb) != "" {
		t.Fatal("the test's storage saved after all")
	}

	// Inside the app the work goes on: the plan opens, says it once more
	// without alerting, and the quiz comes back where it was.
	tb.Click(`header nav a[href="/plan"]`)
	tb.WaitText("h1", "My plan")
	tb.WaitSavedLoaded()
	tb.WaitText("#saved-data-unavailable", said)
	once("the plan")
	if got := tb.Eval(`document.getElementById("saved-data-unavailable").getAttribute("role")`); got != nil {
		t.Errorf("the plan alerts again (role %v)", got)
	}
	tb.Click(`label[for="status-step-2-done"]`)
	tb.WaitFor("step 2 to be done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
	once("the plan after a tick")
	tb.Click(`header nav a[href="/quiz"]`)
	tb.WaitText("#quiz-step", fmt.Sprintf("Question 4 of %d", len(q.Questions)))
	if got := textOf(tb, "label[for=quiz-progress]"); got != fmt.Sprintf("Progress: 3 of %d questions answered", len(q.Questions)) {
		t.Errorf("back in the quiz the progress reads %q", got)
	}

	// The backup it offers holds the session's work.
	dir := downloadsTo(t, tb)
	tb.Click("#cannot-save-backup")
	tb.WaitText("#saved-data-unavailable", "Your backup is saved as")
	_, file := downloaded(t, dir)
	backup, err := store.DecodeBackup(file)
	if err != nil {
		t.Fatalf("the backup cannot be restored: %v", err)
	}
	if n := len(backup.State.Progress.Answers); n != 3 {
		t.Errorf("the backup holds %d answers, want 3", n)
	}
	if backup.State.StatusOf("step-2") != store.Done {
		t.Errorf("the backup does not hold the plan's tick")
	}
}

const (
	lineMayBeCleared = "This browser may delete what you save here when it runs short of space. To keep it, install the app or save a backup."
	lineGranted      = "This browser has agreed to keep what you save here."
	lineSevenDays    = "This browser may delete what you save here if you go seven days without opening the app. To keep it, add the app to your Home Screen or save a backup."
	iPhone           = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1"
)

func TestThePersistenceStateIsShown(t *testing.T) {
	// A browser of its own: the grant below stays with its profile.
	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	// Started now, so the tabs below open in it rather than each starting
	// a browser of its own on the same profile.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting a second Chromium: %v", err)
	}
	tb := e2e.NewTabIn(t, ctx, e2e.ServerURL())
	tb.OpenSaved("/plan")
	tb.WaitText("#storage-kept", lineMayBeCleared)
	if tb.Eval(`navigator.storage.persisted()`) != false {
		t.Fatal("the browser persists storage from the start; the line above cannot be checked")
	}

	// Granted, the request made at the first save says so.
	e2e.Call(tb, browser.SetPermission, browser.SetPermissionParams{
		Permission: &browser.PermissionDescriptor{Name: "persistent-storage"},
		Setting:    browser.PermissionSettingGranted,
		Origin:     e2e.ServerURL(),
	})
	tb.Click(`label[for="status-step-2-done"]`)
	tb.WaitText("#storage-kept", lineGranted)
	if tb.Eval(`navigator.storage.persisted()`) != true {
		t.Error("the line says the browser keeps the storage, and it does not")
	}

	// Safari outside the Home Screen may clear it whatever it granted; from
	// the Home Screen it keeps to its grant.
	for _, c := range []struct {
		name, before, want string
	}{
		{"Safari in a tab", "", lineSevenDays},
		{"Safari from the Home Screen", `Object.defineProperty(Navigator.prototype, "standalone", {get: () => true});`, lineGranted},
	} {
		apple := e2e.NewTabIn(t, ctx, e2e.ServerURL())
		e2e.Call(apple, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: iPhone})
		if c.before != "" {
			e2e.Call(apple, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: c.before})
		}
		apple.OpenSaved("/plan")
		apple.WaitText("#storage-kept", c.want)
		if got := textOf(apple, "#storage-kept"); got != c.want {
			t.Errorf("%s: the line reads %q, want %q", c.name, got, c.want)
		}
	}
}
