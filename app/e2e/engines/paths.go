//go:build !wasm

package engines

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/data"
)

// The paths a student hits first, run in every engine by the tests in
// firefox/ and webkit/. Selectors and expectations are those of the
// Chromium suite (app/e2e/foundation, search, quiz, salaries), which goes
// deeper.

// Takeover loads a page, which reads right as the server sent it, waits
// for the app to take over, and follows a link inside the app, which must
// not load a page.
func Takeover(t *testing.T) {
	tb := NewTab(t)
	tb.Load("/salaries")
	if got := tb.Text("h1"); got != "Salaries" {
		t.Errorf("the page as loaded reads %q, want Salaries", got)
	}
	tb.WaitForApp()
	if n := tb.Eval(`document.querySelectorAll("h1").length`); n != float64(1) {
		t.Errorf("%v h1 elements once the app runs, want 1", n)
	}
	tb.WaitText("main", "By level")

	tb.Eval(`window.__samePage = "yes"`)
	tb.Click(`header nav a[href="/quiz"]`)
	tb.WaitFor("the quiz page to show", `location.pathname === "/quiz" && document.querySelector("h1").innerText === "Career readiness quiz"`)
	if got := tb.Eval(`window.__samePage`); got != "yes" {
		t.Error("a link in the app loaded a new page; the app did not take it")
	}
	if got := tb.EvalString(`document.title`); got != "Career readiness quiz · HIT Career Coach" {
		t.Errorf("the title is %q", got)
	}
}

// SearchAndChoose types into the header's search box, then chooses a result
// from the keyboard and another with the mouse; each opens inside the app.
func SearchAndChoose(t *testing.T) {
	tb := NewTab(t)
	tb.Open("/about")
	tb.Eval(`window.__samePage = "yes"`)

	// A misspelling still finds HIPAA.
	tb.Click("#site-search")
	tb.Keys("hippa")
	firstOption(tb, "HIPAA")
	href := tb.EvalString(`document.querySelector("#site-search-listbox [role=option]").getAttribute("href")`)
	tb.Keys(KeyArrowDown)
	tb.WaitFor("the first option to be active", `(() => {
		const id = document.getElementById("site-search").getAttribute("aria-activedescendant");
		return !!id && document.getElementById(id) === document.querySelector("#site-search-listbox [role=option]");
	})()`)
	tb.Keys(KeyEnter)
	tb.WaitFor("Enter to open "+href, `location.pathname + location.hash === `+strconv.Quote(href))
	if id := href[strings.Index(href, "#")+1:]; strings.Contains(href, "#") {
		tb.WaitText("#"+id, "HIPAA")
	}

	// The mouse: a place's pay opens the career page at its row.
	tb.Click("#site-search")
	tb.Keys("uk pay")
	firstOption(tb, "Salary in the United Kingdom")
	tb.Click("#site-search-listbox [role=option]")
	tb.WaitFor("the career page to open at #country-GB", `location.pathname === "/careers/health-information-technician" && location.hash === "#country-GB"`)
	tb.WaitText("#country-GB", "United Kingdom")
	if v := tb.EvalString(`document.getElementById("site-search").value`); v != "" {
		t.Errorf("the new page's box holds %q", v)
	}
	if got := tb.Eval(`window.__samePage`); got != "yes" {
		t.Error("choosing a result loaded a new page")
	}
}

// firstOption waits until the header box's first option shows want, so the
// list answers the whole query and not an earlier keystroke.
func firstOption(tb *Tab, want string) {
	tb.t.Helper()
	tb.WaitFor("the first option to read "+want, fmt.Sprintf(`(() => {
		const o = document.querySelector("#site-search-listbox [role=option]");
		return !!o && !document.querySelector(".search-popup").hidden && o.innerText.includes(%q);
	})()`, want))
}

