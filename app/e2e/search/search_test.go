//go:build !wasm

package search

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hitcoach/hitcoach/app/e2e"
)

const box = "site-search"

// optionsShown is true once the header box lists results for what it holds.
const optionsShown = `document.querySelectorAll("#site-search-listbox [role=option]").length > 0 && !document.querySelector(".search-popup").hidden`

func evalString(tb *e2e.Tab, js string) string {
	return e2e.Run(tb, chromedp.Evaluate[string](js))
}

func evalStrings(tb *e2e.Tab, js string) []string {
	return e2e.Run(tb, chromedp.Evaluate[[]string](js))
}

func typeInto(tb *e2e.Tab, id, text string) {
	tb.Do(chromedp.SendKeys(chromedp.ID(id), text))
}

// serverPage loads path as the server renders it, with no wasm (go-app's
// ?wasm=false) and past the service worker, which answers every /search
// address with the one page it cached: this is what a browser without the
// wasm gets from the header's plain form.
func serverPage(tb *e2e.Tab, path string) {
	e2e.Call(tb, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	tb.Do(chromedp.Navigate(e2e.ServerURL() + path + sep + "wasm=false"))
}

// pressSlash presses the / key as a keyboard does: one keydown carrying the
// text, so that cancelling the keydown keeps the / from being typed.
// (chromedp.KeyEvent sends the text as a separate event no page can cancel.)
func pressSlash(tb *e2e.Tab) {
	key := input.DispatchKeyEventParams{Key: "/", Code: "Slash", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191}
	down, up := key, key
	down.Type, down.Text, down.UnmodifiedText = input.DispatchKeyEventTypeKeyDown, "/", "/"
	up.Type = input.DispatchKeyEventTypeKeyUp
	e2e.Call(tb, input.DispatchKeyEvent, down)
	e2e.Call(tb, input.DispatchKeyEvent, up)
}

// firstOptionReads waits until the first option of the header box shows
// want, so the list answers the whole query and not an earlier keystroke.
func firstOptionReads(t *testing.T, tb *e2e.Tab, want string) {
	t.Helper()
	tb.WaitFor("the first option reads "+want, fmt.Sprintf(`(() => {
		const o = document.querySelector("#site-search-listbox [role=option]");
		return !!o && !document.querySelector(".search-popup").hidden && o.innerText.includes(%q);
	})()`, want))
}

func TestSlashFocusesTheSearchBoxExceptInAnotherField(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	pressSlash(tb)
	if id := evalString(tb, `document.activeElement.id`); id != box {
		t.Fatalf("after / focus is on %q, want the search box", id)
	}
	if v := evalString(tb, `document.getElementById("site-search").value`); v != "" {
		t.Errorf("the / was typed into the box: %q", v)
	}

	// In another field, / is just a character.
	tb.Open("/search")
	tb.Do(chromedp.Click(chromedp.ID("search-page-input")))
	tb.Do(chromedp.KeyEvent("a"))
	pressSlash(tb)
	tb.Do(chromedp.KeyEvent("b"))
	if id := evalString(tb, `document.activeElement.id`); id != "search-page-input" {
		t.Errorf("typing / in the page's field moved focus to %q", id)
	}
	if v := evalString(tb, `document.getElementById("search-page-input").value`); v != "a/b" {
		t.Errorf("the page's field holds %q, want a/b", v)
	}
}

func TestHeaderSearchShowsGroupedHighlightedResultsAndOpensTheActiveOne(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	pressSlash(tb)
	tb.Do(chromedp.KeyEvent("rhit"))
	firstOptionReads(t, tb, "RHIT")
	tb.WaitFor("the list answers rhit, not rhi", `document.querySelector("#site-search-listbox mark").textContent === "RHIT"`)
	tb.CheckContrast(t, "the header search's results")

	if v := evalString(tb, `document.getElementById("site-search").getAttribute("aria-expanded")`); v != "true" {
		t.Errorf("aria-expanded is %q with results shown", v)
	}
	if v := evalString(tb, `document.getElementById("site-search").getAttribute("role")`); v != "combobox" {
		t.Errorf("the box has role %q, want combobox", v)
	}
	// Grouped by kind: each group is labelled by a heading that exists.
	groups := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=group]")].map(g => {
		const label = document.getElementById(g.getAttribute("aria-labelledby"));
		return label ? label.textContent : "(no label)";
	})`)
	if len(groups) < 2 || groups[0] != "Credentials" || groups[1] != "Glossary" {
		t.Errorf("groups are %q, want Credentials, Glossary, …", groups)
	}
	titles := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option]")].map(o => o.innerText)`)
	if !strings.Contains(titles[0], "RHIT") || !strings.Contains(titles[0], "Registered Health Information Technician") {
		t.Errorf("the first result reads %q", titles[0])
	}
	// The matched letters are highlighted, from fuzzy's matched indexes.
	marks := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option] mark")].map(m => m.textContent)`)
	if len(marks) == 0 || marks[0] != "RHIT" {
		t.Errorf("highlighted pieces are %q, want RHIT first", marks)
	}

	// Up and Down move the active option; the box points at it.
	active := func() (string, string) {
		id := evalString(tb, `document.getElementById("site-search").getAttribute("aria-activedescendant") || ""`)
		if id == "" {
			return "", ""
		}
		sel := evalString(tb, fmt.Sprintf(`(() => { const o = document.getElementById(%q); return o ? o.getAttribute("aria-selected") + " " + o.getAttribute("href") : "missing" })()`, id))
		return id, sel
	}
	ids := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option]")].map(o => o.id)`)
	hrefs := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option]")].map(o => o.getAttribute("href"))`)
	// The glossary's RHIT leads the second group.
	target := -1
	for i, h := range hrefs {
		if h == "/glossary#term-rhit" {
			target = i
			break
		}
	}
	if target < 1 {
		t.Fatalf("the options link to %q; want the glossary's RHIT after the credentials", hrefs)
	}
	press := func(key string, want int) {
		t.Helper()
		tb.Do(chromedp.KeyEvent(key))
		tb.WaitFor("option "+ids[want]+" is active", fmt.Sprintf(`document.getElementById("site-search").getAttribute("aria-activedescendant") === %q`, ids[want]))
		if id, sel := active(); !strings.HasPrefix(sel, "true ") {
			t.Errorf("active option %s is %q, want aria-selected=true", id, sel)
		}
	}
	press(kb.ArrowDown, 0)
	press(kb.ArrowDown, 1)
	press(kb.ArrowUp, 0)
	press(kb.ArrowUp, len(ids)-1) // wraps to the last
	press(kb.ArrowDown, 0)        // and back to the first
	for i := 1; i <= target; i++ {
		press(kb.ArrowDown, i)
	}
	if n := evalString(tb, `String(document.querySelectorAll("#site-search-listbox [aria-selected=true]").length)`); n != "1" {
		t.Errorf("%s options are selected, want 1", n)
	}
	if _, sel := active(); sel != "true /glossary#term-rhit" {
		t.Fatalf("the active option is %q, want the glossary's RHIT", sel)
	}

	// Enter opens it: the glossary page, scrolled to the term.
	tb.Eval(`window.__samePage = "yes"`)
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("the glossary opens at #term-rhit", `location.pathname === "/glossary" && location.hash === "#term-rhit"`)
	tb.WaitText("h1", "Glossary")
	if got := tb.Eval(`window.__samePage`); got != "yes" {
		t.Error("opening a result reloaded the page")
	}
	tb.WaitFor("#term-rhit is scrolled into view", `(() => {
		const e = document.getElementById("term-rhit");
		if (!e) return false;
		const r = e.getBoundingClientRect();
		return r.top >= -2 && r.top < innerHeight / 2 && e.innerText.includes("RHIT");
	})()`)
	if v := evalString(tb, `document.getElementById("site-search").value`); v != "" {
		t.Errorf("the new page's box holds %q", v)
	}
}

