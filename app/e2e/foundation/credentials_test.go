//go:build !wasm

package foundation

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// expectedFirst is what the guide must say first for a situation: the
// rule's credential as the page names it, or "none yet".
func expectedFirst(t *testing.T, s quiz.CredentialSituation) string {
	t.Helper()
	a, ok := quiz.WhichCredentialFirst(s)
	if !ok {
		t.Fatalf("the rule has no answer for %+v", s)
	}
	if a.First == "" {
		return "First: none yet"
	}
	c := data.MustLoad().Credential(a.First)
	return "First: " + c.Abbr + " — " + c.Name
}

// choose clicks the label of a question's choice, as a person taps it.
func choose(tb *e2e.Tab, name string, i int) {
	tb.Do(chromedp.Click(chromedp.CSS(`label[for="`+name+"-"+strconv.Itoa(i)+`"]`), chromedp.NodeVisible))
}

func schoolingIndex(t *testing.T, s quiz.Schooling) int {
	for i, c := range quiz.SchoolingChoices {
		if c.Value == s {
			return i
		}
	}
	t.Fatalf("the guide does not offer schooling %d", s)
	return -1
}

func focusIndex(f quiz.Focus) int {
	for i, c := range quiz.FocusChoices {
		if c.Value == f {
			return i
		}
	}
	return -1
}

// TestCredentialGuideAnswersFromItsQuestions answers the guide's own
// questions as different students would.
func TestCredentialGuideAnswersFromItsQuestions(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile))
	tb.Open("/credentials")
	tb.WaitFor("the guide to read saved answers", `document.querySelector('#which-first[data-loaded="true"]')`)
	if got := tb.Text("#which-first-answer"); !strings.Contains(got, "Choose where you are with school") {
		t.Errorf("before any answer the guide says %q", got)
	}
	for _, s := range []quiz.CredentialSituation{
		{Schooling: quiz.AssociateDone, Focus: quiz.FocusRecords},
		{Schooling: quiz.AssociateDone, Focus: quiz.FocusCoding},
		{Schooling: quiz.InHighSchool, Focus: quiz.FocusCoding},
		{Schooling: quiz.Diploma, Focus: quiz.FocusCoding},
		{Schooling: quiz.BachelorDone, Focus: quiz.FocusRecords},
		{Schooling: quiz.OtherProgram, Focus: quiz.FocusUnsure, HoldsRHIT: true},
	} {
		choose(tb, "cred-schooling", schoolingIndex(t, s.Schooling))
		choose(tb, "cred-focus", focusIndex(s.Focus))
		rhit := 0
		if s.HoldsRHIT {
			rhit = 1
		}
		choose(tb, "cred-rhit", rhit)
		tb.WaitText("#which-first-answer", expectedFirst(t, s))
	}
	// The rule in words a student checks: an associate HIM degree leads to
	// the RHIT, a bachelor's to the RHIA, a diploma and coding to the CCA.
	for _, tc := range []struct {
		schooling quiz.Schooling
		focus     quiz.Focus
		want      string
	}{
		{quiz.AssociateDone, quiz.FocusRecords, "First: RHIT"},
		{quiz.BachelorDone, quiz.FocusRecords, "First: RHIA"},
		{quiz.Diploma, quiz.FocusCoding, "First: CCA"},
		{quiz.Diploma, quiz.FocusRecords, "First: none yet"},
	} {
		choose(tb, "cred-rhit", 0)
		choose(tb, "cred-schooling", schoolingIndex(t, tc.schooling))
		choose(tb, "cred-focus", focusIndex(tc.focus))
		tb.WaitText("#which-first-answer", tc.want)
	}
}

// TestCredentialGuideAnswersFromSavedQuizAnswers saves readiness quiz
// answers as the quiz does, and opens the guide.
func TestCredentialGuideAnswersFromSavedQuizAnswers(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	// The tabs of this package share one profile; leave it as found.
	t.Cleanup(func() { tb.Eval(`localStorage.clear()`) })
	for _, tc := range []struct {
		answers map[string]int
		want    []string
	}{
		// Studying for an associate degree, in a CAHIIM-accredited program.
		{map[string]int{"edu-training": 2, "edu-accredited": 3}, []string{"First: RHIT", "final term"}},
		// The same, accreditation not known: check it first.
		{map[string]int{"edu-training": 2, "edu-accredited": 1}, []string{"First: none yet", "accredited by CAHIIM"}},
		// Holding the RHIT.
		{map[string]int{"edu-training": 4, "edu-accredited": 3, "cert-rhit": 3}, []string{"First: RHIA"}},
	} {
		saveQuizAnswers(t, tb, tc.answers)
		tb.Open("/credentials")
		tb.WaitFor("the guide to read saved answers", `document.querySelector('#which-first[data-loaded="true"]')`)
		for _, w := range tc.want {
			tb.WaitText("#which-first-quiz", w)
		}
		if got := tb.Text("#which-first-quiz"); !strings.Contains(got, "From your readiness quiz answers") {
			t.Errorf("the answer does not say it comes from the quiz: %q", got)
		}
	}
	// Answers that say nothing about school give no answer from the quiz.
	saveQuizAnswers(t, tb, map[string]int{"edu-training": 0})
	tb.Open("/credentials")
	tb.WaitFor("the guide to read saved answers", `document.querySelector('#which-first[data-loaded="true"]')`)
	if tb.Eval(`document.getElementById("which-first-quiz") === null`) != true {
		t.Error("the guide answers from quiz answers that do not say where the student is with school")
	}
}

// saveQuizAnswers writes a quiz under way with these answers, as the quiz
// saves it.
func saveQuizAnswers(t *testing.T, tb *e2e.Tab, answers map[string]int) {
	t.Helper()
	now := time.Now()
	s := store.State{Progress: store.Progress{Stage: store.StageSelf, Started: now, Answers: map[string]store.Answer{}}}
	for id, c := range answers {
		s.Progress.Answers[id] = store.Answer{Choice: c, At: now}
	}
	raw, _ := json.Marshal(string(store.Encode(s)))
	tb.Eval(`localStorage.setItem(` + strconv.Quote(store.Key) + `, ` + string(raw) + `)`)
}
