//go:build !wasm

package quiz

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/quiz"
	"github.com/hitcoach/hitcoach/app/quiz/quiztest"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// phone is the screen the verdict must fit: 390 × 844 CSS pixels.
var phone = [2]int64{390, 844}

// answerSet takes the quiz in a fresh browser with the answers given, on a
// phone's screen, and returns the tab on the result with the result the
// scoring gives.
func answerSet(t *testing.T, answers map[string]int) (*e2e.Tab, quiz.Result) {
	t.Helper()
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	tb := freshTab(t, "/quiz")
	tb.Do(chromedp.EmulateViewport(phone[0], phone[1]))
	tb.Click("#quiz-start")
	answerQuiz(t, tb, q, 0, len(q.Questions), func(i int, qu data.QuizQuestion) int {
		c, ok := answers[qu.ID]
		if !ok {
			t.Fatalf("the answer set has no answer to %s", qu.ID)
		}
		return c
	})
	tb.WaitText("#quiz-result-title", "Your result")
	tb.WaitFor("focus on the result's heading", `document.activeElement && document.activeElement.id === "quiz-result-title"`)
	return tb, quiz.Score(q, d.Main(), d, quiz.Input{Answers: answers})
}

// box is an element's place on the screen.
type box struct {
	Top, Bottom, Screen float64
}

func screenBox(tb *e2e.Tab, selector string) box {
	raw := e2e.Run(tb, chromedp.Evaluate[json.RawMessage](`(() => {
		const r = document.querySelector(`+strconv.Quote(selector)+`).getBoundingClientRect();
		return { Top: r.top, Bottom: r.bottom, Screen: innerHeight };
	})()`))
	var b box
	json.Unmarshal(raw, &b)
	return b
}

// The verdict, its reasons, the first next step, "Open my plan" and the
// rule-of-thumb note are on the first phone screen after the last answer,
// for a student of each verdict; the area table is sorted weakest first.
func TestTheVerdictOpensTheResultOnAPhone(t *testing.T) {
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	for _, tc := range []struct {
		name    string
		answers map[string]int
	}{
		{"yes", quiztest.Ready},
		{"almost", quiztest.Almost},
		{"not-yet", quiztest.NotYet},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb, res := answerSet(t, tc.answers)
			v := quiz.Decide(q, d.Main(), res)
			if v.ID != tc.name {
				t.Fatalf("the answer set gives the verdict %q, want %q", v.ID, tc.name)
			}
			if got := tb.Eval(`document.getElementById("readiness").dataset.verdict`); got != v.ID {
				t.Errorf("the result shows the verdict %v, want %s", got, v.ID)
			}
			shown := textOf(tb, "#readiness")
			t.Logf("%s:\n%s", tc.name, shown)
			for _, want := range append([]string{v.Question, v.Headline, v.Next.Text, "Open my plan", "Print a summary", v.Note}, v.Reasons...) {
				if !strings.Contains(shown, want) {
					t.Errorf("the verdict does not say %q", want)
				}
			}
			if !strings.Contains(v.Note, "rule of thumb") {
				t.Errorf("the note %q does not say the rule is this app's rule of thumb", v.Note)
			}
			for _, part := range []string{"#readiness", "#readiness-answer", "#readiness-reasons", "#readiness-next", "#quiz-open-plan", "#readiness-note"} {
				if b := screenBox(tb, part); b.Top < 0 || b.Bottom > float64(phone[1]) {
					t.Errorf("%s is at %.0f to %.0f px, outside the first %d px screen", part, b.Top, b.Bottom, phone[1])
				}
			}
			if n := e2e.Run(tb, chromedp.Evaluate[int](`document.querySelectorAll("#readiness-reasons li").length`)); n < 1 || n > 3 || n != len(v.Reasons) {
				t.Errorf("%d reasons shown, want the verdict's %d (one to three)", n, len(v.Reasons))
			}
			shot, _ := chromedp.Run(tb.Ctx(), chromedp.CaptureScreenshot())
			saveArtifact(t, "verdict-"+tc.name+".png", shot)

			// The area table is sorted as its caption says: weakest first.
			var want []string
			for _, a := range quiz.WeakestFirst(res.Areas) {
				want = append(want, "area-"+a.ID)
			}
			got := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#quiz-area-scores tbody tr")].map(r => r.id)`))
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("area rows %v, want weakest first %v", got, want)
			}
			if !strings.Contains(textOf(tb, "#quiz-area-scores caption"), "weakest first") {
				t.Errorf("the area table's caption does not say how it is sorted")
			}
		})
	}
}

