package search

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/data"
)

const (
	hitPage      = "/careers/" + data.MainSlug
	germanyRow   = hitPage + "#country-DE"
	ukRow        = hitPage + "#country-GB"
	usRow        = hitPage + "#country-US"
	hipaaTerm    = "/glossary#term-hipaa"
	icd10cmTerm  = "/glossary#term-icd-10-cm"
	medicalCoder = "/careers/medical-coder"
)

// TestQualityCases holds every quality case of the issue: each query must
// put the right entry first.
func TestQualityCases(t *testing.T) {
	ix := Default()
	cases := []struct {
		why, query, first string
	}{
		{"multi-word", "salary germany", germanyRow},
		{"multi-word, other order", "germany salary", germanyRow},
		{"synonyms uk and pay", "uk pay", ukRow},
		{"other order", "pay uk", ukRow},
		{"Britain", "britain salary", ukRow},
		{"United Kingdom as a phrase", "united kingdom wage", ukRow},
		{"Great Britain and earnings", "great britain earnings", ukRow},
		{"US", "us pay", usRow},
		{"USA", "usa salary", usRow},
		{"United States", "united states wages", usRow},
		{"plural", "salaries germany", germanyRow},
		{"misspelt word from our table", "salery germany", germanyRow},
		{"misspelling alias", "hippa", hipaaTerm},
		{"misspelling alias, capitals", "HIPPA", hipaaTerm},
		{"alias without hyphens", "icd10", icd10cmTerm},
		{"compound as written", "icd-10-cm", icd10cmTerm},
		{"compound with spaces", "icd 10 cm", icd10cmTerm},
		{"abbreviation", "rhit", "/credentials#rhit"},
		{"dropped letters", "medicl codr", medicalCoder},
		{"more dropped letters", "medcl codr", medicalCoder},
		{"a question", "how long does it take", hitPage + "#faq-time-to-job-ready"},
		{"step number", "step 2", hitPage + "#step-2"},
		{"glossary alias phrase", "hick picks", "/glossary#term-hcpcs"},
		{"title words in any order", "information health technician", hitPage},
		{"career by other title", "medical records clerk", "/careers/medical-records-technician"},
		{"remote", "wfh", hitPage + "#remote-work"},
		{"a question about pay", "how much do they make", hitPage + "#pay"},
		{"a comparison", "cpc vs ccs", "/credentials#cpc"},
	}
	for _, c := range cases {
		r := ix.Search(c.query, 5)
		if len(r.Results) == 0 {
			t.Errorf("%s: %q found nothing, want %s", c.why, c.query, c.first)
			continue
		}
		if got := r.Results[0].Href(); got != c.first {
			t.Errorf("%s: %q ranks %s (%q) first, want %s", c.why, c.query, got, r.Results[0].Title, c.first)
		}
	}
}

func TestRhitFindsRegisteredHealthInformationTechnician(t *testing.T) {
	r := Default().Search("rhit", 10)
	if len(r.Results) < 2 {
		t.Fatalf("rhit found %d results", len(r.Results))
	}
	for _, res := range r.Results[:2] {
		if res.Title != "RHIT" || res.Subtitle != "Registered Health Information Technician" {
			t.Errorf("an exact acronym hit is not first: %q — %q", res.Title, res.Subtitle)
		}
		if !slices.Equal(res.TitleMarks, []Span{{0, 4}}) {
			t.Errorf("RHIT marks are %v, want the whole title", res.TitleMarks)
		}
	}
	if r.Results[0].Kind != KindCredential || r.Results[1].Kind != KindGlossary {
		t.Errorf("rhit kinds: %v, %v; want the credential, then the glossary term", r.Results[0].Kind.Label(), r.Results[1].Kind.Label())
	}
}

