//go:build !wasm

package quiz

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/data"
)

// screenCheck is what the accessibility check reads from a screen.
type screenCheck struct {
	H1                    int
	UnlabelledControls    []string
	FieldsetsWithoutLabel int
	TablesWithoutCaption  int
	UnlabelledProgress    int
	Width                 int
}

const readScreen = `(() => {
	const unlabelled = [...document.querySelectorAll("main input, main select, main textarea, main button")]
		.filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !(e.tagName === "BUTTON" && e.innerText.trim()))
		.map(e => e.outerHTML.slice(0, 80));
	return {
		H1: document.querySelectorAll("h1").length,
		UnlabelledControls: unlabelled,
		FieldsetsWithoutLabel: [...document.querySelectorAll("fieldset")].filter(f => { const l = f.querySelector("legend"); return !l || !l.innerText.trim(); }).length,
		TablesWithoutCaption: [...document.querySelectorAll("table")].filter(t => !t.querySelector("caption")).length,
		UnlabelledProgress: [...document.querySelectorAll("progress")].filter(p => !(p.labels && p.labels.length)).length,
		Width: document.documentElement.scrollWidth,
	};
})()`

func checkScreen(t *testing.T, tb *e2e.Tab, name string, width int) {
	t.Helper()
	raw := e2e.Run(tb, chromedp.Evaluate[json.RawMessage](readScreen))
	var s screenCheck
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	if s.H1 != 1 || len(s.UnlabelledControls) > 0 || s.FieldsetsWithoutLabel > 0 || s.TablesWithoutCaption > 0 || s.UnlabelledProgress > 0 {
		t.Errorf("%s: %+v", name, s)
	}
	if s.Width > width {
		t.Errorf("%s is %d px wide on a %d px phone", name, s.Width, width)
	}
	tb.CheckTablesFit(t, name)
	tb.CheckContrast(t, name)
}

func TestQuizAndPlanScreensAreLabelledAndFitAPhone(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	tb.Do(chromedp.EmulateViewport(320, 640))
	checkScreen(t, tb, "quiz introduction", 320)
	tb.Click("#quiz-start")
	waitStep(tb, "Question 1 of")
	checkScreen(t, tb, "question 1", 320)
	answers := answerQuiz(t, tb, q, 0, len(q.Questions), varied)
	tb.WaitText("#quiz-result-title", "Your result")
	// The varied answers contradict each other, so the result names them.
	contradictions := quiz.Contradictions(q, answers)
	if len(contradictions) == 0 {
		t.Fatal("the varied answers should contradict each other; pick other answers")
	}
	tb.WaitText("#quiz-contradictions", contradictions[0].Message)
	checkScreen(t, tb, "result with its verdict and contradictory answers", 320)
	// Changing one of them: the question with a way back to the result.
	ref := contradictions[0].Questions[0]
	tb.Click("#change-" + contradictions[0].ID + "-" + ref.QuestionID)
	waitStep(tb, fmt.Sprintf("Question %d of", ref.Number))
	checkScreen(t, tb, "changing an answer", 320)
	tb.Click("#quiz-to-result")
	tb.WaitText("#quiz-result-title", "Your result")
	tb.Click("#quiz-start-knowledge")
	waitStep(tb, fmt.Sprintf("Practice question 1 of %d", len(q.Knowledge)))
	checkScreen(t, tb, "knowledge check", 320)
	tb.OpenSaved("/plan")
	tb.Click("#share-create")
	tb.WaitFor("the share link", `document.getElementById("share-link")`)
	checkScreen(t, tb, "plan", 320)
	// The status radios of each plan item say which item they belong to.
	name := tb.Eval(`document.querySelector("#plan-step-1 legend").textContent`)
	if name != "Status of: "+data.MustLoad().Main().Steps[0].Title {
		t.Errorf("status group of step 1 is named %q", name)
	}
	// A step's target month and note, and a dated timeline with its cost.
	tb.Click("#extra-step-1 summary")
	tb.Click(`label[for="pathway-choice-` + data.MustLoad().Main().Pathways[0].ID + `"]`)
	setField(tb, "#timeline-start", "2026-09")
	tb.WaitFor("the dated milestones", `document.querySelectorAll("#timeline-milestones li").length >= 3`)
	// A browser without a month picker shows a text field, where anything
	// can be typed.
	tb.Eval(`document.getElementById("target-step-1").type = "text"`)
	setField(tb, "#target-step-1", "not a month")
	tb.WaitText("#target-step-1-error", "It was not saved.")
	checkScreen(t, tb, "plan with a step's fields open, a month that is not one, and the timeline", 320)
	// Clearing asks once more, saying what will be lost.
	tb.Click("#clear-start")
	tb.WaitText("#clear-loss", "You will lose")
	checkScreen(t, tb, "plan asking before it clears the data", 320)
	// The plan as a counselor opens it from a share link.
	link := e2e.Run(tb, chromedp.Evaluate[string](`document.getElementById("share-link").value`))
	tb.OpenSaved("/quiz")
	tb.OpenSaved(strings.TrimPrefix(link, e2e.ServerURL()))
	tb.WaitText("#plan-shared", "You opened a shared result")
	checkScreen(t, tb, "shared plan", 320)
}
