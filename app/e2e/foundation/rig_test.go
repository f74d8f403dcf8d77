//go:build !wasm

package foundation

import (
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
)

// TestRigNoticesProblems proves the checks every browser test relies on can
// fail: a console error, an uncaught exception, a Go-style panic message and
// a request to another host are all recorded. It also shows the Content
// Security Policy refusing a fetch to another host before it is sent.
func TestRigNoticesProblems(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	tb.Eval(`console.error("deliberate error")`)
	tb.Eval(`setTimeout(() => { throw new Error("deliberate exception") }, 0)`)
	tb.Eval(`console.log("panic: deliberate")`)
	tb.Eval(`fetch("http://other-host.invalid/x").catch(() => {})`)
	// A top-level navigation is not subject to the page's policy, so it does
	// reach the network layer, where the host check sees it.
	tb.Eval(`location.href = "http://other-host.invalid/page"`)
	want := []string{
		"console error: deliberate error",
		"uncaught exception",
		"Go panic: panic: deliberate",
		"violates the following Content Security Policy directive: \"connect-src 'self'\"",
		"request to another host: http://other-host.invalid/page",
	}
	deadline := time.Now().Add(10 * time.Second)
	var got []string
	for time.Now().Before(deadline) {
		got = append(got, tb.TakeProblems()...)
		if containsAll(got, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("the rig recorded %q, want all of %q", got, want)
}

func containsAll(got, want []string) bool {
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g, w) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TestUnparsableAddressStillOpens pastes a share link with a broken percent
// escape: go-app cannot parse such an address, so the app repairs it before
// start-up and the plan page explains the link instead of crashing.
func TestUnparsableAddressStillOpens(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/plan#share=%zz")
	tb.WaitText("main", "share link")
	if h1 := tb.Text("h1"); h1 == "" {
		t.Error("the plan page has no heading")
	}
}
