package ui

import (
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestSameAddress(t *testing.T) {
	for _, c := range []struct {
		address, target string
		want            bool
	}{
		{"http://h/search?q=coding", "/search?q=coding", true},
		{"http://h/search?q=medical+coder", "/search?q=medical+coder", true},
		{"http://h/search?q=medical%20coder", "/search?q=medical+coder", true},
		{"http://h/search?q=rhit", "/search?q=coding", false},
		{"http://h/careers/x#pay", "/careers/x#pay", true},
		{"http://h/careers/x", "/careers/x#pay", false},
		{"http://h/coach/salaries", "/coach/salaries", true},
		{"http://h/salaries", "/coach/salaries", false},
	} {
		u, err := url.Parse(c.address)
		if err != nil {
			t.Fatal(err)
		}
		if got := sameAddress(u, c.target); got != c.want {
			t.Errorf("sameAddress(%s, %s) = %v, want %v", c.address, c.target, got, c.want)
		}
	}
}

// When nothing holds every word, the search page lists the closest
// matches, best first, each with the words it lacks; a query none of whose
// words matches still says it found nothing.
func TestSearchPageShowsClosestMatches(t *testing.T) {
	v := newSearchView()
	v.run("salary xyzzy")
	if v.resp.Total != 0 || len(v.resp.Closest) == 0 {
		t.Fatalf("salary xyzzy: %d results, %d closest", v.resp.Total, len(v.resp.Closest))
	}
	p := htmlOf(v)
	wantText(t, p, "No result has every word of “salary xyzzy”.", "Closest matches ("+strconv.Itoa(len(v.resp.Closest))+")",
		"Nothing in this app contains a word like “xyzzy”.", "Does not mention “xyzzy”", v.resp.Closest[0].Title)
	if p.has("No results for") {
		t.Error("closest matches are listed, yet the page says there are no results")
	}
	// Best first: in the order of the search, not grouped by kind.
	titles := regexp.MustCompile(`class="search-result-title"[^>]*>([^<]*)<`).FindAllStringSubmatch(string(p), -1)
	if len(titles) != len(v.resp.Closest) {
		t.Fatalf("%d closest matches listed, want %d", len(titles), len(v.resp.Closest))
	}
	for i, m := range titles {
		if got := html.UnescapeString(m[1]); got != v.resp.Closest[i].Title {
			t.Errorf("closest match %d is %q, want %q", i, got, v.resp.Closest[i].Title)
		}
	}

	v.run("xyzzy plugh")
	p = htmlOf(v)
	wantText(t, p, "No results for “xyzzy plugh”.", "Nothing in this app contains a word like “xyzzy” or “plugh”.")
	if p.has("Closest matches") {
		t.Error("a query that matches nothing lists closest matches")
	}
}

func TestHeaderBoxShowsClosestMatches(t *testing.T) {
	s := newSearchBox()
	s.setQuery("salary xyzzy")
	p := htmlOf(s)
	wantText(t, p, "Closest matches", "Does not mention “xyzzy”", "Nothing has every word of “salary xyzzy”; these have the most.")
	if got := s.statusText(true); !strings.HasPrefix(got, "No result has every word; ") {
		t.Errorf("the status reads %q", got)
	}
	if n := strings.Count(string(p), `role="option"`); n != len(s.resp.Closest) || n == 0 || n > headerResults {
		t.Errorf("%d options for %d closest matches", n, len(s.resp.Closest))
	}
	s.setQuery("xyzzy plugh")
	if p := htmlOf(s); !p.has("Nothing matches “xyzzy plugh”.") || p.has("Closest matches") {
		t.Error("a query that matches nothing does not say so")
	}
	s.setQuery("rhit")
	if p := htmlOf(s); p.has("Closest matches") || s.closest {
		t.Error("a query with results lists closest matches")
	}
}

// The placeholder mentions the "/" key only where a keyboard is likely: on
// a phone there is none to press.
func TestSearchPlaceholderMentionsSlashOnlyWithAKeyboard(t *testing.T) {
	if strings.Contains(searchPlaceholder(false), "/") {
		t.Errorf("without a keyboard the placeholder reads %q", searchPlaceholder(false))
	}
	if !strings.Contains(searchPlaceholder(true), "/") {
		t.Errorf("with a keyboard the placeholder reads %q", searchPlaceholder(true))
	}
	// The server's page does not know the screen: it says nothing of "/".
	if p := htmlOf(newSearchBox()); strings.Contains(string(p), "(press /)") {
		t.Error("the server's search box mentions the / key")
	}
}
