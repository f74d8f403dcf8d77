//go:build !wasm

package bench

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/search"
	"github.com/hitcoach/hitcoach/data"
)

// resultLimit is how many results a keystroke asks for, as the header's
// result list does. The whole index is still matched and ranked.
const resultLimit = 8

// benchQueries are typed one key at a time: every prefix is a keystroke.
// They cover acronyms, misspellings, several words in any order, a long
// query and one that matches nothing.
var benchQueries = []string{
	"rhit",
	"medical coder",
	"medicl codr",
	"salary germany",
	"uk pay",
	"hippa",
	"icd10",
	"remote work",
	"health information technician",
	"cahiim accredited associate degree",
	"xqzvw",
}

// keystrokes lists what the search box holds after each key of each query.
func keystrokes(queries []string) []string {
	var keys []string
	for _, q := range queries {
		runes := []rune(q)
		for i := 1; i <= len(runes); i++ {
			keys = append(keys, string(runes[:i]))
		}
	}
	return keys
}

// nativeSearch builds a fresh index of the embedded data and returns how
// many entries it holds and its per-keystroke query, as the wasm runs it.
func nativeSearch(d *data.Data) (entries int, query func(string) int) {
	ix := search.New(d)
	return ix.Len(), func(q string) int { return ix.Search(q, resultLimit).Total }
}

// Rounds of every keystroke: each keystroke's figure is its median over
// them. A no-op call into the wasm took up to 8 ms now and then on the
// 2-CPU machine (the browser's own threads), so one round would let a
// pause decide the p99.
const (
	nativeSearchRounds  = 20
	browserSearchRounds = 5
)

// searchFigures are the search's timings, in milliseconds.
type searchFigures struct {
	entries int
	buildMS []float64
	keyMS   []float64
}

