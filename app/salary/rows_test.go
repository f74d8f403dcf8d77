package salary

import (
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestRowsCoverTheDataWithStableKeys(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))
	hit := d.Main()

	wantKeys := []string{"level-1", "level-2", "level-3", "level-4", "level-5",
		"national-median", "national-range", "entry-level", "experienced",
		"country-us", "country-ca", "country-gb", "country-de", "country-au", "country-sg",
		"career-medical-coder", "career-health-information-technician", "career-health-information-systems-technician",
		"country-gb-nhs-band-3-entry", "country-gb-nhs-band-6-top", "country-ca-ns-median-year", "country-ca-ab-average-year"}
	for _, k := range wantKeys {
		if !set.Has(k) {
			t.Errorf("no row %q", k)
		}
	}
	seen := map[string]bool{}
	for _, r := range set.Rows {
		if seen[r.Key] {
			t.Errorf("key %q used twice", r.Key)
		}
		seen[r.Key] = true
		if r.Key != strings.ToLower(r.Key) || strings.ContainsAny(r.Key, ", ") {
			t.Errorf("key %q would not survive a URL unchanged", r.Key)
		}
		if r.Figure != nil && (r.Source == "" || r.AsOf == "") {
			t.Errorf("%s has a figure without a source and date", r.Key)
		}
		if r.Figure == nil && r.NoFigure == "" {
			t.Errorf("%s has neither a figure nor a reason for none", r.Key)
		}
		if r.Figure != nil && (r.Stat == "" || r.Period != data.PerYear) {
			t.Errorf("%s has a figure but no kind (%q) or a period other than a year (%q)", r.Key, r.Stat, r.Period)
		}
	}
	if n := len(set.OfKind(KindCareer)); n != len(d.Careers) {
		t.Errorf("%d career rows for %d careers", n, len(d.Careers))
	}
	if n := len(set.OfKind(KindLevel)); n != len(hit.SalaryByLevel) {
		t.Errorf("%d level rows for %d levels", n, len(hit.SalaryByLevel))
	}

	l1 := set.Row("level-1")
	if l1.Figure.Low != 39000 || l1.Average.Low != 42000 || l1.Level == nil || l1.Level.YearsMax != 2 || l1.Measure != "median" {
		t.Errorf("level-1 = %+v", l1)
	}
	if l5 := set.Row("level-5"); l5.Figure.Low != 76000 || l5.Average.Low != 80000 || l5.Level.YearsMin != 10 || l5.Level.YearsMax != 0 {
		t.Errorf("level-5 = %+v", l5)
	}
	if m := set.Row("national-median"); m.Figure.Low != 47160 || m.AsOf != "May 2023" || m.Cites == "" {
		t.Errorf("national median = %+v", m)
	}
	if e := set.Row("experienced"); !e.Figure.IsRange || !e.Figure.OpenEnded || e.Figure.Low != 50000 || e.Figure.High != 65000 {
		t.Errorf("experienced = %+v", e.Figure)
	}
	if e := set.Row("entry-level"); e.Figure.Low != 35000 || e.Figure.High != 45000 || e.Figure.OpenEnded {
		t.Errorf("entry-level = %+v", e.Figure)
	}
	ca := set.Row("country-ca")
	if ca.StatedUSD != nil || ca.NoUSD == "" || ca.Figure.Currency != "CAD" {
		t.Errorf("Canada = %+v", ca)
	}
	gb := set.Row("country-gb")
	if gb.StatedUSD == nil || gb.StatedUSD.Low != 32000 || gb.StatedUSD.High != 45000 || len(gb.Notes) == 0 {
		t.Errorf("UK = %+v", gb)
	}
	if r := set.Row("career-health-information-systems-technician"); r.Figure != nil || r.NoFigure == "" {
		t.Errorf("a career with no pay figure got %+v", r)
	}
	if r := set.Row("career-medical-coder"); r.Figure == nil || r.Figure.Low != 44090 || r.SourcesDiffer == 0 {
		t.Errorf("medical coder = %+v", r)
	}
	// A level and a career share a title; their labels must not.
	if set.Row("level-2").Label == set.Row("career-health-information-technician").Label {
		t.Error("a level and a career have the same label")
	}
	if set.Row("no-such-key") != nil {
		t.Error("an unknown key found a row")
	}
}

