//go:build !wasm

package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/app/store"
	"github.com/hitcoach/hitcoach/app/ui"
	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// The takeover is the moment the wasm replaces the prerendered page: until
// it is done the page does not answer. It is measured as a new visitor on a
// mid-range phone meets it (issue 23): make static's output served with
// gzip, a 390 × 844 phone viewport, the CPU slowed 4 times.
const (
	takeoverCPUSlowdown = 4
	takeoverWidth       = 390
	takeoverHeight      = 844
	// A task longer than this blocks input; the time beyond it is what
	// total blocking time adds up.
	longTaskMS = 50
	// The goals, against hello world in the same run.
	takeoverBlockingGoal = 1.5
	takeoverLongestGoal  = 1.2
	// After the takeover, the page is watched until its main thread has
	// been free for takeoverQuiet (at most takeoverWatch): the work the app
	// leaves for later, and the browser's last paint and layout shift.
	takeoverQuiet = 700 * time.Millisecond
	takeoverWatch = 5 * time.Second
)

// takeoverPage is one page of the table, opened in its heaviest ordinary
// state.
type takeoverPage struct {
	label string // what the table prints: the address
	url   string // path and query to open
	setup string // JavaScript run before the page's own, such as a saved plan
	state string // the state, in words, for the notes
}

// pageState is how a page is opened for the table when its first view is
// not its heaviest ordinary one. A page that shows more once something is
// saved, loaded or asked for (a comparison of four, a loaded local pack)
// gets its entry here.
type pageState struct {
	query, setup, state string
	label               string // the table's name for the page, when not its address
}

func pageStates() map[string]pageState {
	return map[string]pageState{
		"/search":          {query: "?q=rhit", state: "/search with the results for \"rhit\""},
		"/careers/compare": {query: "?c=" + strings.Join(compareFour(), ","), label: "/careers/compare?c=(four)", state: "/careers/compare with four careers side by side"},
		"/plan":            {setup: savedPlanJS(), state: "/plan with a saved plan: 5 attempts, every area a gap, 4 items marked, 1 from an earlier result"},
	}
}

// compareFour is the main career and the first three others.
func compareFour() []string {
	slugs := []string{data.MainSlug}
	for _, c := range data.MustLoad().Careers {
		if len(slugs) < 4 && c.Slug != data.MainSlug {
			slugs = append(slugs, c.Slug)
		}
	}
	return slugs
}

// savedPlanJS saves a plan in the page's storage before the app reads it:
// five attempts whose areas all scored low, so every area is a gap on the
// checklist, and items marked done, doing and skipped, one of them from an
// earlier result.
func savedPlanJS() string {
	q := data.MustLoadQuiz()
	start := time.Date(2026, 9, 1, 16, 0, 0, 0, time.UTC)
	var s store.State
	for i := range 5 {
		at := start.AddDate(0, 0, 7*i)
		areas := map[string]int{}
		for j, a := range q.Areas {
			areas[a.ID] = 20 + 5*i + j
		}
		s.SaveAttempt(store.Attempt{ID: at.Format(time.RFC3339), Date: at, Overall: 30 + 5*i, Areas: areas, KnowledgeCorrect: 3 + i, KnowledgeAnswered: 10})
	}
	marked := start.AddDate(0, 1, 0)
	s.SetStatus("step-1", "", store.Done, marked)
	s.SetStatus("step-2", "", store.Doing, marked)
	s.SetStatus("step-3", "", store.Skipped, marked)
	s.SetStatus("gap-"+q.Areas[0].ID, "", store.Doing, marked)
	s.SetStatus("gap-retired-area", "Practise with a retired area's exercises", store.Done, marked)
	return `try { localStorage.setItem(` + strconv.Quote(store.Key) + `, ` + strconv.Quote(string(store.Encode(s))) + `); } catch (e) {}`
}

