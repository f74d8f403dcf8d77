package ui

import (
	"errors"
	"html"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// careHost mounts the plan's "Keep your plan" section alone, with its own
// context, as the browser would give it on mounting.
type careHost struct{ *storageCare }

func (h *careHost) OnPreRender(ctx app.Context) { h.mounted = ctx }

// careRig is the section over a memory store holding saved, and the
// restored actions it sent.
type careRig struct {
	e        app.TestEngine
	care     *storageCare
	store    *memoryStore
	restored int
}

func newCareRig(t *testing.T, saved *store.State) *careRig {
	t.Helper()
	r := &careRig{care: newStorageCare(), store: useMemoryStore(t, saved)}
	r.e = mount(t, &careHost{r.care})
	r.care.mounted.Handle(actionBackupRestored, func(app.Context, app.Action) { r.restored++ })
	return r
}

// run runs f as the section, as its element handlers do, and draws.
func (r *careRig) run(f func(ctx app.Context)) page {
	r.care.mounted.Dispatch(f)
	r.e.ConsumeAll()
	return htmlOf(r.care)
}

// choose hands the section a chosen file, as the browser does once read.
func (r *careRig) choose(b []byte, err error) page {
	return r.run(func(app.Context) { r.care.read(b, err) })
}

// items are the texts of the list with the id.
func (p page) items(id string) []string {
	s := string(p)
	at := strings.Index(s, `id="`+id+`"`)
	if at < 0 {
		return nil
	}
	s = s[at : strings.Index(s[at:], "</ul>")+at]
	var out []string
	for _, part := range strings.Split(s, "<li>")[1:] {
		out = append(out, page(part[:strings.Index(part, "</li>")]).text())
	}
	return out
}

// text is the page's text without its tags.
func (p page) text() string {
	return strings.TrimSpace(html.UnescapeString(tags.ReplaceAllString(string(p), "")))
}

var tags = regexp.MustCompile(`<[^>]*>`)

var mine = store.State{
	History: []store.Attempt{{ID: "m1", Date: time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), Overall: 41, Areas: map[string]int{"coding": 30}, Level: 1}},
	Plan:    []store.PlanEntry{{ID: "step-1", Text: "Finish an accredited HIT program", Status: store.Done}},
}

var kept = store.State{
	History: []store.Attempt{
		{ID: "k1", Date: time.Date(2025, 11, 2, 0, 0, 0, 0, time.UTC), Overall: 38, Areas: map[string]int{"coding": 25}, Level: 1},
		{ID: "k2", Date: time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC), Overall: 64, Areas: map[string]int{"coding": 70}, Level: 2},
	},
	Plan: []store.PlanEntry{
		{ID: "step-2", Text: "Pass the RHIT exam", Status: store.Doing},
		{ID: "step-3", Text: "Build your network", Status: store.Done},
	},
}