// Contradictory answers are named with a way back to each question, and
// once one is changed the result no longer names them.
func TestContradictoryAnswersAreNamedAndCanBeChanged(t *testing.T) {
	q := data.MustLoadQuiz()
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"], answers["edu-training"], answers["edu-accredited"] = 3, 0, 0
	want := quiz.Contradictions(q, answers)
	if len(want) != 1 {
		t.Fatalf("the answer set makes %d contradictions, want 1", len(want))
	}
	tb, _ := answerSet(t, answers)
	tb.WaitText("#quiz-contradictions", want[0].Message)
	tb.WaitText("#readiness", "Some answers may not give a true picture")
	tb.CheckContrast(t, "a result with contradictory answers")

	// Change the answer to question 1 and go straight back to the result.
	first := want[0].Questions[0]
	tb.Click("#change-" + want[0].ID + "-" + first.QuestionID)
	waitStep(tb, fmt.Sprintf("Question %d of", first.Number))
	tb.Click(fmt.Sprintf(`label[for="choice-%s-4"]`, first.QuestionID))
	tb.Click("#quiz-to-result")
	tb.WaitText("#quiz-result-title", "Your result")
	if exists(tb, "#quiz-contradictions") {
		t.Errorf("the contradiction is still named after the answer was changed: %s", textOf(tb, "#quiz-contradictions"))
	}
	if s := savedState(t, tb); s.Progress.Answers[first.QuestionID].Choice != 4 || len(s.History) != 1 {
		t.Errorf("the changed answer was not saved, or made a second attempt: %+v", s.Progress.Answers[first.QuestionID])
	}
}