// takeoverPages are the pages of the table: every page of ui.Paths, so a
// new page joins by itself, but of the career guides, which share one
// renderer, the main career's and the one whose prerendered page is the
// largest.
func takeoverPages(siteDir string) []takeoverPage {
	states := pageStates()
	main := "/careers/" + data.MainSlug
	heaviest, heaviestSize := "", int64(-1)
	var tables, careers []string
	for _, p := range ui.Paths() {
		if !strings.HasPrefix(p, "/careers/") || p == "/careers/compare" {
			tables = append(tables, p)
			continue
		}
		if st, err := os.Stat(filepath.Join(siteDir, filepath.FromSlash(p), "index.html")); err == nil && st.Size() > heaviestSize {
			heaviest, heaviestSize = p, st.Size()
		}
	}
	careers = append(careers, main)
	if heaviest != "" && heaviest != main {
		careers = append(careers, heaviest)
	}
	var paths []string
	for _, p := range tables {
		paths = append(paths, p)
		if p == "/careers" {
			paths = append(paths, careers...)
		}
	}
	if !slices.Contains(paths, main) {
		paths = append(paths, careers...)
	}
	var out []takeoverPage
	for _, p := range paths {
		st := states[p]
		label := p + st.query
		if st.label != "" {
			label = st.label
		}
		out = append(out, takeoverPage{label: label, url: p + st.query, setup: st.setup, state: st.state})
	}
	return out
}

// takeoverRun is what one load measured, in milliseconds from the start of
// the navigation.
type takeoverRun struct {
	Ready  float64      `json:"ready"`  // loader gone (and, ours, html[data-app=ready])
	WasmAt float64      `json:"wasmAt"` // WebAssembly.instantiate* resolved: the takeover starts
	Tasks  [][2]float64 `json:"tasks"`  // long tasks that started before ready: start, duration
	Later  [][2]float64 `json:"later"`  // long tasks after ready, until the page was quiet
	LCP    []lcpEntry   `json:"lcp"`
	Shifts []shift      `json:"shifts"`
}

type lcpEntry struct {
	At      float64 `json:"at"`
	Size    float64 `json:"size"`
	Element string  `json:"element"`
}

type shift struct {
	At    float64 `json:"at"`
	Value float64 `json:"value"`
}

// blocking is the sum over long tasks of their time beyond 50 ms.
func blocking(tasks [][2]float64) float64 {
	sum := 0.0
	for _, t := range tasks {
		sum += max(0, t[1]-longTaskMS)
	}
	return sum
}

func longest(tasks [][2]float64) float64 {
	m := 0.0
	for _, t := range tasks {
		m = max(m, t[1])
	}
	return m
}

func (r takeoverRun) blocking() float64 { return blocking(r.Tasks) }
func (r takeoverRun) longest() float64  { return longest(r.Tasks) }

// lcp is the largest contentful paint, the last candidate reported.
func (r takeoverRun) lcp() (lcpEntry, bool) {
	if len(r.LCP) == 0 {
		return lcpEntry{}, false
	}
	return r.LCP[len(r.LCP)-1], true
}

// lcpMoved: the takeover painted a larger element than the prerendered
// page had, so the largest contentful paint moved to it.
func (r takeoverRun) lcpMoved() bool {
	e, ok := r.lcp()
	return ok && r.WasmAt > 0 && e.At >= r.WasmAt
}

// cls is the cumulative layout shift as the web-vitals define it: the
// largest sum of shifts in a session window (shifts less than 1 s apart,
// 5 s at most).
func (r takeoverRun) cls() float64 {
	best, sum, first, last := 0.0, 0.0, -1.0, -1.0
	for _, s := range r.Shifts {
		if first < 0 || s.At-last > 1000 || s.At-first > 5000 {
			sum, first = 0, s.At
		}
		sum += s.Value
		last = s.At
		best = max(best, sum)
	}
	return best
}

