//go:build !wasm

package localpack

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
)

const sharedLine = "Shared computer: your answers are cleared when you leave."

// withShared is the example pack with the given sharedComputer setting
// (JSON), or none for "".
func withShared(t *testing.T, setting string) []byte {
	t.Helper()
	if setting == "" {
		return editedPack(t, `,
  "sharedComputer": {"mode": "session"}`, "")
	}
	return editedPack(t, `"sharedComputer": {"mode": "session"}`, `"sharedComputer": `+setting)
}

// markStepDone marks the plan's second step done, which saves the plan.
func markStepDone(t *testing.T, tb *e2e.Tab, h *staticHost) {
	t.Helper()
	tb.WaitSavedLoaded()
	tb.Do(chromedp.Click(chromedp.CSS(`label[for="status-step-2-done"]`), chromedp.NodeVisible))
	tb.WaitFor("step 2 to be done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
}

// savedIn says where the answers are: in local storage, in session
// storage.
func savedIn(tb *e2e.Tab) (inLocal, inSession bool) {
	got := e2e.Run(tb, chromedp.Evaluate[[]bool](`[localStorage.getItem("`+store.Key+`") !== null, sessionStorage.getItem("`+store.Key+`") !== null]`))
	return got[0], got[1]
}

func stepDone(tb *e2e.Tab) bool {
	tb.WaitSavedLoaded()
	return tb.Eval(`document.querySelector("#plan-step-2").dataset.status`) == "done"
}

// Closing the browser forgets the answers in shared-computer mode, and
// keeps them without it: the same steps, one setting apart.
func TestSharedComputerForgetsAnswersWhenTheBrowserCloses(t *testing.T) {
	h := siteAt(t, "/coach")
	for _, c := range []struct {
		name    string
		pack    []byte
		kept    bool
		barText string
	}{
		{"no shared setting", withShared(t, ""), true, ""},
		{"session", withShared(t, `{"mode": "session"}`), false, sharedLine},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.writePack(t, c.pack)
			profile := t.TempDir()
			tab, closeBrowser := newBrowser(t, profile)
			tb := tab(h.url)
			h.open(tb, "/plan")
			waitForPack(tb, "used")
			markStepDone(t, tb, h)
			inLocal, inSession := savedIn(tb)
			if inLocal == !c.kept || inSession == c.kept {
				t.Errorf("the answers are in local storage: %v, in session storage: %v", inLocal, inSession)
			}
			if got := text(tb, "#shared-computer"); c.barText == "" && got != "" || c.barText != "" && !strings.Contains(got, c.barText) {
				t.Errorf("the shared-computer line reads %q", got)
			}
			closeBrowser()

			tab, _ = newBrowser(t, profile)
			tb = tab(h.url)
			h.open(tb, "/plan")
			waitForPack(tb, "used")
			if done := stepDone(tb); done != c.kept {
				t.Errorf("after closing the browser, step 2 is done: %v, want %v", done, c.kept)
			}
		})
	}
}

// In the idle mode the answers are cleared after the minutes without use:
// the test moves the page's clock (Date.now) forward instead of waiting.
func TestSharedComputerClearsAnswersAfterIdleMinutes(t *testing.T) {
	h := siteAt(t, "")
	h.writePack(t, withShared(t, `{"mode": "idle", "idleMinutes": 1}`))
	tb := newTab(t, h)
	h.open(tb, "/plan")
	waitForPack(tb, "used")
	markStepDone(t, tb, h)
	tb.Eval(`document.querySelector("#shared-computer details").open = true; true`)
	if got := text(tb, "#shared-computer"); !strings.Contains(got, sharedLine) || !strings.Contains(got, "or for 1 minute without use") {
		t.Errorf("the shared-computer line reads %q", got)
	}
	if _, inSession := savedIn(tb); !inSession {
		t.Fatal("the answers are not saved in session storage")
	}
	tb.Eval(`(() => { const real = Date.now.bind(Date); Date.now = () => real() + 2 * 60 * 1000; return true; })()`)
	tb.WaitFor("the answers to be cleared", `location.pathname === "/" && document.getElementById("shared-cleared") !== null`)
	tb.WaitForApp()
	if got := text(tb, "#shared-cleared"); !strings.Contains(got, "Your answers have been cleared") {
		t.Errorf("after the idle minutes the page says %q", got)
	}
	if inLocal, inSession := savedIn(tb); inLocal || inSession {
		t.Errorf("after the idle minutes answers are saved: local %v, session %v", inLocal, inSession)
	}
	h.open(tb, "/plan")
	if stepDone(tb) {
		t.Error("after the idle minutes step 2 is still done")
	}
}

// "Finish and clear" clears at once; a student can choose the mode on the
// plan page of a site whose pack does not set it.
func TestFinishAndClearAndTheStudentsOwnChoice(t *testing.T) {
	h := siteAt(t, "/coach")
	h.writePack(t, withShared(t, ""))
	profile := t.TempDir()
	tab, closeBrowser := newBrowser(t, profile)
	tb := tab(h.url)
	h.open(tb, "/plan")
	waitForPack(tb, "used")
	markStepDone(t, tb, h)
	if inLocal, _ := savedIn(tb); !inLocal {
		t.Fatal("without shared-computer mode the answers are not in local storage")
	}
	if got := text(tb, "#shared-computer"); got != "" {
		t.Fatalf("without the mode the page shows %q", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS(`#shared-on`), chromedp.NodeVisible))
	tb.WaitText("#shared-computer", sharedLine)
	if inLocal, inSession := savedIn(tb); inLocal || !inSession {
		t.Errorf("after choosing the mode the answers are in local storage: %v, session storage: %v", inLocal, inSession)
	}
	if !stepDone(tb) {
		t.Error("choosing the mode lost the answers of this visit")
	}
	// The choice lasts while the browser is open.
	h.open(tb, "/quiz")
	tb.WaitText("#shared-computer", sharedLine)
	h.open(tb, "/plan")
	if !stepDone(tb) {
		t.Error("the answers are gone before the browser closed")
	}
	closeBrowser()

	tab, _ = newBrowser(t, profile)
	tb = tab(h.url)
	h.open(tb, "/plan")
	waitForPack(tb, "used")
	if stepDone(tb) {
		t.Error("after closing the browser the student's answers are kept")
	}
	// The next student starts with the usual mode; "Finish and clear" in
	// the pack's mode clears at once.
	h.writePack(t, withShared(t, `{"mode": "session"}`))
	e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
	h.open(tb, "/plan")
	waitForPack(tb, "used")
	markStepDone(t, tb, h)
	tb.Do(chromedp.Click(chromedp.CSS(`#shared-finish`), chromedp.NodeVisible))
	tb.WaitFor("the home page after Finish and clear", `location.pathname === "/coach/" && document.getElementById("shared-cleared") !== null`)
	if inLocal, inSession := savedIn(tb); inLocal || inSession {
		t.Errorf("after Finish and clear answers are saved: local %v, session %v", inLocal, inSession)
	}
	h.open(tb, "/plan")
	if stepDone(tb) {
		t.Error("after Finish and clear step 2 is still done")
	}
}
