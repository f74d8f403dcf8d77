//go:build !wasm

package foundation

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// On a slow line the prerendered page is up for seconds before the wasm
// replaces it, and a reader uses it meanwhile. Here the wasm is held back
// until they have ticked a step of the plan and typed a search: when the
// app takes over, both are still there, the search box still has the
// focus and shows its results, and the tick has been saved.
func TestInputBeforeTheAppStartsIsKept(t *testing.T) {
	tb, release := openWithWasmHeldBack(t, "/plan")
	const doing = "#status-step-1-doing"
	tb.Do(
		chromedp.Click(chromedp.CSS(doing)),
		chromedp.Click(chromedp.ID("site-search")),
		chromedp.SendKeys(chromedp.ID("site-search"), "hippa"),
	)
	release()

	if got := tb.Eval(`document.getElementById("site-search").value`); got != "hippa" {
		t.Errorf("the search box holds %q, want the \"hippa\" typed before the app started", got)
	}
	if got := tb.Eval(`document.activeElement.id`); got != "site-search" {
		t.Errorf("the focus is on %q, want it still in the search box", got)
	}
	if got := tb.Eval(`document.querySelector("` + doing + `").checked`); got != true {
		t.Error("step 1 is no longer marked as being done")
	}
	tb.WaitFor("the search box to show results for what was typed", `document.getElementById("site-search-listbox").innerText.includes("HIPAA")`)

	tb.Open("/plan")
	tb.WaitFor("step 1 to show as being done after a reload, as saved", `document.querySelector("`+doing+`").checked`)
}

// A button pressed before the app runs does nothing then, so it is pressed
// again when the app takes over: "Start the quiz" starts the quiz.
func TestAButtonPressedBeforeTheAppStartsIsPressedAgain(t *testing.T) {
	tb, release := openWithWasmHeldBack(t, "/quiz")
	tb.Do(chromedp.Click(chromedp.ID("quiz-start")))
	release()
	tb.WaitText("main", "Question 1 of 19")
}

// openWithWasmHeldBack opens path in a browser of its own, holding the
// wasm's request until release is called; release then waits for the app
// to take over. (In the shared browser a service worker would serve the
// wasm from its cache, out of the test's reach.)
func openWithWasmHeldBack(t *testing.T, path string) (tb *e2e.Tab, release func()) {
	t.Helper()
	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	tb = e2e.NewTabIn(t, ctx, e2e.ServerURL())
	held := make(chan fetch.RequestID, 1)
	chromedp.Listen(tb.Ctx(), func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			held <- e.RequestID
		}
	})
	e2e.Call(tb, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*.wasm*"}}})
	tb.Do(chromedp.Navigate(tb.Origin() + path))
	var wasm fetch.RequestID
	select {
	case wasm = <-held:
	case <-time.After(30 * time.Second):
		t.Fatal("the page never asked for the wasm")
	}
	return tb, func() {
		t.Helper()
		if got := tb.Eval(`document.documentElement.dataset.app || ""`); got != "" {
			t.Fatalf("the app had started (data-app %q) while its wasm was held back", got)
		}
		e2e.Call(tb, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: wasm})
		e2e.Call(tb, fetch.Disable, cdp.Empty{})
		tb.WaitForApp()
	}
}
