package search

import (
	"slices"
	"testing"
)

func TestComparedSides(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"rhit vs rhia", []string{"rhit", "rhia"}},
		{"RHIT VS. RHIA", []string{"RHIT", "RHIA"}},
		{"medical coder versus health information technician", []string{"medical coder", "health information technician"}},
		{"cpc vs ccs vs cca", []string{"cpc", "ccs", "cca"}},
		{"a vs b vs c vs d vs e vs f", []string{"a", "b", "c", "d"}},
		{"vs rhit", nil},
		{"rhit vs", nil},
		{"rhit vs vs", nil},
		{"rhit rhia", nil},
		{"versus", nil},
		{"", nil},
	} {
		if got := comparedSides(c.q); !slices.Equal(got, c.want) {
			t.Errorf("comparedSides(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// A comparison shows each side's own entry first, then what mentions both.
func TestComparisonShowsBothSidesFirst(t *testing.T) {
	ix := Default()
	for _, c := range []struct {
		q     string
		first []string
	}{
		{"rhia vs rhit", []string{"/credentials#rhia", "/credentials#rhit"}},
		{"cpc versus ccs", []string{"/credentials#cpc", "/credentials#ccs", medicalCoder + "#pay"}},
		{"medical coder vs health information technician", []string{medicalCoder, hitPage}},
	} {
		r := ix.Search(c.q, 8)
		var got []string
		for _, res := range r.Results[:min(len(c.first), len(r.Results))] {
			got = append(got, res.Href())
		}
		if !slices.Equal(got, c.first) {
			t.Errorf("%q: first results %q, want %q", c.q, got, c.first)
		}
		seen := make(map[[3]string]bool)
		for _, res := range r.Results {
			k := [3]string{res.Href(), res.Title, res.Subtitle}
			if seen[k] {
				t.Errorf("%q: %q (%s) is listed twice", c.q, res.Title, res.Href())
			}
			seen[k] = true
		}
		if r.Total < len(r.Results) || len(r.Results) != 8 {
			t.Errorf("%q: %d results of %d, want 8 of at least 8", c.q, len(r.Results), r.Total)
		}
	}
}

func TestComparisonOfUnknownWordsSaysWhich(t *testing.T) {
	r := Default().Search("zzqx vs qqzy", 8)
	if r.Total != 0 || !slices.Equal(r.Unmatched, []string{"zzqx", "qqzy"}) {
		t.Errorf("got %d results, unmatched %q; want none, and both words named", r.Total, r.Unmatched)
	}
	r = Default().Search("rhit vs zzqx", 8)
	if r.Total == 0 || r.Results[0].Href() != "/credentials#rhit" || len(r.Unmatched) != 0 {
		t.Errorf("rhit vs zzqx: %d results, first %v, unmatched %q; want RHIT's", r.Total, r.Results, r.Unmatched)
	}
}