// TestExactAcronymsComeFirst checks every credential and the glossary's
// acronyms: typing one puts its own entry first.
func TestExactAcronymsComeFirst(t *testing.T) {
	d := data.MustLoad()
	ix := Default()
	var acronyms []string
	for _, c := range d.Credentials {
		acronyms = append(acronyms, c.Abbr)
	}
	for _, term := range d.Glossary {
		acronyms = append(acronyms, acronymsOf(term.Term)...)
	}
	for _, want := range []string{"EHR", "HIM", "HIPAA", "HITECH", "ICD-10-CM", "CPT", "HCPCS", "HL7", "FHIR", "CAHIIM", "AHIMA", "CDI", "RCM"} {
		if !slices.Contains(acronyms, want) {
			t.Errorf("the glossary has no acronym %s", want)
		}
	}
	for _, a := range acronyms {
		for _, q := range []string{a, strings.ToLower(a)} {
			r := ix.Search(q, 3)
			if len(r.Results) == 0 {
				t.Errorf("%q found nothing", q)
				continue
			}
			first := r.Results[0]
			if !slices.Contains(acronymsOf(first.Title), a) && first.Title != a {
				t.Errorf("%q ranks %q (%s) first, not its own entry", q, first.Title, first.Kind.Label())
			}
		}
	}
}

// TestTitleMatchesRankAboveBodyMatches: for plain words, every result with
// the word in its title ranks above every result that has it only in its
// running text.
func TestTitleMatchesRankAboveBodyMatches(t *testing.T) {
	ix := Default()
	for _, q := range []string{"privacy", "hospital", "exam", "registry", "interview", "degree", "visa", "audit", "data", "accredited", "medical"} {
		r := ix.Search(q, 0)
		lastTitle, firstBody := -1, len(r.Results)
		for i, res := range r.Results {
			e := ix.entryOf(t, res)
			if e.kind == KindProsCons { // its title is its text
				continue
			}
			switch where := wordFields(e, q); {
			case where[fieldTitle]:
				lastTitle = i
			case !where[fieldName] && !where[fieldContext] && firstBody == len(r.Results):
				firstBody = i
			}
		}
		if lastTitle < 0 {
			t.Errorf("%q: no result has it in its title", q)
		}
		if firstBody < lastTitle {
			t.Errorf("%q: %q (in its text only) ranks above %q (in its title)", q, r.Results[firstBody].Title, r.Results[lastTitle].Title)
		}
	}
}

// entryOf finds the entry a result was made from.
func (ix *Index) entryOf(t *testing.T, r Result) *entry {
	t.Helper()
	for i := range ix.entries {
		e := &ix.entries[i]
		if e.path == r.Path && e.anchor == r.Anchor && e.texts[0].s == r.Title && e.kind == r.Kind {
			return e
		}
	}
	t.Fatalf("no entry for result %q", r.Title)
	return nil
}

// wordFields says in which fields of an entry a word starts one of its
// words.
func wordFields(e *entry, word string) map[field]bool {
	where := map[field]bool{}
	for _, text := range e.texts {
		tokenize(text.s, func(w wordToken) {
			if strings.HasPrefix(string(w.word), word) {
				where[text.field] = true
			}
		})
	}
	return where
}

func TestCareerTitleBeatsAlias(t *testing.T) {
	r := Default().Search("coder", 3)
	if got := r.Results[0].Href(); got != medicalCoder {
		t.Errorf("coder ranks %s first, want the Medical Coder career", got)
	}
}

func TestMultiWordNeedsEveryWord(t *testing.T) {
	ix := Default()
	r := ix.Search("salary germany", 0)
	for _, res := range r.Results {
		text := strings.ToLower(res.Title + " " + res.Subtitle + " " + res.Snippet)
		if !strings.Contains(text, "german") {
			t.Errorf("%q matched without Germany: %q", "salary germany", res.Title)
		}
	}
	both := ix.Search("germany salary", 0)
	if len(both.Results) != len(r.Results) {
		t.Errorf("word order changed the results: %d vs %d", len(r.Results), len(both.Results))
	}
}