func backupOf(t *testing.T, s store.State) []byte {
	t.Helper()
	b, err := store.EncodeBackup(store.NewBackup(s, time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRestoreShowsWhatTheBackupHoldsAndReplacesBeforeAnythingChanges(t *testing.T) {
	r := newCareRig(t, &mine)
	before := r.store.m[store.Key]
	file := backupOf(t, kept)
	p := r.choose(file, nil)

	backup, _ := store.DecodeBackup(file)
	if got, want := p.items("backup-holds"), backup.Summary().Lines(time.UTC); !reflect.DeepEqual(got, want) || len(want) < 3 {
		t.Errorf("the backup is said to hold %q, want %q", got, want)
	}
	if got, want := p.items("backup-replaces"), store.Summarize(mine).Lines(time.UTC); !reflect.DeepEqual(got, want) {
		t.Errorf("it is said to replace %q, want %q", got, want)
	}
	wantText(t, p, "Made on 1 March 2026.", "2 finished quizzes, the latest on 20 February 2026.", "Plan steps: 1 done, 1 doing.",
		"1 finished quiz, the latest on 10 January 2026.", "Restore this backup in place of what is saved here?")
	if r.store.m[store.Key] != before || r.restored != 0 {
		t.Fatal("choosing a file changed what is saved before it was confirmed")
	}

	// Cancelling keeps everything.
	p = r.run(func(ctx app.Context) { r.care.cancel(ctx, event()) })
	if _, ok := p.byID("backup-confirm"); ok || r.store.m[store.Key] != before {
		t.Error("cancelling did not leave everything as it was")
	}

	// Confirmed, the backup replaces everything and the plan is told.
	r.choose(file, nil)
	p = r.run(func(ctx app.Context) { r.care.restore(ctx, event()) })
	r.e.ConsumeAll()
	if got := r.store.saved(t); !reflect.DeepEqual(got, kept) {
		t.Errorf("after restoring, the saved state is %+v, want %+v", got, kept)
	}
	if r.restored != 1 {
		t.Errorf("the plan was told %d times of the restore, want once", r.restored)
	}
	if _, ok := p.byID("backup-confirm"); ok {
		t.Error("the question stays after restoring")
	}
	wantText(t, p, "Your backup is restored.")
}

func TestADamagedOrForeignFileIsRefusedAndChangesNothing(t *testing.T) {
	good := string(backupOf(t, kept))
	tooNew := strings.Replace(good, `"version": 1`, `"version": 9`, 1)
	files := []struct {
		name   string
		file   []byte
		err    error
		reason string
	}{
		{"cut off", []byte(good[:len(good)/2]), nil, store.ReasonCutOff},
		{"a picture", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, store.ReasonForeign},
		{"other JSON", []byte(`{"hello": "world"}`), nil, store.ReasonForeign},
		{"empty", nil, nil, store.ReasonEmpty},
		{"from a newer app", []byte(tooNew), nil, store.ReasonTooNew},
		{"damaged inside", []byte(strings.Replace(good, `"overall": 64`, `"overall": "lots"`, 1)), nil, store.ReasonDamaged},
		{"unreadable", nil, errUnreadableFile, errUnreadableFile.Reason},
		{"too big", nil, &store.BackupError{Reason: store.ReasonTooBig}, store.ReasonTooBig},
	}
	if tooNew == good || !strings.Contains(good, `"overall": 64`) {
		t.Fatal("the test's changes to the backup do not apply to it")
	}
	r := newCareRig(t, &mine)
	before := r.store.m[store.Key]
	for _, f := range files {
		// A backup waiting to be confirmed goes when a bad file follows it.
		r.choose([]byte(good), nil)
		p := r.choose(f.file, f.err)
		wantText(t, p, f.reason, "Nothing was changed.")
		if _, ok := p.byID("backup-confirm"); ok {
			t.Errorf("%s: the file is offered to restore", f.name)
		}
		if r.store.m[store.Key] != before || r.restored != 0 {
			t.Fatalf("%s: a refused file changed what is saved", f.name)
		}
	}
	// Damage inside says where.
	p := r.choose([]byte(strings.Replace(good, `"overall": 64`, `"overall": "lots"`, 1)), nil)
	if !strings.Contains(p.text(), "overall") {
		t.Errorf("the damaged part is not named: %s", p.text())
	}
	// A good file afterwards is offered as usual.
	if _, ok := r.choose([]byte(good), nil).byID("backup-confirm"); !ok {
		t.Error("a good file after a refused one is not offered")
	}
}

func TestTheCannotSaveMessageIsShownOnceAndTheQuizGoesOn(t *testing.T) {
	r := newQuizRig(t, nil)
	r.store.failSet = true
	r.start()
	for i := 0; i < 3; i++ {
		r.answer(i, 1)
		r.send(actionQuizNext, nil)
	}
	p := r.page()
	wantText(t, p, "Question 4 of")
	const said = "Your work cannot be saved on this device: the storage is full."
	if n := strings.Count(string(p), said); n != 1 {
		t.Errorf("the page says it cannot save %d times, want once", n)
	}
	if n := strings.Count(string(p), `id="saved-data-unavailable"`); n != 1 {
		t.Errorf("%d cannot-save messages, want one", n)
	}
	if v, _ := p.attr("saved-data-unavailable", "role"); v != "alert" {
		t.Errorf("the first cannot-save message is not announced (role %q)", v)
	}
	if _, ok := p.byID("cannot-save-backup"); !ok {
		t.Error("the message does not offer the backup")
	}

	// What storage refused stays for the session: the plan, opened next,
	// goes on from it, says the same once, without alerting again.
	cannotSaveTold = true // as the first message did when it mounted
	b := newPlanBoard()
	mount(t, &boardHost{b})
	plan := htmlOf(b)
	if n := strings.Count(string(plan), said); n != 1 {
		t.Errorf("the plan says it cannot save %d times, want once", n)
	}
	if v, ok := plan.attr("saved-data-unavailable", "role"); ok {
		t.Errorf("the plan alerts again (role %q)", v)
	}
	if got := len(b.state.Progress.Answers); got != 3 {
		t.Errorf("the plan reads %d answers of the session, want 3", got)
	}
	// The backup holds what storage refused.
	if got := savedNow(); len(got.Progress.Answers) != 3 {
		t.Errorf("a backup would hold %d answers, want 3", len(got.Progress.Answers))
	}
	if _, err := saveBackupFile(b.mounted, "keep"); err != nil {
		t.Errorf("no backup of the session: %v", err)
	}

	// Storage that works again takes the state, and the message goes.
	r.store.failSet = false
	p = r.answer(3, 0)
	if _, ok := p.byID("saved-data-unavailable"); ok {
		t.Error("the message stays once saving works")
	}
	if got := r.store.saved(t); len(got.Progress.Answers) != 4 {
		t.Errorf("storage holds %d answers once it works, want 4", len(got.Progress.Answers))
	}
	if unsaved.raw != nil {
		t.Error("the session still holds a copy that storage now has")
	}
}

func TestABackupOfNothingIsNotMade(t *testing.T) {
	useMemoryStore(t, nil)
	_, err := saveBackupFile(app.Context{}, "keep")
	if !errors.Is(err, errNothingSaved) {
		t.Errorf("a backup of nothing: %v", err)
	}
	if got := backupSavedText("", err); got != "Nothing is saved yet, so there is nothing to back up." {
		t.Errorf("it says %q", got)
	}
}

func TestThePlanTakesUpARestoredBackup(t *testing.T) {
	r := newPlanRig(t, &mine)
	r.store.m[store.Key] = string(store.Encode(kept))
	p := r.send(actionBackupRestored, nil)
	if v, _ := p.attr("plan-step-3", "data-status"); v != "done" {
		t.Errorf("after the restore step 3 is %q, want done", v)
	}
	if v, _ := p.attr("plan-step-1", "data-status"); v != "todo" {
		t.Errorf("after the restore step 1 is %q, want to do", v)
	}
	wantText(t, p, "64%", "20 February 2026")
}

func TestThePlanPageKeepsItsPlanOnce(t *testing.T) {
	n := 0
	for _, ui := range planContent() {
		if _, ok := ui.(*storageCare); ok {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the plan page has %d Keep your plan sections, want one", n)
	}
}

func TestTheKeepLineSaysWhetherWhatIsSavedMayGo(t *testing.T) {
	for _, c := range []struct {
		facts keepFacts
		want  string
	}{
		{keepFacts{}, keepMayBeCleared},
		{keepFacts{checked: true, supported: true, persisted: true}, keepGranted},
		{keepFacts{checked: true, supported: true}, keepMayBeCleared},
		{keepFacts{checked: true}, keepUnknown},
		{keepFacts{apple: true}, keepSevenDays},
		{keepFacts{checked: true, supported: true, persisted: true, apple: true}, keepSevenDays},
		{keepFacts{checked: true, supported: true, persisted: true, apple: true, installed: true}, keepGranted},
		{keepFacts{checked: true, supported: true, apple: true, installed: true}, keepMayBeCleared},
		{keepFacts{checked: true, supported: true, failing: true}, ""},
	} {
		if got := keepLine(c.facts); got != c.want {
			t.Errorf("%+v: %q, want %q", c.facts, got, c.want)
		}
	}
	// Where it may go, the line gives both ways out.
	for _, l := range []string{keepSevenDays, keepUnknown, keepMayBeCleared} {
		if !strings.Contains(l, "backup") || !strings.Contains(l, "Home Screen") && !strings.Contains(l, "install the app") {
			t.Errorf("%q does not give both ways out", l)
		}
	}
}

func TestStorageRefusalsAreToldApart(t *testing.T) {
	for thrown, want := range map[string]error{
		"QuotaExceededError: Failed to execute 'setItem' on 'Storage': Setting the value of 'hitcoach.state' exceeded the quota.": errStorageFull,
		"NS_ERROR_DOM_QUOTA_REACHED":                errStorageFull,
		"SecurityError: The operation is insecure.": errStorageRefused,
		"local storage is not available":            errStorageRefused,
	} {
		if got := storageRefusal(thrown); got != want {
			t.Errorf("%q reads as %v", thrown, got)
		}
	}
}
