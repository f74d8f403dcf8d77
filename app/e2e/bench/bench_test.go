//go:build !wasm

package bench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/server"
	"github.com/hitcoach/hitcoach/data"
)

// The goals of issue 23, which retired the earlier 1.15 × (size) and 1.2 ×
// (interactive when throttled).
const (
	transferGoal  = 1.35
	throttledGoal = 1.4
)

// runsEnv sets the number of cold runs per figure; fewer than 5 is only for
// trying the benchmark out, and the table says so.
const runsEnv = "HITCOACH_BENCH_RUNS"

// benchRuns is the number of runs HITCOACH_BENCH_RUNS asks for, 5 when
// unset.
func benchRuns(t *testing.T) int {
	v := os.Getenv(runsEnv)
	if v == "" {
		return 5
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a whole number of runs, at least 1", runsEnv, v)
	}
	return n
}

// TestBench is make bench. It prints one table and fails only when a
// measurement cannot be made; goals missed are reported in the table.
func TestBench(t *testing.T) {
	if os.Getenv(benchEnv) != "1" {
		t.Skip("the benchmark runs with " + benchEnv + "=1: use make bench")
	}
	started := time.Now()
	loadBefore := loadAverage()
	runs := benchRuns(t)
	work := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	base := helloIn(t, work)

	progress("timing the search natively")
	d, err := data.Load()
	if err != nil {
		t.Fatalf("the career data is invalid: %v", err)
	}
	runtime.GC()
	native := measureNativeSearch(d, 5, nativeSearchRounds)

	progress("compressing both wasm files (brotli -11 takes a while)")
	oursSize, err := wasmSizes(filepath.Join(e2e.AppRoot(), "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	baseSize, err := wasmSizes(filepath.Join(base.dir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}

	progress("installing fuse.js from npm")
	assets := filepath.Join(work, "assets")
	if err := os.MkdirAll(assets, 0o755); err != nil {
		t.Fatal(err)
	}
	fuseVersion, fuseErr := installFuse(assets)
	corpusJSON, _ := json.Marshal(corpus(d))
	if err := os.WriteFile(filepath.Join(assets, "corpus.json"), corpusJSON, 0o644); err != nil {
		t.Fatal(err)
	}

	oursHandler, err := server.NewServer(server.Options{Root: e2e.AppRoot()})
	if err != nil {
		t.Fatal(err)
	}
	oursSite, err := serveCounting("ours", withBenchAssets(oursHandler, assets))
	if err != nil {
		t.Fatal(err)
	}
	defer oursSite.stop()
	backend, stopBackend, err := base.start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stopBackend()
	front, err := baselineFront(backend)
	if err != nil {
		t.Fatal(err)
	}
	baseSite, err := serveCounting("baseline", front)
	if err != nil {
		t.Fatal(err)
	}
	defer baseSite.stop()

	progress("timing the search in the browser, and memory")
	session, err := runSearchSession(t, oursSite)
	if err != nil {
		t.Fatalf("search session: %v", err)
	}
	ours := target{site: oursSite, mounted: probeOursMounted, interactive: interactiveProbe(session.liveSearch)}
	baseline := target{site: baseSite, mounted: probeBaselineMounted, interactive: probeBaselineMounted}

	results := map[string]map[bool][]coldRun{ours.name: {}, baseline.name: {}}
	// Run 0 fills the servers' compression caches and the disk cache, and
	// is not counted. Ours and the baseline take turns, so a busy moment
	// of the machine hits both.
	for i := 0; i <= runs; i++ {
		for _, throttled := range []bool{false, true} {
			if i == 0 && throttled {
				continue
			}
			for _, app := range []target{ours, baseline} {
				progress("cold run %d/%d, %s, %s", i, runs, app.name, networkName(throttled))
				r, err := runCold(t, app, throttled)
				if err != nil {
					progress("  retrying once: %v", err)
					r, err = runCold(t, app, throttled)
				}
				if err != nil {
					t.Fatalf("%s, %s, run %d: %v", app.name, networkName(throttled), i, err)
				}
				if i > 0 {
					results[app.name][throttled] = append(results[app.name][throttled], r)
				}
			}
		}
	}

	tk, err := measureTakeover(t, work, base, runs)
	if err != nil {
		t.Fatalf("takeover: %v", err)
	}

	rep := report{
		takeover:    tk,
		runs:        runs,
		oursSize:    oursSize,
		baseSize:    baseSize,
		ours:        results[ours.name],
		base:        results[baseline.name],
		oursProbe:   ours.interactive,
		baseProbe:   baseline.interactive,
		native:      native,
		session:     session,
		fuseVersion: fuseVersion,
		fuseErr:     fuseErr,
		elapsed:     time.Since(started),
		load:        loadBefore,
	}
	rep.print(os.Stdout)
}

// interactiveProbe is THE definition of "our app is interactive": a search
// in the header box shows results. Before the live search existed it was
// the wasm having mounted; the search session checks the box first, so the
// benchmark works on either and the table says which one it used.
func interactiveProbe(liveSearch bool) probe {
	if liveSearch {
		return probeOursSearch
	}
	return probeOursMounted
}

// benchStarted dates the progress lines, which show where the time goes.
var benchStarted = time.Now()

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: %5s "+format+"\n", append([]any{time.Since(benchStarted).Round(time.Second)}, args...)...)
}

func networkName(throttled bool) string {
	if throttled {
		return "throttled"
	}
	return "loopback"
}

// sizes of one app.wasm: raw, gzip -9 and brotli -11 (the brotli tool's
// default).
type sizes struct{ raw, gzip, brotli int }

func wasmSizes(path string) (sizes, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return sizes{}, err
	}
	var gz, br bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(b)
	bw.Close()
	return sizes{raw: len(b), gzip: gz.Len(), brotli: br.Len()}, nil
}