func TestResultsLinkToCareerPageAnchors(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	typeInto(tb, box, "uk pay")
	firstOptionReads(t, tb, "Salary in the United Kingdom")
	first := evalString(tb, `document.querySelector("#site-search-listbox [role=option]").innerText`)
	if !strings.Contains(first, "Salary in the United Kingdom") {
		t.Errorf("uk pay lists %q first", first)
	}
	marks := evalStrings(tb, `[...document.querySelector("#site-search-listbox [role=option]").querySelectorAll("mark")].map(m => m.textContent)`)
	if strings.Join(marks, " ") != "Salary United Kingdom" {
		t.Errorf("uk pay highlights %q in the first result", marks)
	}
	tb.Do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("the career page opens at #country-GB", `location.pathname === "/careers/health-information-technician" && location.hash === "#country-GB"`)
	tb.WaitFor("the United Kingdom row is in view", `(() => {
		const e = document.getElementById("country-GB");
		if (!e) return false;
		const r = e.getBoundingClientRect();
		return r.bottom > 0 && r.top < innerHeight && e.innerText.includes("United Kingdom");
	})()`)
}

func TestEscClearsTheBox(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	typeInto(tb, box, "hipaa")
	firstOptionReads(t, tb, "HIPAA")
	tb.Do(chromedp.KeyEvent(kb.Escape))
	tb.WaitFor("Esc empties and closes the box", `document.getElementById("site-search").value === "" &&
		document.querySelector(".search-popup").hidden &&
		document.getElementById("site-search").getAttribute("aria-expanded") === "false" &&
		!document.getElementById("site-search").hasAttribute("aria-activedescendant")`)
	if id := evalString(tb, `document.activeElement.id`); id != box {
		t.Errorf("Esc moved focus to %q", id)
	}
}

