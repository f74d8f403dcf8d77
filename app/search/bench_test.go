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
// queries that match nothing.
var benchQueries = map[string][]string{
	"Short": {"r", "rh", "rhi", "rhit", "s", "sa", "sal", "salary", "uk", "uk p", "uk pay", "hippa", "icd10", "medicl codr"},
	"Long": {
		"how long does it take to become a registered health information technician with an associate degree",
		"salary of a senior health information technician in the united kingdom compared with germany and the usa",
		strings.Repeat("health information ", 11),
	},
	"NoMatch": {"xyzzy", "qqqq wwww", "zzzzzzzzzzzzzzzz", "salary atlantis", strings.Repeat("xq", 100)},
}

func BenchmarkSearch(b *testing.B) {
	ix := Default()
	for _, name := range []string{"Short", "Long", "NoMatch"} {
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
// box searches them, and reports the median and 99th-percentile latency of
// a keystroke.
func BenchmarkKeystrokes(b *testing.B) {
	ix := Default()
	typed := []string{"registered health information technician", "salary germany", "uk pay", "hippa", "icd10", "medicl codr", "how long does it take", "remote work from home", "xyzzy plugh"}
	var keystrokes []string
	for _, q := range typed {
		for i := 1; i <= len(q); i++ {
			keystrokes = append(keystrokes, q[:i])
		}
	}
	b.ReportAllocs()
	var times []time.Duration
	for b.Loop() {
		for _, q := range keystrokes {
			start := time.Now()
			ix.Search(q, 10)
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(len(keystrokes)), "keystrokes/op")
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns/keystroke")
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns/keystroke")
}
