package data

import (
	"reflect"
	"testing"
)

// The wasm uses generated.go instead of the JSON; both must say the same.
func TestGeneratedMatchesJSON(t *testing.T) {
	d := MustLoad()
	q := MustLoadQuiz()
	const fix = "data/generated.go is out of date with the JSON files: run `go generate ./data` (make build does it)"
	for _, c := range []struct {
		name      string
		json, gen any
	}{
		{"sources.json", d.Sources, generatedData.Sources},
		{"careers/*.json", d.Careers, generatedData.Careers},
		{"credentials.json", d.Credentials, generatedData.Credentials},
		{"glossary.json", d.Glossary, generatedData.Glossary},
		{"currencies.json", d.Currencies, generatedData.Currencies},
		{"countrypay.json", d.CountryFigures, generatedData.CountryFigures},
		{"quiz.json", *q, generatedQuiz},
		{"jobkit.json", *MustLoadJobKit(), generatedJobKit},
	} {
		if !reflect.DeepEqual(c.json, c.gen) {
			t.Errorf("%s differs from its generated values: %s", c.name, fix)
		}
	}
}