func TestNoResultsNamesTheWordThatMatchesNothing(t *testing.T) {
	r := Default().Search("xyzzy plugh", 10)
	if r.Total != 0 || len(r.Results) != 0 || r.Closest != nil {
		t.Fatalf("xyzzy plugh found %d results and %d closest", r.Total, len(r.Closest))
	}
	if !slices.Equal(r.Unmatched, []string{"xyzzy", "plugh"}) {
		t.Errorf("unmatched words are %q, want [xyzzy plugh]", r.Unmatched)
	}
	// One word matches: no result, the word that matches nothing named,
	// and closest matches that hold the other.
	r = Default().Search("salary xyzzy", 10)
	if r.Total != 0 || len(r.Results) != 0 || len(r.Closest) == 0 {
		t.Fatalf("salary xyzzy: %d results, %d closest; want none and some", r.Total, len(r.Closest))
	}
	if !slices.Equal(r.Unmatched, []string{"xyzzy"}) {
		t.Errorf("unmatched words are %q, want [xyzzy]", r.Unmatched)
	}
	// Both words match something, just never together: nothing is
	// unmatched, and the closest matches hold one word each.
	r = Default().Search("germany hipaa", 10)
	if r.Total != 0 || len(r.Closest) == 0 || len(r.Unmatched) != 0 {
		t.Errorf("germany hipaa: total %d, %d closest, unmatched %q; want 0, some, none", r.Total, len(r.Closest), r.Unmatched)
	}
}

func TestSuggestionsFindSomething(t *testing.T) {
	for _, q := range Suggestions {
		if r := Default().Search(q, 1); len(r.Results) == 0 {
			t.Errorf("suggestion %q finds nothing", q)
		}
	}
}

func TestEmptyQueries(t *testing.T) {
	for _, q := range []string{"", "   ", "\t\n", "---", "\x00\x01", "\xff\xfe", "!!! ???"} {
		r := Default().Search(q, 10)
		if len(r.Results) != 0 || r.Total != 0 {
			t.Errorf("%q found %d results", q, r.Total)
		}
	}
}

func TestLongQueriesAreTrimmed(t *testing.T) {
	long := strings.Repeat("rhit ", 2000) // 10,000 characters
	r := Default().Search(long, 10)
	if !r.Trimmed {
		t.Error("a 10,000-character query is not reported as trimmed")
	}
	if n := utf8.RuneCountInString(r.Query); n > MaxQueryRunes {
		t.Errorf("the trimmed query has %d runes, want at most %d", n, MaxQueryRunes)
	}
	if len(r.Results) == 0 || r.Results[0].Title != "RHIT" {
		t.Errorf("the trimmed query still should find RHIT")
	}
	exact := strings.Repeat("é", MaxQueryRunes)
	if r := Default().Search(exact, 1); r.Trimmed {
		t.Errorf("a query of exactly %d runes is reported as trimmed", MaxQueryRunes)
	}
	if r := Default().Search(exact+"é", 1); !r.Trimmed {
		t.Errorf("a query of %d runes is not reported as trimmed", MaxQueryRunes+1)
	}
}

func TestInvalidUTF8IsDropped(t *testing.T) {
	r := Default().Search("rh\xffit", 3)
	if !utf8.ValidString(r.Query) || r.Query != "rhit" {
		t.Errorf("query is %q, want rhit", r.Query)
	}
	if len(r.Results) == 0 || r.Results[0].Title != "RHIT" {
		t.Error("rh\\xffit does not find RHIT")
	}
	if r := Default().Search("rhit\x00hipaa", 3); r.Query != "rhit hipaa" {
		t.Errorf("a NUL byte became %q, want a space", r.Query)
	}
}

func TestLimitAndTotal(t *testing.T) {
	ix := Default()
	all := ix.Search("health", 0)
	if all.Total != len(all.Results) || all.Total < 50 {
		t.Fatalf("health: total %d, results %d", all.Total, len(all.Results))
	}
	for _, limit := range []int{1, 5, 10, 33, 100} {
		r := ix.Search("health", limit)
		if r.Total != all.Total || len(r.Results) != min(limit, all.Total) {
			t.Errorf("limit %d: total %d, %d results", limit, r.Total, len(r.Results))
			continue
		}
		for i := range r.Results {
			if r.Results[i].Href() != all.Results[i].Href() || r.Results[i].Title != all.Results[i].Title {
				t.Errorf("limit %d: result %d is %q, the full list has %q", limit, i, r.Results[i].Title, all.Results[i].Title)
				break
			}
		}
	}
}