// A student who holds the RHIT starts the plan with certification done, and
// says why; the progress line counts; a step carries a target month and a
// note, kept across a reload.
func TestThePlanStartsFromTheAnswers(t *testing.T) {
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"] = 3
	tb, res := answerSet(t, answers)
	tb.Do(chromedp.EmulateViewport(1000, 900))
	tb.Click("#quiz-open-plan")
	tb.WaitText("h1", "My plan")
	tb.WaitSavedLoaded()

	marks := quiz.PreMark(q, answers)
	if _, ok := marks[quiz.ExamStep]; !ok {
		t.Fatalf("holding the RHIT pre-marks %v, not certification", marks)
	}
	tb.WaitFor("certification to start as done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
	if got := textOf(tb, "#premark-step-2"); !strings.Contains(got, "You said you hold the RHIT.") {
		t.Errorf("certification does not say why it is done: %q", got)
	}
	if tb.Eval(`document.getElementById("status-step-2-done").checked`) != true {
		t.Errorf("the Done radio of certification is not checked")
	}

	total := len(res.Gaps) + len(d.Main().Steps)
	progress := func(done int) {
		t.Helper()
		want := fmt.Sprintf("%d of %d done", done, total)
		tb.WaitText("#plan-progress", want)
		if v := tb.Eval(`document.getElementById("plan-progress-bar").value`); v != float64(done) {
			t.Errorf("the progress bar is at %v, want %d", v, done)
		}
	}
	progress(len(marks))
	tb.Click(`label[for="status-step-4-done"]`)
	progress(len(marks) + 1)
	// The student can change a pre-marked step.
	tb.Click(`label[for="status-step-2-todo"]`)
	progress(len(marks))
	if exists(tb, "#premark-step-2") {
		t.Errorf("the answers' reason stays after the student changed the status")
	}
	tb.Click(`label[for="status-step-2-done"]`)

	// A target month and a note.
	tb.Click("#extra-step-4 summary")
	setField(tb, "#target-step-4", "2026-11")
	note := "Ask Ms Lee about the hospital open day"
	tb.Do(chromedp.SendKeys("#note-step-4", note))
	tb.WaitText("#note-step-4-count", fmt.Sprintf("%d of %d characters", len(note), store.MaxNoteLength))
	tb.WaitFor("the note to be saved", `(() => { const s = JSON.parse(localStorage.getItem(`+strconv.Quote(store.Key)+`)); return s.plan.some(e => e.id === "step-4" && e.note === `+strconv.Quote(note)+`) })()`)
	tb.ReloadSaved()
	if v := tb.Eval(`document.getElementById("target-step-4").value`); v != "2026-11" {
		t.Errorf("after a reload the target month is %v", v)
	}
	if v := tb.Eval(`document.getElementById("note-step-4").value`); v != note {
		t.Errorf("after a reload the note is %v", v)
	}
	if got := textOf(tb, "#extra-step-4 summary"); got != "Target: November 2026 · Note: "+note {
		t.Errorf("the closed fields read %q", got)
	}
	progress(len(marks) + 1)
	tb.CheckContrast(t, "the plan with pre-marked steps, a target and a note")
}

// setField sets an input's value and tells the app, as picking a month in
// the browser's picker does.
func setField(tb *e2e.Tab, selector, value string) {
	tb.Eval(`(() => { const e = document.querySelector(` + strconv.Quote(selector) + `); e.value = ` + strconv.Quote(value) + `; e.dispatchEvent(new Event("change", { bubbles: true })); })()`)
}

// The timeline shows dated milestones and a cost range whose figures are
// the data's, each cited, and changes when a step is done.
func TestTheTimelineIsDatedAndCosted(t *testing.T) {
	d := data.MustLoad()
	q := data.MustLoadQuiz()
	tb, _ := answerSet(t, quiztest.Almost)
	tb.Do(chromedp.EmulateViewport(1000, 900))
	tb.OpenSaved("/plan")
	tb.WaitText("#timeline", "Choose the education pathway")
	tb.Click(`label[for="pathway-choice-associate-degree"]`)
	tb.WaitText("#timeline-total", "in total")
	setField(tb, "#timeline-start", "2026-09")
	tb.WaitFor("the dated milestones", `document.querySelectorAll("#timeline-milestones li").length >= 3`)

	status := func(id string) store.Status { return store.ToDo }
	choice := store.TimelineChoice{Pathway: "associate-degree", Start: store.NewMonth(2026, time.September), Pace: store.FullTime}
	want := quiz.Timeline(q, d, d.Main(), quiz.NewTimelineInput(choice, status))
	if want.Missing != "" || len(want.Milestones) != 4 || want.Cost.Total == nil {
		t.Fatalf("the expected timeline is not complete: %+v", want)
	}
	for _, m := range want.Milestones {
		got := textOf(tb, "#milestone-"+string(m.Kind))
		if !strings.Contains(got, m.When()) || !strings.Contains(got, m.Title) {
			t.Errorf("milestone %s reads %q, want %q and %q", m.Kind, got, m.When(), m.Title)
		}
		if m.Source != "" && !exists(tb, "#milestone-"+string(m.Kind)+` .cite a[href$="#source-`+m.Source+`"]`) {
			t.Errorf("milestone %s does not cite %s", m.Kind, m.Source)
		}
	}
	p := d.Main().Pathways[0]
	if p.ID != "associate-degree" || p.Cost == nil {
		t.Fatalf("the first pathway is %s", p.ID)
	}
	costs := textOf(tb, "#timeline-costs")
	for _, part := range want.Cost.Parts {
		if part.Range == nil || !strings.Contains(costs, quiz.MoneyRange(d, *part.Range)) {
			t.Errorf("the costs %q do not give %s's figure", costs, part.Label)
		}
	}
	if !strings.Contains(costs, quiz.MoneyRange(d, *p.Cost)) {
		t.Errorf("the program's cost is not the data's %v", *p.Cost)
	}
	fee := d.Credential("rhit").FactLabelled("Exam fee")
	if !strings.Contains(costs, fee.Value) {
		t.Errorf("the exam fee is not given as the data has it (%q)", fee.Value)
	}
	if got := textOf(tb, "#timeline-total"); !strings.Contains(got, want.Cost.Text) {
		t.Errorf("the total reads %q, want %q", got, want.Cost.Text)
	}
	t.Logf("timeline: %s", textOf(tb, "#timeline-view"))

	// Part time stretches the program; the choice is saved with the plan.
	tb.Click(`label[for="pace-part-time"]`)
	choice.Pace = store.PartTime
	partTime := quiz.Timeline(q, d, d.Main(), quiz.NewTimelineInput(choice, status))
	end := partTime.Milestones[1]
	tb.WaitText("#milestone-"+string(end.Kind), end.When())
	if s := savedState(t, tb); s.Timeline != choice {
		t.Errorf("the timeline saved %+v, want %+v", s.Timeline, choice)
	}

	// With the program done, its milestones and cost go.
	tb.Click(`label[for="status-step-1-done"]`)
	tb.WaitFor("the program to leave the timeline", `!document.getElementById("milestone-program-start")`)
	if strings.Contains(textOf(tb, "#timeline-costs"), quiz.MoneyRange(d, *p.Cost)) {
		t.Errorf("the program's cost is still counted once it is done")
	}
	tb.CheckContrast(t, "the plan's timeline")
}

// A plan shared by link opens in a fresh browser with its statuses, target
// months and notes, read-only, and prints without the reader's own plan.
func TestASharedPlanShowsStatusesAndNotes(t *testing.T) {
	answers := quiztest.Answers(quiztest.Ready)
	answers["cert-rhit"] = 3
	tb, _ := answerSet(t, answers)
	tb.Do(chromedp.EmulateViewport(1000, 900))
	tb.OpenSaved("/plan")
	tb.Click(`label[for="status-step-4-doing"]`)
	tb.WaitFor("step 4 to be doing", `document.querySelector("#plan-step-4").dataset.status === "doing"`)
	tb.Click("#extra-step-4 summary")
	setField(tb, "#target-step-4", "2026-11")
	note := "Ask Ms Lee & Mr Ng <about> the “open day”"
	tb.Do(chromedp.SendKeys("#note-step-4", note))
	tb.WaitText("#extra-step-4 summary", note)

	if !strings.Contains(textOf(tb, "#plan-tools"), "Print a summary") || !exists(tb, "#plan-tools #share-create") {
		t.Errorf("Print and Share are not together at the top: %q", textOf(tb, "#plan-tools"))
	}
	tb.Click("#share-create")
	tb.WaitFor("the share link", `document.getElementById("share-link") && document.getElementById("share-link").value !== ""`)
	link := e2e.Run(tb, chromedp.Evaluate[string](`document.getElementById("share-link").value`))
	if len(link) > store.MaxLinkLength {
		t.Errorf("the link is %d characters long", len(link))
	}

	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	other := e2e.NewTabIn(t, ctx, e2e.ServerURL())
	other.Open(strings.TrimPrefix(link, e2e.ServerURL()))
	other.WaitSavedLoaded()
	other.WaitText("#plan-shared", "You opened a shared result from")
	for id, want := range map[string]string{"step-1": "Done", "step-2": "Done", "step-4": "Doing", "step-6": "To do"} {
		if got := textOf(other, "#shared-"+id+" .shared-status"); got != want {
			t.Errorf("the shared %s is %q, want %q", id, got, want)
		}
	}
	if got := textOf(other, "#shared-step-4"); !strings.Contains(got, note) || !strings.Contains(got, "Target: November 2026") {
		t.Errorf("the shared step 4 reads %q, want its note and target", got)
	}
	if exists(other, "#plan-shared input") || exists(other, "#plan-shared #quiz-open-plan") {
		t.Errorf("the shared plan is not read-only")
	}
	if !exists(other, "#shared-print") {
		t.Errorf("the shared plan offers no print")
	}
	other.CheckContrast(t, "a shared plan")
	// Printed, the shared plan is on paper without the reader's own.
	printMedia(other, func() {
		got := e2e.Run(other, chromedp.Evaluate[[]string](`[".plan-own", "#plan-shared", "#shared-plan", "#shared-print"].map(s => getComputedStyle(document.querySelector(s)).display)`))
		if strings.Join(got, " ") != "none block block none" {
			t.Errorf("printed, the reader's plan, the shared plan and its print button show as %v", got)
		}
	})
	n := printedPages(other, letter)
	t.Logf("the shared plan prints on %d Letter pages", n)
	savePDF(t, other, "shared-plan-Letter", letter)
}

// The summary prints on one page, for the student with the most gaps and a
// target and the longest note on every step.
func TestTheSummaryPrintsOnOnePage(t *testing.T) {
	tb, res := answerSet(t, quiztest.NotYet)
	if len(res.Gaps) < len(res.Areas) {
		t.Fatalf("the student has %d gaps of %d areas; take the one with the most", len(res.Gaps), len(res.Areas))
	}
	checkSummaryPrint(t, tb, "#quiz-print-summary", "the result's summary")

	tb.Do(chromedp.EmulateViewport(1000, 900))
	tb.OpenSaved("/plan")
	tb.Click(`label[for="pathway-choice-associate-degree"]`)
	setField(tb, "#timeline-start", "2026-09")
	tb.WaitFor("the dated milestones", `document.querySelectorAll("#timeline-milestones li").length >= 3`)
	// A target and a note on every step, as long as a note can be.
	ids := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#plan-gaps > li, #plan-steps > li")].map(e => e.id.replace("plan-", ""))`))
	long := strings.Repeat("Wide words make long notes. ", 6)[:store.MaxNoteLength]
	for _, id := range ids {
		tb.Eval(`(() => { const e = document.getElementById("note-` + id + `"); e.value = ` + strconv.Quote(long) + `; e.dispatchEvent(new Event("input", { bubbles: true })); })()`)
		setField(tb, "#target-"+id, "2027-01")
	}
	tb.WaitFor("every note to be saved", fmt.Sprintf(`JSON.parse(localStorage.getItem(%q)).plan.filter(e => e.note && e.target).length === %d`, store.Key, len(ids)))
	checkSummaryPrint(t, tb, "#plan-print-summary", "the plan's summary, every step with a target and a note")

	// The whole plan, printed as it is: its title is not alone on a page.
	n := printedPages(tb, letter)
	t.Logf("the whole plan, every step with a note, prints on %d Letter pages", n)
	savePDF(t, tb, "plan-Letter", letter)
}

// stubPrint replaces the browser's print dialog, which would wait for a
// person, with a note of the print mode the page asked for.
func stubPrint(tb *e2e.Tab) {
	tb.Eval(`window.print = () => { window.printedMode = document.documentElement.dataset.print || "page"; }`)
}

// checkSummaryPrint presses a "Print a summary" button before each print
// and checks what it prints: one page on Letter and on A4, with only the
// summary on it; once the browser has printed (Chromium tells the page
// when it prints to PDF), the next print is of the whole page again.
func checkSummaryPrint(t *testing.T, tb *e2e.Tab, button, what string) {
	t.Helper()
	press := func() {
		t.Helper()
		stubPrint(tb)
		tb.Click(button)
		if got := tb.Eval(`window.printedMode`); got != "summary" {
			t.Fatalf("%s: the button printed %v, not the summary", what, got)
		}
	}
	for _, paper := range []struct {
		name string
		size [2]float64
	}{{"Letter", letter}, {"A4", a4}} {
		press()
		pdf := printPDF(tb, paper.size)
		if n := len(pdfPage.FindAllIndex(pdf, -1)); n != 1 {
			t.Errorf("%s prints on %d %s pages, want 1", what, n, paper.name)
		}
		saveArtifact(t, strings.ReplaceAll(what, " ", "-")+"-"+paper.name+".pdf", pdf)
		if got := tb.Eval(`document.documentElement.dataset.print || ""`); got != "" {
			t.Errorf("%s: after printing, the page stays in summary mode (%v)", what, got)
		}
	}
	// Printed, the summary is all there is.
	press()
	printMedia(tb, func() {
		shown := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".print-summary, h1, #readiness, .site-header")].map(e => e.className + ":" + getComputedStyle(e).display)`))
		for _, s := range shown {
			if strings.HasPrefix(s, "print-summary:") == strings.HasSuffix(s, ":none") {
				t.Errorf("%s: printed, %s", what, s)
			}
		}
		text := textOf(tb, ".print-summary")
		for _, want := range []string{"Scores by area, weakest first", "My plan:", "Timeline and cost", "Sources:"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s does not print %q", what, want)
			}
		}
	})
	tb.Eval(`window.dispatchEvent(new Event("afterprint"))`)
}
