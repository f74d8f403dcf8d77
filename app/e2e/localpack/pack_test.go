//go:build !wasm

package localpack

import (
	"net/url"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/e2e"
)

const hitPage = "/careers/health-information-technician"

// Anchors the example pack's entries get (data/local sets them from the
// names).
const (
	programAnchor  = "local-program-riverbend-college-him"
	employerAnchor = "local-employer-riverbend-general-hospital"
	payAnchor      = "local-pay-starting-pay-at-riverbend-hospitals"
	noteAnchor     = "local-note-health-information-technician"
	stepAnchor     = "local-step-visit-the-riverbend-college-open-day"
	faqAnchor      = "local-faq-can-i-take-college-classes-while-still-in-high"
)

// A valid pack's program, employer, pay figure, note, plan step, FAQ,
// welcome and contact show where a student looks, each marked as the
// organization's, and search finds them; after one visit they still do
// offline. No request leaves the origin: the rig fails the test on one.
func TestValidPackShowsWhereStudentsLook(t *testing.T) {
	for _, base := range bases {
		t.Run(baseName(base), func(t *testing.T) {
			h := siteAt(t, base)
			h.writePack(t, examplePack(t))
			tb := newTab(t, h)

			h.open(tb, "/")
			waitForPack(tb, "used")
			checkShows(t, tb, h, "/", "#local-welcome", "Riverbend College Career Center", "Welcome, Riverbend students.")
			waitForOfflineReady(tb)
			checkEverywhere(t, tb, h)
			checkSearch(t, tb, h)
			if base == "" {
				// The local parts and the shared-computer line keep AA
				// contrast in both schemes.
				for _, p := range []string{hitPage + "#near-you", "/plan#local-steps", "/"} {
					h.open(tb, p)
					waitForPack(tb, "used")
					tb.CheckContrast(t, p)
				}
			}

			for _, r := range tb.Requests() {
				if u, err := url.Parse(r); err == nil && strings.Contains(u.Host, "riverbend") {
					t.Errorf("the pack's link was requested: %s", r)
				}
			}

			goOffline(tb, h)
			tb.AllowFailures(`net::ERR_`)
			checkEverywhere(t, tb, h)
			checkSearch(t, tb, h)
		})
	}
}

// checkEverywhere opens each page the pack adds to and checks it is there.
func checkEverywhere(t *testing.T, tb *e2e.Tab, h *staticHost) {
	t.Helper()
	checkShows(t, tb, h, "/", "#local-welcome", "Riverbend College Career Center", "Welcome, Riverbend students.")
	checkShows(t, tb, h, "/careers", "#local-careers", "Health Information Technician", "Medical Coder")
	checkShows(t, tb, h, hitPage, "#near-you",
		"Riverbend College HIM", "Riverbend College, Riverbend", "US$8,000–US$11,000",
		"Source: Riverbend College catalog (example figure) · 2025-26 catalog. Provided by Riverbend College Career Center.",
		"Starting pay at Riverbend hospitals: US$17–US$21 an hour",
		"Source: Riverbend County wage survey (example figure) · as of 2024. Provided by Riverbend College Career Center.",
		"Nationally: U.S. national median pay, $47,160.",
		"Riverbend General Hospital", "Hires for: Health Information Technician, Medical Coder.",
		"A note from Riverbend College Career Center", "paid placement")
	for _, id := range []string{programAnchor, employerAnchor, payAnchor, noteAnchor} {
		if text(tb, "#near-you #"+id) == "" {
			t.Errorf("%s: no #%s in Near you", hitPage, id)
		}
	}
	// The local question is among the career's own, in the FAQ section,
	// which is closed until opened.
	tb.Eval(`document.querySelectorAll("#faq details").forEach((d) => { d.open = true; }); true`)
	if got := text(tb, "#faq #"+faqAnchor); !strings.Contains(got, "dual enrollment") || !strings.Contains(got, "Answered by Riverbend College Career Center") {
		t.Errorf("the FAQ section's local question reads %q", got)
	}
	checkShows(t, tb, h, "/plan", "#local-steps", "Steps from Riverbend College Career Center", "Visit the Riverbend College open day", "Bring your quiz result and your plan.")
	checkShows(t, tb, h, "/plan", "#local-contact", "Talk to Sam Rivera", "Career counselor, Riverbend College Career Center", "Email careers@riverbend.example")
	if text(tb, "#"+stepAnchor) == "" {
		t.Errorf("the plan has no #%s", stepAnchor)
	}
	// The plan's link opens in a new tab, with no opener.
	link := tb.Eval(`(() => { const a = document.querySelector('#local-steps a[href="https://riverbend.example/open-day"]'); return a ? a.target + " " + a.rel : ""; })()`)
	if link != "_blank noopener noreferrer" {
		t.Errorf("the open day's link: %q", link)
	}
}

// checkShows opens path and checks the element holds each text.
func checkShows(t *testing.T, tb *e2e.Tab, h *staticHost, path, selector string, want ...string) {
	t.Helper()
	h.open(tb, path)
	waitForPack(tb, "used")
	tb.WaitFor(selector+" on "+path, `document.querySelector(`+quote(selector)+`) !== null`)
	got := strings.Join(strings.Fields(text(tb, selector)), " ")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s%s %s lacks %q; it reads:\n%s", h.base, path, selector, w, got)
		}
	}
}

// checkSearch searches the /search page for each entry of the pack.
func checkSearch(t *testing.T, tb *e2e.Tab, h *staticHost) {
	t.Helper()
	for query, want := range map[string]string{
		"riverbend college":          hitPage + "#" + programAnchor,
		"riverbend general hospital": hitPage + "#" + employerAnchor,
		"starting pay riverbend":     hitPage + "#" + payAnchor,
		"paid placement":             hitPage + "#" + noteAnchor,
		"open day":                   "/plan#" + stepAnchor,
		"dual enrollment":            hitPage + "#" + faqAnchor,
	} {
		h.open(tb, "/search?q="+url.QueryEscape(query))
		waitForPack(tb, "used")
		sel := `.search-results a[href="` + h.base + want + `"]`
		tb.WaitFor(query+" to find "+want, `document.querySelector(`+quote(sel)+`) !== null`)
	}
}
