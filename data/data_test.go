package data

import (
	"reflect"
	"strings"
	"testing"
)

func TestEmbeddedDataIsValid(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatalf("the embedded data is invalid:\n%v", err)
	}
	if d.Main() == nil {
		t.Fatal("no main career")
	}
}

func TestAsOfText(t *testing.T) {
	for asOf, want := range map[string]string{
		"May 2023":                             "as of May 2023",
		"2024":                                 "as of 2024",
		"April 14, 2020":                       "as of April 14, 2020",
		"Aug. 24, 2020":                        "as of Aug. 24, 2020",
		"May 2020 (OOH edition then titled X)": "as of May 2020 (OOH edition then titled X)",
		"2024 (2014-2024 projections)":         "as of 2024 (2014-2024 projections)",
		"not stated":                           "date not stated",
		"not stated (2025 guide)":              "date not stated (2025 guide)",
		"2022–2032":                            "2022–2032",
		"2023-33 edition":                      "2023-33 edition",
		"as of Aug 24, 2020":                   "as of Aug 24, 2020",
		"from January 1, 2025":                 "from January 1, 2025",
		"current AHIMA table":                  "current AHIMA table",
		"2021 AAPC survey":                     "2021 AAPC survey",
		"May 2023 OEWS":                        "May 2023 OEWS",
		"survey year not stated":               "survey year not stated",
		"Mayday 2023":                          "Mayday 2023",
		"May 32, 2020x":                        "May 32, 2020x",
		"":                                     "",
	} {
		if got := AsOfText(asOf); got != want {
			t.Errorf("AsOfText(%q) = %q, want %q", asOf, got, want)
		}
	}
}

// TestEveryPeriodReadsAsAPhrase catches a period written so that a
// citation would read "as of as of 2005" or name our own research notes
// ("not shown in excerpt"): every AsOf in the data must read on its own.
func TestEveryPeriodReadsAsAPhrase(t *testing.T) {
	periods := asOfFields(reflect.ValueOf(MustLoad()))
	if len(periods) < 100 {
		t.Fatalf("found only %d periods in the data; the walk is broken", len(periods))
	}
	for _, asOf := range periods {
		got := AsOfText(asOf)
		for _, wrong := range []string{"as of as of", "as of from", "as of current", "excerpt", "stored"} {
			if strings.Contains(got, wrong) {
				t.Errorf("period %q reads %q", asOf, got)
			}
		}
	}
}

// asOfFields returns every string field named AsOf reachable from v.
func asOfFields(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return asOfFields(v.Elem())
	case reflect.Slice, reflect.Array:
		var out []string
		for i := range v.Len() {
			out = append(out, asOfFields(v.Index(i))...)
		}
		return out
	case reflect.Struct:
		var out []string
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Name == "AsOf" && f.Type.Kind() == reflect.String {
				out = append(out, v.Field(i).String())
				continue
			}
			out = append(out, asOfFields(v.Field(i))...)
		}
		return out
	}
	return nil
}