func TestEnterWithNoActiveResultOpensTheSearchPageAndBackWorks(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	typeInto(tb, box, "uk pay")
	firstOptionReads(t, tb, "Salary in the United Kingdom")
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("/search?q=uk+pay opens", `location.pathname === "/search" && new URLSearchParams(location.search).get("q") === "uk pay"`)
	tb.WaitText("#search-summary", "results for “uk pay”")
	tb.WaitText("main", "Salary in the United Kingdom")

	// The address follows the query as it is typed, replacing itself.
	tb.Do(chromedp.Click(chromedp.ID("search-page-input")))
	tb.Eval(`document.getElementById("search-page-input").select()`)
	tb.Do(chromedp.KeyEvent("rhit"))
	tb.WaitFor("the address follows the query", `new URLSearchParams(location.search).get("q") === "rhit"`)
	tb.WaitText("#search-summary", "results for “rhit”")
	if first := tb.Text("main .search-result-title"); first != "RHIT" {
		t.Errorf("the first result is %q, want RHIT", first)
	}
	// Typing did not add history entries: Back leaves the search page.
	tb.Eval(`history.back()`)
	tb.WaitFor("Back returns to /about", `location.pathname === "/about"`)
	tb.WaitText("h1", "About")
}

func TestSearchPageLoadedDirectlyShowsResults(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/search?q=rhit")
	tb.WaitText("#search-summary", "results for “rhit”")
	if v := evalString(tb, `document.getElementById("search-page-input").value`); v != "rhit" {
		t.Errorf("the page's field holds %q, want rhit", v)
	}
	headings := evalStrings(tb, `[...document.querySelectorAll("main h2")].map(h => h.textContent)`)
	if len(headings) < 2 || !strings.HasPrefix(headings[0], "Credentials") || !strings.HasPrefix(headings[1], "Glossary") {
		t.Errorf("group headings are %q", headings)
	}
	first := tb.Text("main .search-result")
	if !strings.Contains(first, "RHIT") || !strings.Contains(first, "Registered Health Information Technician") {
		t.Errorf("the first result reads %q", first)
	}
	if href := evalString(tb, `document.querySelector("main .search-result a").getAttribute("href")`); href != "/credentials#rhit" {
		t.Errorf("the first result links to %q", href)
	}
	if n := tb.Eval(`document.querySelectorAll("h1").length`); n != float64(1) {
		t.Errorf("%v h1 elements", n)
	}
	if m := evalString(tb, `document.querySelector("main .search-result mark").textContent`); m != "RHIT" {
		t.Errorf("the first highlight is %q", m)
	}
}

