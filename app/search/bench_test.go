package search

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/data"
)

func BenchmarkBuildIndex(b *testing.B) {
	d := data.MustLoad()
	b.ReportAllocs()
	for b.Loop() {
		New(d)
	}
}

// benchQueries are typical keystrokes: short prefixes as typed, whole
// words, multi-word queries with synonyms, typos, a long question, and
// comparisons, and queries that match nothing.
var benchQueries = map[string][]string{
	"Short": {"r", "rh", "rhi", "rhit", "s", "sa", "sal", "salary", "uk", "uk p", "uk pay", "hippa", "icd10", "medicl codr"},
	"Long": {
		"how long does it take to become a registered health information technician with an associate degree",
		"salary of a senior health information technician in the united kingdom compared with germany and the usa",
		strings.Repeat("health information ", 11),
	},
	"Compare": {"rhit vs rhia", "cpc versus ccs", "medical coder vs health information technician", "uk pay vs germany pay"},
	"NoMatch": {"xyzzy", "qqqq wwww", "zzzzzzzzzzzzzzzz", "salary atlantis", strings.Repeat("xq", 100)},
	// Queries no entry matches in full, answered with closest matches.
	"Closest": {"germany hipaa", "salary xyzzy", "uk pay atlantis", "medical coder germany", "remote work singapore visa"},
}

func BenchmarkSearch(b *testing.B) {
	ix := Default()
	for _, name := range []string{"Short", "Long", "Compare", "NoMatch", "Closest"} {
		qs := benchQueries[name]
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				ix.Search(qs[i%len(qs)], 10)
				i++
			}
		})
	}
}

// BenchmarkKeystrokes types queries one character at a time, as the header
// box searches them, and reports per-keystroke latency: the median and 99th
// percentile of each keystroke's fastest run (what the search costs), and
// the 99th percentile of every run (what a busy machine adds).
func BenchmarkKeystrokes(b *testing.B) {
	ix := Default()
	typed := []string{"registered health information technician", "salary germany", "uk pay", "hippa", "icd10", "medicl codr", "how long does it take", "remote work from home", "xyzzy plugh"}
	var keystrokes []string
	for _, q := range typed {
		for i := 1; i <= len(q); i++ {
			keystrokes = append(keystrokes, q[:i])
		}
	}
	fastest := make([]time.Duration, len(keystrokes))
	var all []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		for i, q := range keystrokes {
			start := time.Now()
			ix.Search(q, 10)
			d := time.Since(start)
			all = append(all, d)
			if fastest[i] == 0 || d < fastest[i] {
				fastest[i] = d
			}
		}
	}
	slices.Sort(fastest)
	slices.Sort(all)
	pct := func(ds []time.Duration, p int) float64 { return float64(ds[(len(ds)-1)*p/100].Nanoseconds()) }
	b.ReportMetric(float64(len(keystrokes)), "keystrokes/op")
	b.ReportMetric(pct(fastest, 50), "p50-ns/key")
	b.ReportMetric(pct(fastest, 99), "p99-ns/key")
	b.ReportMetric(pct(all, 99), "p99-all-runs-ns/key")
}
