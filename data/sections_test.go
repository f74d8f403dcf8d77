package data

import (
	"slices"
	"testing"
)

func sectionIDs(ss []Section) []string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestCareerSectionsAreCompleteAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range CareerSections {
		if s.ID == "" || s.Title == "" || s.Has == nil {
			t.Errorf("section %q: needs an ID, a title and Has", s.ID)
		}
		if seen[s.ID] {
			t.Errorf("section %q registered twice", s.ID)
		}
		seen[s.ID] = true
	}
}

// TestSectionsFollowPageOrder checks that a career's sections come in the
// registry's order, however its content was filled in.
func TestSectionsFollowPageOrder(t *testing.T) {
	c := &Career{Superseded: []Fact{{}}, Visas: []string{"v"}, KeyFacts: &KeyFacts{}, Pros: []string{"p"}}
	want := []string{SectionKeyFacts, SectionVisas, SectionProsCons, SectionSuperseded}
	if got := sectionIDs(c.Sections()); !slices.Equal(got, want) {
		t.Errorf("sections %v, want %v", got, want)
	}
	main := MustLoad().Main()
	if got, want := sectionIDs(main.Sections()), sectionIDs(CareerSections); !slices.Equal(got, want) {
		t.Errorf("the main career fills every section, in order %v; got %v", want, got)
	}
	if got := (&Career{}).Sections(); len(got) != 0 {
		t.Errorf("an empty career has sections %v", sectionIDs(got))
	}
}

// TestEachSectionShowsForItsOwnContent gives a career one piece of content
// at a time and requires exactly the section that shows it.
func TestEachSectionShowsForItsOwnContent(t *testing.T) {
	one := []string{"x"}
	named := []Named{{Name: "x"}}
	only := map[string][]Career{
		SectionKeyFacts:        {{KeyFacts: &KeyFacts{}}},
		SectionOverview:        {{Overview: one}, {Comparisons: []Comparison{{Text: "x"}}}},
		SectionResponsibility:  {{Responsibilities: one}},
		SectionWorkEnvironment: {{WorkEnvironment: one}},
		SectionTools:           {{Tools: named}},
		SectionSkills:          {{TechnicalSkills: named}, {SoftSkills: named}},
		SectionEducation:       {{Education: one}},
		SectionSteps:           {{Steps: []Step{{}}}},
		SectionPathways:        {{Pathways: []Pathway{{}}}},
		SectionPay:             {{Pay: &Headline{}}, {PayUnknown: "x"}, {PayRanges: []PayFact{{}}}, {SalaryFactors: one}},
		SectionSalaryByLevel:   {{SalaryByLevel: []LevelPay{{}}}},
		SectionOutlook:         {{Outlook: []Fact{{}}}},
		SectionMarket:          {{MarketCommentary: one}},
		SectionCareerPath:      {{CareerPath: []Level{{}}}},
		SectionDiversity:       {{Diversity: &Diversity{}}},
		SectionGlobalSalaries:  {{GlobalSalaries: []CountryPay{{}}}},
		SectionRemoteWork:      {{RemoteWork: one}},
		SectionVisas:           {{Visas: one}},
		SectionMarketReality:   {{Market: &MarketReality{}}},
		SectionProsCons:        {{Pros: one}, {Cons: one}},
		SectionFAQ:             {{FAQ: []FAQ{{}}}},
		SectionCredentials:     {{Credentials: one}},
		SectionRelated:         {{Related: one}},
		SectionSuperseded:      {{Superseded: []Fact{{}}}},
	}
	for _, s := range CareerSections {
		careers, ok := only[s.ID]
		if !ok {
			t.Errorf("section %q: add the content that shows it to this test", s.ID)
			continue
		}
		for i, c := range careers {
			if got := sectionIDs(c.Sections()); !slices.Equal(got, []string{s.ID}) {
				t.Errorf("career %d made for %s shows sections %v, want only %s", i, s.ID, got, s.ID)
			}
			if !c.HasSection(s.ID) {
				t.Errorf("career %d made for %s: HasSection is false", i, s.ID)
			}
		}
		delete(only, s.ID)
	}
	for id := range only {
		t.Errorf("section %q is tested but not registered", id)
	}
	if (&Career{Pros: one}).HasSection("no-such-section") {
		t.Error("HasSection is true for an id no section has")
	}
}