// QuizSurvivesAReload answers questions, picks an answer without pressing
// Next, reloads, and finds the quiz where it was.
func QuizSurvivesAReload(t *testing.T) {
	q := data.MustLoadQuiz()
	tb := NewTab(t)
	openSaved(tb, "/quiz")
	tb.Click("#quiz-start")
	const answered = 3
	pick := func(i int) int { return (i * 2) % len(q.Questions[i].Choices) }
	for i := 0; i < answered; i++ {
		qu := q.Questions[i]
		tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		if got := tb.Text("#quiz-question legend"); got != qu.Text {
			t.Fatalf("question %d shows %q, want %q", i+1, got, qu.Text)
		}
		tb.Click(fmt.Sprintf(`label[for="choice-%s-%d"]`, qu.ID, pick(i)))
		tb.Click("#quiz-next")
	}
	next := q.Questions[answered]
	tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of %d", answered+1, len(q.Questions)))
	tb.Click(fmt.Sprintf(`label[for="choice-%s-1"]`, next.ID))
	tb.WaitFor("the answer to be saved", fmt.Sprintf(`(() => { try { return JSON.parse(localStorage.getItem(%q)).progress.answers[%q].choice === 1 } catch (e) { return false } })()`, store.Key, next.ID))

	tb.Reload()
	waitSaved(tb)
	tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of %d", answered+1, len(q.Questions)))
	if got := tb.Text("#quiz-question legend"); got != next.Text {
		t.Errorf("after the reload the question is %q, want %q", got, next.Text)
	}
	if tb.Eval(fmt.Sprintf(`document.getElementById("choice-%s-1").checked`, next.ID)) != true {
		t.Error("the answer given before the reload is not checked")
	}
	if got, want := tb.Text("label[for=quiz-progress]"), fmt.Sprintf("Progress: %d of %d questions answered", answered+1, len(q.Questions)); got != want {
		t.Errorf("after the reload the progress reads %q, want %q", got, want)
	}
	tb.Click("#quiz-back")
	prev := q.Questions[answered-1]
	tb.WaitText("#quiz-step", fmt.Sprintf("Question %d of", answered))
	if tb.Eval(fmt.Sprintf(`document.getElementById("choice-%s-%d").checked`, prev.ID, pick(answered-1))) != true {
		t.Error("going back does not show the earlier answer")
	}
}

// openSaved opens a page and waits until its quiz or plan has read what
// was saved.
func openSaved(tb *Tab, path string) {
	tb.t.Helper()
	tb.Open(path)
	waitSaved(tb)
}

func waitSaved(tb *Tab) {
	tb.t.Helper()
	tb.WaitFor("the saved state to load", `document.querySelector('[data-loaded="true"]') !== null`)
}

// ComparisonFromAnAddress opens the salaries page at a comparison's address,
// as a shared link does, and checks each difference against the one worked
// out here from the data.
func ComparisonFromAnAddress(t *testing.T) {
	d := data.MustLoad()
	usd, gbp := d.Currency("USD"), d.Currency("GBP")
	if usd == nil || gbp == nil {
		t.Fatal("the data has no US dollar or pound")
	}
	// The UK range in US dollars at the recorded rate, end by end against
	// the level-1 median, as app/e2e/salaries works it out.
	low, err := salary.Convert(25000, *gbp, *usd)
	if err != nil {
		t.Fatal(err)
	}
	high, _ := salary.Convert(35000, *gbp, *usd)
	dLow, _ := salary.Diff(39000, low)
	dHigh, _ := salary.Diff(39000, high)
	wantGB := "Low end " + salary.FormatDifference(dLow, "US$") + "; high end " + salary.FormatDifference(dHigh, "US$")
	if wantGB != "Low end −US$6,917 (−17.7%); high end +US$5,917 (+15.2%)" {
		t.Fatalf("the expected difference itself is off: %s", wantGB)
	}
	dCoder, _ := salary.Diff(39000, 44090)
	wantCoder := salary.FormatDifference(dCoder, "US$")

	tb := NewTab(t)
	const address = "/salaries?compare=level-1,country-gb,career-medical-coder"
	tb.Open(address)
	tb.WaitFor("the comparison to show its three rows", `[...document.querySelectorAll("#table-compare tbody tr")].map(r => r.dataset.key).join(",") === "level-1,country-gb,career-medical-coder"`)
	row := func(key string) string { return `#table-compare tr[data-key="` + key + `"]` }
	// The difference reads as a sentence, with what is not like for like
	// after it; the amounts are those the salary maths gives.
	gbSentence := "The UK range starts about " + strings.TrimPrefix(salary.FormatDifference(dLow, "US$"), "−")
	gbSentence = gbSentence[:strings.Index(gbSentence, " (")] + " lower and ends about " + strings.TrimPrefix(salary.FormatDifference(dHigh, "US$"), "+")
	gbSentence = gbSentence[:strings.LastIndex(gbSentence, " (")] + " higher"
	if got := tb.Text(row("country-gb") + " td.difference"); !strings.HasPrefix(got, gbSentence) || !strings.Contains(got, "Not like for like") {
		t.Errorf("the UK's difference reads %q, want it to start %q and say what is not like for like (%s)", got, gbSentence, wantGB)
	}
	coderAmount := strings.TrimPrefix(wantCoder[:strings.Index(wantCoder, " (")], "+")
	if got := tb.Text(row("career-medical-coder") + " td.difference"); !strings.Contains(got, coderAmount+" higher") {
		t.Errorf("the medical coder's difference reads %q, want it to say %s higher (%s)", got, coderAmount, wantCoder)
	}
	if got := tb.Text(row("country-gb") + " td.shown .amount"); got != "US$32,083–US$44,917" {
		t.Errorf("the UK's range in US dollars reads %q", got)
	}
	if got := tb.Text(row("level-1") + " td.difference"); got != "The base of the comparison" {
		t.Errorf("the base row's difference reads %q", got)
	}
	checked := tb.EvalString(`[...document.querySelectorAll("#compare-picker input[type=checkbox]")].filter(b => b.checked).map(b => b.value).join(",")`)
	if checked != "level-1,country-gb,career-medical-coder" {
		t.Errorf("the ticked boxes are %s", checked)
	}
	// Unticking one updates the rows and the address.
	tb.Click(`label[for="pick-country-gb"]`)
	tb.WaitFor("the UK row to go", `[...document.querySelectorAll("#table-compare tbody tr")].map(r => r.dataset.key).join(",") === "level-1,career-medical-coder"`)
	if got := tb.Location(); got != "/salaries?compare=level-1,career-medical-coder" {
		t.Errorf("after unticking the address is %s", got)
	}
}

