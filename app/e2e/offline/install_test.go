//go:build !wasm

package offline

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestChromiumCanInstallTheApp asks Chromium itself whether the app under a
// sub-path is installable, then plays the browser's part in the install
// offer, which a headless browser never shows, and clicks the button.
func TestChromiumCanInstallTheApp(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	openDeepLink(tb, basePath+"/about")
	waitForOfflineReady(tb)

	manifest := e2e.Call(tb, page.GetAppManifest, page.GetAppManifestParams{})
	for _, e := range manifest.Errors {
		t.Errorf("manifest error: %s", e.Message)
	}
	if m := manifest.Manifest; m == nil {
		t.Errorf("Chromium parsed no manifest from %s", manifest.URL)
	} else {
		home := host.url + basePath + "/"
		if m.Scope != home || m.StartURL != home {
			t.Errorf("manifest scope %s, start_url %s; want %s", m.Scope, m.StartURL, home)
		}
	}
	errs := e2e.Call(tb, page.GetInstallabilityErrors, cdp.Empty{})
	for _, e := range errs.InstallabilityErrors {
		t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
	}

	tb.Eval(`(() => {
		const offer = new Event("beforeinstallprompt", { cancelable: true });
		offer.prompt = () => { window.__prompted = true; };
		offer.userChoice = Promise.resolve({ outcome: "dismissed" });
		window.dispatchEvent(offer);
		return true;
	})()`)
	tb.WaitText("#install-button", "Install the app")
	tb.Do(chromedp.Click(chromedp.CSS(`#install-button`)))
	if got := tb.Eval(`window.__prompted === true`); got != true {
		t.Errorf("clicking Install did not open the browser's install prompt")
	}
	tb.Do(chromedp.WaitNotPresent(chromedp.CSS(`#install-button`)))
	if n := tb.Eval(`document.querySelectorAll("#install-hint").length`); n != float64(0) {
		t.Errorf("Chromium shows the Apple hint")
	}
}

// TestAppleBrowsersGetTheShareHint checks Safari on an iPhone, which has no
// install prompt, is told how to add the app to the home screen.
func TestAppleBrowsersGetTheShareHint(t *testing.T) {
	host := startStaticHost(t)
	tb := newBrowserTab(t, host.url)
	e2e.Call(tb, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
		UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
	})
	openDeepLink(tb, basePath+"/")
	tb.WaitText("#install-hint", "Share → Add to Home Screen")
	if n := tb.Eval(`document.querySelectorAll("#install-button").length`); n != float64(0) {
		t.Errorf("an Apple browser shows an install button it cannot use")
	}
	if !strings.Contains(tb.Text("footer"), "Add to Home Screen") {
		t.Errorf("the hint is not in the footer")
	}
}
