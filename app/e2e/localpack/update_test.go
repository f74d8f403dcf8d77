//go:build !wasm

package localpack

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

const packUpdate = "New local information for this app is ready."

// A changed pack is picked up as a new version is: the page shows the copy
// the service worker kept, the worker finds the new one on the host and
// the update banner offers a reload, which shows it. A removed pack goes
// the same way.
func TestChangedOrRemovedPackOffersReload(t *testing.T) {
	h := siteAt(t, "/coach")
	h.writePack(t, examplePack(t))
	tb := newTab(t, h)
	h.open(tb, "/")
	waitForPack(tb, "used")
	waitForOfflineReady(tb)
	h.open(tb, "/")
	waitForPack(tb, "used")
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Fatal("an unchanged pack shows the update banner")
	}

	h.writePack(t, editedPack(t, "Welcome, Riverbend students.", "Welcome back, Riverbend students."))
	h.open(tb, "/")
	waitForPack(tb, "used")
	if got := text(tb, "#local-welcome"); !strings.Contains(got, "Welcome, Riverbend students.") {
		t.Errorf("before the reload the welcome reads %q, want the kept copy's", got)
	}
	tb.WaitText("#update-banner", packUpdate)
	reloadFromBanner(tb)
	waitForPack(tb, "used")
	tb.WaitText("#local-welcome", "Welcome back, Riverbend students.")
	if n := tb.Eval(`document.querySelectorAll("#update-banner").length`); n != float64(0) {
		t.Error("the banner is still shown after the reload")
	}

	h.removePack(t)
	h.open(tb, "/")
	waitForPack(tb, "used")
	tb.WaitText("#update-banner", packUpdate)
	reloadFromBanner(tb)
	waitForPack(tb, "none")
	if got := text(tb, "#local-welcome"); got != "" {
		t.Errorf("after the pack was removed the home page shows %q", got)
	}
	// Offline too, the removed pack stays gone.
	goOffline(tb, h)
	tb.AllowFailures(`net::ERR_`)
	h.open(tb, hitPage)
	waitForPack(tb, "none")
	if got := text(tb, "#near-you"); got != "" {
		t.Errorf("offline the removed pack shows %q", got)
	}
}

// reloadFromBanner presses the banner's "Reload now" and waits for the
// new page's app.
func reloadFromBanner(tb *e2e.Tab) {
	tb.Eval(`window.__beforeReload = true`)
	tb.Do(chromedp.Click(chromedp.CSS(`#update-banner button:not(.secondary)`), chromedp.NodeVisible))
	tb.WaitFor("the page to reload", `!window.__beforeReload && document.documentElement && document.documentElement.dataset.app === "ready"`)
	tb.WaitForApp()
}
