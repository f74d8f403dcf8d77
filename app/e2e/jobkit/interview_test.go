//go:build !wasm

package jobkit

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/data"
)

// An interview round: one question at a time with a timer that can be
// switched off, an answer, the points a strong answer covers with links,
// a rating. Answers and ratings are kept over a reload, and the next round
// offers the weakest question first.
func TestInterviewRoundSavesOverAReloadAndOffersTheWeakestFirst(t *testing.T) {
	kit := data.MustLoadJobKit()
	qs := kit.Interview
	tb := freshTab(t, "/interview")
	if got := textOf(tb, "#interview-first"); got != qs[0].Text {
		t.Errorf("before any practice the round starts with %q", got)
	}
	tb.Click("#interview-start")
	weakest := qs[4]
	for i, q := range qs {
		tb.WaitText("#interview-step", fmt.Sprintf("Question %d of %d", i+1, len(qs)))
		if got := textOf(tb, "#interview-text"); got != q.Text {
			t.Fatalf("question %d reads %q, want %q", i+1, got, q.Text)
		}
		if i == 0 {
			// The timer counts, and the student can switch it off.
			tb.WaitText("#interview-clock", "0:01")
			tb.Click("label[for='interview-timer-on']")
			tb.WaitFor("the timer to go", `document.getElementById("interview-timer") === null`)
		} else if exists(tb, "#interview-timer") {
			t.Errorf("question %d shows the timer that was switched off", i+1)
		}
		if exists(tb, "#interview-covers") {
			t.Fatalf("question %d shows its points before they are asked for", i+1)
		}
		typeInto(tb, "interview-answer", "My answer "+q.ID)
		tb.Click("#interview-reveal")
		tb.WaitFor("the points", `document.getElementById("interview-covers") !== null`)
		links := e2e.Run(tb, chromedpLinks("#interview-covers a"))
		if len(links) == 0 {
			t.Errorf("question %d's points link to no explanation", i+1)
		}
		rating := 2
		if q.ID == weakest.ID {
			rating = 1
		}
		tb.Click(fmt.Sprintf("label[for='rating-%s-%d']", q.ID, rating))
		tb.WaitFor("the rating to be saved", fmt.Sprintf(`(JSON.parse(localStorage.getItem("hitcoach.state") || "{}").interview || {answers: {}}).answers[%q]?.rating === %d`, q.ID, rating))
		tb.Click("#interview-next")
	}
	tb.WaitFor("the overview", `document.getElementById("interview-start") !== null`)

	tb.ReloadSaved()
	if got := textOf(tb, "#interview-first"); got != weakest.Text {
		t.Errorf("after a reload the round starts with %q, want the weakest, %q", got, weakest.Text)
	}
	row := textOf(tb, "#interview-row-"+weakest.ID)
	if !strings.Contains(row, "Not yet: I missed most of the points") {
		t.Errorf("the weakest question's row reads %q", row)
	}
	s := savedState(t, tb)
	if !s.Interview.TimerOff || len(s.Interview.Ratings()) != len(qs) || s.Interview.Answers[weakest.ID].Text != "My answer "+weakest.ID {
		t.Errorf("saved practice = %+v", s.Interview)
	}
	tb.Click("#interview-start")
	tb.WaitText("#interview-text", weakest.Text)
	if v := valueOf(tb, "interview-answer"); v != "My answer "+weakest.ID {
		t.Errorf("the weakest question's answer reads %q after a reload", v)
	}
}