// PlanTickSurvivesAReload marks plan steps and finds them marked after a
// reload.
func PlanTickSurvivesAReload(t *testing.T) {
	d := data.MustLoad()
	tb := NewTab(t)
	openSaved(tb, "/plan")
	if got := tb.Text("h1"); got != "My plan" {
		t.Fatalf("h1 is %q", got)
	}
	if got := tb.Text("#plan-step-2 .plan-text strong"); got != d.Main().Steps[1].Title {
		t.Errorf("step 2 reads %q, want %q", got, d.Main().Steps[1].Title)
	}
	tb.Click(`label[for="status-step-2-done"]`)
	tb.WaitFor("step 2 to be done", `document.querySelector("#plan-step-2").dataset.status === "done"`)
	tb.Click(`label[for="status-step-3-doing"]`)
	tb.WaitFor("step 3 to be under way", `document.querySelector("#plan-step-3").dataset.status === "doing"`)

	tb.Reload()
	waitSaved(tb)
	if got := tb.Eval(`document.querySelector("#plan-step-2").dataset.status`); got != "done" {
		t.Errorf("after the reload step 2 is %v, want done", got)
	}
	if tb.Eval(`document.getElementById("status-step-2-done").checked`) != true {
		t.Error("after the reload the Done choice of step 2 is not checked")
	}
	if got := tb.Eval(`document.querySelector("#plan-step-3").dataset.status`); got != "doing" {
		t.Errorf("after the reload step 3 is %v, want doing", got)
	}
}

// PersistenceShown opens the plan and finds the line that says whether the
// browser will keep what is saved, as the engine answers when asked
// (navigator.storage.persisted), in the words app/e2e/storage checks.
func PersistenceShown(t *testing.T) {
	tb := NewTab(t)
	openSaved(tb, "/plan")
	answer := tb.EvalString(`navigator.storage && navigator.storage.persisted ? navigator.storage.persisted().then((kept) => kept ? "kept" : "not kept") : "not asked"`)
	want := map[string]string{
		"kept":      "This browser has agreed to keep what you save here.",
		"not kept":  "This browser may delete what you save here when it runs short of space. To keep it, install the app or save a backup.",
		"not asked": "This browser does not say whether it will keep what you save here. To be safe, install the app or save a backup.",
	}[answer]
	if want == "" {
		t.Fatalf("%s answered %q about keeping storage", engine.Name(), answer)
	}
	tb.WaitText("#storage-kept", want)
	t.Logf("%s: %s", engine.Name(), want)
}

