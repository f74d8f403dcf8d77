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

// TestContrastCheckFindsLowContrast proves the contrast check can fail: on
// a page of the app, texts of known colours are added, and the check must
// name each one under WCAG AA (plain, translucent, faded by a parent, in
// modern CSS colour syntax, drawn in SVG, a placeholder) and none of those
// that pass (large text needs only 3:1) or that nobody sees.
func TestContrastCheckFindsLowContrast(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	// Styles go in through the CSSOM, as the page's security policy refuses
	// style attributes and elements it did not list.
	tb.Eval(`(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync("#contrast-hint::placeholder { color: #aaaaaa; opacity: 1; }");
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const box = document.createElement("section");
		box.style.background = "#ffffff";
		const add = (parent, tag, text, style) => {
			const el = document.createElement(tag);
			el.textContent = text;
			Object.assign(el.style, style);
			parent.append(el);
			return el;
		};
		add(box, "p", "grey on white", { color: "#999999" });
		add(box, "p", "translucent black", { color: "rgba(0, 0, 0, 0.3)" });
		add(add(box, "div", "", { opacity: "0.3" }), "p", "faded by its parent", { color: "#000000" });
		add(box, "p", "modern colour syntax", { color: "oklch(0.7 0 0)" });
		const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
		svg.setAttribute("width", "200");
		svg.setAttribute("height", "30");
		const label = document.createElementNS("http://www.w3.org/2000/svg", "text");
		label.setAttribute("x", "0");
		label.setAttribute("y", "20");
		label.style.fill = "#bbbbbb";
		label.textContent = "chart label";
		svg.append(label);
		box.append(svg);
		const input = add(box, "input", "", { color: "#000000", background: "#ffffff" });
		input.id = "contrast-hint";
		input.setAttribute("aria-label", "test");
		input.placeholder = "pale placeholder";
		add(box, "p", "dark grey passes", { color: "#595959" });
		add(box, "p", "large text passes at 3 to 1", { color: "#949494", fontSize: "24px" });
		add(box, "p", "only for screen readers", { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", color: "#eeeeee" });
		document.querySelector("main").prepend(box);
	})()`)
	_, failures := tb.ContrastProblems()
	all := strings.Join(failures, "\n")
	for _, want := range []string{"grey on white", "translucent black", "faded by its parent", "modern colour syntax", "chart label", "pale placeholder"} {
		if !strings.Contains(all, want) {
			t.Errorf("the contrast check missed %q; it found:\n%s", want, all)
		}
	}
	for _, pass := range []string{"dark grey passes", "large text passes", "only for screen readers"} {
		if strings.Contains(all, pass) {
			t.Errorf("the contrast check flagged %q; it found:\n%s", pass, all)
		}
	}
}
