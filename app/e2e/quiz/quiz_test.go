//go:build !wasm

package quiz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// varied picks a different position on each question, so the result has
// both strong areas and gaps.
func varied(i int, qu data.QuizQuestion) int { return (i * 2) % len(qu.Choices) }

func TestCompleteTheQuizAndSeeTheResult(t *testing.T) {
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	if got := tb.Text("h1"); got != "Career readiness quiz" {
		t.Fatalf("h1 is %q", got)
	}
	tb.Click("#quiz-start")
	waitStep(tb, fmt.Sprintf("Question 1 of %d", len(q.Questions)))
	if got := textOf(tb, "label[for=quiz-progress]"); got != fmt.Sprintf("Progress: 0 of %d questions answered", len(q.Questions)) {
		t.Errorf("progress label reads %q", got)
	}
	answers := answerQuiz(t, tb, q, 0, len(q.Questions), varied)
	tb.WaitText("#quiz-result-title", "Your result")

	want := quiz.Score(q, d.Main(), d, quiz.Input{Answers: answers})
	if got := textOf(tb, "#quiz-overall strong"); got != percent(want.Overall.Percent) {
		t.Errorf("overall shows %q, want %s", got, percent(want.Overall.Percent))
	}
	main := textOf(tb, "main")
	if !strings.Contains(main, want.Overall.Explanation) {
		t.Errorf("overall score not explained; want %q", want.Overall.Explanation)
	}
	for _, a := range want.Areas {
		if got := textOf(tb, "#area-"+a.ID+" .quiz-score strong"); got != percent(a.Percent) {
			t.Errorf("area %s shows %q, want %s", a.ID, got, percent(a.Percent))
		}
		// Each area is explained by the answers that drove it.
		row := textOf(tb, "#area-"+a.ID)
		for _, dr := range a.Drivers {
			if !strings.Contains(row, dr.Answer) {
				t.Errorf("area %s does not show the answer %q that drove it", a.ID, dr.Answer)
			}
		}
	}
	level := textOf(tb, "#quiz-level")
	if want.Placement.Level != nil && !strings.Contains(level, "The level that fits you now: "+want.Placement.Level.Title) {
		t.Errorf("level section reads %q, want %s", level, want.Placement.Level.Title)
	}
	if want.Placement.Level == nil && !strings.Contains(level, "not yet at the first level") {
		t.Errorf("level section reads %q, want not yet at level one", level)
	}
	if n := want.Placement.Next; n != nil && (!strings.Contains(level, n.Title) || !strings.Contains(level, n.FocusAreas[0])) {
		t.Errorf("level section does not say what %s needs: %q", n.Title, level)
	}
	if len(want.Gaps) == 0 {
		t.Fatal("the varied answers should leave gaps; pick other answers")
	}
	for _, g := range want.Gaps {
		if !exists(tb, "#gap-"+g.AreaID) {
			t.Errorf("gap %s is not listed", g.AreaID)
		}
	}
	// A gap's next steps are links into the app: follow one.
	first := want.Gaps[0]
	link := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#gap-`+first.AreaID+` .quiz-steps a").getAttribute("href")`))
	if link != first.Steps[0].Link.Href() {
		t.Errorf("first next step links to %q, want %q", link, first.Steps[0].Link.Href())
	}
	// The whole quiz took seconds, so the result says the answers look rushed.
	tb.WaitText("#quiz-careless", "faster than they can be read")

	// The attempt is in the history.
	s := savedState(t, tb)
	if len(s.History) != 1 || s.History[0].Overall != want.Overall.Percent {
		t.Errorf("history after the quiz: %+v", s.History)
	}

	// The knowledge check is separate and feeds the result.
	tb.Click("#quiz-start-knowledge")
	kq := q.Knowledge[0]
	waitStep(tb, fmt.Sprintf("Practice question 1 of %d", len(q.Knowledge)))
	tb.Click("#quiz-check")
	tb.WaitText("#quiz-missing", "Choose an answer")
	tb.CheckContrast(t, "a practice question asking for an answer")
	tb.Click(fmt.Sprintf(`label[for="option-%s-%d"]`, kq.ID, kq.Correct))
	// Choosing clears the request for an answer, which moves the button up.
	tb.WaitFor("the request for an answer to go", `document.getElementById("quiz-missing").textContent === ""`)
	tb.Click("#quiz-check")
	tb.WaitText("#quiz-feedback", "Right.")
	tb.CheckContrast(t, "a practice question answered right")
	if !strings.Contains(textOf(tb, "#quiz-knowledge"), kq.Explanation) {
		t.Errorf("the explanation of %s is not shown", kq.ID)
	}
	tb.Click("#quiz-next")
	kq2 := q.Knowledge[1]
	waitStep(tb, "Practice question 2 of")
	wrong := (kq2.Correct + 1) % len(kq2.Options)
	tb.Click(fmt.Sprintf(`label[for="option-%s-%d"]`, kq2.ID, wrong))
	tb.Click("#quiz-check")
	tb.WaitText("#quiz-feedback", "Not quite.")
	tb.WaitText("#quiz-feedback", "The right answer: "+kq2.Options[kq2.Correct])
	tb.CheckContrast(t, "a practice question answered wrong")
	tb.Click("#quiz-leave")
	tb.WaitText("#quiz-knowledge-score", "1 of 2 practice questions right")
	withKnowledge := quiz.Score(q, d.Main(), d, quiz.Input{Answers: answers, Knowledge: map[string]int{kq.ID: kq.Correct, kq2.ID: wrong}})
	if got := textOf(tb, "#quiz-overall strong"); got != percent(withKnowledge.Overall.Percent) {
		t.Errorf("after the knowledge check overall shows %q, want %s", got, percent(withKnowledge.Overall.Percent))
	}
	if s := savedState(t, tb); len(s.History) != 1 || s.History[0].KnowledgeAnswered != 2 || s.History[0].KnowledgeCorrect != 1 {
		t.Errorf("the knowledge check did not update the attempt: %+v", s.History)
	}
}

