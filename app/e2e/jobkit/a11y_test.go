//go:build !wasm

package jobkit

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// structure is what the accessibility check reads from a page.
type structure struct {
	H1, Main                int
	UnlabelledControls      []string
	BrokenReferences        []string
	ScrollWidth, ClientWide int
}

const readStructure = `(() => {
	const unlabelled = [...document.querySelectorAll("input, select, textarea, button")]
		.filter(e => e.type !== "hidden" && !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby") && !(e.tagName === "BUTTON" && e.innerText.trim()))
		.map(e => e.outerHTML.slice(0, 80));
	const broken = [...document.querySelectorAll("[aria-describedby], [aria-labelledby], [aria-errormessage], label[for]")]
		.flatMap(e => ["aria-describedby", "aria-labelledby", "aria-errormessage", "for"].flatMap(a => (e.getAttribute(a) || "").split(/\s+/).filter(Boolean)))
		.filter(id => !document.getElementById(id));
	return {
		H1: document.querySelectorAll("h1").length, Main: document.querySelectorAll("main").length,
		UnlabelledControls: unlabelled, BrokenReferences: broken,
		ScrollWidth: document.documentElement.scrollWidth, ClientWide: document.documentElement.clientWidth,
	};
})()`

func checkStructure(t *testing.T, tb *e2e.Tab, where string) {
	t.Helper()
	raw := e2e.Run(tb, chromedp.Evaluate[json.RawMessage](readStructure))
	var s structure
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	if s.H1 != 1 || s.Main != 1 {
		t.Errorf("%s: %d h1 and %d main, want one of each", where, s.H1, s.Main)
	}
	if len(s.UnlabelledControls) > 0 {
		t.Errorf("%s: controls without a name: %q", where, s.UnlabelledControls)
	}
	if len(s.BrokenReferences) > 0 {
		t.Errorf("%s: references to missing ids: %q", where, s.BrokenReferences)
	}
	if s.ScrollWidth > s.ClientWide {
		t.Errorf("%s: %d px wide in a %d px window", where, s.ScrollWidth, s.ClientWide)
	}
}

// finishQuiz gives s a quiz finished with the strongest answers, so that
// the resume suggests lines.
func finishQuiz(s store.State) store.State {
	at := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	for _, q := range data.MustLoadQuiz().Questions {
		s.Progress.Answer(q.ID, len(q.Choices)-1, at)
	}
	s.Progress.Finished = at.Add(6 * time.Minute)
	s.Progress.Stage = store.StageResult
	return s
}

// Each page of the kit, in each state a student sees, has one h1, names
// every control, points only at ids it has, fits a 320 px phone and meets
// AA contrast in light and dark schemes.
func TestJobKitPagesAreAccessible(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	save(tb, finishQuiz(filledState()))

	states := []struct {
		where string
		setUp func()
	}{
		{"/resume, filled, with suggestions", func() { tb.OpenSaved("/resume") }},
		{"/cover-letter, new", func() { tb.OpenSaved("/cover-letter") }},
		{"/cover-letter, written", func() {
			fill(tb, "letter-job", "Health Information Technician I")
			fill(tb, "letter-requirements", jobAdvert)
			tb.Click("#letter-write")
			tb.WaitFor("the draft", `document.getElementById("letter-body").value !== ""`)
		}},
		{"/interview, overview", func() { tb.OpenSaved("/interview") }},
		{"/interview, a question with its points", func() {
			tb.Click("#interview-start")
			tb.Click("#interview-reveal")
			tb.WaitFor("the points", `document.getElementById("interview-covers") !== null`)
		}},
	}
	for _, st := range states {
		tb.Do(chromedp.EmulateViewport(1280, 900))
		st.setUp()
		checkStructure(t, tb, st.where)
		tb.CheckContrast(t, st.where)
		tb.Do(chromedp.EmulateViewport(320, 640))
		checkStructure(t, tb, st.where+" (320 px)")
	}
}

// The kit works from the keyboard: Tab reaches a suggestion's button,
// Enter adds it, and focus lands on a visible element that says so.
func TestResumeSuggestionByKeyboard(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	tb.Eval(`localStorage.clear()`)
	s := filledState()
	s.Resume.Highlights = ""
	save(tb, finishQuiz(s))
	tb.OpenSaved("/resume")
	first := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#resume-suggested-lines button").id`))
	tb.Eval(`document.getElementById("resume-highlights").focus()`)
	for i := 0; i < 200 && e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)) != first; i++ {
		tb.Do(chromedp.KeyEvent(kb.Tab))
	}
	got := e2e.Run(tb, chromedp.Evaluate[[]string](`[document.activeElement.id, getComputedStyle(document.activeElement).outlineStyle]`))
	if got[0] != first || got[1] == "none" {
		t.Fatalf("Tab reaches %q with outline %q, want %s with a visible ring", got[0], got[1], first)
	}
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("focus on the added note", `document.activeElement.id === "`+first+`" && document.activeElement.tagName === "P"`)
	if valueOf(tb, "resume-highlights") == "" {
		t.Error("Enter did not add the line")
	}
}
