package local

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// What Decode accepts, Encode writes back to the same pack, and writing is
// stable.
func TestEncodeRoundTrip(t *testing.T) {
	d := appData(t)
	for _, in := range [][]byte{
		example(t),
		[]byte(`{"version": 1, "organization": {"name": "Tiny & Co"}}`),
		edited(t, func(m map[string]any) {
			entry(m, "programs", 1)["cost"] = map[string]any{"min": 0, "max": 0, "currency": "USD"}
			m["sharedComputer"] = map[string]any{"mode": "idle", "idleMinutes": 30}
			entry(m, "notes", 0)["text"] = "Line one.\nLine two: under <20 & rising > 3%."
		}),
	} {
		p, problems := Decode(in, d)
		if len(problems) > 0 {
			t.Fatal(Report(problems))
		}
		out := Encode(p)
		again, problems := Decode(out, d)
		if len(problems) > 0 {
			t.Fatalf("the encoded pack does not decode:\n%s\n%s", Report(problems), out)
		}
		if !reflect.DeepEqual(p, again) {
			t.Errorf("round trip changed the pack:\n%+v\n%+v", p, again)
		}
		if out2 := Encode(again); !bytes.Equal(out, out2) {
			t.Errorf("encoding is not stable:\n%s\n%s", out, out2)
		}
	}
}

func TestEncodeFormat(t *testing.T) {
	p := examplePack(t)
	p.Organization.Name = "Riverbend <Health> & Care"
	out := string(Encode(p))
	for _, want := range []string{
		"{\n  \"version\": 1,\n  \"organization\": {\n    \"name\": \"Riverbend <Health> & Care\",",
		`"cost": {` + "\n" + `        "min": 2500,`,
		`"sharedComputer": {` + "\n" + `    "mode": "session"` + "\n  }\n}\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("encoded pack lacks %q:\n%s", want, out)
		}
	}
	// Derived fields and empty optional ones are not written.
	for _, unwanted := range []string{"Anchor", "anchor", "local-program", `"idleMinutes"`, `"region": ""`} {
		if strings.Contains(out, unwanted) {
			t.Errorf("encoded pack has %q:\n%s", unwanted, out)
		}
	}
}

// A pack the /counselor form builds: Validate finds its problems before
// the download, and once they are fixed the download decodes to it.
func TestFormBuiltPack(t *testing.T) {
	d := appData(t)
	zero, zeroToo := int64(0), int64(0)
	p := &Pack{
		Version:      Version,
		Organization: Organization{Name: "Lakeside High (example)"},
		Programs: []Program{{Name: "Evening coding class", Institution: "Lakeside Adult School", Careers: []string{"medical-coder"},
			Cost: &Cost{Min: &zero, Max: &zeroToo, Currency: "CAD"}, Source: "school office (example)", AsOf: "2025"}},
		PlanSteps: []PlanStep{{Title: "See Ms. Lee", URL: "ftp://lakeside.example"}},
	}
	got := Report(Validate(p, d))
	want := `planSteps[0] "See Ms. Lee": field url: must start with https:, http:, mailto: or tel:, not "ftp://lakeside.example"`
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	p.PlanSteps[0].URL = "https://lakeside.example/counseling"
	if problems := Validate(p, d); len(problems) > 0 {
		t.Fatal(Report(problems))
	}
	back, problems := Decode(Encode(p), d)
	if len(problems) > 0 {
		t.Fatal(Report(problems))
	}
	p.setAnchors()
	if !reflect.DeepEqual(p, back) {
		t.Errorf("download decodes to\n%+v\nwant\n%+v", back, p)
	}
}