func TestTheQuizWorksFromTheKeyboardAndFlagsTheSameAnswerEverywhere(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	tb.Do(chromedp.Focus(chromedp.CSS("#quiz-start")), chromedp.KeyEvent(kb.Enter))
	for i, qu := range q.Questions {
		waitStep(tb, fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		// Focus moves to the new question's heading; Tab reaches the radio
		// group, Space picks the first choice, then Tab to Next (past Back
		// from the second question on) and Enter.
		tb.WaitFor("focus on the question heading", `document.activeElement && document.activeElement.id === "quiz-step"`)
		tb.Do(chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(" "))
		tb.WaitFor("the first choice to be checked", fmt.Sprintf(`document.getElementById("choice-%s-0").checked`, qu.ID))
		tb.Do(chromedp.KeyEvent(kb.Tab))
		if i > 0 {
			tb.Do(chromedp.KeyEvent(kb.Tab))
		}
		if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "quiz-next" {
			t.Fatalf("question %d: keyboard focus is on %q, not on Next", i+1, id)
		}
		tb.Do(chromedp.KeyEvent(kb.Enter))
	}
	tb.WaitText("#quiz-result-title", "Your result")
	tb.WaitText("#quiz-careless", fmt.Sprintf("You chose the first answer to all %d questions", len(q.Questions)))
	if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "quiz-result-title" {
		t.Errorf("after the last question focus is on %q, want the result heading", id)
	}
}

func TestReloadInTheMiddleResumesAtTheSameQuestion(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	tb.Click("#quiz-start")
	answers := answerQuiz(t, tb, q, 0, 5, varied)
	// On question 6, pick an answer but do not press Next: it must be saved
	// the moment it is given.
	sixth := q.Questions[5]
	waitStep(tb, fmt.Sprintf("Question 6 of %d", len(q.Questions)))
	tb.Click(fmt.Sprintf(`label[for="choice-%s-1"]`, sixth.ID))

	tb.ReloadSaved()
	waitStep(tb, fmt.Sprintf("Question 6 of %d", len(q.Questions)))
	if got := textOf(tb, "#quiz-question legend"); got != sixth.Text {
		t.Errorf("after reload the question is %q, want %q", got, sixth.Text)
	}
	if tb.Eval(fmt.Sprintf(`document.getElementById("choice-%s-1").checked`, sixth.ID)) != true {
		t.Errorf("the answer given before the reload is not checked")
	}
	if got := textOf(tb, "label[for=quiz-progress]"); got != fmt.Sprintf("Progress: 6 of %d questions answered", len(q.Questions)) {
		t.Errorf("progress after reload reads %q", got)
	}
	if v := tb.Eval(`document.getElementById("quiz-progress").value`); v != float64(6) {
		t.Errorf("progress bar value %v, want 6", v)
	}
	// Back shows the earlier answer, still chosen.
	tb.Click("#quiz-back")
	waitStep(tb, fmt.Sprintf("Question 5 of %d", len(q.Questions)))
	fifth := q.Questions[4]
	if tb.Eval(fmt.Sprintf(`document.getElementById("choice-%s-%d").checked`, fifth.ID, answers[fifth.ID])) != true {
		t.Errorf("going back does not show the earlier answer")
	}
	// Next without an answer is refused with a message.
	tb.Click("#quiz-next")
	waitStep(tb, "Question 6 of")
	tb.Click("#quiz-next")
	waitStep(tb, "Question 7 of")
	tb.Click("#quiz-next")
	tb.WaitText("#quiz-missing", "Choose an answer to go on")
	waitStep(tb, "Question 7 of")
}

// A choice clicked the moment its question appears is kept. Moving to a
// question with more choices mounts new radios, whose mount used to
// re-render the whole question in the next frame; any call from the page
// into the wasm, such as go-app's click listener on the window, lets a due
// frame run in the middle of a click. That re-render set the old answer back
// on the inputs before the change event told the app about the new one, so
// the browser undid the click and sent no change event. The test clicks at
// a range of delays after the question appears, back and forth between two
// choices so that every click is a change.
func TestAChoiceClickedAsSoonAsTheQuestionAppearsIsKept(t *testing.T) {
	q := data.MustLoadQuiz()
	at := -1
	for i := 1; i < len(q.Questions); i++ {
		if len(q.Questions[i].Choices) > len(q.Questions[i-1].Choices) {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatal("no question has more choices than the one before it")
	}
	target := q.Questions[at]
	tb := freshTab(t, "/quiz")
	tb.Click("#quiz-start")
	answerQuiz(t, tb, q, 0, at, varied)
	heading := fmt.Sprintf("Question %d of %d", at+1, len(q.Questions))
	waitStep(tb, heading)
	for round := 0; round < 32; round++ {
		delay := float64(round%16) / 2 // 0 to 7.5 ms, twice
		choice := round % 2
		id := fmt.Sprintf("choice-%s-%d", target.ID, choice)
		tb.Click("#quiz-back")
		waitStep(tb, fmt.Sprintf("Question %d of", at))
		// Press Next and click the choice from one script, timed from the
		// moment the question's heading is in the page.
		tb.Eval(fmt.Sprintf(`new Promise((resolve) => {
			const shown = () => (document.getElementById("quiz-step") || {}).textContent?.startsWith(%q);
			const pick = () => setTimeout(() => { document.getElementById(%q).click(); resolve(); }, %g);
			const watch = new MutationObserver(() => { if (shown()) { watch.disconnect(); pick(); } });
			watch.observe(document.body, { subtree: true, childList: true, characterData: true });
			document.getElementById("quiz-next").click();
		})`, heading+" ", id, delay))
		tb.WaitFor(fmt.Sprintf("round %d (click %.1f ms after the question appeared): the answer saved as choice %d", round, delay, choice),
			fmt.Sprintf(`(() => { try { return JSON.parse(localStorage.getItem(%q)).progress.answers[%q].choice === %d } catch (e) { return false } })()`, store.Key, target.ID, choice))
		if tb.Eval(fmt.Sprintf(`document.getElementById(%q).checked`, id)) != true {
			t.Fatalf("round %d (click %.1f ms after the question appeared): the answer is saved but %s is not checked", round, delay, id)
		}
	}
}
