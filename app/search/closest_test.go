package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

// closestIndex is a small index whose words say what each entry holds.
func closestIndex() *Index {
	return New(&data.Data{Glossary: []data.Term{
		{ID: "one-word-title", Term: "Alpha", Definition: "Holds one word of the query, in its title."},
		{ID: "two-words-body", Term: "Second", Definition: "Holds beta and gamma, in its text only."},
		{ID: "two-words-title", Term: "Beta gamma", Definition: "Holds two words, both in its title."},
		{ID: "none", Term: "Nothing", Definition: "Holds no word of the query."},
		{ID: "other-one", Term: "Third", Definition: "Holds gamma alone."},
	}})
}

func anchors(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, strings.TrimPrefix(r.Anchor, "term-"))
	}
	return out
}

// TestClosestMatchesRankByWordsHeld: when no entry holds every word, the
// entries that hold the most words come first, whatever their scores; among
// equals, the better match first; an entry holding none is left out.
func TestClosestMatchesRankByWordsHeld(t *testing.T) {
	ix := closestIndex()
	r := ix.Search("alpha beta gamma", 0)
	if r.Total != 0 || len(r.Results) != 0 {
		t.Fatalf("alpha beta gamma: %d full matches, want none", r.Total)
	}
	want := []string{"two-words-title", "two-words-body", "one-word-title", "other-one"}
	if got := anchors(r.Closest); !slices.Equal(got, want) {
		t.Errorf("closest matches are %q, want %q", got, want)
	}
	if r.ClosestTotal != len(want) {
		t.Errorf("closest total %d, want %d", r.ClosestTotal, len(want))
	}
	if len(r.Unmatched) != 0 {
		t.Errorf("every word matches something, yet unmatched is %q", r.Unmatched)
	}
	for i, res := range r.Closest {
		if i > 0 && res.Score > r.Closest[i-1].Score {
			t.Errorf("%s scores above the result before it", res.Anchor)
		}
	}

	first := r.Closest[0]
	if !slices.Equal(first.Matched, []string{"beta", "gamma"}) || !slices.Equal(first.Missing, []string{"alpha"}) {
		t.Errorf("the best closest match holds %q and lacks %q", first.Matched, first.Missing)
	}
	if got := segmentsText(first.Title, first.TitleMarks); got != "[Beta] [gamma]" {
		t.Errorf("the held words are highlighted as %s", got)
	}
	body := r.Closest[1]
	if got := segmentsText(body.Snippet, body.SnippetMarks); got != "Holds [beta] and [gamma], in its text only." {
		t.Errorf("the snippet of a closest match highlights %s", got)
	}
	if last := r.Closest[3]; !slices.Equal(last.Matched, []string{"gamma"}) || !slices.Equal(last.Missing, []string{"alpha", "beta"}) {
		t.Errorf("the last closest match holds %q and lacks %q", last.Matched, last.Missing)
	}

	// A limit keeps the best of them.
	if r := ix.Search("alpha beta gamma", 2); !slices.Equal(anchors(r.Closest), want[:2]) || r.ClosestTotal != len(want) {
		t.Errorf("limit 2: %q of %d", anchors(r.Closest), r.ClosestTotal)
	}
}

func TestClosestMatchesOnlyWhenNothingHoldsEveryWord(t *testing.T) {
	ix := closestIndex()
	r := ix.Search("beta gamma", 0)
	if r.Closest != nil || r.ClosestTotal != 0 {
		t.Error("beta gamma has full matches, yet gives closest matches")
	}
	for _, res := range r.Results {
		if res.Matched != nil || res.Missing != nil {
			t.Errorf("a full match %s lists words held %q and missing %q", res.Anchor, res.Matched, res.Missing)
		}
	}
	if got := anchors(r.Results); !slices.Equal(got, []string{"two-words-title", "two-words-body"}) {
		t.Errorf("beta gamma finds %q", got)
	}
	// One word, matched by nothing: no closest matches exist.
	if r := ix.Search("zzzz", 0); r.Closest != nil || len(r.Results) != 0 {
		t.Errorf("zzzz: %+v", r)
	}
	// Nonsense in every word: nothing, and every word named.
	r = ix.Search("zzzz qqqq", 0)
	if r.Closest != nil || r.ClosestTotal != 0 || len(r.Results) != 0 || !slices.Equal(r.Unmatched, []string{"zzzz", "qqqq"}) {
		t.Errorf("zzzz qqqq: %+v", r)
	}
	// A word nothing holds beside one that matches: closest matches, with
	// the unmatched word named.
	r = ix.Search("alpha zzzz", 0)
	if r.Total != 0 || !slices.Equal(anchors(r.Closest), []string{"one-word-title"}) || !slices.Equal(r.Unmatched, []string{"zzzz"}) {
		t.Errorf("alpha zzzz: %+v", r)
	}
	// A comparison never falls back to closest matches.
	if r := ix.Search("alpha zzzz vs qqqq", 0); r.Closest != nil || len(r.Results) != 0 {
		t.Errorf("alpha zzzz vs qqqq: %+v", r)
	}
}

