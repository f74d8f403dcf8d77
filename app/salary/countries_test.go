package salary

import (
	"slices"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func keysOf(rows []Row) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Key)
	}
	return out
}

func TestCountryFigureRows(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))

	band3 := set.Row("country-gb-nhs-band-3-entry")
	if band3 == nil || band3.Kind != KindCountryFigure || band3.Figure == nil || *band3.Figure != Figure("GBP", 24937) ||
		band3.Stage != data.LevelEntry || band3.Stat != data.MeasurePayPoint || band3.Country != "GB" ||
		band3.Label != "United Kingdom: NHS Band 3 entry point" || band3.Source != "nhs-take-home-pay-calculator-nhs-pay" ||
		band3.AsOf != "2025/26, effective 1 April 2025" || band3.StandsFor == "" || band3.Value != "£24,937 a year" {
		t.Errorf("Band 3 entry point: %+v", band3)
	}
	if r := set.Row("country-ca-ns-range-hour"); r == nil || r.Figure != nil || r.NoFigure == "" || r.Value != "C$21.26–C$34.54 an hour" || r.Period != data.PerHour {
		t.Errorf("Nova Scotia hourly range: %+v", r)
	}
	if r := set.Row("country-ca-ab-average-year"); r == nil || r.Figure == nil || *r.Figure != Figure("CAD", 82762) || r.Stat != data.MeasureAverage || r.Stage != data.LevelAll {
		t.Errorf("Alberta average: %+v", r)
	}
	if r := set.Row("country-au-records-managers-week"); r == nil || r.Figure != nil || r.Value != "A$1,812 a week" || r.Stat != data.MeasureUnstated {
		t.Errorf("Australia weekly: %+v", r)
	}
	// Every figure of the data is a row.
	n := 0
	for _, cf := range d.CountryFigures {
		n += len(cf.Figures)
	}
	if got := len(set.OfKind(KindCountryFigure)); got != n {
		t.Errorf("%d country figure rows for %d figures", got, n)
	}
}

func TestEntryPayByCountry(t *testing.T) {
	d := data.MustLoad()
	set := NewRowSet(Rows(d))
	if got := keysOf(set.AtStage("US", data.LevelEntry)); !slices.Equal(got, []string{"level-1", "entry-level"}) {
		t.Errorf("US entry rows: %q", got)
	}
	if got := keysOf(set.AtStage("GB", data.LevelEntry)); len(got) != 4 || got[0] != "country-gb-nhs-band-3-entry" {
		t.Errorf("UK entry rows: %q", got)
	}
	if got := set.AtStage("CA", data.LevelEntry); len(got) != 0 {
		t.Errorf("Canada has entry rows: %q", keysOf(got))
	}

	countries := Countries(d, set)
	if len(countries) != len(d.Main().GlobalSalaries) {
		t.Fatalf("%d countries", len(countries))
	}
	for _, c := range countries {
		if c.Range == nil || c.Range.Kind != KindCountry {
			t.Errorf("%s has no range row", c.Code)
		}
		if (len(c.Entry) == 0) == (c.NoEntry == "") {
			t.Errorf("%s: %d entry rows and note %q; want one or the other", c.Code, len(c.Entry), c.NoEntry)
		}
		for _, r := range c.Entry {
			if r.Stage != data.LevelEntry || r.Country != c.Code || r.Figure == nil {
				t.Errorf("%s entry row %s: %+v", c.Code, r.Key, r)
			}
		}
	}
	byCode := map[string]CountryPay{}
	for _, c := range countries {
		byCode[c.Code] = c
	}
	if gb := byCode["GB"]; len(gb.Figures) != 10 || gb.Name != "United Kingdom" {
		t.Errorf("UK: %d figures, name %q", len(gb.Figures), gb.Name)
	}
	if ca := byCode["CA"]; len(ca.Figures) != 5 || ca.NoEntry != d.CountryFiguresOf("CA").NoEntryLevel {
		t.Errorf("Canada: %+v", ca)
	}
}

func TestFormatCents(t *testing.T) {
	for c, want := range map[data.Cents]string{2126: "C$21.26", 2493700: "C$24,937", 5: "C$0.05", 181200: "C$1,812", 105: "C$1.05"} {
		if got := FormatCents(c, "C$"); got != want {
			t.Errorf("FormatCents(%d) = %q, want %q", c, got, want)
		}
	}
}

func TestStatOfLabel(t *testing.T) {
	for label, want := range map[string]data.Measure{
		"U.S. national median pay":         data.MeasureMedian,
		"Median annual wage, Medical…":     data.MeasureMedian,
		"Average annual pay, Medical…":     data.MeasureAverage,
		"Typical pay by credential":        data.MeasureUnstated,
		"Mean wage of medical secretaries": data.MeasureAverage,
	} {
		if got := statOfLabel(label); got != want {
			t.Errorf("statOfLabel(%q) = %q, want %q", label, got, want)
		}
	}
}