func TestSearchPageWorksWithoutTheWasm(t *testing.T) {
	// Without the wasm the header box is a plain form to /search, and the
	// server renders that page's results.
	tb := e2e.NewTab(t)
	serverPage(tb, "/search?q="+url.QueryEscape("salary germany"))
	tb.WaitText("#search-summary", "1 result for “salary germany”")
	if got := tb.Text("main .search-result-title"); got != "Salary in Germany" {
		t.Errorf("the server's first result reads %q", got)
	}
	if href := evalString(tb, `document.querySelector("main .search-result-title").getAttribute("href")`); href != "/careers/health-information-technician#country-DE" {
		t.Errorf("the server's first result links to %q", href)
	}
	if v := evalString(tb, `document.getElementById("search-page-input").value`); v != "salary germany" {
		t.Errorf("the server's field holds %q", v)
	}
	if ready := evalString(tb, `document.documentElement.dataset.app || ""`); ready != "" {
		t.Errorf("the wasm ran (data-app=%q); this test is about the page without it", ready)
	}

	// The header's form submits the query there.
	serverPage(tb, "/about")
	typeInto(tb, box, "rhit")
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("the form opens /search?q=rhit", `location.pathname === "/search" && new URLSearchParams(location.search).get("q") === "rhit"`)
	tb.WaitText("#search-summary", "results for “rhit”")
	tb.WaitText("main", "Registered Health Information Technician")
}

func TestEmptyAndNoResultStatesSuggestWhatToTry(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/search")
	tb.WaitText("main", "Try one of these:")
	tb.Do(chromedp.Click(chromedp.CSS(`main .search-suggestions a[href="/search?q=hipaa"]`)))
	tb.WaitFor("a suggestion runs its search", `new URLSearchParams(location.search).get("q") === "hipaa"`)
	tb.WaitText("main .search-result", "HIPAA")

	// A query none of whose words is anywhere still says it found nothing.
	tb.Open("/search?q=" + url.QueryEscape("xyzzy plugh"))
	tb.WaitText("#search-summary", "No results for “xyzzy plugh”")
	tb.WaitText("main", "Nothing in this app contains a word like “xyzzy” or “plugh”")
	tb.WaitText("main", "Or try one of these:")
	if n := evalString(tb, `String(document.querySelectorAll("main .search-result").length)`); n != "0" {
		t.Errorf("a nonsense query lists %s results", n)
	}
	tb.CheckContrast(t, "a search with no results")

	// One word matches: the entries that hold it are the closest matches,
	// and the word that matched nothing is named.
	tb.Open("/search?q=" + url.QueryEscape("salary xyzzy"))
	tb.WaitText("#search-summary", "No result has every word of “salary xyzzy”")
	tb.WaitText("main", "Nothing in this app contains a word like “xyzzy”")
	if h := tb.Text("main h2"); !strings.HasPrefix(h, "Closest matches (") {
		t.Errorf("the closest matches are headed %q", h)
	}
	if m := evalString(tb, `document.querySelector("main .search-closest mark").textContent.toLowerCase()`); !strings.HasPrefix(m, "salar") && !strings.HasPrefix(m, "pay") {
		t.Errorf("the closest match highlights %q, not the word it holds", m)
	}
	if lacks := tb.Text("main .search-closest .search-missing"); lacks != "Does not mention “xyzzy”" {
		t.Errorf("the closest match says %q", lacks)
	}
	tb.CheckContrast(t, "a search answered with closest matches")
}

