package ui

import (
	"testing"

	"github.com/hitcoach/hitcoach/data"
)

func TestCitationNamesTheSourceAndPeriod(t *testing.T) {
	d := appData()
	f := d.Main().KeyFacts.Median
	src := d.Source(f.Source)
	if src == nil {
		t.Fatalf("the median's source %q is not in the data", f.Source)
	}
	p := htmlOf(citeFact(f))
	wantText(t, p, "Source: ", src.Title, " · "+data.AsOfText(f.AsOf))
	if el := p.elements()[1]; el.name != "a" || el.attrs["href"] != "/about#source-"+f.Source {
		t.Errorf("the source links to %v", el.attrs)
	}

	p = htmlOf(citation("no-such-source", "", "AHIMA"))
	if got := string(p); got != "<small class=\"cite\">\n  Source: \n  <a href=\"/about#source-no-such-source\">no-such-source</a>\n  , citing AHIMA\n</small>" {
		t.Errorf("an unknown source, citing, no date:\n%s", got)
	}

	// The component kept for the career guide draws the same.
	if a, b := htmlOf(newCitation().Fact(f)), htmlOf(citeFact(f)); a != b {
		t.Errorf("the citation component draws\n%s\nnot\n%s", a, b)
	}
}

func TestKeyFactsShowEachFactWithItsSource(t *testing.T) {
	c := appData().Main()
	k := c.KeyFacts
	p := htmlOf(keyFacts(c))
	for id, f := range map[string]data.Fact{"median": k.Median, "range": k.RangeFact, "growth": k.Growth, "openings": k.Openings} {
		if _, ok := p.byID("fact-" + id); !ok {
			t.Errorf("no #fact-%s", id)
		}
		wantText(t, p, f.Label, appData().Source(f.Source).Title)
	}
	wantText(t, p, k.Median.Value, k.TypicalEducation, k.TopIndustries[0])
	if a := htmlOf(newKeyFacts().Career(c)); a != p {
		t.Error("the key facts component draws otherwise than keyFacts")
	}
}