// takeoverShift sums the layout shifts from the takeover's start on.
func (r takeoverRun) takeoverShift() float64 {
	sum := 0.0
	for _, s := range r.Shifts {
		if r.WasmAt > 0 && s.At >= r.WasmAt {
			sum += s.Value
		}
	}
	return sum
}

// takeoverScript records what the browser reports of paints and layout
// shifts from the document's start. It runs beside pageScript, which keeps
// the long tasks and the wasm's times.
const takeoverScript = `(() => {
	const t = window.__hitcoachTakeover = { lcp: [], shifts: [] };
	const describe = (el) => {
		if (!el) return "(removed)";
		let s = el.tagName.toLowerCase();
		if (el.id) s += "#" + el.id;
		if (typeof el.className === "string" && el.className.trim()) s += "." + el.className.trim().split(/\s+/).join(".");
		return s;
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) t.lcp.push({ at: e.startTime, size: e.size, element: describe(e.element) });
		}).observe({ type: "largest-contentful-paint", buffered: true });
	} catch (e) {}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (!e.hadRecentInput) t.shifts.push({ at: e.startTime, value: e.value });
		}).observe({ type: "layout-shift", buffered: true });
	} catch (e) {}
})();`

// loadTakeover opens one page in a fresh browser context (no cache, no
// storage, no service worker) of a running browser, as a phone, and
// measures its takeover.
func loadTakeover(browser context.Context, origin string, pg takeoverPage, mounted probe) (takeoverRun, error) {
	var r takeoverRun
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelTimeout()
	if err := chromedp.Do(ctx); err != nil {
		return r, fmt.Errorf("opening a tab: %w", err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: takeoverWidth, Height: takeoverHeight, DeviceScaleFactor: 3, Mobile: true,
	}); err != nil {
		return r, fmt.Errorf("emulating a phone's screen: %w", err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: takeoverCPUSlowdown}); err != nil {
		return r, fmt.Errorf("slowing the CPU: %w", err)
	}
	for _, js := range []string{pageScript(mounted, mounted), takeoverScript, pg.setup} {
		if js == "" {
			continue
		}
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
			return r, err
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+pg.url)); err != nil {
		return r, fmt.Errorf("opening %s: %w", pg.url, err)
	}
	ready, err := waitInteractive(ctx, 90*time.Second)
	if err != nil {
		return r, fmt.Errorf("%s: %w", pg.url, err)
	}
	// A check every 50 ms that runs late saw the main thread busy; the
	// page is quiet once none has for takeoverQuiet. The measures are read
	// one task later, when the observers have had their last entries.
	r, err = chromedp.Run(ctx, chromedp.Evaluate[takeoverRun](fmt.Sprintf(`new Promise((resolve) => {
		const b = window.__hitcoachBench, t = window.__hitcoachTakeover;
		const quiet = %d, deadline = performance.now() + %d;
		let busyAt = Math.max(b.mountedAt, performance.now()), expected = performance.now() + 50;
		const read = () => resolve({
			ready: b.mountedAt,
			wasmAt: b.wasmAt,
			tasks: b.longTasks.filter(([start]) => start < b.mountedAt),
			later: b.longTasks.filter(([start]) => start >= b.mountedAt),
			lcp: t.lcp,
			shifts: t.shifts,
		});
		(function check() {
			const now = performance.now();
			if (now - expected > 50) busyAt = now;
			if (now - busyAt >= quiet || now > deadline) return setTimeout(read, 0);
			expected = now + 50;
			setTimeout(check, 50);
		})();
	})`, takeoverQuiet.Milliseconds(), takeoverWatch.Milliseconds()), chromedp.EvalAwaitPromise))
	if err != nil {
		return r, fmt.Errorf("%s: reading the measures: %w", pg.url, err)
	}
	if r.Ready <= 0 {
		r.Ready = ready
	}
	return r, nil
}

