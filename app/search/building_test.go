package search

import (
	"reflect"
	"testing"
	"time"

	"github.com/hitcoach/hitcoach/data"
)

// TestStepsBuildTheSameIndex checks an index built a step at a time, or
// partly stepped and then finished, answers every query as one built at
// once, counselor's entries and pages included.
func TestStepsBuildTheSameIndex(t *testing.T) {
	d := data.MustLoad()
	entries := examplePack(t, d).SearchEntries(d, nil)
	pages := []Page{{Path: "/glossary", Title: "Glossary", Names: "terms words"}}
	whole := NewWithLocal(d, entries, pages...)

	stepped := Start(d, entries, pages...)
	steps := 1
	for !stepped.Step() {
		steps++
	}
	if steps < len(d.Careers)+5 {
		t.Errorf("%d steps, want one a career and one for each other part", steps)
	}
	half := Start(d, entries, pages...)
	for range steps / 2 {
		half.Step()
	}
	queries := []string{"glossary", "rhit", "salary germany", "medicl codr", "rhit vs rhia", "riverbend", "uk pay", "xyzzy", "how long does it take"}
	for name, ix := range map[string]*Index{"stepped": stepped.Index(), "half stepped then finished": half.Index()} {
		if ix.Len() != whole.Len() {
			t.Errorf("%s: %d entries, want %d", name, ix.Len(), whole.Len())
		}
		for _, q := range queries {
			if got, want := ix.Search(q, 10), whole.Search(q, 10); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q found\n%+v\nwant\n%+v", name, q, got, want)
			}
		}
	}
}

// BenchmarkBuildSteps reports the longest single step, the longest task
// the browser gives an index built between other work.
func BenchmarkBuildSteps(b *testing.B) {
	d := data.MustLoad()
	var longest time.Duration
	for b.Loop() {
		s := Start(d, nil)
		for done := false; !done; {
			at := time.Now()
			done = s.Step()
			longest = max(longest, time.Since(at))
		}
	}
	b.ReportMetric(float64(longest.Microseconds())/1000, "longest-step-ms")
}