// measureNativeSearch times index builds and every keystroke natively.
func measureNativeSearch(d *data.Data, builds, reps int) searchFigures {
	var f searchFigures
	var query func(string) int
	for range builds {
		start := time.Now()
		f.entries, query = nativeSearch(d)
		f.buildMS = append(f.buildMS, ms(time.Since(start)))
	}
	keys := keystrokes(benchQueries)
	for _, k := range keys { // warm the caches and the scratch pool
		query(k)
	}
	for range reps {
		for _, k := range keys {
			start := time.Now()
			query(k)
			f.keyMS = append(f.keyMS, ms(time.Since(start)))
		}
	}
	return f
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// corpusEntry is one searchable fact for fuse.js: the same facts the app's
// index holds, from the same data.
type corpusEntry struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// corpus flattens the data into one entry per fact, at the grain of the
// app's index (app/search/index.go): careers with their other titles,
// credentials, glossary terms with their aliases, and for each career its
// key facts, each section's running text, skills and tools, steps,
// pathways, pay figures, pay by level and by country, outlook figures,
// career-path levels, FAQs, pros and cons. Each entry's text also names its
// career, as the index's context field does.
func corpus(d *data.Data) []corpusEntry {
	var out []corpusEntry
	add := func(kind, title string, text ...string) {
		out = append(out, corpusEntry{Kind: kind, Title: title, Text: strings.TrimSpace(strings.Join(text, " "))})
	}
	fact := func(f data.Fact) string { return f.Value + " (" + data.AsOfText(f.AsOf) + ") " + f.Note }
	money := func(r data.PayRange) string {
		return r.Currency + " " + strconv.FormatInt(r.Min, 10) + "–" + strconv.FormatInt(r.Max, 10)
	}
	for _, c := range d.Careers {
		add("career", c.Title, append([]string{c.Acronym, c.Summary}, c.AltTitles...)...)
	}
	for _, c := range d.Credentials {
		add("credential", c.Abbr, c.Name, c.Issuer, c.Summary, c.Eligibility)
	}
	for _, t := range d.Glossary {
		add("glossary", t.Term, append([]string{t.Expansion, t.Definition}, t.Aliases...)...)
	}
	for _, c := range d.Careers {
		if k := c.KeyFacts; k != nil {
			for _, f := range []data.Fact{k.Median, k.RangeFact, k.Growth, k.Openings} {
				add("fact", f.Label, fact(f), c.Title)
			}
		}
		for _, sec := range c.Sections() {
			if sec.ItemsOnly {
				continue
			}
			var text []string
			if sec.Texts != nil {
				text = sec.Texts(&c)
			}
			add("section", sec.Title, append(text, c.Title)...)
		}
		for _, n := range append(append(append([]data.Named(nil), c.TechnicalSkills...), c.SoftSkills...), c.Tools...) {
			add("skill", n.Name, n.Detail, c.Title)
		}
		for i, st := range c.Steps {
			add("step", st.Title, st.Detail, "step "+strconv.Itoa(i+1), c.Title)
		}
		for _, p := range c.Pathways {
			cost := p.CostUnknown
			if p.Cost != nil {
				cost = money(*p.Cost)
			}
			add("pathway", p.Name, p.Detail, "Time:", strconv.Itoa(p.MonthsMin), "to", strconv.Itoa(p.MonthsMax), "months. Cost:", cost, p.EmployerView, c.Title)
		}
		if h := c.Pay; h != nil {
			for _, f := range append([]data.Fact{h.Fact}, h.SourcesDiffer...) {
				add("salary", f.Label, fact(f), c.Title)
			}
		}
		for _, p := range c.PayRanges {
			add("salary", p.Label, money(p.Range), fact(p.Fact), c.Title)
		}
		for _, f := range append(append([]data.Fact(nil), c.OtherFacts...), c.Outlook...) {
			add("fact", f.Label, fact(f), c.Title)
		}
		for _, l := range c.SalaryByLevel {
			add("salary", l.Level+" salary", "Median", strconv.FormatInt(l.Median, 10), "average", strconv.FormatInt(l.Average, 10), l.Currency, "a year", l.AsOf, "salary by experience level", c.Title)
		}
		for _, g := range c.GlobalSalaries {
			text := []string{money(g.Local), "a year", g.Code, g.NoUSDNote, c.Title}
			if g.USD != nil {
				text = append(text, "about", money(*g.USD), "in US dollars")
			}
			for _, n := range g.Notes {
				text = append(text, n.Name+": "+n.Detail)
			}
			add("salary", "Salary in "+g.Country, text...)
		}
		for _, l := range c.CareerPath {
			add("level", l.Title, l.Duties, "Focus areas:", strings.Join(l.FocusAreas, "; "), "level "+strconv.Itoa(l.Rank), c.Title)
		}
		for _, q := range c.FAQ {
			add("faq", q.Question, q.Answer, c.Title)
		}
		for _, p := range c.Pros {
			add("pros", p, "pros", c.Title)
		}
		for _, p := range c.Cons {
			add("cons", p, "cons", c.Title)
		}
	}
	for _, p := range []string{"Compare salaries", "Readiness quiz", "My plan", "Glossary", "Credentials", "About and data sources"} {
		add("page", p)
	}
	return out
}

// slowestKeystrokes names the n keystrokes with the highest median time;
// samples hold rounds of every keystroke in keystrokes(benchQueries) order.
func slowestKeystrokes(samples []float64, n int) string {
	keys := keystrokes(benchQueries)
	if len(samples) < len(keys) {
		return "n/a"
	}
	type keyTime struct {
		key string
		ms  float64
	}
	var times []keyTime
	for i, ms := range keystrokeMedians(samples, len(keys)) {
		times = append(times, keyTime{keys[i], ms})
	}
	slices.SortFunc(times, func(a, b keyTime) int { return cmp.Compare(b.ms, a.ms) })
	var parts []string
	for _, t := range times[:min(n, len(times))] {
		parts = append(parts, fmt.Sprintf("%q %s", t.key, fmtMS(t.ms)))
	}
	return strings.Join(parts, ", ")
}

func TestCorpusHasTheIndexGrain(t *testing.T) {
	d, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	got, want := len(corpus(d)), search.New(d).Len()
	if diff := got - want; diff*10 > want || -diff*10 > want {
		t.Errorf("the fuse.js corpus has %d entries and the app's index %d: make corpus() follow app/search/index.go again, so both search the same facts", got, want)
	}
}

// fuseOptions make fuse.js as forgiving as our search: it looks at the
// whole text, not only its start, and returns the matched ranges for
// highlighting, as ours does.
const fuseOptions = `{ keys: [{ name: "title", weight: 2 }, { name: "text", weight: 1 }], includeMatches: true, ignoreLocation: true, threshold: 0.4 }`

// installFuse installs fuse.js 7 from npm and copies its browser module into
// dir. It returns the version installed.
func installFuse(dir string) (string, error) {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", fmt.Errorf("npm is needed to install fuse.js for the search comparison: %w", err)
	}
	tmp, err := os.MkdirTemp("", "hitcoach-fuse-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command(npm, "install", "--prefix", tmp, "--no-audit", "--no-fund", "--silent", "fuse.js@7")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm install fuse.js@7: %v\n%s", err, out)
	}
	pkg := filepath.Join(tmp, "node_modules", "fuse.js")
	var meta struct{ Version string }
	if b, err := os.ReadFile(filepath.Join(pkg, "package.json")); err == nil {
		json.Unmarshal(b, &meta)
	}
	b, err := os.ReadFile(filepath.Join(pkg, "dist", "fuse.min.mjs"))
	if err != nil {
		return "", fmt.Errorf("fuse.js has no dist/fuse.min.mjs: %w", err)
	}
	return meta.Version, os.WriteFile(filepath.Join(dir, "fuse.mjs"), b, 0o644)
}

