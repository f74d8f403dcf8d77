package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// planRig is the plan mounted in the test engine over a memory store.
type planRig struct {
	e     app.TestEngine
	board *planBoard
	store *memoryStore
}

func newPlanRig(t *testing.T, saved *store.State) *planRig {
	t.Helper()
	r := &planRig{board: newPlanBoard(), store: useMemoryStore(t, saved)}
	r.e = mount(t, &boardHost{r.board})
	return r
}

func (r *planRig) send(action string, value any) page {
	r.board.mounted.NewActionWithValue(action, value)
	r.e.ConsumeAll()
	return r.page()
}

func (r *planRig) page() page { return htmlOf(r.board) }

func (r *planRig) setStatus(id string, s store.Status) page {
	return r.send(actionPlanStatus, choice{Key: id, Value: string(s)})
}

// listed is the ids of the items in the list with the id, in order.
func (p page) listed(list string) []string {
	s := string(p)
	at := strings.Index(s, `id="`+list+`"`)
	if at < 0 {
		return nil
	}
	end := strings.Index(s[at:], "</ul>")
	var ids []string
	for _, el := range page(s[at : at+end]).elements() {
		if el.name == "li" && strings.HasPrefix(el.attrs["id"], "plan-") {
			ids = append(ids, strings.TrimPrefix(el.attrs["id"], "plan-"))
		}
	}
	return ids
}

var day = time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)

// statusesChecked lists the ids of the checked status radios, in page
// order.
func statusesChecked(p page) []string {
	var ids []string
	for _, id := range p.checked() {
		if strings.HasPrefix(id, "status-") {
			ids = append(ids, id)
		}
	}
	return ids
}

func TestPlanBeforeAnyResultHoldsTheSteps(t *testing.T) {
	r := newPlanRig(t, nil)
	p := r.page()
	_, steps, _ := r.board.items()
	var ids, todo []string
	for _, s := range steps {
		ids = append(ids, s.ID)
		todo = append(todo, "status-"+s.ID+"-todo")
	}
	if got := p.listed("plan-steps"); !reflect.DeepEqual(got, ids) || len(ids) == 0 {
		t.Errorf("the steps listed are %v, want %v", got, ids)
	}
	if got := statusesChecked(p); !reflect.DeepEqual(got, todo) {
		t.Errorf("checked %v, want every step to do", got)
	}
	if _, ok := p.byID("plan-gaps"); ok {
		t.Error("gaps are listed before any result")
	}
	wantText(t, p, "You have not finished the readiness quiz yet.", "No attempts yet.", "Finish the readiness quiz first")
}

func TestPlanStatusIsSavedAndShown(t *testing.T) {
	r := newPlanRig(t, nil)
	_, steps, _ := r.board.items()
	it := steps[1]
	p := r.setStatus(it.ID, store.Doing)
	if v, _ := p.attr("plan-"+it.ID, "data-status"); v != "doing" {
		t.Errorf("data-status = %q, want doing", v)
	}
	if v, _ := p.attr("plan-"+it.ID, "class"); !strings.Contains(v, "plan-doing") {
		t.Errorf("class = %q, want plan-doing", v)
	}
	if _, ok := p.attr("status-"+it.ID+"-doing", "checked"); !ok {
		t.Error("the doing radio is not checked")
	}
	if _, ok := p.attr("status-"+it.ID+"-todo", "checked"); ok {
		t.Error("the to-do radio stays checked")
	}
	want := []store.PlanEntry{{ID: it.ID, Text: it.Text, Status: store.Doing}}
	got := r.store.saved(t).Plan
	for i := range got {
		got[i].Updated = time.Time{}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("saved plan %+v, want %+v", got, want)
	}

	// A status or an item the plan does not have changes nothing.
	r.setStatus(it.ID, "maybe")
	r.setStatus("no-such-item", store.Done)
	r.send(actionPlanStatus, "done")
	if got := r.store.saved(t).Plan; len(got) != 1 || got[0].Status != store.Doing {
		t.Errorf("an unknown status or item changed the plan: %+v", got)
	}
}

func TestPlanIsBuiltFromTheLatestResult(t *testing.T) {
	q := quizData()
	weak, strong := q.Areas[0], q.Areas[1]
	saved := store.State{
		History: []store.Attempt{
			{ID: "a1", Date: day.Add(-48 * time.Hour), Overall: 35, Areas: map[string]int{weak.ID: 20, strong.ID: 50}, Level: 1},
			{ID: "a2", Date: day, Overall: 55, Areas: map[string]int{weak.ID: 10, strong.ID: 100}, Level: 2, KnowledgeCorrect: 3, KnowledgeAnswered: 4, Imported: true},
		},
		Plan: []store.PlanEntry{
			{ID: "old-gap", Text: "Close an old gap", Status: store.Done},
			{ID: "old-untitled", Status: store.Doing},
			{ID: "old-todo", Text: "Never started", Status: store.ToDo},
		},
	}
	r := newPlanRig(t, &saved)
	p := r.page()
	wantText(t, p, "Built from your result of 3 March 2026: overall 55%", "1 March 2026", "3 March 2026 (shared)", "55% (+20)", "3 of 4", "Not taken")

	d := appData()
	var gapIDs []string
	for _, it := range quiz.Plan(d.Main(), quiz.GapsFromScores(q, d.Main(), d, saved.History[1].Areas)) {
		if it.FromGap {
			gapIDs = append(gapIDs, it.ID)
		}
	}
	if got := p.listed("plan-gaps"); len(gapIDs) == 0 || !reflect.DeepEqual(got, gapIDs) {
		t.Errorf("the gaps listed are %v, want %v", got, gapIDs)
	}
	// Items marked earlier and no longer on the list stay, unless never
	// started.
	if got, want := p.listed("plan-earlier"), []string{"old-gap", "old-untitled"}; !reflect.DeepEqual(got, want) {
		t.Errorf("earlier items listed %v, want %v", got, want)
	}
	wantText(t, p, "Close an old gap", "Plan item “old-untitled”")
	if _, ok := p.byID("share-create"); !ok {
		t.Error("a plan with a result offers no share link")
	}
}

