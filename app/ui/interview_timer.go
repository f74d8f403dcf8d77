package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// interviewTimer counts the time spent on a question, from when it is shown.
// A new key (the next question) is a new timer, from zero (CompoID).
//
// The browser updates the count itself, once a second: a dispatch each
// second would draw the whole page again each second (see
// changedNothingDrawn). go-app leaves the text alone, since what it renders
// never changes.
type interviewTimer struct {
	app.Compo
	IKey     string
	started  time.Time
	tick     app.Func
	interval app.Value
}

func newInterviewTimer() *interviewTimer { return &interviewTimer{} }

// Key names the question the timer is for.
func (t *interviewTimer) Key(v string) *interviewTimer { t.IKey = v; return t }

func (t *interviewTimer) CompoID() string { return "timer-" + t.IKey }

func (t *interviewTimer) OnMount(ctx app.Context) {
	changedNothingDrawn(ctx)
	if !app.IsClient {
		return
	}
	t.started = time.Now()
	t.tick = app.FuncOf(func(app.Value, []app.Value) any {
		if el := app.Window().GetElementByID("interview-clock"); el.Truthy() {
			el.Set("textContent", clock(time.Since(t.started)))
		}
		return nil
	})
	t.interval = app.Window().Call("setInterval", t.tick, 1000)
}

func (t *interviewTimer) OnDismount() {
	if t.tick != nil {
		app.Window().Call("clearInterval", t.interval)
		t.tick.Release()
		t.tick = nil
	}
}

// clock writes a duration as minutes and seconds: "1:05".
func clock(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Render draws the count. A timer role is not announced as it changes, so a
// screen reader is not interrupted each second.
func (t *interviewTimer) Render() app.UI {
	return app.P().ID("interview-timer").Class("interview-timer").Body(
		app.Text("Time on this question: "),
		app.Span().ID("interview-clock").Role("timer").Text("0:00"),
	)
}
