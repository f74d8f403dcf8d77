//go:build !wasm

package salaries

import (
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestASharedComparisonStaysWhileTheAppStarts opens a shared comparison
// and watches the comparison chart from the parsed page until the app has
// started: once shown it must never vanish, as it did when the app's first
// render ignored the address.
func TestASharedComparisonStaysWhileTheAppStarts(t *testing.T) {
	tb := e2e.NewTab(t)
	e2e.Call(tb, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__compare = [];
		const note = () => {
			const shown = !!document.getElementById("chart-compare");
			if (window.__compare[window.__compare.length - 1] !== shown) window.__compare.push(shown);
		};
		document.addEventListener("DOMContentLoaded", () => {
			note();
			new MutationObserver(note).observe(document, { childList: true, subtree: true });
		});`})
	tb.Do(chromedp.Navigate(tb.Origin() + "/salaries?compare=level-1,experienced"))
	tb.WaitForApp()
	tb.Eval(`new Promise((resolve) => setTimeout(resolve, 500))`)
	seen := e2e.Run(tb, chromedp.Evaluate[[]bool](`window.__compare`))
	// The page may come from the service worker, kept without the query and
	// so without the comparison; then the app adds it. Once shown, it stays.
	for len(seen) > 0 && !seen[0] {
		seen = seen[1:]
	}
	if len(seen) == 0 {
		t.Fatal("the comparison chart never appeared")
	}
	if len(seen) != 1 {
		t.Errorf("the comparison chart vanished while the app started (present, absent, ...: %v)", seen)
	}
}
