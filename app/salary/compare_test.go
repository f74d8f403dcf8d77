package salary

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hitcoach/hitcoach/data"
)

func knownKeys(keys ...string) func(string) bool {
	set := map[string]bool{}
	for _, k := range keys {
		set[k] = true
	}
	return func(k string) bool { return set[k] }
}

var testKnown = knownKeys("level-1", "level-2", "level-3", "country-gb", "country-ca", "career-medical-coder")

func TestParseCompare(t *testing.T) {
	tests := []struct {
		raw  string
		want Selection
	}{
		{"", Selection{}},
		{"level-1,country-gb", Selection{Keys: []string{"level-1", "country-gb"}}},
		{"level-1", Selection{Keys: []string{"level-1"}}},
		{" Level-1 , COUNTRY-GB ", Selection{Keys: []string{"level-1", "country-gb"}}},
		{"level-1,,country-gb,", Selection{Keys: []string{"level-1", "country-gb"}}},
		{"level-1,level-1,country-gb,LEVEL-1", Selection{Keys: []string{"level-1", "country-gb"}}},
		{"level-1,bogus,country-gb", Selection{Keys: []string{"level-1", "country-gb"}, Unknown: []string{"bogus"}}},
		{"bogus,bogus", Selection{Unknown: []string{"bogus"}}},
		{"level-1,level-2,level-3,country-gb,country-ca,career-medical-coder",
			Selection{Keys: []string{"level-1", "level-2", "level-3", "country-gb"}, Extra: []string{"country-ca", "career-medical-coder"}}},
		{"a,b,c,d,e,f,g,level-1", Selection{Keys: []string{"level-1"}, Unknown: []string{"a", "b", "c", "d", "e"}, MoreDropped: 2}},
		{"<script>", Selection{Unknown: []string{"<script>"}}},
		{strings.Repeat("x", 50), Selection{Unknown: []string{strings.Repeat("x", 40) + "…"}}},
		{"\xff\xfe", Selection{Unknown: []string{"\uFFFD"}}},
	}
	for _, tt := range tests {
		got := ParseCompare(tt.raw, testKnown)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseCompare(%q) = %+v, want %+v", tt.raw, got, tt.want)
		}
		if got.Dropped() != (len(tt.want.Unknown)+len(tt.want.Extra)+tt.want.MoreDropped > 0) {
			t.Errorf("ParseCompare(%q).Dropped() = %v", tt.raw, got.Dropped())
		}
	}
}

func TestParseCompareStopsReadingALongParameter(t *testing.T) {
	raw := strings.Repeat("z,", 100000) + "level-1"
	got := ParseCompare(raw, testKnown)
	if len(got.Keys) != 0 || !got.Dropped() || got.MoreDropped == 0 {
		t.Errorf("a huge parameter gave %+v", got)
	}
	// Every part past the limit counts as dropped, even ones that repeat.
	raw = strings.Repeat("level-1,", maxParts) + "a,b,c"
	if got := ParseCompare(raw, testKnown); got.MoreDropped != 3 {
		t.Errorf("tail past the limit: %+v", got)
	}
}

func TestQuery(t *testing.T) {
	tests := []struct {
		keys     []string
		currency string
		want     string
	}{
		{nil, "", ""},
		{[]string{"level-1", "country-gb"}, "", "?compare=level-1,country-gb"},
		{nil, "GBP", "?currency=GBP"},
		{[]string{"level-1"}, "EUR", "?compare=level-1&currency=EUR"},
		{[]string{"a&b", "c d"}, "", "?compare=a%26b,c+d"},
	}
	for _, tt := range tests {
		if got := Query(tt.keys, tt.currency); got != tt.want {
			t.Errorf("Query(%v, %q) = %q, want %q", tt.keys, tt.currency, got, tt.want)
		}
	}
}

// The keys of every row survive the trip through a URL.
func TestEveryRowKeyRoundTripsThroughAURL(t *testing.T) {
	set := NewRowSet(Rows(data.MustLoad()))
	for _, r := range set.Rows {
		u, err := url.Parse("/salaries" + Query([]string{r.Key, "level-1"}, "GBP"))
		if err != nil {
			t.Fatal(err)
		}
		got := ParseCompare(u.Query().Get(CompareParam), set.Has)
		want := []string{r.Key, "level-1"}
		if r.Key == "level-1" {
			want = want[:1]
		}
		if !reflect.DeepEqual(got.Keys, want) || got.Dropped() {
			t.Errorf("%s came back as %+v", r.Key, got)
		}
		if c := u.Query().Get(CurrencyParam); c != "GBP" {
			t.Errorf("currency came back as %q", c)
		}
	}
}

func FuzzParseCompare(f *testing.F) {
	for _, seed := range []string{"", "level-1,country-gb", "level-1,,LEVEL-1", "bogus,level-2", "a,b,c,d,e,f,g,h", "\xff,level-1", strings.Repeat(",", 70)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		s := ParseCompare(raw, testKnown)
		if len(s.Keys) > MaxCompare {
			t.Fatalf("%d keys kept", len(s.Keys))
		}
		if len(s.Unknown) > maxShownDrops || len(s.Extra) > maxShownDrops {
			t.Fatalf("notice lists too much: %+v", s)
		}
		seen := map[string]bool{}
		for _, k := range s.Keys {
			if !testKnown(k) || seen[k] {
				t.Fatalf("kept unknown or repeated key %q in %+v", k, s)
			}
			seen[k] = true
		}
		for _, u := range s.Unknown {
			if !utf8.ValidString(u) || utf8.RuneCountInString(u) > maxShownKey+1 {
				t.Fatalf("shown key %q is invalid or too long", u)
			}
		}
		// Writing the selection back and reading it again changes nothing.
		again := ParseCompare(EncodeCompare(s.Keys), testKnown)
		if !reflect.DeepEqual(again.Keys, s.Keys) || again.Dropped() {
			t.Fatalf("round trip of %v gave %+v", s.Keys, again)
		}
	})
}

func BenchmarkParseCompare(b *testing.B) {
	for b.Loop() {
		ParseCompare("level-1,bogus,country-gb,LEVEL-1,career-medical-coder", testKnown)
	}
}
