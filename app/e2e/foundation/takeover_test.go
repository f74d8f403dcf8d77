//go:build !wasm

package foundation

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
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

// A link followed after the button supersedes it: back on the quiz, the
// app does not start the quiz by itself.
func TestAButtonPressedThenALinkFollowedIsNotPressedAgain(t *testing.T) {
	tb, release := openWithWasmHeldBack(t, "/quiz")
	tb.Do(chromedp.Click(chromedp.ID("quiz-start")))
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/plan"]`)))
	tb.WaitFor("the link to show the plan", `location.pathname === "/plan"`)
	tb.Eval(`history.back()`)
	tb.WaitFor("Back to show the quiz's start again", `location.pathname === "/quiz" && document.getElementById("quiz-start") !== null`)
	release()
	tb.Eval(`new Promise((r) => setTimeout(r, 500))`)
	if got := tb.Text("main"); strings.Contains(got, "Question 1 of 19") {
		t.Error("the quiz started by itself, from a press made before the link was followed")
	}
}

// openWithWasmHeldBack opens path in a browser of its own with the wasm
// held back; release lets it through and waits for the app.
func openWithWasmHeldBack(t *testing.T, path string) (tb *e2e.Tab, release func()) {
	tb, wasm := openHoldingWasm(t, path)
	return tb, wasm.Release
}

func openHoldingWasm(t *testing.T, path string) (*e2e.Tab, *e2e.HeldWasm) {
	t.Helper()
	ctx, cancel := e2e.NewBrowser(t.TempDir())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	tb := e2e.NewTabIn(t, ctx, e2e.ServerURL())
	wasm := tb.HoldWasm()
	tb.Do(chromedp.Navigate(tb.Origin() + path))
	wasm.WaitAsked()
	return tb, wasm
}

// A download that breaks off, as on a bus going into a tunnel, is said in
// words, with a button to try again, and the page stays readable; trying
// again starts the app.
func TestABrokenDownloadSaysSoAndCanBeTriedAgain(t *testing.T) {
	tb, wasm := openHoldingWasm(t, "/salaries")
	// The service worker, registered once the first download has failed,
	// would answer the page's next tries itself, out of the test's sight.
	e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
	tb.AllowFailures(`failed request .*: net::ERR_CONNECTION_CLOSED`)
	tb.AllowFailures(`console error: loading wasm failed`)
	tb.AllowFailures(`console error: Failed to load resource: net::ERR_CONNECTION_CLOSED`)
	wasm.Fail()
	tb.WaitText("#app-wasm-loader", "could not finish downloading")
	if got := tb.Text("#app-wasm-loader"); strings.Contains(got, "TypeError") {
		t.Errorf("the loader shows the browser's error: %q", got)
	}
	if got := tb.Text("h1"); got != "Salaries" {
		t.Errorf("the page reads %q, want it still readable", got)
	}
	tb.CheckContrast(t, "the loader after a broken download")

	// Back online, it tries again by itself.
	e2e.Call(tb, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	e2e.Call(tb, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: false, DownloadThroughput: -1, UploadThroughput: -1})
	wasm.WaitAsked()
	wasm.Fail()
	tb.WaitText("#app-wasm-loader", "could not finish downloading")

	// The button tries again too.
	tb.Do(chromedp.Click(chromedp.CSS("#app-wasm-loader button")))
	wasm.WaitAsked()
	wasm.Release()
	tb.WaitText("main", "By level")
}

// Before the app runs, following a link or searching from the header would
// load a new page and start the wasm's download again, which on a slow line
// is most of a first visit. The pages are swapped in instead, Back works,
// and the app then starts on the page the reader has reached.
func TestBrowsingBeforeTheAppStartsKeepsItsDownload(t *testing.T) {
	tb, release := openWithWasmHeldBack(t, "/")
	tb.Eval(`window.__samePage = true`)
	heading := func(path, h1 string) string {
		return `location.pathname === "` + path + `" && document.querySelector("h1") && document.querySelector("h1").innerText === "` + h1 + `"`
	}

	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/salaries"]`)))
	tb.WaitFor("a link to show the salaries page", heading("/salaries", "Salaries"))
	samePage := func(what string) {
		t.Helper()
		if got := tb.Eval(`window.__samePage === true`); got != true {
			t.Fatalf("%s loaded a page, which starts the wasm's download again", what)
		}
	}
	samePage("the link")
	if got := tb.Eval(`document.title`); got != "Salaries · HIT Career Coach" {
		t.Errorf("the title is %q", got)
	}
	tb.Eval(`history.back()`)
	tb.WaitFor("Back to show the home page again", heading("/", "Become a Health Information Technician"))

	tb.Do(
		chromedp.Click(chromedp.ID("site-search")),
		chromedp.SendKeys(chromedp.ID("site-search"), "rhit\r"),
	)
	tb.WaitFor("Enter in the search box to show the results page", `location.pathname === "/search" && location.search === "?q=rhit" && document.querySelector("main").innerText.includes("Registered Health Information Technician")`)

	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/glossary"]`)))
	tb.WaitFor("a link to show the glossary", heading("/glossary", "Glossary"))
	samePage("Back, the search or the second link")

	release()
	tb.WaitFor("the app to start on the glossary", heading("/glossary", "Glossary"))
	samePage("the app's start")
	tb.Do(chromedp.Click(chromedp.CSS(`header nav a[href="/about"]`)))
	tb.WaitFor("the app's own navigation to work", `location.pathname === "/about" && window.__samePage === true`)
}
