//go:build !wasm

package e2e

import (
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// HeldWasm keeps a tab's requests for the wasm waiting, so a test can use the
// prerendered page for as long as it likes before the app takes over. The
// tab must be in a browser of its own: in a shared one a service worker may
// serve the wasm from its cache, where the tab's requests are not seen.
type HeldWasm struct {
	tb    *Tab
	held  chan fetch.RequestID
	first fetch.RequestID
}

// HoldWasm holds every request for the wasm the tab makes from now on.
func (tb *Tab) HoldWasm() *HeldWasm {
	tb.t.Helper()
	h := &HeldWasm{tb: tb, held: make(chan fetch.RequestID, 1)}
	// One request at a time is let through or failed: a page that loads
	// again asks again, and unless the test waits for that request, it stays
	// held. The listener must never block, or the tab's events stop.
	chromedp.Listen(tb.ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			select {
			case h.held <- e.RequestID:
			default:
			}
		}
	})
	Call(tb, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*.wasm*"}}})
	return h
}

// WaitAsked waits until the page has asked for the wasm, which it does
// once its scripts run.
func (h *HeldWasm) WaitAsked() {
	h.tb.t.Helper()
	select {
	case h.first = <-h.held:
	case <-time.After(30 * time.Second):
		h.tb.t.Fatal("the page never asked for the wasm")
	}
}

// Fail ends the request the page is waiting on as a dropped connection
// would; WaitAsked then waits for the page to ask again.
func (h *HeldWasm) Fail() {
	h.tb.t.Helper()
	Call(h.tb, fetch.FailRequest, fetch.FailRequestParams{RequestID: h.first, ErrorReason: network.ErrorReasonConnectionClosed})
}

// Release lets the request the page is waiting on through and waits for the app to take
// over. The app must not have started while its wasm was held.
func (h *HeldWasm) Release() {
	h.tb.t.Helper()
	if got := h.tb.Eval(`document.documentElement.dataset.app || ""`); got != "" {
		h.tb.t.Fatalf("the app had started (data-app %q) while its wasm was held back", got)
	}
	Call(h.tb, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: h.first})
	Call(h.tb, fetch.Disable, cdp.Empty{})
	h.tb.WaitForApp()
}