// takeoverReport is the takeover table's measures.
type takeoverReport struct {
	pages      []takeoverPage
	ours       map[string][]takeoverRun // by page label
	hello      []takeoverRun
	lighthouse lighthouseReport
	// Where the time went: the two static websites, the loads, Lighthouse.
	elapsed, staticTook, loadsTook, lighthouseTook time.Duration
	load                                           string // the 1-minute load average when the table started
}

// For a quick look while working on one page: HITCOACH_BENCH_PAGES=/,/plan
// measures only those pages, HITCOACH_LIGHTHOUSE=0 leaves Lighthouse out,
// and make bench-takeover runs the takeover table alone.
const (
	pagesEnv      = "HITCOACH_BENCH_PAGES"
	lighthouseEnv = "HITCOACH_LIGHTHOUSE"
)

// TestTakeover is the takeover table alone (make bench-takeover).
func TestTakeover(t *testing.T) {
	if os.Getenv(benchEnv) != "1" {
		t.Skip("the benchmark runs with " + benchEnv + "=1: use make bench-takeover")
	}
	runs := benchRuns(t)
	work := t.TempDir()
	base := helloIn(t, work)
	tk, err := measureTakeover(t, work, base, runs)
	if err != nil {
		t.Fatal(err)
	}
	_, notes := tk.print(os.Stdout, runs)
	for _, n := range notes {
		fmt.Println(n)
	}
}

// measureTakeover writes both static websites, serves them with gzip, and
// loads every page runs times and hello world twice a run, in one browser
// a run, each load in a fresh browser context. Hello opens each run and is
// loaded again halfway, so a busy spell of the machine weighs on both.
func measureTakeover(t *testing.T, work string, base *baseline, runs int) (*takeoverReport, error) {
	started := time.Now()
	tk := &takeoverReport{ours: map[string][]takeoverRun{}, load: loadAverage()}
	oursDir, helloDir := filepath.Join(work, "static-ours"), filepath.Join(work, "static-hello")
	progress("takeover: writing make static's output, and hello's static website")
	if err := server.GenerateStatic(e2e.AppRoot(), oursDir, ""); err != nil {
		return nil, fmt.Errorf("make static: %w", err)
	}
	// A counselor's pack adds to most pages: the heaviest ordinary state.
	pack, err := e2e.ExamplePack()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(oursDir, local.FileName), pack, 0o644); err != nil {
		return nil, err
	}
	if err := base.generateStatic(helloDir); err != nil {
		return nil, err
	}
	oursHost, err := newStaticHost(oursDir)
	if err != nil {
		return nil, err
	}
	helloHost, err := newStaticHost(helloDir)
	if err != nil {
		return nil, err
	}
	oursURL, stopOurs, err := e2e.ServeOnLoopback(oursHost)
	if err != nil {
		return nil, err
	}
	defer stopOurs()
	helloURL, stopHello, err := e2e.ServeOnLoopback(helloHost)
	if err != nil {
		return nil, err
	}
	defer stopHello()

	tk.staticTook = time.Since(started)
	loadsStarted := time.Now()
	tk.pages = takeoverPages(oursDir)
	if only := os.Getenv(pagesEnv); only != "" {
		tk.pages = slices.DeleteFunc(tk.pages, func(p takeoverPage) bool {
			return !slices.Contains(strings.Split(only, ","), strings.SplitN(p.url, "?", 2)[0])
		})
	}
	hello := takeoverPage{label: "hello world", url: "/"}
	type load struct {
		origin string
		page   takeoverPage
		probe  probe
	}
	half := len(tk.pages) / 2
	var order []load
	order = append(order, load{helloURL, hello, probeBaselineMounted})
	for i, p := range tk.pages {
		if i == half {
			order = append(order, load{helloURL, hello, probeBaselineMounted})
		}
		order = append(order, load{oursURL, p, probeOursMounted})
	}
	for run := 0; run <= runs; run++ {
		b, closeBrowser := e2e.NewBenchBrowser("")
		if err := chromedp.Do(b); err != nil {
			closeBrowser()
			return nil, fmt.Errorf("starting Chromium: %w", err)
		}
		// Run 0 only warms the disk cache and the browser's binary: one
		// load of each app, not counted.
		loads := order
		if run == 0 {
			loads = []load{order[0], order[1]}
		}
		for _, l := range loads {
			if run > 0 {
				progress("takeover run %d/%d: %s", run, runs, l.page.label)
			}
			r, err := loadTakeover(b, l.origin, l.page, l.probe)
			if err != nil {
				progress("  retrying once: %v", err)
				r, err = loadTakeover(b, l.origin, l.page, l.probe)
			}
			if err != nil {
				closeBrowser()
				return nil, err
			}
			switch {
			case run == 0:
			case l.origin == helloURL:
				tk.hello = append(tk.hello, r)
			default:
				tk.ours[l.page.label] = append(tk.ours[l.page.label], r)
			}
		}
		closeBrowser()
	}

	tk.loadsTook = time.Since(loadsStarted)
	if os.Getenv(lighthouseEnv) == "0" {
		tk.lighthouse = lighthouseReport{results: map[string]lighthouseResult{}, err: fmt.Errorf("%s=0", lighthouseEnv)}
		tk.elapsed = time.Since(started)
		return tk, nil
	}
	lighthouseStarted := time.Now()
	progress("takeover: Lighthouse, mobile preset, once a page")
	lhPages := []lighthouseTarget{{label: hello.label, url: helloURL + "/"}}
	for _, p := range tk.pages {
		lhPages = append(lhPages, lighthouseTarget{label: p.label, url: oursURL + p.url, setup: p.setup})
	}
	tk.lighthouse = runLighthouse(lhPages)
	tk.lighthouseTook = time.Since(lighthouseStarted)
	tk.elapsed = time.Since(started)
	return tk, nil
}

