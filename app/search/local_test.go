package search

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/hitcoach/hitcoach/data"
	"github.com/hitcoach/hitcoach/data/local"
)

// examplePack is the fictional example pack of data/local/README.md.
func examplePack(t *testing.T, d *data.Data) *local.Pack {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "data", "local", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := bytes.Cut(readme, []byte("## A complete example"))
	_, rest, _ = bytes.Cut(rest, []byte("```json\n"))
	block, _, _ := bytes.Cut(rest, []byte("```"))
	p, problems := local.Decode(block, d)
	if len(problems) > 0 {
		t.Fatalf("the README's example pack: %s", local.Report(problems))
	}
	return p
}

// A local pack's facts are found like the data's, each in the group a
// student looks in, and link to where the app shows them.
func TestLocalEntriesAreFound(t *testing.T) {
	d := data.MustLoad()
	p := examplePack(t, d)
	ix := NewWithLocal(d, p.SearchEntries(d, nil))
	hit := "/careers/" + data.MainSlug
	for _, tc := range []struct {
		query, href string
		kind        Kind
	}{
		{"riverbend college", hit + "#local-program-riverbend-college-him", KindPathway},
		{"riverbend general hospital", hit + "#local-employer-riverbend-general-hospital", KindFact},
		{"starting pay riverbend", hit + "#local-pay-starting-pay-at-riverbend-hospitals", KindSalary},
		{"paid placement", hit + "#local-note-health-information-technician", KindSection},
		{"open day", "/plan#local-step-visit-the-riverbend-college-open-day", KindStep},
		{"dual enrollment", hit + "#local-faq-can-i-take-college-classes-while-still-in-high", KindFAQ},
		{"sam rivera", "/plan#local-contact", KindPage},
	} {
		r := ix.Search(tc.query, 20)
		if len(r.Results) == 0 {
			t.Errorf("%q finds nothing", tc.query)
			continue
		}
		found := false
		for _, res := range r.Results {
			if res.Href() == tc.href {
				found = true
				if res.Kind != tc.kind {
					t.Errorf("%q: %s is among %s, want %s", tc.query, tc.href, res.Kind.Label(), tc.kind.Label())
				}
			}
		}
		if !found {
			t.Errorf("%q does not find %s; first is %s", tc.query, tc.href, r.Results[0].Href())
		}
	}
	if r := ix.Search("riverbend college", 1); len(r.Results) > 0 && r.Results[0].Title != "Riverbend College HIM" && r.Results[0].Title != "Riverbend College Career Center" {
		t.Errorf("riverbend college: first is %q", r.Results[0].Title)
	}
	// Without the pack none of it is there.
	if r := New(d).Search("riverbend", 5); r.Total != 0 {
		t.Errorf("the index without a pack finds riverbend: %+v", r.Results[0])
	}
	if ix.Len() != New(d).Len()+len(p.SearchEntries(d, nil)) {
		t.Errorf("the pack adds %d entries, want one per search entry (%d)", ix.Len()-New(d).Len(), len(p.SearchEntries(d, nil)))
	}
}