// OfflineAfterOneVisit visits one page of an app server of its own, waits
// until the app says it is ready to work offline, switches the server off
// and opens a page never visited, reloads it, and goes back to the first.
func OfflineAfterOneVisit(t *testing.T) {
	host := startSwitchableServer(t)
	tb := NewTabOn(t, host.url)
	tb.Open("/salaries")
	if tb.Eval(`"serviceWorker" in navigator`) != true {
		t.Skipf("%s offers no service worker to a page under automation, so it cannot work offline here", engine.Name())
	}
	tb.Eval(`new Promise((resolve, reject) => {
		const deadline = Date.now() + 60000;
		(function check() {
			if (navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === "activated") return resolve(true);
			if (Date.now() > deadline) return reject(new Error("no service worker took control within a minute"));
			setTimeout(check, 50);
		})();
	})`)
	tb.WaitText("#offline-status", "Ready to work offline.")

	host.off.Store(true)
	// Proof that the server is gone: a file never cached cannot be had.
	tb.AllowFailures(`not-cached\.txt|app-worker\.js|NS_ERROR|failed request`)
	if got := tb.Eval(`fetch("/web/not-cached.txt").then(() => "fetched", () => "failed")`); got != "failed" {
		t.Fatalf("with the server off, an uncached file was %v", got)
	}
	tb.Open("/quiz")
	if got := tb.Text("h1"); got != "Career readiness quiz" {
		t.Errorf("offline, /quiz shows %q", got)
	}
	tb.Reload()
	if got := tb.Text("h1"); got != "Career readiness quiz" {
		t.Errorf("offline, /quiz reloaded shows %q", got)
	}
	tb.Click("#quiz-start")
	tb.WaitText("#quiz-step", "Question 1 of")
	tb.Open("/salaries")
	tb.WaitText("main", "By level")
	if host.refused.Load() == 0 {
		t.Error("nothing asked the switched-off server; the test did not go offline")
	}
}

// switchableServer is the app's server on a port of its own, which drops
// every request once switched off, as an unreachable host would.
type switchableServer struct {
	url     string
	off     atomic.Bool
	refused atomic.Int64
}

func startSwitchableServer(t *testing.T) *switchableServer {
	t.Helper()
	h, err := server.NewServer(server.Options{Root: e2e.AppRoot()})
	if err != nil {
		t.Fatal(err)
	}
	s := &switchableServer{}
	url, stop, err := e2e.ServeOnLoopback(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.off.Load() {
			s.refused.Add(1)
			panic(http.ErrAbortHandler)
		}
		h.ServeHTTP(w, r)
	}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	s.url = url
	return s
}

// RigNoticesProblems proves the checks every test here relies on can fail:
// a console error, an uncaught exception, a Go panic's message, a request
// the page's security policy refuses and a page on another host are all
// recorded.
func RigNoticesProblems(t *testing.T) {
	tb := NewTab(t)
	tb.Open("/")
	tb.Eval(`console.error("deliberate error")`)
	tb.Eval(`setTimeout(() => { throw new Error("deliberate exception") }, 0)`)
	tb.Eval(`console.log("panic: deliberate")`)
	tb.Eval(`fetch("http://other-host.invalid/x").catch(() => {})`)
	want := []string{
		"console error: deliberate error",
		"uncaught exception",
		"Go panic: panic: deliberate",
		"refused by the security policy",
		"other-host.invalid/x",
	}
	var got []string
	deadline := time.Now().Add(10 * time.Second)
	for !containsAll(got, want) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		got = append(got, tb.TakeProblems()...)
	}
	if !containsAll(got, want) {
		t.Fatalf("%s: the rig recorded %q, want all of %q", engine.Name(), got, want)
	}
	// A page on another host: its address is a request like any other.
	tb.navigate("/about")
	tb.Eval(`(location.href = "http://other-host.invalid/page", true)`)
	want = []string{"request to another host: http://other-host.invalid/page"}
	got = nil
	deadline = time.Now().Add(10 * time.Second)
	for !containsAll(got, want) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		got = append(got, tb.TakeProblems()...)
	}
	if !containsAll(got, want) {
		t.Fatalf("%s: the rig recorded %q, want all of %q", engine.Name(), got, want)
	}
	tb.AllowFailures(`other-host\.invalid`)
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