func TestCareerRowsExplainMissingFigures(t *testing.T) {
	noAnnual := careerRow(&data.Career{Slug: "x", Title: "X", Pay: &data.Headline{Fact: data.Fact{Value: "$20 an hour"}}})
	if noAnnual.Figure != nil || !strings.Contains(noAnnual.NoFigure, "$20 an hour") {
		t.Errorf("hourly pay: %+v", noAnnual)
	}
	nothing := careerRow(&data.Career{Slug: "y", Title: "Y"})
	if nothing.Figure != nil || nothing.NoFigure == "" {
		t.Errorf("no pay at all: %+v", nothing)
	}
}

func TestRowsOfEmptyData(t *testing.T) {
	if rows := Rows(&data.Data{}); len(rows) != 0 {
		t.Errorf("empty data gave %d rows", len(rows))
	}
}

func TestCompare(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))

	c := Compare(d, set, []string{"level-1", "country-gb", "career-health-information-systems-technician", "country-ca"}, "")
	if c.Currency != "USD" || c.Base != 0 || len(c.Lines) != 4 {
		t.Fatalf("comparison = %+v", c)
	}
	gb := c.Lines[1]
	if !gb.Converted || gb.Shown.Low != 32083 || gb.Shown.High != 44917 || gb.Diff == nil || gb.Diff.BothFigures {
		t.Errorf("UK line = %+v", gb)
	}
	if gb.Diff.Low.Money != 32083-39000 || gb.Diff.High.Money != 44917-39000 {
		t.Errorf("UK difference = %+v", gb.Diff)
	}
	if none := c.Lines[2]; none.Shown != nil || none.Diff != nil || none.Problem == "" {
		t.Errorf("a row with no figure: %+v", none)
	}
	if ca := c.Lines[3]; ca.Shown != nil || !strings.Contains(ca.Problem, "Canadian dollars") {
		t.Errorf("Canada in US dollars: %+v", ca)
	}

	// In pounds, the base is converted too and the UK is as stated.
	c = Compare(d, set, []string{"level-1", "country-gb"}, "GBP")
	if c.Lines[0].Shown.Low != 30390 || !c.Lines[0].Converted || c.Lines[1].Converted || c.Lines[1].Shown.Low != 25000 {
		t.Errorf("in pounds: %+v", c.Lines)
	}

	// Canada first: it is the base in its own currency, and nothing else
	// can be compared with it.
	c = Compare(d, set, []string{"country-ca", "level-1"}, "")
	if c.Currency != "CAD" || c.Base != 0 || c.Lines[1].Shown != nil || c.Lines[1].Diff != nil {
		t.Errorf("Canada first: %+v", c)
	}

	// A row without a figure first: the next row with one is the base.
	c = Compare(d, set, []string{"career-health-information-systems-technician", "level-1", "level-2"}, "")
	if c.Base != 1 || c.Lines[2].Diff == nil || c.Lines[2].Diff.Low.Money != 6000 || !c.Lines[2].Diff.BothFigures {
		t.Errorf("no-figure first: %+v", c)
	}

	// Nothing comparable at all.
	c = Compare(d, set, []string{"career-health-information-systems-technician", "unknown"}, "")
	if c.Base != -1 || c.Currency != "" || len(c.Lines) != 1 {
		t.Errorf("nothing comparable: %+v", c)
	}
}

func BenchmarkRowsAndCompare(b *testing.B) {
	d := data.MustLoad()
	for b.Loop() {
		set := NewRowSet(Rows(d))
		Compare(d, set, []string{"level-1", "country-gb", "country-de", "career-medical-coder"}, "EUR")
	}
}
