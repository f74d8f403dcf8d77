//go:build !wasm

package offline

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestStatusNeverClaimsOfflineIsUnsupported records every text the offline
// status, a live region, shows while the app loads, on a first visit and on
// a return. In a browser with service workers it must never say the app
// cannot be kept: a screen reader would announce it.
func TestStatusNeverClaimsOfflineIsUnsupported(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	e2e.Call(tb, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__status = [];
		const note = () => {
			const el = document.getElementById("offline-status");
			const text = el ? el.textContent : "";
			if (text && window.__status[window.__status.length - 1] !== text) window.__status.push(text);
		};
		new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });`})

	for _, visit := range []string{"first visit", "return visit"} {
		tb.Do(chromedp.Navigate(host.url + basePath + "/"))
		tb.WaitForApp()
		waitForOfflineReady(tb)
		// Late updates, such as the install prompt, come within a second.
		tb.Eval(`new Promise((resolve) => setTimeout(resolve, 1000))`)
		shown := e2e.Run(tb, chromedp.Evaluate[[]string](`window.__status`))
		if len(shown) == 0 {
			t.Fatalf("%s: the status was never seen", visit)
		}
		for _, text := range shown {
			if strings.Contains(text, "cannot keep") {
				t.Errorf("%s: the status said %q; it showed, in order: %q", visit, text, shown)
			}
		}
		if last := shown[len(shown)-1]; last != "Ready to work offline." {
			t.Errorf("%s: the status ends at %q, want \"Ready to work offline.\"", visit, last)
		}
		t.Logf("%s: the status showed %q", visit, shown)
	}
}