// TestQuestionsAboutPay: the words a student uses for pay at the start
// of a career, and for pay at all, find pay first.
func TestQuestionsAboutPay(t *testing.T) {
	ix := Default()
	entryPay := []string{hitPage + "#pay-entry-level", hitPage + "#faq-entry-level-salary", hitPage + "#salary-by-level"}
	for _, q := range []string{"beginner", "entry", "entry level", "entry-level", "starting", "new grad", "junior", "starting pay", "what do beginners earn"} {
		r := ix.Search(q, 3)
		if len(r.Results) < 3 {
			t.Errorf("%q finds %d results", q, len(r.Results))
			continue
		}
		for _, res := range r.Results {
			if !slices.Contains(entryPay, res.Href()) {
				t.Errorf("%q ranks %q (%s) among the first three, not entry-level pay", q, res.Title, res.Href())
			}
		}
	}
	for _, q := range []string{"how much", "earn", "make", "how much do they make", "what do they earn"} {
		r := ix.Search(q, 1)
		if len(r.Results) == 0 {
			t.Errorf("%q finds nothing", q)
			continue
		}
		if first := r.Results[0]; first.Kind != KindSalary && first.Anchor != data.SectionPay {
			t.Errorf("%q ranks %q (%s) first, not pay", q, first.Title, first.Href())
		}
	}
}

func TestCountryNamesAndAdjectives(t *testing.T) {
	ix := Default()
	for q, code := range map[string]string{
		"british": "GB", "brits": "GB", "england": "GB", "uk": "GB",
		"american": "US", "america": "US",
		"german": "DE", "germans": "DE", "deutschland": "DE",
		"canadian": "CA", "canada": "CA",
		"australian": "AU", "aussie": "AU",
		"singaporean": "SG",
	} {
		r := ix.Search(q, 1)
		if len(r.Results) == 0 || r.Results[0].Href() != hitPage+"#country-"+code {
			t.Errorf("%q does not put the %s row first: %+v", q, code, r.Results)
		}
	}
}

// TestQueriesFromTheIssue must find something; nonsense must not.
func TestQueriesFromTheIssue(t *testing.T) {
	ix := Default()
	for _, q := range []string{"starting salary uk", "beginner salary uk", "rhia first", "how much does a beginner earn in the uk", "entry pay uk"} {
		if r := ix.Search(q, 10); len(r.Results) == 0 {
			t.Errorf("%q finds nothing", q)
		}
	}
	// Entry-level pay in the UK is the NHS pay scale's entry points.
	for _, q := range []string{"starting salary uk", "beginner salary uk"} {
		r := ix.Search(q, 1)
		if len(r.Results) == 0 || !strings.Contains(r.Results[0].Title, "Agenda for Change") {
			t.Errorf("%q ranks %+v first", q, r.Results)
		}
	}
	for _, q := range []string{"xyzzy", "xyzzy plugh", "qqqq wwww", "zzzzzzzzzzzzzzzz"} {
		if r := ix.Search(q, 10); len(r.Results) != 0 || r.Total != 0 || r.Closest != nil {
			t.Errorf("nonsense %q finds %d results and %d closest", q, r.Total, len(r.Closest))
		}
	}
}

func TestPhrasesWithStopWords(t *testing.T) {
	ix := Default()
	cases := []struct {
		q    string
		want []string
	}{
		{"how much", []string{"how much"}},
		{"how much do they make", []string{"how much"}},
		{"how much does a beginner earn in the uk", []string{"how much", "beginner", "uk"}},
		{"new grad pay", []string{"new grad", "pay"}},
		{"the united kingdom", []string{"united kingdom"}},
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
}
