package data

import (
	"strings"
	"testing"
)

func TestTrainingSpansEveryPathway(t *testing.T) {
	c := &Career{Pathways: []Pathway{
		{MonthsMin: 24, MonthsMax: 24, Cost: &PayRange{Currency: "USD", Min: 10000, Max: 30000}, Source: "a", AsOf: "2025"},
		{MonthsMin: 6, MonthsMax: 18, Cost: &PayRange{Currency: "USD", Min: 2000, Max: 10000}, Source: "a", AsOf: "2025"},
	}}
	tr, ok := c.Training()
	if !ok || tr.MonthsText() != "6–24 months" || tr.Cost == nil || tr.Cost.Min != 2000 || tr.Cost.Max != 30000 || tr.CostMissing {
		t.Fatalf("Training() = %+v, %v; want 6–24 months costing 2,000–30,000", tr, ok)
	}
	if len(tr.Sources) != 1 {
		t.Errorf("one source cited twice gives %d citations", len(tr.Sources))
	}
	if c.Pathways[1].Cost.Max != 10000 {
		t.Error("Training wrote into the career's pathways")
	}

	c.Pathways = append(c.Pathways, Pathway{MonthsMin: 12, MonthsMax: 36, CostUnknown: "not known", Source: "b", AsOf: "2020"})
	tr, _ = c.Training()
	if tr.MonthsMax != 36 || !tr.CostMissing || len(tr.Sources) != 2 {
		t.Errorf("a pathway without a cost: %+v; want up to 36 months, cost missing, two citations", tr)
	}

	c.Pathways[2].Cost = &PayRange{Currency: "GBP", Min: 1, Max: 2}
	if tr, _ = c.Training(); tr.Cost != nil {
		t.Errorf("costs in two currencies were added up: %+v", tr.Cost)
	}
	if _, ok := (&Career{}).Training(); ok {
		t.Error("a career without pathways has a training span")
	}
}

func TestMainOutlookIsTheNewestGrowthFigure(t *testing.T) {
	c := &Career{Outlook: []Fact{
		{Label: "Number of jobs", AsOf: "2030"},
		{Label: "Projected employment growth", Value: "8%", AsOf: "2019-29"},
		{Label: "Projected growth, coders", Value: "7.1%", AsOf: "2024 to 2034"},
		{Label: "Projected job growth", Value: "7.0%", AsOf: "2024–2034"},
		{Label: "Projected growth", Value: "17%", AsOf: "not stated"},
	}}
	if i := c.MainOutlook(); i != 2 {
		t.Errorf("MainOutlook() = %d, want 2 (the first of the two ending in 2034)", i)
	}
	if i := (&Career{Outlook: []Fact{{Label: "Number of jobs"}}}).MainOutlook(); i != -1 {
		t.Errorf("no growth figure gives %d, want -1", i)
	}
	for asOf, want := range map[string]int{"2022–2032": 2032, "2023-33": 2033, "2024 to 2034": 2034, "through 2032": 2032, "not stated": 0, "2099-01": 2099} {
		if got := periodEnd(asOf); got != want {
			t.Errorf("periodEnd(%q) = %d, want %d", asOf, got, want)
		}
	}
}

// The main career's page leads with the growth figure its key facts give.
func TestMainCareerLeadsWithItsKeyGrowthFigure(t *testing.T) {
	hit := MustLoad().Main()
	i := hit.MainOutlook()
	if i < 0 || hit.Outlook[i].Value != hit.KeyFacts.Growth.Value || hit.Outlook[i].AsOf != hit.KeyFacts.Growth.AsOf {
		t.Errorf("main outlook figure %d, want the key facts' %s for %s", i, hit.KeyFacts.Growth.Value, hit.KeyFacts.Growth.AsOf)
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"AHIMA's credential. It is more.":        "AHIMA's credential.",
		"Counted by the U.S. Bureau. Then more.": "Counted by the U.S. Bureau.",
		"One only.":                              "One only.",
		"No stop":                                "No stop",
		"Version 2.5 of it. Next.":               "Version 2.5 of it.",
	} {
		if got := FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCredentialTopicsFindTheirFacts pins the guide's table to the labels
// in credentials.json: a relabelled fact must not drop out of the table
// unnoticed.
func TestCredentialTopicsFindTheirFacts(t *testing.T) {
	d := MustLoad()
	values := func(id string, topic CredentialTopic) (out []string, more int) {
		c := d.Credential(id)
		if c == nil {
			t.Fatalf("no credential %s", id)
		}
		shown, more := c.On(topic)
		for _, f := range shown {
			out = append(out, f.Value)
		}
		return out, more
	}
	for _, tc := range []struct {
		id    string
		topic CredentialTopic
		want  []string // beginnings of the values shown
		more  int
	}{
		{"rhit", TopicFee, []string{"$229 AHIMA members"}, 0},
		{"rhit", TopicEligibility, []string{"Associate-degree-level HIM program accredited by CAHIIM"}, 0},
		{"rhit", TopicFormat, []string{"3.5 hours", "between 130 and 160"}, 1},
		{"rhit", TopicRenewal, []string{"20 CEUs", "2 years"}, 0},
		{"rhia", TopicEligibility, []string{"Baccalaureate-level HIM program", "Master's-level"}, 0},
		{"cca", TopicFee, []string{"Member $199"}, 0},
		{"cpc", TopicFee, []string{"Test center $499"}, 1},
		{"cpc", TopicRenewal, []string{"36 CEUs every two years"}, 0},
		{"ctr", TopicEligibility, []string{"160-hour practicum", "1,950 hours"}, 0},
		{"ctr", TopicRenewal, []string{"20 hours of continuing education"}, 1},
		{"ctr", TopicFormat, nil, 0},
		{"cdip", TopicFee, nil, 0},
		{"chda", TopicEligibility, nil, 0},
	} {
		got, more := values(tc.id, tc.topic)
		ok := len(got) == len(tc.want) && more == tc.more
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], tc.want[i])
		}
		if !ok {
			t.Errorf("%s, %s: shows %q and %d more; want %q and %d more", tc.id, tc.topic.Name, got, more, tc.want, tc.more)
		}
	}
}

func TestGlossaryFilter(t *testing.T) {
	term := &Term{Term: "HIPAA", Expansion: "Health Insurance Portability and Accountability Act", Aliases: []string{"hippa"}}
	for q, want := range map[string]bool{"": true, "hip": true, " Portability ": true, "hippa": true, "icd": false} {
		if got := term.Matches(q); got != want {
			t.Errorf("HIPAA matches %q: %v, want %v", q, got, want)
		}
	}
	if got := (&Term{Term: "O*NET"}).Initial(); got != "O" {
		t.Errorf("O*NET is filed under %q", got)
	}
	if got := (&Term{Term: "value-based care"}).Initial(); got != "V" {
		t.Errorf("value-based care is filed under %q", got)
	}
}