func TestLongQueriesAreTrimmedWithANotice(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/search?q=" + url.QueryEscape(strings.Repeat("rhit ", 60)))
	tb.WaitText("main .search-trimmed", "only the first 200 were used")
	tb.CheckContrast(t, "a search trimmed to 200 characters")
	tb.WaitText("main .search-result", "RHIT")
}

func TestNoQueryTextBecomesHTML(t *testing.T) {
	const attack = `<img src=x onerror=alert(1)>`
	tb := e2e.NewTab(t)
	tb.Open("/")
	tb.Eval(`window.__alerted = false; window.alert = () => { window.__alerted = true; }`)
	imgs := func(scope string) string {
		return evalString(tb, fmt.Sprintf(`String(document.querySelectorAll(%q).length)`, scope+" img"))
	}

	typeInto(tb, box, attack)
	tb.WaitFor("the list shows the whole query as text", fmt.Sprintf(`!document.querySelector(".search-popup").hidden && document.querySelector(".search-popup").textContent.includes(%q)`, attack))
	if n := imgs(".search-popup"); n != "0" {
		t.Errorf("%s img elements in the result list", n)
	}

	// A query with markup that also matches: highlights are text too.
	tb.Do(chromedp.KeyEvent(kb.Escape))
	typeInto(tb, box, "<b>rhit</b>")
	firstOptionReads(t, tb, "RHIT")
	tb.WaitFor("the list answers the whole query", `document.getElementById("site-search").value === "<b>rhit</b>"`)
	time.Sleep(200 * time.Millisecond) // a frame for the last keystroke
	if n := evalString(tb, `String(document.querySelectorAll(".search-popup b, .search-popup script").length)`); n != "0" {
		t.Errorf("%s elements came from the query", n)
	}

	// The full page echoes the query in its summary and no-result text.
	tb.Do(chromedp.KeyEvent(kb.Escape))
	typeInto(tb, box, attack)
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("the search page opens", `location.pathname === "/search"`)
	// Some of its words are found ("img", "alert"), so it may be answered
	// with closest matches: either way the summary echoes it as text.
	tb.WaitText("#search-summary", "“"+attack+"”")
	if n := imgs("main"); n != "0" {
		t.Errorf("%s img elements on the search page", n)
	}
	if v := evalString(tb, `document.getElementById("search-page-input").value`); v != attack {
		t.Errorf("the page's field holds %q", v)
	}
	time.Sleep(300 * time.Millisecond)
	if alerted := tb.Eval(`window.__alerted`); alerted != false {
		t.Error("the query ran a script")
	}

	// Loaded directly, the server's HTML keeps it text too, even with a
	// quote that would end an attribute. No wasm: only the server's HTML.
	for _, q := range []string{attack, `"><img src=x onerror=alert(1)>`, `\"><img src=x>`} {
		serverPage(tb, "/search?q="+url.QueryEscape(q))
		tb.WaitText("#search-summary", "“"+q+"”")
		if n := imgs("main"); n != "0" {
			t.Errorf("the server's page for %q has %s img elements", q, n)
		}
		if n := evalString(tb, `String(document.querySelectorAll("#search-page-input[onerror], main [onerror]").length)`); n != "0" {
			t.Errorf("the server's page for %q has %s elements with onerror", q, n)
		}
	}
}

