//go:build !wasm

package foundation

import (
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// The prerendered page is what a person reads while the wasm downloads, on a
// slow line for seconds, and all they read with scripts off; it must say
// what the app then says, word for word and comma for comma.
func TestPrerenderedPagesReadLikeTheApp(t *testing.T) {
	tb := e2e.NewTab(t)
	allowNotFound(tb)
	// A share link's query string is read by the page, not the server.
	pages := append(everyPage(), "/salaries?career=medical-coder&country=germany")
	// The footer's live status line is left out: it tells how the saving
	// for offline use is going, which changes by itself. So are a chart's
	// axis labels: scale marks laid out for the width the chart has, which
	// the server does not know, so its page may label fewer of them. And the
	// plan's line on whether the browser keeps saved data, which only the
	// browser can answer, and the counselor page's line on this site's
	// local.json, which says "Looking for local.json…" until the app has
	// fetched it, a moment after it takes over.
	const pageText = `(() => {
		document.querySelectorAll(".chart-axis text, #storage-kept, #pack-status-now").forEach((e) => { e.style.display = "none"; });
		return [...document.querySelectorAll("header.site-header, main, footer.site-footer > p:not([aria-live])")].map((e) => e.innerText).join("\n");
	})()`
	for _, p := range pages {
		// A #fragment, such as a shared plan's, never reaches the server:
		// only the app can read it.
		if strings.Contains(p, "#") {
			continue
		}
		// The server's page, not the worker's: the worker answers an
		// address with a query from the page it keeps for the path (as
		// /careers for /careers?degree=no), which the app then redraws.
		e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
		e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		tb.Do(chromedp.Navigate(tb.Origin() + p))
		prerendered := e2e.Run(tb, chromedp.Evaluate[string](pageText))
		e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
		e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: false})
		t.Logf("%s: the app takes over", p)
		tb.Open(p)
		rendered := e2e.Run(tb, chromedp.Evaluate[string](pageText))
		if len(strings.Fields(rendered)) < 20 {
			t.Errorf("%s: the app shows almost nothing: %q", p, rendered)
			continue
		}
		if a, b := strings.Join(strings.Fields(prerendered), " "), strings.Join(strings.Fields(rendered), " "); a != b {
			at := firstDifference(a, b)
			t.Errorf("%s: before the wasm the page reads\n  …%s…\nand the app then reads\n  …%s…", p, around(a, at), around(b, at))
		}
	}
}

func firstDifference(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// around is the text near byte i, cut on rune boundaries.
func around(s string, i int) string {
	from, to := max(0, i-60), min(len(s), i+60)
	for from > 0 && !isRuneStart(s[from]) {
		from--
	}
	for to < len(s) && !isRuneStart(s[to]) {
		to++
	}
	return s[from:to]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// With scripts off, the page says what cannot work, and go-app's loader,
// which would wait at 0% for ever, is gone; with them on, neither shows.
func TestWithScriptsOffThePageSaysWhatNeedsThem(t *testing.T) {
	tb := e2e.NewTab(t)
	const seen = `[".scripts-off", "#app-wasm-loader"].map((s) => { const e = document.querySelector(s); return e ? e.checkVisibility() : false; })`
	e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
	tb.Do(chromedp.Navigate(tb.Origin() + "/quiz"))
	if got := e2e.Run(tb, chromedp.Evaluate[[]bool](seen)); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("scripts off: the note shows %v and the loader %v, want the note alone", got[0], got[1])
	}
	if got := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector(".scripts-off").innerText`)); !strings.Contains(got, "readiness quiz") {
		t.Errorf("scripts off: the note reads %q", got)
	}
	e2e.Call(tb, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
	tb.Open("/quiz")
	if got := e2e.Run(tb, chromedp.Evaluate[[]bool](seen)); slices.Contains(got, true) {
		t.Errorf("scripts on: the note shows %v and the loader %v, want neither", got[0], got[1])
	}
}