// session is what one visit of ours with ?bench=1 measured: the search in
// the wasm and in fuse.js, and the memory before and after 100 searches.
type session struct {
	liveSearch     bool
	search         browserSearch
	heapLoad       float64
	wasmLoad       float64
	heapSearched   float64
	wasmSearched   float64
	searchedVia    string
	browserVersion string
}

func runSearchSession(t *testing.T, ours *site) (session, error) {
	var s session
	b, closeBrowser := e2e.NewBenchBrowser("")
	defer closeBrowser()
	if err := chromedp.Do(b); err != nil {
		return s, fmt.Errorf("starting Chromium: %w", err)
	}
	if v, err := chromedp.CallBrowser(b, browser.GetVersion, cdp.Empty{}); err == nil {
		s.browserVersion = v.Product
	}
	tab := e2e.NewTabIn(t, b, ours.origin)
	ctx := tab.Ctx()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pageScript(probeOursMounted, probeOursMounted)}); err != nil {
		return s, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ours.origin+"/?bench=1")); err != nil {
		return s, err
	}
	if _, err := waitInteractive(ctx, 90*time.Second); err != nil {
		return s, err
	}
	var err error
	if s.heapLoad, s.wasmLoad, err = memory(ctx); err != nil {
		return s, err
	}
	if s.liveSearch, err = liveSearchWorks(ctx); err != nil {
		return s, err
	}
	keys := keystrokes(benchQueries)[:100]
	hookReady, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!(window.hitcoachBench && window.hitcoachBench.ready)`))
	switch {
	case s.liveSearch: // probing typed "rhit" once already
		s.searchedVia = "typed in the header box"
		err = searchInBox(ctx, keys[1:])
	case hookReady:
		s.searchedVia = "through the ?bench=1 hook"
		err = searchInHook(ctx, keys)
	}
	if err != nil {
		return s, err
	}
	s.heapSearched, s.wasmSearched = math.NaN(), math.NaN()
	if s.searchedVia != "" {
		if s.heapSearched, s.wasmSearched, err = memory(ctx); err != nil {
			return s, err
		}
	}
	s.search, err = timeSearchInPage(ctx, browserSearchRounds)
	return s, err
}

// report is everything the run measured, ready to print.
type report struct {
	runs                 int
	oursSize, baseSize   sizes
	ours, base           map[bool][]coldRun
	oursProbe, baseProbe probe
	native               searchFigures
	session              session
	fuseVersion          string
	fuseErr              error
	elapsed              time.Duration
	load                 string // the 1-minute load average before the benchmark started
	takeover             *takeoverReport
}

// pick takes one figure of every run.
func pick(runs []coldRun, f func(coldRun) float64) []float64 {
	var v []float64
	for _, r := range runs {
		v = append(v, f(r))
	}
	return v
}

func (r report) print(w io.Writer) {
	med := func(runs []coldRun, f func(coldRun) float64) float64 { return median(pick(runs, f)) }
	sent := func(c coldRun) float64 { return float64(c.sentBytes) }
	pageBytes := func(c coldRun) float64 { return float64(c.pageBytes) }
	fcp := func(c coldRun) float64 { return c.fcp }
	tti := func(c coldRun) float64 { return c.interactive }
	warm := func(c coldRun) float64 { return c.warm }
	offline := func(c coldRun) float64 { return c.offline }
	heap := func(c coldRun) float64 { return c.heap }
	wasmMem := func(c coldRun) float64 { return c.wasmMemory }
	loop, thr := false, true

	var goals []string
	verdict := func(name string, ok bool, known bool, detail string) string {
		v := "MISSED"
		switch {
		case !known:
			v = "n/a"
		case ok:
			v = "met"
		}
		goals = append(goals, fmt.Sprintf("%-6s %s (%s)", v, name, detail))
		return v
	}

	fmt.Fprintf(w, "\nHIT Career Coach: make bench, %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "machine: %d CPUs (nproc), %s; %s; %s; go-app %s\n", runtime.NumCPU(), cpuModel(), r.session.browserVersion, runtime.Version(), goAppVersion)
	fmt.Fprintf(w, "load average (1 min) when the benchmark started: %s%s\n", r.load, busyWarning(r.load))
	fmt.Fprintf(w, "baseline: go-app's hello world, built and served in this run the same way; times are medians of %d cold runs, each in a fresh browser profile\n\n", r.runs)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(cells ...string) { fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t") }
	row("figure", "ours", "baseline", "ours/base", "goal")
	row("SIZE", "", "", "", "")
	for _, s := range []struct {
		name string
		o, b int
	}{
		{"app.wasm raw", r.oursSize.raw, r.baseSize.raw},
		{"app.wasm gzip -9", r.oursSize.gzip, r.baseSize.gzip},
		{"app.wasm brotli -11", r.oursSize.brotli, r.baseSize.brotli},
	} {
		row("  "+s.name, fmtBytes(float64(s.o)), fmtBytes(float64(s.b)), fmtRatio(ratio(float64(s.o), float64(s.b))), "")
	}
	oSent, bSent := med(r.ours[loop], sent), med(r.base[loop], sent)
	transferRatio := ratio(oSent, bSent)
	row("  first-load transfer, on the wire", fmtBytes(oSent), fmtBytes(bSent), fmtRatio(transferRatio),
		"≤ 1.35× "+verdict("first-load transfer ≤ 1.35 × baseline (issue 23's size budget)", transferRatio <= transferGoal, !math.IsNaN(transferRatio), fmtRatio(transferRatio)))
	row("    of which the page's own requests", fmtBytes(med(r.ours[loop], pageBytes)), fmtBytes(med(r.base[loop], pageBytes)), fmtRatio(ratio(med(r.ours[loop], pageBytes), med(r.base[loop], pageBytes))), "")

	row("TIME (from navigation start)", "", "", "", "")
	oFCP := med(r.ours[loop], fcp)
	row("  first contentful paint, loopback", fmtMS(oFCP), fmtMS(med(r.base[loop], fcp)), fmtRatio(ratio(oFCP, med(r.base[loop], fcp))),
		"≤ 200 ms "+verdict("prerendered content within 200 ms on loopback", oFCP <= 200, !math.IsNaN(oFCP), fmtMS(oFCP)))
	row("  first contentful paint, throttled", fmtMS(med(r.ours[thr], fcp)), fmtMS(med(r.base[thr], fcp)), fmtRatio(ratio(med(r.ours[thr], fcp), med(r.base[thr], fcp))), "")
	for _, f := range []struct {
		name string
		get  func(coldRun) float64
	}{
		{"wasm compiled and instantiated", func(c coldRun) float64 { return c.wasmReady }},
		{"wasm mounted", func(c coldRun) float64 { return c.mounted }},
	} {
		for _, throttled := range []bool{loop, thr} {
			o, b := med(r.ours[throttled], f.get), med(r.base[throttled], f.get)
			row("  "+f.name+", "+networkName(throttled), fmtMS(o), fmtMS(b), fmtRatio(ratio(o, b)), "")
		}
	}
	row("  interactive, loopback", fmtMS(med(r.ours[loop], tti)), fmtMS(med(r.base[loop], tti)), fmtRatio(ratio(med(r.ours[loop], tti), med(r.base[loop], tti))), "")
	ttiRatio := ratio(med(r.ours[thr], tti), med(r.base[thr], tti))
	row("  interactive, throttled", fmtMS(med(r.ours[thr], tti)), fmtMS(med(r.base[thr], tti)), fmtRatio(ttiRatio),
		"≤ 1.4× "+verdict("interactive ≤ 1.4 × baseline, throttled", ttiRatio <= throttledGoal, !math.IsNaN(ttiRatio), fmtRatio(ttiRatio)))
	longTasks := func(c coldRun) float64 { return c.longTasksMS }
	row("  long tasks until interactive, loopback", fmtMS(med(r.ours[loop], longTasks)), fmtMS(med(r.base[loop], longTasks)), fmtRatio(ratio(med(r.ours[loop], longTasks), med(r.base[loop], longTasks))), "")
	row("  warm reload to interactive", fmtMS(med(r.ours[loop], warm)), fmtMS(med(r.base[loop], warm)), fmtRatio(ratio(med(r.ours[loop], warm), med(r.base[loop], warm))), "")
	oOff, bOff := med(r.ours[loop], offline), med(r.base[loop], offline)
	offCell := fmtMS(oOff)
	if math.IsNaN(oOff) {
		offCell = "n/a (no offline support yet)"
	}
	row("  offline reload to interactive", offCell, fmtMS(bOff), fmtRatio(ratio(oOff, bOff)),
		"≤ 1 s "+verdict("offline reload to interactive ≤ 1 s", oOff <= 1000, !math.IsNaN(oOff), fmtMS(oOff)))

	s := r.session.search
	fuseName := "fuse.js"
	if r.fuseVersion != "" {
		fuseName += " " + r.fuseVersion
	}
	row(fmt.Sprintf("SEARCH (%d keystrokes; baseline column: %s)", len(keystrokes(benchQueries)), fuseName), "", "", "", "")
	row("  entries searched", strconv.Itoa(r.native.entries), strconv.Itoa(s.FuseEntries), "", "")
	row("  index build, native", fmtMS(median(r.native.buildMS)), "", "", "")
	keys := len(keystrokes(benchQueries))
	nativeKeys := keystrokeMedians(r.native.keyMS, keys)
	row("  keystroke p50, native", fmtMS(percentile(nativeKeys, 50)), "", "", "")
	row("  keystroke p99, native", fmtMS(percentile(nativeKeys, 99)), "", "", "")
	oursBuild := s.BuildMS
	if !s.Ready {
		oursBuild = math.NaN()
	}
	fuseBuild := s.FuseBuildMS
	if len(s.Fuse) == 0 {
		fuseBuild = math.NaN()
	}
	row("  index build, in the browser", fmtMS(oursBuild), fmtMS(fuseBuild), fmtRatio(ratio(oursBuild, fuseBuild)), "")
	oursKeys, fuseKeys := keystrokeMedians(s.Ours, keys), keystrokeMedians(s.Fuse, keys)
	o50, f50 := percentile(oursKeys, 50), percentile(fuseKeys, 50)
	o99, f99 := percentile(oursKeys, 99), percentile(fuseKeys, 99)
	row("  keystroke p50, in the browser", fmtMS(o50), fmtMS(f50), fmtRatio(ratio(o50, f50)), "")
	row("  keystroke p99, in the browser", fmtMS(o99), fmtMS(f99), fmtRatio(ratio(o99, f99)),
		"≤ 2 ms "+verdict("search p99 ≤ 2 ms in the browser", o99 <= 2, !math.IsNaN(o99), fmtMS(o99)))
	oAll, fAll := percentile(s.Ours, 99), percentile(s.Fuse, 99)
	row("  every sample's p99, in the browser", fmtMS(oAll), fmtMS(fAll), fmtRatio(ratio(oAll, fAll)), "")
	row("  faster than fuse.js (p50 and p99)", "", "", "", "< 1× "+verdict("search faster than fuse.js", o50 < f50 && o99 < f99, !math.IsNaN(o99) && !math.IsNaN(f99), "p50 "+fmtRatio(ratio(o50, f50))+", p99 "+fmtRatio(ratio(o99, f99))))

	row("MEMORY (after a garbage collection)", "", "", "", "")
	row("  JS heap after load", fmtBytes(med(r.ours[loop], heap)), fmtBytes(med(r.base[loop], heap)), fmtRatio(ratio(med(r.ours[loop], heap), med(r.base[loop], heap))), "")
	row("  wasm memory after load", fmtBytes(med(r.ours[loop], wasmMem)), fmtBytes(med(r.base[loop], wasmMem)), fmtRatio(ratio(med(r.ours[loop], wasmMem), med(r.base[loop], wasmMem))), "")
	row("  JS heap after 100 searches", fmtBytes(r.session.heapSearched), "", "", "")
	row("  wasm memory after 100 searches", fmtBytes(r.session.wasmSearched), "", "", "")
	tw.Flush()

	var takeoverNotes []string
	if r.takeover != nil {
		var takeoverGoals []string
		takeoverGoals, takeoverNotes = r.takeover.print(w, r.runs)
		goals = append(goals, takeoverGoals...)
	}

	fmt.Fprintln(w, "\nGOALS")
	for _, g := range goals {
		fmt.Fprintln(w, "  "+g)
	}

	fmt.Fprintln(w, "\nNOTES")
	note := func(format string, args ...any) { fmt.Fprintf(w, "  - "+format+"\n", args...) }
	note("interactive, ours: %s; baseline: %s", r.oursProbe.label, r.baseProbe.label)
	note("throttled: %d Mbit/s both ways, %d ms latency, by Network.emulateNetworkConditionsByRule; warm and offline reloads are on loopback after the first visit", throttleBytesPerSec*8/1_000_000, throttleLatencyMS)
	note("wasm compiled and instantiated: when WebAssembly.instantiate* resolved; mounted: ours marks <html data-app=ready>, and go-app removed its loader; long tasks: main-thread tasks over 50 ms that started before interactive, summed (PerformanceObserver)")
	note("first-load transfer: every byte the server wrote (headers and bodies as sent) from the first request until the service worker is active and the server has been quiet for 1 s, so the worker's precache counts; the line below it sums encodedDataLength of the page's own requests (Chromium's protocol does not report the worker's own fetches to the page)")
	note("both apps are served with the same compression: br -9 or gzip -9 by Accept-Encoding (app/server's middleware; the baseline runs in its own process behind an equivalent one)")
	if r.session.searchedVia != "" {
		note("100 searches: %s; in the browser each keystroke is one call of the search in the wasm through the ?bench=1 hook (results limited to %d, the whole index matched), performance.now() %s", r.session.searchedVia, resultLimit, timerNote(s.Isolated))
		note("keystroke p50 and p99: each keystroke's median over its rounds (%d natively, %d in the browser), then the percentile over the %d keystrokes, so a pause of the machine during one round is not counted as the search's; \"every sample's p99\" counts every round, pauses included", nativeSearchRounds, browserSearchRounds, keys)
	} else {
		note("no search to time in the wasm: window.hitcoachBench was not ready")
	}
	if r.session.searchedVia != "" {
		note("the 100 searches, in one visit: JS heap %s → %s, wasm memory %s → %s", fmtBytes(r.session.heapLoad), fmtBytes(r.session.heapSearched), fmtBytes(r.session.wasmLoad), fmtBytes(r.session.wasmSearched))
	}
	if r.fuseErr != nil {
		note("fuse.js not measured: %v", r.fuseErr)
	} else if s.FuseErr != "" {
		note("fuse.js failed in the page: %s", s.FuseErr)
	} else {
		note("fuse.js options: %s, over a corpus of the same facts built from data/", fuseOptions)
	}
	note("slowest keystrokes, native: %s", slowestKeystrokes(r.native.keyMS, 3))
	note("slowest keystrokes, in the browser: %s; fuse.js: %s", slowestKeystrokes(s.Ours, 3), slowestKeystrokes(s.Fuse, 3))
	for _, c := range r.ours[loop] {
		if c.offlineNote != "" {
			note("offline reload, ours: %s", c.offlineNote)
			break
		}
	}
	for _, c := range r.base[loop] {
		if c.offlineNote != "" {
			note("offline reload, baseline: %s", c.offlineNote)
			break
		}
	}
	for _, n := range takeoverNotes {
		note("%s", n)
	}
	if r.runs < 5 {
		note("only %d runs per figure (%s); the goals need at least 5", r.runs, runsEnv)
	}
	note("the benchmark took %s", r.elapsed.Round(time.Second))
}

func timerNote(isolated bool) string {
	if isolated {
		return "cross-origin isolated (5 µs resolution)"
	}
	return "NOT cross-origin isolated (100 µs resolution)"
}

// loadAverage is the 1-minute load average of /proc/loadavg, or "n/a".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "n/a"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "n/a"
}

// busyWarning says so when other work already filled the CPUs: every time
// then includes waiting for them, and the absolute goals (200 ms, 1 s,
// 2 ms) cannot be judged, though ours and the baseline took turns. Only
// the load before the start tells: the benchmark's own browsers add to it.
func busyWarning(load string) string {
	if v, err := strconv.ParseFloat(load, 64); err == nil && v > float64(runtime.NumCPU()) {
		return fmt.Sprintf(" (BUSY: more runnable work than the %d CPUs; the times are inflated)", runtime.NumCPU())
	}
	return ""
}

// cpuModel is the "model name" of /proc/cpuinfo.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	if m := regexp.MustCompile(`(?m)^model name\s*:\s*(.+)$`).FindSubmatch(b); m != nil {
		return strings.TrimSpace(string(m[1]))
	}
	return runtime.GOARCH
}