// TestKeystrokeLatencyInTheBrowser times the search inside the wasm for
// every keystroke of typical queries, through the page's ?bench=1 hook, with
// no rendering in the way. Each keystroke is timed five times and its
// fastest run kept, so a busy machine's pauses do not count as the
// search's; the p99 of those must meet the goal of 2 ms.
func TestKeystrokeLatencyInTheBrowser(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/?bench=1")
	if ready := tb.Eval(`!!(window.hitcoachBench && window.hitcoachBench.ready)`); ready != true {
		t.Fatal("the page has no bench hook")
	}
	queries, _ := json.Marshal([]string{"registered health information technician", "salary germany", "uk pay", "hippa", "icd10", "medicl codr", "how long does it take", "remote work", "xyzzy"})
	got := e2e.Run(tb, chromedp.Evaluate[[]float64](`(() => {
		const queries = `+string(queries)+`;
		const keys = [];
		for (const q of queries) for (let i = 1; i <= q.length; i++) keys.push(q.slice(0, i));
		window.hitcoachBench.search("warm up");
		// performance.now() ticks in 0.1 ms steps here, so each timing runs
		// the keystroke's search 10 times.
		const reps = 10, best = keys.map(() => Infinity), all = [];
		for (let round = 0; round < 5; round++) {
			keys.forEach((k, i) => {
				const start = performance.now();
				for (let r = 0; r < reps; r++) window.hitcoachBench.search(k);
				const ms = (performance.now() - start) / reps;
				all.push(ms);
				best[i] = Math.min(best[i], ms);
			});
		}
		const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
		return [keys.length, pct(best, 50), pct(best, 99), Math.max(...best), pct(all, 99)];
	})()`))
	t.Logf("search in the wasm, %v keystrokes, fastest of 5 runs each: median %.3f ms, p99 %.3f ms, max %.3f ms (every run: p99 %.3f ms)", got[0], got[1], got[2], got[3], got[4])
	if got[2] >= 2 {
		t.Errorf("p99 per keystroke is %.2f ms in the browser; the goal is under 2 ms", got[2])
	}
	build := e2e.Run(tb, chromedp.Evaluate[[]float64](`(() => {
		let best = Infinity, entries = 0;
		for (let i = 0; i < 3; i++) {
			const start = performance.now();
			entries = window.hitcoachBench.build();
			best = Math.min(best, performance.now() - start);
		}
		return [best, entries];
	})()`))
	t.Logf("building the index in the wasm: %.1f ms for %v entries (fastest of 3)", build[0], build[1])
	if build[1] < 100 {
		t.Errorf("the index built in the browser holds %v entries", build[1])
	}
}

// TestANewSearchFromTheSearchPageIsOneBackAway searches again from the
// header box while the search page is open: the new results take one
// history entry, so one Back shows the previous search.
func TestANewSearchFromTheSearchPageIsOneBackAway(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/search?q=rhit")
	tb.WaitText("#search-summary", "results for “rhit”")
	before := tb.Eval(`history.length`).(float64)

	typeInto(tb, box, "coding")
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("/search?q=coding opens", `new URLSearchParams(location.search).get("q") === "coding"`)
	tb.WaitText("#search-summary", "results for “coding”")
	tb.Eval(`new Promise((resolve) => setTimeout(resolve, 500))`)
	if after := tb.Eval(`history.length`).(float64); after != before+1 {
		t.Errorf("the new search added %v history entries, want 1", after-before)
	}

	tb.Eval(`history.back()`)
	tb.WaitFor("one Back returns to the search for rhit", `new URLSearchParams(location.search).get("q") === "rhit"`)
	tb.WaitText("#search-summary", "results for “rhit”")
}

// A comparison typed in the header box lists both things compared first.
func TestAComparisonShowsBothSides(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/")
	tb.Do(chromedp.Click(chromedp.ID(box)))
	typeInto(tb, box, "rhia vs rhit")
	tb.WaitFor("the list answers the whole comparison", `(() => {
		const o = [...document.querySelectorAll("#site-search-listbox [role=option]")];
		return o.length > 1 && o[1].getAttribute("href").endsWith("#rhit");
	})()`)
	first := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option]")].slice(0, 2).map(o => o.getAttribute("href"))`)
	if len(first) != 2 || !strings.HasSuffix(first[0], "/credentials#rhia") || !strings.HasSuffix(first[1], "/credentials#rhit") {
		t.Errorf("the first results link to %q, want RHIA's and RHIT's credentials", first)
	}
}

