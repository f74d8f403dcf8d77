package data

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// validFS is a small, valid data set; each test breaks one thing in it.
func validFS(t testing.TB) fstest.MapFS {
	t.Helper()
	main := Career{
		Slug:    MainSlug,
		Title:   "Health Information Technician",
		Summary: "Keeps health records right.",
		SalaryByLevel: []LevelPay{
			{Level: "Junior", Currency: "USD", Median: 39000, Average: 42000, Source: "guide", AsOf: "2025"},
			{Level: "Senior", Currency: "USD", Median: 53000, Average: 56000, Source: "guide", AsOf: "2025"},
		},
		CareerPath: []Level{
			{Rank: 1, Title: "Junior", YearsMin: 0, YearsMax: 2, Duties: "Files records."},
			{Rank: 2, Title: "Senior", YearsMin: 2, YearsMax: 0, Duties: "Audits records."},
		},
		GlobalSalaries: []CountryPay{
			{Country: "United Kingdom", Code: "GB", Local: PayRange{Currency: "GBP", Min: 25000, Max: 35000}, USD: &PayRange{Currency: "USD", Min: 32000, Max: 45000}, Source: "guide", AsOf: "2025"},
		},
		FAQ:        []FAQ{{ID: "pay", Question: "Pay?", Answer: "Varies.", Links: []Link{{Label: "Levels", Career: MainSlug, Section: SectionSalaryByLevel}}}},
		Related:    []string{"medical-coder"},
		OtherFacts: []Fact{{Label: "UK band pay", Value: "£24,937 entry to £26,598 top", Source: "guide", AsOf: "2025"}},
	}
	band := func(id string, level PayLevel, amount Cents) CountryFigure {
		return CountryFigure{ID: id, Name: "Band 3", Level: level, Measure: MeasurePayPoint, StandsFor: "Band 3 pay.",
			Currency: "GBP", Period: PerYear, Amount: amount, Source: "guide", AsOf: "2025", Career: MainSlug, Fact: "UK band pay"}
	}
	coder := Career{Slug: "medical-coder", Title: "Medical Coder", Summary: "Codes.", PayUnknown: "No figure is known."}
	files := fstest.MapFS{
		"sources.json":     {Data: mustJSON(t, []Source{{ID: "guide", Title: "Guide", Publisher: "Someone", Date: "2025"}})},
		"credentials.json": {Data: mustJSON(t, []Credential{{ID: "rhit", Abbr: "RHIT", Name: "Registered Health Information Technician", Issuer: "AHIMA", Summary: "s", Eligibility: "e"}})},
		"glossary.json":    {Data: mustJSON(t, []Term{{ID: "ehr", Term: "EHR", Definition: "An electronic health record.", Links: []Link{{Label: "RHIT", Page: "/credentials", Section: "rhit"}}}})},
		"currencies.json": {Data: mustJSON(t, []Currency{
			{Code: "USD", Symbol: "US$", Name: "US dollar"},
			{Code: "GBP", Symbol: "£", Name: "Pound", Rate: &Rate{Local: 60000, USD: 77000, Derivation: "from the guide", Source: "guide", AsOf: "2025"}},
		})},
		"countrypay.json": {Data: mustJSON(t, []CountryFigures{
			{Country: "GB", Figures: []CountryFigure{band("gb-entry", LevelEntry, 2493700), band("gb-top", LevelTop, 2659800)}},
		})},
		"careers/health-information-technician.json": {Data: mustJSON(t, main)},
		"careers/medical-coder.json":                 {Data: mustJSON(t, coder)},
	}
	return files
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// edit decodes a file of fsys into a generic value, lets f change it, and
// writes it back.
func edit(t *testing.T, fsys fstest.MapFS, name string, f func(v any) any) {
	t.Helper()
	var v any
	if err := json.Unmarshal(fsys[name].Data, &v); err != nil {
		t.Fatal(err)
	}
	fsys[name] = &fstest.MapFile{Data: mustJSON(t, f(v))}
}

func obj(v any) map[string]any { return v.(map[string]any) }

// figure is the i-th figure of the first country in countrypay.json.
func figure(v any, i int) map[string]any { return obj(arr(obj(arr(v)[0])["figures"])[i]) }
func arr(v any) []any                    { return v.([]any) }

const hitFile = "careers/health-information-technician.json"

func TestValidFixtureDecodes(t *testing.T) {
	d, err := Decode(validFS(t))
	if err != nil {
		t.Fatalf("the fixture should be valid: %v", err)
	}
	if d.Main() == nil || d.Career("medical-coder") == nil {
		t.Fatal("careers not indexed")
	}
	if d.Careers[0].Slug != MainSlug {
		t.Errorf("the main career should come first, got %s", d.Careers[0].Slug)
	}
}

func TestValidationNamesFileEntryAndField(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		mutate func(v any) any
		want   []string
	}{
		{"missing title", hitFile, func(v any) any { obj(v)["title"] = ""; return v },
			[]string{"data/careers/health-information-technician.json", `entry "health-information-technician"`, "field title", "is required"}},
		{"minimum above maximum", hitFile, func(v any) any {
			local := obj(obj(arr(obj(v)["globalSalaries"])[0])["local"])
			local["min"] = 50000
			return v
		}, []string{"field globalSalaries[0].local", "minimum 50000 is above maximum 35000"}},
		{"zero pay", hitFile, func(v any) any { obj(arr(obj(v)["salaryByLevel"])[0])["median"] = 0; return v },
			[]string{"field salaryByLevel[0].median", "pay must be positive, got 0"}},
		{"negative pay", hitFile, func(v any) any { obj(arr(obj(v)["salaryByLevel"])[1])["average"] = -5; return v },
			[]string{"field salaryByLevel[1].average", "pay must be positive, got -5"}},
		{"unknown currency", hitFile, func(v any) any { obj(arr(obj(v)["salaryByLevel"])[0])["currency"] = "XYZ"; return v },
			[]string{"field salaryByLevel[0].currency", `unknown currency "XYZ"`}},
		{"levels out of order by pay", hitFile, func(v any) any { obj(arr(obj(v)["salaryByLevel"])[1])["median"] = 1000; return v },
			[]string{"field salaryByLevel[1].median", "levels out of order"}},
		{"career path ranks out of order", hitFile, func(v any) any { obj(arr(obj(v)["careerPath"])[1])["rank"] = 5; return v },
			[]string{"field careerPath[1].rank", "levels out of order"}},
		{"unknown source", hitFile, func(v any) any { obj(arr(obj(v)["salaryByLevel"])[0])["source"] = "nowhere"; return v },
			[]string{"field salaryByLevel[0].source", `unknown source "nowhere"`}},
		{"link to missing career", hitFile, func(v any) any {
			obj(arr(obj(arr(obj(v)["faq"])[0])["links"])[0])["career"] = "astronaut"
			return v
		}, []string{"field faq[0].links[0].career", `links to unknown career "astronaut"`}},
		{"link to missing section", hitFile, func(v any) any {
			obj(arr(obj(arr(obj(v)["faq"])[0])["links"])[0])["section"] = "no-such-section"
			return v
		}, []string{"field faq[0].links[0].section", `has no section "no-such-section"`}},
		{"career slug that is another page's name", "careers/medical-coder.json", func(v any) any { obj(v)["slug"] = "compare"; return v },
			[]string{"data/careers/medical-coder.json", `entry "compare"`, "field slug", `"compare" is reserved: /careers/compare is another page`}},
		{"related career missing", hitFile, func(v any) any { obj(v)["related"] = []any{"astronaut"}; return v },
			[]string{"field related[0]", `unknown career "astronaut"`}},
		{"glossary link to missing credential", "glossary.json", func(v any) any {
			obj(arr(obj(arr(v)[0])["links"])[0])["section"] = "zzz"
			return v
		}, []string{"data/glossary.json", `entry "ehr"`, "field links[0].section", `page "/credentials" has no section "zzz"`}},
		{"rate with zero amount", "currencies.json", func(v any) any { obj(obj(arr(v)[1])["rate"])["usd"] = 0; return v },
			[]string{"data/currencies.json", `entry "GBP"`, "field rate", "must be positive"}},
		{"bad currency code", "currencies.json", func(v any) any { obj(arr(v)[1])["code"] = "pounds"; return v },
			[]string{"field code", "three-letter ISO 4217"}},
		{"country without usd note", hitFile, func(v any) any { delete(obj(arr(obj(v)["globalSalaries"])[0]), "usd"); return v },
			[]string{"field globalSalaries[0].noUsdNote"}},
		{"country figure the fact does not state", "countrypay.json", func(v any) any { figure(v, 0)["amount"] = 24938; return v },
			[]string{"data/countrypay.json", `entry "GB"`, "field figures[0]", `does not state 24938`}},
		{"country figure at the wrong point of the scale", "countrypay.json", func(v any) any { figure(v, 1)["level"] = "intermediate"; return v },
			[]string{"field figures[1].level", `names 26598 as its "top" point`}},
		{"country figure with another date", "countrypay.json", func(v any) any { figure(v, 0)["asOf"] = "2024"; return v },
			[]string{"field figures[0]", `asOf "2024" differ`}},
		{"country figure from a missing fact", "countrypay.json", func(v any) any { figure(v, 0)["fact"] = "nope"; return v },
			[]string{"field figures[0].fact", `no other fact labelled "nope"`}},
		{"country figure unknown level", "countrypay.json", func(v any) any { figure(v, 0)["level"] = "senior"; return v },
			[]string{"field figures[0].level", `got "senior"`}},
		{"country figure unknown period", "countrypay.json", func(v any) any { figure(v, 0)["period"] = "month"; return v },
			[]string{"field figures[0].period", `got "month"`}},
		{"country figure range without max", "countrypay.json", func(v any) any {
			f := figure(v, 0)
			f["measure"], f["min"] = "range", 24937
			delete(f, "amount")
			return v
		}, []string{"field figures[0]", "a range gives min and max"}},
		{"country figure with an amount and a range", "countrypay.json", func(v any) any { figure(v, 0)["max"] = 30000; return v },
			[]string{"field figures[0]", "a single figure gives a positive amount, and no min or max"}},
		{"country figure ids repeat", "countrypay.json", func(v any) any { figure(v, 1)["id"] = "gb-entry"; return v },
			[]string{"field figures[1].id", "unique slug"}},
		{"country with no entry-level figure says nothing", "countrypay.json", func(v any) any {
			obj(arr(v)[0])["figures"] = []any{figure(v, 1)}
			return v
		}, []string{"field noEntryLevel", "no figure is for entry level"}},
		{"country with an entry-level figure says there is none", "countrypay.json", func(v any) any { obj(arr(v)[0])["noEntryLevel"] = "None."; return v },
			[]string{"field noEntryLevel", "is set although"}},
		{"country not on the main career", "countrypay.json", func(v any) any { obj(arr(v)[0])["country"] = "FR"; return v },
			[]string{`entry "FR"`, "field country", "globalSalaries"}},
		{"country twice", "countrypay.json", func(v any) any {
			return append(arr(v), map[string]any{"country": "GB", "noEntryLevel": "None."})
		}, []string{"field country", "duplicate country"}},
		{"country figure with three decimals", "countrypay.json", func(v any) any { figure(v, 0)["amount"] = 24937.125; return v },
			[]string{"data/countrypay.json", `amount "24937.125" must be a positive amount`}},
		{"country figure negative", "countrypay.json", func(v any) any { figure(v, 0)["amount"] = -1; return v },
			[]string{"data/countrypay.json", `amount "-1" must be a positive amount`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validFS(t)
			edit(t, fsys, tt.file, tt.mutate)
			_, err := Decode(fsys)
			if err == nil {
				t.Fatal("invalid data was accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestDuplicateSlugIsRejected(t *testing.T) {
	fsys := validFS(t)
	fsys["careers/copy.json"] = &fstest.MapFile{Data: fsys["careers/medical-coder.json"].Data}
	_, err := Decode(fsys)
	if err == nil || !strings.Contains(err.Error(), "duplicate slug") || !strings.Contains(err.Error(), "careers/copy.json") {
		t.Fatalf("want a duplicate-slug error naming the file, got %v", err)
	}
}

func TestMalformedJSONIsReportedWithItsLine(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"syntax", "[\n {\"id\": \"x\",\n  \"title\": }\n]", "data/sources.json: malformed JSON at line 3"},
		{"truncated", "[\n {\"id\": \"x\"", "data/sources.json: file is empty or truncated"},
		{"empty", "", "data/sources.json: file is empty or truncated"},
		{"wrong type", "[{\"id\": 42}]", "data/sources.json: wrong type at line 1: field id must be string, not number"},
		{"unknown field", "[{\"id\": \"x\", \"titel\": \"typo\"}]", `unknown field "titel"`},
		{"trailing content", "[] []", "unexpected content after the top-level value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validFS(t)
			fsys["sources.json"] = &fstest.MapFile{Data: []byte(tt.content)}
			_, err := Decode(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("want an error containing %q, got %v", tt.want, err)
			}
		})
	}
}

func TestMissingFileIsReported(t *testing.T) {
	fsys := validFS(t)
	delete(fsys, "glossary.json")
	_, err := Decode(fsys)
	if err == nil || !strings.Contains(err.Error(), "data/glossary.json: cannot read") {
		t.Fatalf("got %v", err)
	}
}

func TestEverySectionAnchorIsUnique(t *testing.T) {
	d := MustLoad()
	for _, c := range d.Careers {
		seen := map[string]bool{}
		for _, s := range c.Sections() {
			if seen[s.ID] {
				t.Errorf("%s: section %s listed twice", c.Slug, s.ID)
			}
			seen[s.ID] = true
		}
	}
}

func TestMainCareerHasTheGuidesKeyFigures(t *testing.T) {
	hit := MustLoad().Main()
	k := hit.KeyFacts
	if k == nil {
		t.Fatal("no key facts")
	}
	if k.MedianAnnual.Amount != 47160 || k.MedianAnnual.Currency != "USD" || k.Median.AsOf != "May 2023" {
		t.Errorf("median is %+v as of %q, want USD 47160 as of May 2023", k.MedianAnnual, k.Median.AsOf)
	}
	if k.Growth.Value != "7%" {
		t.Errorf("growth is %q, want 7%%", k.Growth.Value)
	}
	want := []struct {
		median, average int64
	}{{39000, 42000}, {45000, 48000}, {53000, 56000}, {62000, 65000}, {76000, 80000}}
	if len(hit.SalaryByLevel) != len(want) {
		t.Fatalf("%d levels, want 5", len(hit.SalaryByLevel))
	}
	for i, w := range want {
		l := hit.SalaryByLevel[i]
		if l.Median != w.median || l.Average != w.average {
			t.Errorf("level %d (%s): %d/%d, want %d/%d", i+1, l.Level, l.Median, l.Average, w.median, w.average)
		}
	}
	if len(hit.CareerPath) != 5 || len(hit.Steps) != 6 || len(hit.FAQ) != 8 || len(hit.GlobalSalaries) != 6 {
		t.Errorf("want 5 levels, 6 steps, 8 FAQs, 6 countries; got %d, %d, %d, %d", len(hit.CareerPath), len(hit.Steps), len(hit.FAQ), len(hit.GlobalSalaries))
	}
	if len(hit.Superseded) == 0 || !strings.Contains(hit.Superseded[0].Value, "21") {
		t.Errorf("the superseded 21%% projection is missing")
	}
}

// FuzzDecode feeds arbitrary bytes to the decoder as a data file: it must
// return an error or data, never panic.
func FuzzDecode(f *testing.F) {
	base := validFS(f)
	for _, name := range []string{"sources.json", hitFile, "currencies.json", "countrypay.json"} {
		f.Add(name, base[name].Data)
	}
	f.Add("countrypay.json", []byte(`[{"country":"GB","figures":[{"id":"x","amount":1e400,"min":-0.5,"max":00.10}]}]`))
	f.Add("countrypay.json", []byte(`[{"country":"GB","figures":[{"id":"x","level":"entry","measure":"range","min":9,"max":1,"career":"medical-coder"}]}]`))
	f.Add("glossary.json", []byte(`[{"id":"x","term":"X","definition":"d","links":[{"label":"l","career":"nope"}]}]`))
	f.Add(hitFile, []byte(`{"slug":"health-information-technician","salaryByLevel":[{"median":-1}]}`))
	f.Fuzz(func(t *testing.T, name string, content []byte) {
		if _, ok := base[name]; !ok {
			return
		}
		fsys := validFS(t)
		fsys[name] = &fstest.MapFile{Data: content}
		d, err := Decode(fsys)
		if err == nil && d.Main() == nil {
			t.Fatal("decoded without the main career and without an error")
		}
	})
}

func TestIsSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"medical-coder": true, "rhit": true, "level-2": true, "a": true, "2024": true,
		"": false, "-coder": false, "coder-": false, "medical--coder": false, "Medical-coder": false,
		"medical coder": false, "medical_coder": false, "-": false, "é": false,
	} {
		if got := isSlug(s); got != want {
			t.Errorf("isSlug(%q) = %v, want %v", s, got, want)
		}
	}
}
