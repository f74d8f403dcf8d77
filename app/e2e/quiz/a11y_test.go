//go:build !wasm

package quiz

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
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
	click(tb, "#quiz-start")
	waitStep(tb, "Question 1 of")
	checkScreen(t, tb, "question 1", 320)
	answerQuiz(t, tb, q, 0, len(q.Questions), varied)
	tb.WaitText("#quiz-result-title", "Your result")
	checkScreen(t, tb, "result", 320)
	click(tb, "#quiz-start-knowledge")
	waitStep(tb, fmt.Sprintf("Practice question 1 of %d", len(q.Knowledge)))
	checkScreen(t, tb, "knowledge check", 320)
	open(tb, "/plan")
	click(tb, "#share-create")
	tb.WaitFor("the share link", `document.getElementById("share-link")`)
	checkScreen(t, tb, "plan", 320)
	// The status radios of each plan item say which item they belong to.
	name := tb.Eval(`document.querySelector("#plan-step-1 legend").textContent`)
	if name != "Status of: "+data.MustLoad().Main().Steps[0].Title {
		t.Errorf("status group of step 1 is named %q", name)
	}
}