// browserSearch is what the search session measured in the wasm and in
// fuse.js, in milliseconds.
type browserSearch struct {
	Isolated    bool      `json:"isolated"`
	Ready       bool      `json:"ready"`
	Entries     int       `json:"entries"`
	BuildMS     float64   `json:"buildMs"`
	Ours        []float64 `json:"ours"`
	FuseEntries int       `json:"fuseEntries"`
	FuseBuildMS float64   `json:"fuseBuildMs"`
	Fuse        []float64 `json:"fuse"`
	FuseErr     string    `json:"fuseErr"`
}

// timeSearchInPage times every keystroke in the wasm, through the ?bench=1
// hook, and in fuse.js over the corpus, in the same page.
func timeSearchInPage(ctx context.Context, reps int) (browserSearch, error) {
	keys, _ := json.Marshal(keystrokes(benchQueries))
	js := fmt.Sprintf(`(async (keys, reps) => {
	const out = { isolated: self.crossOriginIsolated === true, ready: false, entries: 0, buildMs: -1, ours: [], fuseEntries: 0, fuseBuildMs: -1, fuse: [], fuseErr: "" };
	const time = (search) => {
		for (const k of keys) search(k); // warm up
		const samples = [];
		for (let r = 0; r < reps; r++) {
			for (const k of keys) {
				const t = performance.now();
				search(k);
				samples.push(performance.now() - t);
			}
		}
		return samples;
	};
	const hb = window.hitcoachBench;
	if (hb && hb.ready) {
		out.ready = true;
		const t = performance.now();
		out.entries = hb.build();
		out.buildMs = out.entries >= 0 ? performance.now() - t : -1;
		out.ours = time((k) => hb.search(k));
	}
	try {
		const { default: Fuse } = await import(%q);
		const corpus = await (await fetch(%q)).json();
		const t = performance.now();
		const fuse = new Fuse(corpus, %s);
		out.fuseBuildMs = performance.now() - t;
		out.fuseEntries = corpus.length;
		out.fuse = time((k) => fuse.search(k, { limit: %d }).length);
	} catch (e) {
		out.fuseErr = String(e);
	}
	return out;
})(%s, %d)`, benchAssetsPrefix+"fuse.mjs", benchAssetsPrefix+"corpus.json", fuseOptions, resultLimit, keys, reps)
	return chromedp.Run(ctx, chromedp.Evaluate[browserSearch](js, chromedp.EvalAwaitPromise))
}

// liveSearchWorks tells whether typing "rhit" in the header box shows
// results within a few seconds, which decides the interactive probe.
func liveSearchWorks(ctx context.Context) (bool, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise((resolve) => {
		const probe = `+probeOursSearch.js+`;
		const state = {};
		const deadline = Date.now() + 8000;
		(function check() {
			let ok = false;
			try { ok = probe(state, window.__hitcoachBench); } catch (e) {}
			if (ok) return resolve(true);
			if (Date.now() > deadline) return resolve(false);
			setTimeout(check, 20);
		})();
	})`, chromedp.EvalAwaitPromise))
}

// searchInBox types each query into the header box, one per frame pair, as
// a person would see the results update.
func searchInBox(ctx context.Context, queries []string) error {
	q, _ := json.Marshal(queries)
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async (queries) => {
		const box = document.getElementById("site-search");
		for (const q of queries) {
			box.value = q;
			box.dispatchEvent(new Event("input", { bubbles: true }));
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		}
		return true;
	})(`+string(q)+`)`, chromedp.EvalAwaitPromise))
	return err
}

// searchInHook runs each query through the ?bench=1 hook.
func searchInHook(ctx context.Context, queries []string) error {
	q, _ := json.Marshal(queries)
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`((queries) => { for (const q of queries) window.hitcoachBench.search(q); return true; })(`+string(q)+`)`))
	return err
}
