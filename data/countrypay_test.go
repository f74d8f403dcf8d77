package data

import (
	"encoding/json"
	"testing"
)

func TestCentsReadExactly(t *testing.T) {
	for in, want := range map[string]Cents{
		"24937": 2493700, "21.26": 2126, "0.5": 50, "44.39": 4439, "82762.00": 8276200, "1": 100, "0": 0,
	} {
		var c Cents
		if err := json.Unmarshal([]byte(in), &c); err != nil || c != want {
			t.Errorf("%s reads as %d (%v), want %d", in, c, err, want)
		}
		out, _ := json.Marshal(c)
		var back Cents
		if err := json.Unmarshal(out, &back); err != nil || back != c {
			t.Errorf("%s writes as %s, which reads back as %d", in, out, back)
		}
	}
	for _, in := range []string{"-1", "21.261", "1e3", "1.", ".5", "01", `"5"`, "null", "true", "1234567890123456", "2 1"} {
		var c Cents
		if err := json.Unmarshal([]byte(in), &c); err == nil {
			t.Errorf("%s was accepted as %d", in, c)
		}
	}
	if got := Cents(2126).String(); got != "21.26" {
		t.Errorf("21.26 writes as %s", got)
	}
	if got := Cents(2493700).String(); got != "24937" {
		t.Errorf("24937 writes as %s", got)
	}
	if got := Cents(2105).String(); got != "21.05" {
		t.Errorf("21.05 writes as %s", got)
	}
}

func TestAmountIn(t *testing.T) {
	cases := []struct {
		text   string
		amount Cents
		after  string
		ok     bool
	}{
		{"£24,937 entry to £26,598 top", 2493700, "entry", true},
		{"£24,937 entry to £26,598 top", 2659800, "top", true},
		{"£31,049 entry; £33,487 intermediate; £37,796 top", 3348700, "intermediate", true},
		{"minimum $21.26; median $26.49; maximum $34.54", 3454, "", true},
		{"minimum $21.26; median $26.49; maximum $34.54", 2126, "", true},
		{"$82,762.00", 8276200, "", true},
		{"$1,812", 181200, "", true},
		{"$1,812", 1812, "", false},
		{"£24,937 entry", 2493, "", false},
		{"£24,937 entry", 4937, "", false},
		{"2025/26", 2600, "", false},
		{"", 100, "", false},
	}
	for _, c := range cases {
		after, ok := amountIn(c.text, c.amount)
		if ok != c.ok || after != c.after {
			t.Errorf("amountIn(%q, %s) = %q, %v; want %q, %v", c.text, c.amount, after, ok, c.after, c.ok)
		}
	}
}

// TestCountryFiguresCopyTheirFacts: the embedded figures are those of the
// fact cards, and every country without a starting figure says so.
func TestCountryFiguresCopyTheirFacts(t *testing.T) {
	d := MustLoad()
	gb := d.CountryFiguresOf("GB")
	if gb == nil || len(gb.Figures) != 10 || gb.NoEntryLevel != "" {
		t.Fatalf("GB figures: %+v", gb)
	}
	if f := gb.Figures[0]; f.Amount != 2493700 || f.Level != LevelEntry || f.Source != "nhs-take-home-pay-calculator-nhs-pay" || f.AsOf != "2025/26, effective 1 April 2025" {
		t.Errorf("Band 3 entry point: %+v", f)
	}
	for _, code := range []string{"CA", "AU", "DE", "SG"} {
		c := d.CountryFiguresOf(code)
		if c == nil || c.NoEntryLevel == "" {
			t.Errorf("%s does not say it has no entry-level figure: %+v", code, c)
			continue
		}
		for _, f := range c.Figures {
			if f.Level == LevelEntry {
				t.Errorf("%s has an entry-level figure %s and says it has none", code, f.ID)
			}
		}
	}
	ns := d.CountryFiguresOf("CA").Figures
	found := false
	for _, f := range ns {
		if f.ID == "ca-ns-range-hour" {
			found = true
			if f.Min != 2126 || f.Max != 3454 || f.Period != PerHour || !f.IsRange() {
				t.Errorf("Nova Scotia hourly range: %+v", f)
			}
		}
	}
	if !found {
		t.Error("no Nova Scotia hourly range")
	}
}

func TestOccupationCodes(t *testing.T) {
	d := MustLoad()
	for slug, want := range map[string]string{
		MainSlug:                                 "29-2072",
		"medical-records-technician":             "29-2072",
		"health-records-technician":              "29-2072",
		"medical-coder":                          "29-2072",
		"health-information-services-manager":    "11-9111",
		"medical-and-health-information-manager": "11-9111",
		"medical-administrative-assistant":       "43-6013",
	} {
		c := d.Career(slug)
		if c == nil {
			t.Errorf("no career %s", slug)
			continue
		}
		if got := c.OccupationCode(); got != want {
			t.Errorf("%s: occupation code %q, want %q", slug, got, want)
		}
	}
	for in, want := range map[string]string{
		"": "", "SOC 29-2072 Medical": "29-2072", "O*NET 29-2072.00": "29-2072", "129-2072": "", "29-20721": "",
		"NOC 2021 12111": "", "29-207": "", "ends 11-9111": "11-9111",
	} {
		if got := (&Career{Classification: in}).OccupationCode(); got != want {
			t.Errorf("OccupationCode(%q) = %q, want %q", in, got, want)
		}
	}
}