func TestResultsAreInRankOrder(t *testing.T) {
	r := Default().Search("medical", 0)
	for i := 1; i < len(r.Results); i++ {
		a, b := r.Results[i-1], r.Results[i]
		if a.Score < b.Score || (a.Score == b.Score && a.Kind > b.Kind) {
			t.Fatalf("result %d (%d, %s) ranks above result %d (%d, %s)", i-1, a.Score, a.Kind.Label(), i, b.Score, b.Kind.Label())
		}
	}
}

func TestGroupsKeepEveryResultInRankOrder(t *testing.T) {
	r := Default().Search("rhit", 0)
	groups := r.Groups()
	if len(groups) < 3 {
		t.Fatalf("rhit gives %d groups", len(groups))
	}
	if groups[0].Kind != KindCredential {
		t.Errorf("the first group is %s, want the group of the best result", groups[0].Kind.Label())
	}
	seen := map[Kind]bool{}
	n := 0
	for _, g := range groups {
		if seen[g.Kind] {
			t.Errorf("kind %s appears in two groups", g.Kind.Label())
		}
		seen[g.Kind] = true
		for _, res := range g.Results {
			if res.Kind != g.Kind {
				t.Errorf("a %s result in the %s group", res.Kind.Label(), g.Kind.Label())
			}
		}
		n += len(g.Results)
	}
	if n != len(r.Results) {
		t.Errorf("groups hold %d results, the response %d", n, len(r.Results))
	}
}

func TestHighlightsFollowFuzzyMatches(t *testing.T) {
	r := Default().Search("medicl codr", 1)
	got := segmentsText(r.Results[0].Title, r.Results[0].TitleMarks)
	if got != "[Medic]a[l] [Cod]e[r]" {
		t.Errorf("medicl codr highlights %s", got)
	}
	r = Default().Search("icd10", 1)
	if got := segmentsText(r.Results[0].Title, r.Results[0].TitleMarks); got != "[ICD]-[10]-CM" && got != "[ICD]-[10]-[CM]" {
		t.Errorf("icd10 highlights %s", got)
	}
	r = Default().Search("sal germ", 1)
	if got := segmentsText(r.Results[0].Title, r.Results[0].TitleMarks); got != "[Sal]ary in [Germ]any" {
		t.Errorf("sal germ highlights %s", got)
	}
}

func TestSnippetQuotesWhatTheTitleLacks(t *testing.T) {
	r := Default().Search("medical records clerk", 5)
	for _, res := range r.Results {
		if res.Href() == hitPage {
			if got := segmentsText(res.Snippet, res.SnippetMarks); got != "Also called: [Medical] [Records] [Clerk]" {
				t.Errorf("snippet is %s", got)
			}
			return
		}
	}
	t.Error("medical records clerk does not find the Health Information Technician career")
}

