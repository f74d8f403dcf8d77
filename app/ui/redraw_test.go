package ui

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// redraws counts the children go-app drew again because their parent's new
// render changed them. go-app compares each exported field of a child with
// the parent's new render (reflect.DeepEqual); when one differs it copies
// them over, calls OnUpdate, and draws the child again. These OnUpdate
// methods exist only in the tests, to count those redraws.
var redraws = map[string]int{}

func (r *radioChoice) OnUpdate(app.Context)     { redraws["radio "+r.IID]++ }
func (q *quizQuestion) OnUpdate(app.Context)    { redraws["quizQuestion"]++ }
func (k *quizKnowledge) OnUpdate(app.Context)   { redraws["quizKnowledge"]++ }
func (r *quizResult) OnUpdate(app.Context)      { redraws["quizResult"]++ }
func (n *savedDataNotice) OnUpdate(app.Context) { redraws["savedDataNotice"]++ }
func (p *planItem) OnUpdate(app.Context)        { redraws["planItem "+p.IItem.ID]++ }
func (h *planHistory) OnUpdate(app.Context)     { redraws["planHistory"]++ }
func (s *planShare) OnUpdate(app.Context)       { redraws["planShare"]++ }
func (s *planShared) OnUpdate(app.Context)      { redraws["planShared"]++ }
func (c *planClear) OnUpdate(app.Context)       { redraws["planClear"]++ }
func (t *planTimeline) OnUpdate(app.Context)    { redraws["planTimeline"]++ }
func (c *changeAnswer) OnUpdate(app.Context)    { redraws["changeAnswer "+c.IID]++ }
func (p *currencyPicker) OnUpdate(app.Context)  { redraws["currencyPicker"]++ }
func (p *currencyRates) OnUpdate(app.Context)   { redraws["currencyRates"]++ }
func (p *chartPresenter) OnUpdate(app.Context)  { redraws["chartPresenter"]++ }
func (p *comparePicker) OnUpdate(app.Context)   { redraws["comparePicker"]++ }
func (p *levelPay) OnUpdate(app.Context)        { redraws["levelPay"]++ }
func (p *countryPay) OnUpdate(app.Context)      { redraws["countryPay"]++ }
func (p *careerPay) OnUpdate(app.Context)       { redraws["careerPay"]++ }
func (c *comparisonTable) OnUpdate(app.Context) { redraws["comparisonTable"]++ }

// countRedraws runs change and returns the redraws it caused.
func countRedraws(change func()) map[string]int {
	clear(redraws)
	change()
	out := map[string]int{}
	for k, v := range redraws {
		out[k] = v
	}
	return out
}

func redrawsText(m map[string]int) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%s: %d", k, v))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

// TestOnlyChangedChildrenRedraw changes one answer of the quiz and one step
// of the plan five times each, and requires that only the children whose
// fields changed were drawn again. A func field on any of them (a callback
// from the owner) never compares equal, and makes it redraw every time.
func TestOnlyChangedChildrenRedraw(t *testing.T) {
	q := quizData()
	saved := answeredAll(func(i int) int { return 1 })
	qu := q.Questions[3]
	delete(saved.Progress.Answers, qu.ID)
	saved.Progress.Current = 3
	quizzing := newQuizRig(t, &saved)
	radio := func(i int) string { return fmt.Sprintf("radio choice-%s-%d", qu.ID, i) }

	got := countRedraws(func() {
		for i := 0; i < 5; i++ {
			quizzing.answer(3, i%2)
		}
	})
	t.Logf("quiz, 5 answer changes on a question with %d choices: %s", len(qu.Choices), redrawsText(got))
	want := map[string]int{
		"quizQuestion": 5,
		// Choice 0 changes five times (chosen, unchosen, ...) and choice 1
		// four; the other choices never change.
		radio(0): 5,
		radio(1): 4,
	}
	if !equalCounts(got, want) {
		t.Errorf("quiz: redraws %s, want %s", redrawsText(got), redrawsText(want))
	}

	// The same answer again changes nothing on screen: the quiz draws, and
	// none of its children.
	got = countRedraws(func() { quizzing.answer(3, 0) })
	if len(got) != 0 {
		t.Errorf("quiz: giving the same answer again redrew %s", redrawsText(got))
	}

	useMemoryStore(t, nil)
	b := newPlanBoard()
	e := mount(t, &boardHost{b})
	_, steps, _ := b.items()
	step := steps[0].ID
	statuses := []store.Status{store.Doing, store.Done}
	got = countRedraws(func() {
		for i := 0; i < 5; i++ {
			b.mounted.NewActionWithValue(actionPlanStatus, choice{Key: step, Value: string(statuses[i%2])})
			e.ConsumeAll()
		}
	})
	t.Logf("plan, 5 status changes of one of %d items (%d radios): %s", len(steps), len(steps)*len(store.Statuses), redrawsText(got))
	status := func(s store.Status) string { return "radio status-" + step + "-" + string(s) }
	want = map[string]int{
		"planItem " + step: 5,
		// To do changes once (to doing), doing at each change, done at the
		// four after the first; skipped and every other item never change.
		status(store.ToDo):  1,
		status(store.Doing): 5,
		status(store.Done):  4,
		// The first status saves the plan's first entry, which clearing
		// would then delete: its warning says so.
		"planClear": 1,
	}
	if !equalCounts(got, want) {
		t.Errorf("plan: redraws %s, want %s", redrawsText(got), redrawsText(want))
	}

	// Typing a note draws its item at each keystroke, and nothing else once
	// the item has an entry.
	note := steps[0].ID
	got = countRedraws(func() {
		for _, typed := range []string{"A", "As", "Ask", "Ask ", "Ask M"} {
			b.mounted.NewActionWithValue(actionPlanNote, choice{Key: note, Value: typed})
			e.ConsumeAll()
		}
	})
	// "Ask " is saved as "Ask", so the item is drawn four times.
	if want := map[string]int{"planItem " + note: 4}; !equalCounts(got, want) {
		t.Errorf("plan, typing a note: redraws %s, want %s", redrawsText(got), redrawsText(want))
	}
}

func equalCounts(got, want map[string]int) bool {
	if len(got) != len(want) {
		return false
	}
	for k, v := range want {
		if got[k] != v {
			return false
		}
	}
	return true
}
