//go:build !wasm

package bench

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// median of the values that were measured (>= 0); NaN when none was.
func median(values []float64) float64 { return percentile(values, 50) }

// percentile by the nearest-rank method over the measured values (>= 0):
// the smallest value with at least p% of the values at or below it. NaN
// when none was measured.
func percentile(values []float64, p float64) float64 {
	var v []float64
	for _, x := range values {
		if x >= 0 && !math.IsNaN(x) {
			v = append(v, x)
		}
	}
	if len(v) == 0 {
		return math.NaN()
	}
	slices.Sort(v)
	rank := int(math.Ceil(p / 100 * float64(len(v))))
	return v[max(rank, 1)-1]
}

// keystrokeMedians takes samples that hold rounds of the same keys in the
// same order, and returns each key's median over its rounds. A pause of the
// machine lands on one round of one key; the median leaves it out, while a
// keystroke that is slow every time stays slow.
func keystrokeMedians(samples []float64, keys int) []float64 {
	if keys <= 0 {
		return nil
	}
	out := make([]float64, 0, keys)
	for i := 0; i < keys && i < len(samples); i++ {
		var rounds []float64
		for j := i; j < len(samples); j += keys {
			rounds = append(rounds, samples[j])
		}
		out = append(out, median(rounds))
	}
	return out
}

// ratio is a / b, or NaN when either is unknown or b is zero.
func ratio(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) || b == 0 {
		return math.NaN()
	}
	return a / b
}

func fmtBytes(n float64) string {
	switch {
	case math.IsNaN(n) || n < 0:
		return "n/a"
	case n >= 1<<20:
		return fmt.Sprintf("%.2f MiB", n/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", n/(1<<10))
	}
	return fmt.Sprintf("%.0f B", n)
}

func fmtMS(v float64) string {
	switch {
	case math.IsNaN(v) || v < 0:
		return "n/a"
	case v < 1:
		return fmt.Sprintf("%.3f ms", v)
	case v < 100:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

func fmtRatio(r float64) string {
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return ""
	}
	return fmt.Sprintf("%.2f×", r)
}

func TestPercentile(t *testing.T) {
	tests := []struct {
		values []float64
		p      float64
		want   float64
	}{
		{[]float64{3, 1, 2}, 50, 2},
		{[]float64{4, 1, 3, 2}, 50, 2},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 99, 10},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90, 9},
		{[]float64{5}, 99, 5},
		{[]float64{-1, 7, -1}, 50, 7}, // unmeasured values are skipped
	}
	for _, tt := range tests {
		if got := percentile(tt.values, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %v) = %v, want %v", tt.values, tt.p, got, tt.want)
		}
	}
	if got := median([]float64{-1, -1}); !math.IsNaN(got) {
		t.Errorf("median of nothing measured = %v, want NaN", got)
	}
	// Three rounds of two keys; the pause of 9 ms in one round is left out.
	if got, want := keystrokeMedians([]float64{1, 5, 9, 5, 1, 6}, 2), []float64{1, 5}; !slices.Equal(got, want) {
		t.Errorf("keystrokeMedians = %v, want %v", got, want)
	}
	if got := keystrokeMedians(nil, 2); len(got) != 0 {
		t.Errorf("keystrokeMedians of nothing = %v, want none", got)
	}
	if got := ratio(1, 0); !math.IsNaN(got) {
		t.Errorf("ratio(1, 0) = %v, want NaN", got)
	}
}

// TestReportSaysWhatWasNotMeasured prints a report of a run where the
// offline reload failed and the wasm had no search: the table must say n/a
// for those, not a number or a met goal.
func TestReportSaysWhatWasNotMeasured(t *testing.T) {
	run := coldRun{fcp: 150, wasmReady: 400, mounted: 500, interactive: 500, longTasksMS: 60, sentBytes: 1000, pageBytes: 900, heap: 1 << 20, wasmMemory: 5 << 20, warm: 200, offline: -1, offlineNote: "offline reload failed"}
	r := report{
		runs:      5,
		oursSize:  sizes{raw: 10, gzip: 5, brotli: 4},
		baseSize:  sizes{raw: 8, gzip: 4, brotli: 3},
		ours:      map[bool][]coldRun{false: {run}, true: {run}},
		base:      map[bool][]coldRun{false: {run}, true: {run}},
		oursProbe: probeOursMounted,
		baseProbe: probeBaselineMounted,
		native:    searchFigures{entries: 3, buildMS: []float64{1}, keyMS: []float64{0.1}},
		session:   session{heapSearched: math.NaN(), wasmSearched: math.NaN()},
		load:      "9.5",
	}
	var out strings.Builder
	r.print(&out)
	for _, want := range []string{
		"n/a (no offline support yet)",
		"n/a    offline reload to interactive",
		"n/a    search p99",
		"met    first-load transfer",
		"met    prerendered content within 200 ms",
		"BUSY",
		"offline reload, ours: offline reload failed",
		"no search to time in the wasm",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
}