// TestEveryResultLinksToAnAnchorThePageRenders mirrors the ids the pages
// render (app/ui/career_sections.go, keyfacts.go, glossary.go,
// credentials.go).
func TestEveryResultLinksToAnAnchorThePageRenders(t *testing.T) {
	d := data.MustLoad()
	anchors := map[string]map[string]bool{"/glossary": {}, "/credentials": {}}
	for _, term := range d.Glossary {
		anchors["/glossary"][data.TermAnchor(term.ID)] = true
	}
	for _, c := range d.Credentials {
		anchors["/credentials"][c.ID] = true
	}
	for _, c := range d.Careers {
		ids := map[string]bool{}
		for _, s := range c.Sections() {
			ids[s.ID] = true
		}
		if c.KeyFacts != nil {
			for _, f := range []string{"median", "range", "growth", "openings"} {
				ids["fact-"+f] = true
			}
		}
		for i := range c.Steps {
			ids["step-"+strconv.Itoa(i+1)] = true
		}
		for _, l := range c.CareerPath {
			ids["level-"+strconv.Itoa(l.Rank)] = true
		}
		for _, q := range c.FAQ {
			ids["faq-"+q.ID] = true
		}
		for _, p := range c.Pathways {
			ids["pathway-"+p.ID] = true
		}
		if c.HasSection(data.SectionPay) {
			for _, p := range c.PayRanges {
				ids["pay-"+p.ID] = true
			}
		}
		for _, g := range c.GlobalSalaries {
			ids["country-"+g.Code] = true
		}
		anchors["/careers/"+c.Slug] = ids
	}
	ix := Default()
	for _, e := range ix.entries {
		if e.anchor == "" {
			if !slices.ContainsFunc(testPages, func(p Page) bool { return p.Path == e.path }) && anchors[e.path] == nil {
				t.Errorf("%q links to unknown page %s", e.texts[0].s, e.path)
			}
			continue
		}
		if ids := anchors[e.path]; !ids[e.anchor] {
			t.Errorf("%q links to %s#%s, which the page does not render", e.texts[0].s, e.path, e.anchor)
		}
	}
}

// TestEverythingIsSearchable checks that each kind of fact the issue lists
// has entries.
func TestEverythingIsSearchable(t *testing.T) {
	count := map[Kind]int{}
	for _, e := range Default().entries {
		count[e.kind]++
	}
	for k := Kind(0); k < kindCount; k++ {
		if count[k] == 0 {
			t.Errorf("no %s are searchable", k.Label())
		}
	}
	d := data.MustLoad()
	if got, want := count[KindGlossary], len(d.Glossary); got != want {
		t.Errorf("%d glossary entries, want one per term (%d)", got, want)
	}
	if got, want := count[KindCredential], len(d.Credentials); got != want {
		t.Errorf("%d credential entries, want %d", got, want)
	}
	if got, want := count[KindCareer], len(d.Careers); got != want {
		t.Errorf("%d career entries, want %d", got, want)
	}
}

func TestAlternativeTitlesFindTheirCareer(t *testing.T) {
	ix := Default()
	for _, c := range data.MustLoad().Careers {
		for _, alt := range c.AltTitles {
			r := ix.Search(alt, 0)
			found := false
			for _, res := range r.Results {
				if res.Href() == "/careers/"+c.Slug {
					found = true
				}
			}
			if !found {
				t.Errorf("%q does not find %s", alt, c.Title)
			}
		}
	}
}

// TestQueriesDoNotAllocatePerEntry: a query's allocations depend on its
// words and the results it returns, not on how many entries match.
func TestQueriesDoNotAllocatePerEntry(t *testing.T) {
	ix := Default()
	ix.Search("warm up", 10)
	for _, q := range []string{"s", "h", "health", "information", "medical"} {
		total := ix.Search(q, 1).Total
		allocs := testing.AllocsPerRun(50, func() { ix.Search(q, 1) })
		if total < 100 || allocs > 50 {
			t.Errorf("%q matches %d entries with %.0f allocations; want many entries and few allocations", q, total, allocs)
		}
	}
	for _, q := range []string{"salary germany", "xyzzy", "registered health information technician", "medicl codr", "salary xyzzy", "beginner salary uk"} {
		if allocs := testing.AllocsPerRun(50, func() { ix.Search(q, 10) }); allocs > 250 {
			t.Errorf("%q makes %.0f allocations", q, allocs)
		}
	}
}

func TestConcurrentSearches(t *testing.T) {
	ix := Default()
	want := ix.Search("uk pay", 5)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				got := ix.Search("uk pay", 5)
				if fmt.Sprint(got.Results) != fmt.Sprint(want.Results) {
					errs <- "concurrent searches disagree"
					return
				}
				ix.Search("medicl codr", 5)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func segmentsText(s string, marks []Span) string {
	var b strings.Builder
	for _, seg := range Segments(s, marks) {
		if seg.Marked {
			b.WriteString("[" + seg.Text + "]")
		} else {
			b.WriteString(seg.Text)
		}
	}
	return b.String()
}