// Searches a student types for starting pay, and a partial question,
// return results: full matches, or the closest ones.
func TestEveryDayQueriesReturnResults(t *testing.T) {
	tb := e2e.NewTab(t)
	for _, q := range []string{"starting salary uk", "beginner salary uk", "rhia first"} {
		tb.Open("/search?q=" + url.QueryEscape(q))
		tb.WaitFor("results for "+q, `document.querySelectorAll("main .search-result").length > 0`)
		if s := tb.Text("#search-summary"); strings.HasPrefix(s, "No results") {
			t.Errorf("%s: %s", q, s)
		}
	}
	// The header box answers as well, with the NHS pay scale's starting
	// pay among its results.
	tb.Open("/")
	typeInto(tb, box, "beginner salary uk")
	tb.WaitFor("the box lists results", optionsShown)
	tb.WaitFor("the box answers the whole query", `[...document.querySelectorAll("#site-search-listbox [role=option]")].some(o => o.innerText.includes("Band 3"))`)
}

// In the header box a query nothing holds every word of lists the closest
// matches, best first, under their own heading, with the words they lack.
func TestHeaderBoxListsClosestMatches(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/about")
	typeInto(tb, box, "salary xyzzy")
	tb.WaitFor("the closest matches for the whole query are listed", `!document.querySelector(".search-popup").hidden && document.querySelector("#site-search-group-closest") && document.querySelector("#site-search-listbox [role=option]").innerText.includes("“xyzzy”")`)
	if label := evalString(tb, `document.getElementById("site-search-group-closest").textContent`); label != "Closest matches" {
		t.Errorf("the group is labelled %q", label)
	}
	options := evalStrings(tb, `[...document.querySelectorAll("#site-search-listbox [role=option]")].map(o => o.innerText)`)
	if len(options) == 0 || !strings.Contains(options[0], "Does not mention “xyzzy”") {
		t.Errorf("the closest matches read %q", options)
	}
	if n := evalString(tb, `String(document.querySelectorAll("#site-search-listbox [role=option] mark").length)`); n == "0" {
		t.Error("no word is highlighted in the closest matches")
	}
	if status := evalString(tb, `document.querySelector(".search-status").textContent`); !strings.HasPrefix(status, "No result has every word") {
		t.Errorf("the status says %q", status)
	}
	tb.CheckContrast(t, "closest matches in the header box")
	// Enter on the first opens it.
	tb.Do(chromedp.KeyEvent(kb.ArrowDown))
	href := evalString(tb, `document.querySelector("#site-search-listbox [role=option]").getAttribute("href")`)
	tb.Do(chromedp.KeyEvent(kb.Enter))
	tb.WaitFor("the first closest match opens", fmt.Sprintf(`location.pathname + location.hash === %q`, href))
}

// On a phone there is no "/" key to press, so the placeholder does not
// mention it; with a mouse on a wide screen it does.
func TestThePlaceholderMentionsSlashOnlyWithAKeyboard(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Do(chromedp.EmulateViewport(1280, 900))
	tb.Open("/")
	tb.WaitFor("a wide screen with a mouse mentions /", `document.getElementById("site-search").placeholder.includes("/")`)
	tb.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch))
	tb.Open("/")
	tb.WaitFor("the placeholder is set", `document.getElementById("site-search").placeholder !== ""`)
	time.Sleep(300 * time.Millisecond)
	if p := evalString(tb, `document.getElementById("site-search").placeholder`); strings.Contains(p, "/") {
		t.Errorf("on a phone the placeholder reads %q", p)
	}
}