func TestPlanClearDeletesEverything(t *testing.T) {
	saved := store.State{History: []store.Attempt{{ID: "a", Date: day, Overall: 50, Areas: map[string]int{}}}}
	r := newPlanRig(t, &saved)
	_, steps, _ := r.board.items()
	r.setStatus(steps[0].ID, store.Done)
	r.store.m[store.DamagedKey] = "{"
	p := r.send(actionPlanClear, nil)
	if len(r.store.m) != 0 {
		t.Errorf("the store still holds %v", r.store.m)
	}
	if _, ok := p.byID("clear-done"); !ok {
		t.Error("clearing does not say it is done")
	}
	wantText(t, p, "You have not finished the readiness quiz yet.", "No attempts yet.")
	if _, ok := p.attr("status-"+steps[0].ID+"-todo", "checked"); !ok {
		t.Error("a cleared plan keeps a step's status")
	}
	// A new status takes the message away.
	p = r.setStatus(steps[0].ID, store.Doing)
	if _, ok := p.byID("clear-done"); ok {
		t.Error("the cleared message stays after a new status")
	}
}

type clearHost struct{ *planClear }

func (h *clearHost) OnPreRender(ctx app.Context) { h.OnMount(ctx) }

func TestPlanClearAsksFirst(t *testing.T) {
	c := newPlanClear()
	_, e, got := sent(t, &clearHost{c}, actionPlanClear)
	press := func(h func(app.Context, app.Event)) page {
		c.mounted.Dispatch(func(ctx app.Context) { h(ctx, event()) })
		e.ConsumeAll()
		return htmlOf(c)
	}
	p := press(c.ask)
	if _, ok := p.byID("clear-confirm"); !ok {
		t.Fatal("Clear my data does not ask first")
	}
	p = press(c.cancel)
	if _, ok := p.byID("clear-start"); !ok || len(*got) != 0 {
		t.Fatalf("Cancel: the button is back: %v; actions sent: %v", ok, *got)
	}
	press(c.ask)
	p = press(c.confirm)
	if len(*got) != 1 || (*got)[0].Name != actionPlanClear {
		t.Errorf("confirming sent %v", *got)
	}
	if _, ok := p.byID("clear-start"); !ok {
		t.Error("after confirming, the question stays")
	}
}

func TestPlanOpensASharedResult(t *testing.T) {
	q := quizData()
	a := store.Attempt{ID: "x", Date: day, Overall: 62, Areas: map[string]int{q.Areas[0].ID: 30}, Level: 2, KnowledgeCorrect: 1, KnowledgeAnswered: 2, Careless: true}
	sh := a.Share()
	p := htmlOf(newPlanShared().Shared(sh))
	wantText(t, p, "You opened a shared result from 3 March 2026.", "Shared result", "62%", "1 of 2 practice questions right")
	for _, id := range []string{"quiz-review", "quiz-restart", "quiz-start-knowledge", "quiz-open-plan"} {
		if _, ok := p.byID(id); ok {
			t.Errorf("a shared result offers #%s", id)
		}
	}

	ctx, e, got := sent(t, nil, actionPlanImport, actionPlanCloseShared)
	newPlanShared().importResult(ctx, event())
	newPlanShared().close(ctx, event())
	e.ConsumeAll()
	if len(*got) != 2 || (*got)[0].Name != actionPlanImport || (*got)[1].Name != actionPlanCloseShared {
		t.Errorf("the shared result's buttons sent %v", *got)
	}

	r := newPlanRig(t, nil)
	r.board.mounted.Dispatch(func(app.Context) { r.board.shared = &sh })
	r.e.ConsumeAll()
	if _, ok := r.page().byID("plan-shared"); !ok {
		t.Fatal("the plan does not show the shared result")
	}
	r.send(actionPlanImport, nil)
	h := r.store.saved(t).History
	if len(h) != 1 || !h[0].Imported || h[0].Scores().Overall != 62 || !h[0].Date.Equal(sh.Date) {
		t.Errorf("importing saved the history %+v", h)
	}
}

func TestPlanSaysWhenItCannotSave(t *testing.T) {
	r := newPlanRig(t, nil)
	r.store.failSet = true
	_, steps, _ := r.board.items()
	p := r.setStatus(steps[0].ID, store.Done)
	if _, ok := p.byID("saved-data-unavailable"); !ok {
		t.Error("a failed save is not reported")
	}
	if v, _ := p.attr("plan-"+steps[0].ID, "data-status"); v != "done" {
		t.Error("a status that could not be saved is not shown either")
	}
}
