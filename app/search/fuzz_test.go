package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch feeds the query path any bytes: it must never panic, and what
// it returns must be safe to render.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"", "rhit", "uk pay", "salary germany", "medicl codr", "icd-10-cm", "e/m", "hippa",
		"<img src=x onerror=alert(1)>", "\xff\xfe\xfd", "rh\xffit", "a\x00b", "\u2028\u2029",
		strings.Repeat("a", 10000), strings.Repeat("rhit ", 2000), strings.Repeat("\xff", 10000),
		strings.Repeat("é", 300), "---///...", "İstanbul ǅ ﬁ", "\U0010FFFF",
		"rhit vs rhia", "vs", "vs. vs.", "cpc versus ccs vs", strings.Repeat("a vs ", 2000),
		// Multi-word queries that only partly match: closest matches.
		"beginner salary uk", "starting salary u", "salary xyzzy", "germany hipaa", "rhia first",
		"how much do new grads make in canada", "entry lev", "xyzzy p", "uk pay xyzzy plugh",
		strings.Repeat("salary xyzzy ", 30), "how much", "how", "much much how",
	} {
		f.Add(seed, 10)
	}
	ix := Default()
	f.Fuzz(func(t *testing.T, q string, limit int) {
		limit = limit % 50
		r := ix.Search(q, limit)
		if !utf8.ValidString(r.Query) {
			t.Fatalf("query %q is not valid UTF-8", r.Query)
		}
		if n := utf8.RuneCountInString(r.Query); n > MaxQueryRunes {
			t.Fatalf("query kept %d runes", n)
		}
		if limit > 0 && len(r.Results) > limit {
			t.Fatalf("%d results for limit %d", len(r.Results), limit)
		}
		if r.Total < len(r.Results) {
			t.Fatalf("total %d below %d results", r.Total, len(r.Results))
		}
		if len(r.Closest) > 0 && (r.Total != 0 || len(r.Results) != 0) {
			t.Fatalf("closest matches beside %d full matches", r.Total)
		}
		if r.ClosestTotal < len(r.Closest) || (limit > 0 && len(r.Closest) > limit) {
			t.Fatalf("%d closest matches of %d for limit %d", len(r.Closest), r.ClosestTotal, limit)
		}
		for _, res := range r.Closest {
			// A closest match holds some words and lacks others.
			if len(res.Matched) == 0 || len(res.Missing) == 0 {
				t.Fatalf("closest match %q holds %q, lacks %q", res.Title, res.Matched, res.Missing)
			}
			checkMarks(t, res.Title, res.TitleMarks)
			checkMarks(t, res.Subtitle, res.SubtitleMarks)
			checkMarks(t, res.Snippet, res.SnippetMarks)
		}
		for _, res := range r.Results {
			if res.Matched != nil || res.Missing != nil {
				t.Fatalf("full match %q lists words held %q and missing %q", res.Title, res.Matched, res.Missing)
			}
			checkMarks(t, res.Title, res.TitleMarks)
			checkMarks(t, res.Subtitle, res.SubtitleMarks)
			checkMarks(t, res.Snippet, res.SnippetMarks)
			if res.Path == "" || !strings.HasPrefix(res.Href(), "/") {
				t.Fatalf("result %q links to %q", res.Title, res.Href())
			}
		}
		n := 0
		for _, g := range r.Groups() {
			n += len(g.Results)
		}
		if n != len(r.Results) {
			t.Fatalf("groups hold %d of %d results", n, len(r.Results))
		}
	})
}

// checkMarks fails unless marks are in order, apart, inside s and on rune
// boundaries, so that Segments uses every one of them.
func checkMarks(t *testing.T, s string, marks []Span) {
	t.Helper()
	prev := -1
	for _, m := range marks {
		if m.Start <= prev || m.End <= m.Start || m.End > len(s) ||
			!utf8.RuneStart(s[m.Start]) || (m.End < len(s) && !utf8.RuneStart(s[m.End])) {
			t.Fatalf("bad mark %v in %q (marks %v)", m, s, marks)
		}
		prev = m.End
	}
	marked := 0
	for _, seg := range Segments(s, marks) {
		if seg.Marked {
			marked++
		}
	}
	if marked != len(marks) {
		t.Fatalf("Segments used %d of %d marks in %q", marked, len(marks), s)
	}
}
