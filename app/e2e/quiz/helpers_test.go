//go:build !wasm

package quiz

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// freshTab opens a tab on path with nothing saved: the tabs of a test
// package share one browser profile, so each test starts by clearing it.
func freshTab(t *testing.T, path string) *e2e.Tab {
	t.Helper()
	tb := e2e.NewTab(t)
	explainFailure(t, tb)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	tb.OpenSaved(path)
	return tb
}

// explainFailure logs, when the test has failed, what the quiz showed and
// saved: the screen, the focused element, the checked choices and the
// saved answers. A choice that was clicked but never reached the app shows
// as a checked radio with no saved answer; a click that never landed, as
// neither.
func explainFailure(t *testing.T, tb *e2e.Tab) {
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		ctx, cancel := context.WithTimeout(tb.Ctx(), 5*time.Second)
		defer cancel()
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
			screen: (document.getElementById("quiz-step") || {}).innerText,
			focus: document.activeElement && (document.activeElement.id || document.activeElement.tagName),
			checked: [...document.querySelectorAll("input[type=radio]:checked")].map((e) => e.id),
			saved: localStorage.getItem(`+strconv.Quote(store.Key)+`),
		})`))
		if err != nil {
			t.Logf("no quiz state at the failure: %v", err)
			return
		}
		t.Logf("quiz state at the failure: %s", got)
	})
}

func exists(tb *e2e.Tab, selector string) bool {
	return tb.Eval(`document.querySelector(`+strconv.Quote(selector)+`) !== null`) == true
}

func textOf(tb *e2e.Tab, selector string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](`(() => { const e = document.querySelector(`+strconv.Quote(selector)+`); return e ? e.innerText : "" })()`))
}

// waitStep waits for the screen of a question, as its heading reads.
func waitStep(tb *e2e.Tab, heading string) {
	tb.WaitText("#quiz-step", heading)
}

// answerQuiz starts the quiz and answers questions from..to-1 by clicking
// the label of the choice pick gives, pressing Next after each.
func answerQuiz(t *testing.T, tb *e2e.Tab, q *data.Quiz, from, to int, pick func(i int, qu data.QuizQuestion) int) map[string]int {
	t.Helper()
	answers := map[string]int{}
	for i := from; i < to; i++ {
		qu := q.Questions[i]
		waitStep(tb, fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		if got := textOf(tb, "#quiz-question legend"); got != qu.Text {
			t.Fatalf("question %d shows %q, want %q", i+1, got, qu.Text)
		}
		c := pick(i, qu)
		tb.Click(fmt.Sprintf(`label[for="choice-%s-%d"]`, qu.ID, c))
		answers[qu.ID] = c
		tb.Click("#quiz-next")
	}
	return answers
}

// savedState reads and decodes what the app saved.
func savedState(t *testing.T, tb *e2e.Tab) store.State {
	t.Helper()
	raw := e2e.Run(tb, chromedp.Evaluate[string](`localStorage.getItem(`+strconv.Quote(store.Key)+`) || ""`))
	s, err := store.Decode([]byte(raw))
	if err != nil {
		t.Fatalf("the app saved data it cannot read back: %v\n%s", err, raw)
	}
	return s
}

// setSaved writes raw text into the app's storage key.
func setSaved(tb *e2e.Tab, key, raw string) {
	b, _ := json.Marshal(raw)
	tb.Eval(`localStorage.setItem(` + strconv.Quote(key) + `, ` + string(b) + `)`)
}

func percent(n int) string { return strconv.Itoa(n) + "%" }
