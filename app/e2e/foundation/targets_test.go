//go:build !wasm

package foundation

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// minTarget is the least width and height of a link or control, in CSS
// pixels (WCAG 2.2, 2.5.8 Target Size, Minimum).
const minTarget = 24

// readSmallTargets lists every link and control on screen, or that would
// be on screen when scrolled to, whose box is under minTarget in width or
// height. A radio or checkbox is pressed through its label too, so the
// larger of the two counts; something hidden (in a closed disclosure, a
// closed popup) is no target.
const readSmallTargets = `(() => {
	const small = [];
	let checked = 0;
	const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
	for (const el of document.querySelectorAll(controls)) {
		if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		let w = r.width, h = r.height;
		for (const label of el.labels || []) {
			const l = label.getBoundingClientRect();
			w = Math.max(w, l.width);
			h = Math.max(h, l.height);
		}
		checked++;
		if (w < 24 - 0.01 || h < 24 - 0.01) {
			const name = (el.innerText || el.value || el.getAttribute("aria-label") || el.id || "").trim().replace(/\s+/g, " ").slice(0, 50);
			small.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "") + " " + JSON.stringify(name) + " " + w.toFixed(1) + "×" + h.toFixed(1));
		}
	}
	return { checked, small };
})()`

type smallTargets struct {
	Checked int      `json:"checked"`
	Small   []string `json:"small"`
}

// checkTargets fails t for each link or control of the page as it is now
// that is under 24 × 24 px, and returns how many it measured.
func checkTargets(t *testing.T, tb *e2e.Tab, where string) int {
	t.Helper()
	r := e2e.Run(tb, chromedp.Evaluate[smallTargets](readSmallTargets))
	for _, s := range r.Small {
		t.Errorf("%s: %s is under %d × %d px", where, s, minTarget, minTarget)
	}
	return r.Checked
}

// openEverything opens every disclosure of the page, so what they hide is
// measured too.
const openEverything = `document.querySelectorAll("details").forEach((d) => d.open = true)`

// TestEveryTargetIsAtLeast24PxOnAPhone measures every link and control of
// every page on a 390 px phone, first as the page opens and then with
// every disclosure open, and in the states a student brings about: a quiz
// question, a plan with its links, the credential guide answered, the
// glossary filtered and the header's search results.
func TestEveryTargetIsAtLeast24PxOnAPhone(t *testing.T) {
	tb := e2e.NewTab(t)
	allowNotFound(tb)
	tb.Do(chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile))
	measured := 0
	for _, p := range everyPage() {
		tb.Open(p)
		measured += checkTargets(t, tb, p)
		if tb.Eval(`document.querySelector("main details") !== null`) == true {
			tb.Eval(openEverything)
			measured += checkTargets(t, tb, p+" with everything open")
		}
	}
	if measured < 500 {
		t.Errorf("only %d links and controls measured: the check is not reading the pages", measured)
	}

	t.Cleanup(func() { tb.Eval(`localStorage.clear()`) })
	for _, s := range studentStates {
		s.bringAbout(t, tb)
		checkTargets(t, tb, s.name)
	}
}

// studentState is a page in a state a student brings about, for the checks
// that go over every page.
type studentState struct {
	name       string
	bringAbout func(t *testing.T, tb *e2e.Tab)
}

var studentStates = []studentState{
	{"a quiz question", func(t *testing.T, tb *e2e.Tab) {
		tb.Open("/about")
		tb.Eval(`localStorage.clear()`)
		tb.Open("/quiz")
		tb.Do(chromedp.Click(chromedp.CSS("#quiz-start"), chromedp.NodeVisible))
		tb.WaitFor("the first question", `document.querySelector('input[type="radio"]') !== null`)
	}},
	{"a plan from a finished quiz", func(t *testing.T, tb *e2e.Tab) {
		saveFinishedQuiz(t, tb)
		tb.Open("/plan")
		tb.WaitFor("the plan's links", `document.querySelector(".plan-item .see-also a") !== null`)
	}},
	{"the credential guide answered", func(t *testing.T, tb *e2e.Tab) {
		tb.Open("/about")
		tb.Eval(`localStorage.clear()`)
		tb.Open("/credentials")
		tb.WaitFor("the guide to load", `document.querySelector('#which-first[data-loaded="true"]')`)
		choose(tb, "cred-schooling", 3)
		choose(tb, "cred-focus", 1)
		tb.WaitText("#which-first-answer", "First:")
	}},
	{"the glossary filtered", func(t *testing.T, tb *e2e.Tab) {
		tb.Open("/glossary")
		tb.Do(chromedp.SendKeys("#glossary-filter", "co", chromedp.NodeVisible))
		tb.WaitText("#glossary-count", "terms match")
	}},
	{"the header's search results", func(t *testing.T, tb *e2e.Tab) {
		tb.Open("/")
		tb.Do(chromedp.SendKeys("#site-search", "rhit", chromedp.NodeVisible))
		tb.WaitFor("the results", `document.querySelector(".search-popup:not([hidden]) .search-option") !== null`)
	}},
}

// saveFinishedQuiz saves a finished attempt with every area a gap, so the
// plan lists an item, with its links, for each.
func saveFinishedQuiz(t *testing.T, tb *e2e.Tab) {
	t.Helper()
	now := time.Now()
	a := store.Attempt{ID: "2025-01-01T00:00:00Z", Date: now, Overall: 5, Areas: map[string]int{}}
	for _, area := range data.MustLoadQuiz().Areas {
		a.Areas[area.ID] = 5
	}
	raw, _ := json.Marshal(string(store.Encode(store.State{History: []store.Attempt{a}})))
	tb.Open("/about")
	tb.Eval(`localStorage.setItem(` + strconv.Quote(store.Key) + `, ` + string(raw) + `)`)
}