// takeoverFigures are one page's medians.
type takeoverFigures struct {
	blocking, longest, ready, lcp, cls, shiftAtTakeover float64
	laterBlocking, laterLongest                         float64
	lcpMoved, loads                                     int
	lcpElement                                          string
}

func figuresOf(runs []takeoverRun) takeoverFigures {
	f := takeoverFigures{loads: len(runs)}
	var blocked, longestTask, laterBlocked, laterLongest, ready, lcp, cls, shifted []float64
	elements := map[string]int{}
	for _, r := range runs {
		blocked = append(blocked, r.blocking())
		longestTask = append(longestTask, r.longest())
		laterBlocked = append(laterBlocked, blocking(r.Later))
		laterLongest = append(laterLongest, longest(r.Later))
		ready = append(ready, r.Ready)
		cls = append(cls, r.cls())
		shifted = append(shifted, r.takeoverShift())
		if e, ok := r.lcp(); ok {
			lcp = append(lcp, e.At)
			elements[e.Element]++
		}
		if r.lcpMoved() {
			f.lcpMoved++
		}
	}
	f.blocking, f.longest, f.ready = median(blocked), median(longestTask), median(ready)
	f.laterBlocking, f.laterLongest = median(laterBlocked), median(laterLongest)
	f.lcp, f.cls, f.shiftAtTakeover = median(lcp), median(cls), median(shifted)
	most := 0
	for e, n := range elements {
		if n > most || (n == most && e < f.lcpElement) {
			f.lcpElement, most = e, n
		}
	}
	return f
}

