package search

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string // words, joined ones marked with +
	}{
		{"Medical Coder", []string{"medical", "coder"}},
		{"ICD-10-CM codes", []string{"icd", "10", "cm", "+icd10cm", "codes"}},
		{"U.S. pay", []string{"u", "s", "+us", "pay"}},
		{"O*NET and E/M.", []string{"o", "net", "+onet", "and", "e", "m", "+em"}},
		{"$47,160 a year", []string{"47", "160", "+47160", "a", "year"}},
		{"patient's record", []string{"patient", "s", "+patients", "record"}},
		{"2022–2032", []string{"2022", "2032"}},
		{"Évaluation ÜBER", []string{"évaluation", "über"}},
		{"a - b", []string{"a", "b"}},
		{"end-", []string{"end"}},
		{"", nil},
		{"\xff\xfeab\xffcd", []string{"ab", "cd"}},
	}
	for _, c := range cases {
		var got []string
		tokenize(c.in, func(w wordToken) {
			s := string(w.word)
			if w.joined {
				s = "+" + s
			}
			if w.start < 0 || w.end > len(c.in) || w.start >= w.end {
				t.Errorf("%q: token %q has range %d..%d", c.in, s, w.start, w.end)
			}
			got = append(got, s)
		})
		if !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenRangesCoverTheirWord(t *testing.T) {
	in := "Registered Health Information Technician (RHIT) — ICD-10-CM"
	tokenize(in, func(w wordToken) {
		if normKey(in[w.start:w.end]) != string(w.word) {
			t.Errorf("token %q spans %q", w.word, in[w.start:w.end])
		}
	})
}

func TestCleanQuery(t *testing.T) {
	cases := []struct {
		in, want string
		trimmed  bool
	}{
		{"  rhit  ", "rhit", false},
		{"uk\tpay\n", "uk pay", false},
		{"hip\xffaa", "hipaa", false},
		{"a\x00b", "a b", false},
		{strings.Repeat("x", MaxQueryRunes), strings.Repeat("x", MaxQueryRunes), false},
		{strings.Repeat("x", MaxQueryRunes+1), strings.Repeat("x", MaxQueryRunes), true},
		{strings.Repeat("€", 10000), strings.Repeat("€", MaxQueryRunes), true},
	}
	for _, c := range cases {
		got, trimmed := cleanQuery(c.in)
		if got != c.want || trimmed != c.trimmed {
			t.Errorf("cleanQuery(%.20q) = %.20q, %v; want %.20q, %v", c.in, got, trimmed, c.want, c.trimmed)
		}
	}
}

func TestNormKey(t *testing.T) {
	cases := map[string]string{
		"ICD-10-CM":              "icd10cm",
		"icd10":                  "icd10",
		"E/M":                    "em",
		"  Hippa   Law ":         "hippa law",
		"DRG (MS-DRG)":           "drg msdrg",
		"Salary in the UK, 2025": "salary in the uk 2025",
	}
	for in, want := range cases {
		if got := normKey(in); got != want {
			t.Errorf("normKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAcronymsOf(t *testing.T) {
	cases := map[string][]string{
		"HIPAA":                          {"HIPAA"},
		"DRG (MS-DRG)":                   {"DRG", "MS-DRG"},
		"Computer-assisted coding (CAC)": {"CAC"},
		"Audit trail":                    nil,
		"ICD-10-CM":                      {"ICD-10-CM"},
	}
	for in, want := range cases {
		if got := acronymsOf(in); !slices.Equal(got, want) {
			t.Errorf("acronymsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseTerms(t *testing.T) {
	ix := Default()
	cases := []struct {
		q    string
		want []string
	}{
		{"salary germany", []string{"salary", "germany"}},
		{"how do I become a coder", []string{"become", "coder"}},
		{"the", []string{"the"}},
		{"united kingdom pay", []string{"united kingdom", "pay"}},
		{"icd-10 codes", []string{"icd10", "codes"}},
		{"pay pay PAY", []string{"pay"}},
	}
	for _, c := range cases {
		var got []string
		for _, term := range ix.parse(c.q) {
			got = append(got, term.typed)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("parse(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	long := strings.Repeat("word", 1) + strings.Repeat(" w", 100)
	if n := len(ix.parse(long)); n > maxTerms {
		t.Errorf("a long query gives %d terms, want at most %d", n, maxTerms)
	}
}

func TestSegments(t *testing.T) {
	cases := []struct {
		s     string
		marks []Span
		want  string
	}{
		{"Medical Coder", []Span{{0, 5}, {6, 7}}, "[Medic]a[l] Coder"},
		{"abc", nil, "abc"},
		{"abc", []Span{{0, 3}}, "[abc]"},
		{"abc", []Span{{2, 1}, {5, 9}, {-1, 2}}, "abc"},
		{"abcdef", []Span{{1, 3}, {2, 4}}, "a[bc]def"},
		{"€uro", []Span{{1, 2}}, "€uro"},
		{"€uro", []Span{{0, 3}}, "[€]uro"},
		{"", []Span{{0, 1}}, ""},
	}
	for _, c := range cases {
		got := segmentsText(c.s, c.marks)
		if got != c.want {
			t.Errorf("Segments(%q, %v) = %s, want %s", c.s, c.marks, got, c.want)
		}
		var joined strings.Builder
		for _, seg := range Segments(c.s, c.marks) {
			joined.WriteString(seg.Text)
		}
		if joined.String() != c.s {
			t.Errorf("Segments(%q) do not join back: %q", c.s, joined.String())
		}
	}
}

func TestWindowCutsLongTextsAtWords(t *testing.T) {
	text := strings.Repeat("word ", 100) + "target " + strings.Repeat("word ", 100)
	at := strings.Index(text, "target")
	got, from, to := window(text, at)
	if !strings.Contains(got, "target") || got != text[from:to] {
		t.Errorf("window around target is %q", got)
	}
	if n := len([]rune(got)); n > maxSnippetRunes {
		t.Errorf("window has %d runes", n)
	}
	if short, _, _ := window("short text", 3); short != "short text" {
		t.Errorf("a short text is cut to %q", short)
	}
}

func TestKindLabels(t *testing.T) {
	seen := map[string]bool{}
	for k := Kind(0); k < kindCount; k++ {
		if k.Label() == "" || k.Slug() == "" || seen[k.Slug()] {
			t.Errorf("kind %d has label %q, slug %q", k, k.Label(), k.Slug())
		}
		seen[k.Slug()] = true
	}
	if kindCount.Label() != "Other" {
		t.Error("an unknown kind has no label")
	}
}
