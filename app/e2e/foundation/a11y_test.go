//go:build !wasm

package foundation

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
)

// structure is what the landmark check reads from a page.
type structure struct {
	H1, Main, Banner, Footer, Nav, Skip int
	TablesWithoutCaption                int
	UnlabelledControls                  []string
	Description                         string
}

const readStructure = `(() => {
	const q = s => document.querySelectorAll(s).length;
	const unlabelled = [...document.querySelectorAll("input, select, textarea, button")]
		.filter(e => e.type !== "hidden" && !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby") && !(e.tagName === "BUTTON" && e.innerText.trim()))
		.map(e => e.outerHTML.slice(0, 80));
	const desc = document.querySelector('meta[name="description"]');
	return {
		H1: q("h1"), Main: q("main"), Banner: q("body header.site-header"), Footer: q("footer"),
		Nav: q("nav[aria-label]"), Skip: q("a.skip-link[href='#main']"),
		TablesWithoutCaption: [...document.querySelectorAll("table")].filter(t => !t.querySelector("caption")).length,
		UnlabelledControls: unlabelled,
		Description: desc ? desc.content : "",
	};
})()`

// Each page and state is opened once for both checks: its landmarks, one
// h1 and labelled controls, and AA text contrast in both colour schemes
// (e2e.Tab.CheckContrast). A page load is most of a check's time.
func TestEveryPageHasLandmarksOneH1LabelledControlsAndAAContrast(t *testing.T) {
	tb := e2e.NewTab(t)
	allowNotFound(tb)
	check := func(p string) {
		t.Helper()
		tb.CheckContrast(t, p)
		raw := e2e.Run(tb, chromedp.Evaluate[json.RawMessage](readStructure))
		var s structure
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		if s.H1 != 1 || s.Main != 1 || s.Banner != 1 || s.Footer != 1 || s.Nav < 1 || s.Skip != 1 {
			t.Errorf("%s: want one h1, main, header, footer and skip link and a labelled nav; got %+v", p, s)
		}
		if s.TablesWithoutCaption > 0 {
			t.Errorf("%s: %d tables without a caption", p, s.TablesWithoutCaption)
		}
		if len(s.UnlabelledControls) > 0 {
			t.Errorf("%s: controls without an accessible name: %v", p, s.UnlabelledControls)
		}
		if strings.TrimSpace(s.Description) == "" {
			t.Errorf("%s: no meta description", p)
		}
	}
	for _, p := range pageStates() {
		tb.Open(p)
		check(p)
		if tb.Eval(`document.querySelector("main details") !== null`) == true {
			tb.Eval(openEverything)
			check(p + " with everything open")
		}
	}
	t.Cleanup(func() { tb.Eval(`localStorage.clear()`) })
	for _, s := range studentStates {
		s.bringAbout(t, tb)
		check(s.name)
	}
}

func TestSkipLinkIsFirstAndMovesFocusVisibly(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/careers/health-information-technician")
	tb.Do(chromedp.KeyEvent(kb.Tab))
	got := e2e.Run(tb, chromedp.Evaluate[[]string](`[document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle, String(document.activeElement.getBoundingClientRect().top >= 0)]`))
	if got[0] != "skip-link" {
		t.Fatalf("first Tab focuses %q, want the skip link", got[0])
	}
	if got[1] == "none" || got[2] != "true" {
		t.Errorf("the focused skip link is not visible: outline %q, on screen %s", got[1], got[2])
	}
	tb.Do(chromedp.KeyEvent(kb.Enter))
	if id := e2e.Run(tb, chromedp.Evaluate[string](`document.activeElement.id`)); id != "main" {
		t.Errorf("after the skip link focus is on %q, want main", id)
	}
}

func TestContentIsReadableWithoutTheWasm(t *testing.T) {
	// go-app skips loading the wasm with ?wasm=false, as a crawler would.
	tb := e2e.NewTab(t)
	tb.Do(chromedp.Navigate(e2e.ServerURL() + "/?wasm=false"))
	tb.WaitText("#fact-median", "$47,160")
	res, err := http.Get(e2e.ServerURL() + "/careers/medical-coder")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	html, _ := io.ReadAll(res.Body)
	for _, want := range []string{"<h1>Medical Coder</h1>", `id="pay"`, "<title>Medical Coder career guide"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("prerendered /careers/medical-coder lacks %q", want)
		}
	}
}

func TestDarkModeFollowsTheSystem(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	bg := func() string {
		return e2e.Run(tb, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	}
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}}})
	light := bg()
	e2e.Call(tb, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	dark := bg()
	if light != "rgb(255, 255, 255)" || dark == light {
		t.Errorf("background is %s in light and %s in dark mode", light, dark)
	}
}

func TestPhoneWidthHasNoHorizontalScroll(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(320, 640))
	for _, p := range []string{"/", "/careers/health-information-technician", "/about", "/credentials", "/glossary"} {
		tb.Open(p)
		tb.Eval(openEverything)
		if w := e2e.Run(tb, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 320 {
			t.Errorf("%s is %d px wide on a 320 px phone", p, w)
		}
	}
}