// TestSectionTexts checks the running text search indexes for each section:
// every paragraph of prose, nothing of itemised sections.
func TestSectionTexts(t *testing.T) {
	c := &Career{
		Overview:         []string{"overview"},
		Comparisons:      []Comparison{{Career: "other", Text: "comparison"}},
		Responsibilities: []string{"duty"},
		WorkEnvironment:  []string{"office"},
		Education:        []string{"diploma"},
		SalaryFactors:    []string{"factor"},
		PayUnknown:       "no figure",
		MarketCommentary: []string{"commentary"},
		Diversity: &Diversity{Overview: "inclusion", Hiring: []string{"hiring"}, Culture: []string{"culture"},
			Resources: []Named{{Name: "AHIMA", Detail: "network"}}},
		RemoteWork: []string{"remote"},
		Visas:      []string{"visa"},
		Market: &MarketReality{Overview: "market", Challenges: []string{"challenge"},
			Opportunities: []string{"opportunity"}, Trends: []string{"trend"}},
	}
	want := map[string][]string{
		SectionOverview:        {"overview", "comparison"},
		SectionResponsibility:  {"duty"},
		SectionWorkEnvironment: {"office"},
		SectionEducation:       {"diploma"},
		SectionPay:             {"factor", "no figure"},
		SectionMarket:          {"commentary"},
		SectionDiversity:       {"inclusion", "hiring", "culture", "AHIMA: network"},
		SectionRemoteWork:      {"remote"},
		SectionVisas:           {"visa"},
		SectionMarketReality:   {"market", "challenge", "opportunity", "trend"},
	}
	for _, s := range CareerSections {
		w, prose := want[s.ID]
		if !prose {
			if s.Texts != nil {
				t.Errorf("section %q has running text: add what it should be to this test", s.ID)
			}
			continue
		}
		if s.Texts == nil {
			t.Errorf("section %q: no running text for search", s.ID)
			continue
		}
		got := s.Texts(c)
		if !slices.Equal(got, w) {
			t.Errorf("section %q: texts %q, want %q", s.ID, got, w)
		}
		if len(got) > 0 {
			got[0] = "changed"
			if again := s.Texts(c); again[0] == "changed" {
				t.Errorf("section %q: its texts share the career's memory", s.ID)
			}
		}
	}
	payOnly := &Career{SalaryFactors: []string{"factor"}}
	if got := payOnly.Sections()[0].Texts(payOnly); !slices.Equal(got, []string{"factor"}) {
		t.Errorf("pay with no unknown-pay note: texts %q, want only the factor", got)
	}
	for _, s := range CareerSections {
		if s.ItemsOnly != (s.ID == SectionKeyFacts) {
			t.Errorf("section %q: ItemsOnly is %v; only key facts is listed by its figures alone", s.ID, s.ItemsOnly)
		}
	}
}

func TestDurationTexts(t *testing.T) {
	for _, tc := range []struct {
		l          Level
		years, exp string
	}{
		{Level{YearsMin: 0, YearsMax: 2}, "0–2 years", "0–2 years of experience"},
		{Level{YearsMin: 10}, "10+ years", "10+ years of experience"},
	} {
		if got := tc.l.YearsText(); got != tc.years {
			t.Errorf("%+v: YearsText %q, want %q", tc.l, got, tc.years)
		}
		if got := tc.l.ExperienceText(); got != tc.exp {
			t.Errorf("%+v: ExperienceText %q, want %q", tc.l, got, tc.exp)
		}
	}
	for _, tc := range []struct {
		p    Pathway
		want string
	}{
		{Pathway{MonthsMin: 24, MonthsMax: 24}, "24 months"},
		{Pathway{MonthsMin: 9, MonthsMax: 18}, "9–18 months"},
	} {
		if got := tc.p.MonthsText(); got != tc.want {
			t.Errorf("%+v: MonthsText %q, want %q", tc.p, got, tc.want)
		}
	}
}