// print writes the takeover and Lighthouse tables, and returns the goal
// lines for the report's GOALS and its notes.
func (tk *takeoverReport) print(w io.Writer, runs int) (goals, notes []string) {
	hello := figuresOf(tk.hello)
	fmt.Fprintf(w, "\nTAKEOVER (make static served with gzip; %d × %d phone viewport, CPU %d× slower; median of %d loads a page, hello %d; load average %s when it started)\n",
		takeoverWidth, takeoverHeight, takeoverCPUSlowdown, runs, len(tk.hello), tk.load)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t") }
	row("page", "blocking", "× hello (≤ 1.5)", "longest task", "× hello (≤ 1.2)", "taken over at", "later: blocking", "longest", "LCP", "LCP moves", "CLS", "LCP element")
	row("hello world (go-app)", fmtMS(hello.blocking), "", fmtMS(hello.longest), "", fmtMS(hello.ready), fmtMS(hello.laterBlocking), fmtMS(hello.laterLongest), fmtMS(hello.lcp), fmt.Sprintf("%d of %d", hello.lcpMoved, hello.loads), fmtCLS(hello.cls), hello.lcpElement)
	worstBlocking, worstLongest := 0.0, 0.0
	var worstBlockingPage, worstLongestPage string
	allBlocking, allLongest, stable := true, true, true
	var moved []string
	for _, p := range tk.pages {
		f := figuresOf(tk.ours[p.label])
		rb, rl := ratio(f.blocking, hello.blocking), ratio(f.longest, hello.longest)
		okB, okL := rb <= takeoverBlockingGoal, rl <= takeoverLongestGoal
		allBlocking = allBlocking && okB
		allLongest = allLongest && okL
		if rb > worstBlocking || worstBlockingPage == "" {
			worstBlocking, worstBlockingPage = rb, p.label
		}
		if rl > worstLongest || worstLongestPage == "" {
			worstLongest, worstLongestPage = rl, p.label
		}
		if f.lcpMoved > 0 || f.cls > 0 {
			stable = false
			moved = append(moved, fmt.Sprintf("%s (LCP moved in %d of %d loads, CLS %s)", p.label, f.lcpMoved, f.loads, fmtCLS(f.cls)))
		}
		row(p.label, fmtMS(f.blocking), fmtRatio(rb)+" "+metOrMissed(okB), fmtMS(f.longest), fmtRatio(rl)+" "+metOrMissed(okL),
			fmtMS(f.ready), fmtMS(f.laterBlocking), fmtMS(f.laterLongest), fmtMS(f.lcp), fmt.Sprintf("%d of %d", f.lcpMoved, f.loads), fmtCLS(f.cls), f.lcpElement)
	}
	tw.Flush()
	goals = append(goals,
		fmt.Sprintf("%-6s takeover blocking ≤ 1.5 × hello's on every page (worst %s, %s)", metOrMissed(allBlocking), worstBlockingPage, fmtRatio(worstBlocking)),
		fmt.Sprintf("%-6s no takeover task longer than 1.2 × hello's longest (worst %s, %s)", metOrMissed(allLongest), worstLongestPage, fmtRatio(worstLongest)),
	)
	if stable {
		goals = append(goals, fmt.Sprintf("%-6s the takeover never moves the LCP, CLS 0", "met"))
	} else {
		goals = append(goals, fmt.Sprintf("%-6s the takeover never moves the LCP, CLS 0 (%s)", "MISSED", strings.Join(moved, "; ")))
	}
	goals = append(goals, tk.lighthouse.print(w)...)
	notes = append(notes,
		"takeover: blocking is the sum over main-thread long tasks (PerformanceObserver longtask) of each one's time beyond 50 ms, from the navigation until go-app's loader is gone (ours: and <html data-app=ready>); longest task among those; taken over at: that moment",
		"takeover: each load in a fresh browser context (no cache, storage or service worker) of one Chromium a run, Emulation.setDeviceMetricsOverride 390×844 at 3×, mobile, and Emulation.setCPUThrottlingRate 4, loopback network; make static's output and hello's GenerateStaticWebsite output behind one static host with gzip (the .gz copies make static writes, hello's compressed the same way)",
		"takeover: later = the long tasks after the takeover until the main thread has been free for "+takeoverQuiet.String()+" (at most "+takeoverWatch.String()+"): work the app leaves for later, such as building the search index when the browser is idle; not part of the goals, but a visitor feels it and Lighthouse's TBT counts it",
		"takeover: the longtask observer leaves out the browser's rendering work (style, layout, paint) when it runs as a task of its own, such as laying out a large prerendered page; Lighthouse's TBT counts it",
		"takeover: LCP and CLS from PerformanceObserver (largest-contentful-paint, layout-shift), read when the page is quiet; \"LCP moves\" counts loads whose last LCP candidate came at or after the wasm was instantiated, that is, the takeover painted a larger element than the prerendered page had; CLS is the largest session window",
		"takeover: career guides share one renderer: the table has the main career's and the career whose prerendered page is the largest",
	)
	for _, p := range tk.pages {
		if p.state != "" {
			notes = append(notes, "takeover: "+p.state)
		}
	}
	notes = append(notes, fmt.Sprintf("takeover and Lighthouse took %s: the static websites %s, the loads %s, Lighthouse (with its install) %s",
		tk.elapsed.Round(time.Second), tk.staticTook.Round(time.Second), tk.loadsTook.Round(time.Second), tk.lighthouseTook.Round(time.Second)))
	notes = append(notes, tk.lighthouse.notes...)
	return goals, notes
}

func metOrMissed(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}

func fmtCLS(v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

func TestTakeoverFigures(t *testing.T) {
	r := takeoverRun{
		Ready:  900,
		WasmAt: 500,
		Tasks:  [][2]float64{{100, 40}, {300, 120}, {600, 250}},
		LCP:    []lcpEntry{{At: 200, Size: 100, Element: "p.lead"}, {At: 650, Size: 300, Element: "li"}},
		// Two windows: 0.1 + 0.05 within a second, then 0.2 alone.
		Shifts: []shift{{At: 100, Value: 0.1}, {At: 700, Value: 0.05}, {At: 2500, Value: 0.2}},
	}
	if got := r.blocking(); got != 70+200 {
		t.Errorf("blocking = %v, want 270 (the 40 ms task is not long)", got)
	}
	if got := r.longest(); got != 250 {
		t.Errorf("longest = %v, want 250", got)
	}
	if !r.lcpMoved() {
		t.Error("an LCP candidate painted after the wasm was instantiated should count as moved")
	}
	if got := r.cls(); math.Abs(got-0.2) > 1e-9 {
		t.Errorf("cls = %v, want 0.2, the largest session window", got)
	}
	if got := r.takeoverShift(); math.Abs(got-0.25) > 1e-9 {
		t.Errorf("takeoverShift = %v, want 0.25", got)
	}
	r.LCP = r.LCP[:1]
	if r.lcpMoved() {
		t.Error("an LCP from before the takeover should not count as moved")
	}
}

// Every page of the table but the career guides is measured, in the
// table's order, with the main career after /careers; /search and /plan
// are opened in their heaviest state.
func TestTakeoverPagesComeFromThePageTable(t *testing.T) {
	pages := takeoverPages(t.TempDir())
	var labels []string
	for _, p := range pages {
		labels = append(labels, p.label)
	}
	main := "/careers/" + data.MainSlug
	for _, p := range ui.Paths() {
		if strings.HasPrefix(p, "/careers/") && p != main {
			continue
		}
		want := p
		if st, ok := pageStates()[p]; ok {
			want += st.query
		}
		if !slices.Contains(labels, want) {
			t.Errorf("the takeover table lacks %s: %v", want, labels)
		}
	}
	if i := slices.Index(labels, "/careers"); i < 0 || i+1 >= len(labels) || labels[i+1] != main {
		t.Errorf("the main career should follow /careers: %v", labels)
	}
	for _, p := range pages {
		if p.url == "/plan" && !strings.Contains(p.setup, store.Key) {
			t.Errorf("/plan is not opened with a saved plan: %q", p.setup)
		}
	}
}
