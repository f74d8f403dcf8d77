package careers

import (
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

const (
	hit      = data.MainSlug
	coder    = "medical-coder"
	records  = "medical-records-technician"
	healthRT = "health-records-technician"
	admin    = "medical-administrative-assistant"
	services = "health-information-services-manager"
	manager  = "medical-and-health-information-manager"
	systems  = "health-information-systems-technician"
)

func cardOf(t *testing.T, slug string) Card {
	t.Helper()
	c, ok := CardOf(data.MustLoad(), slug)
	if !ok {
		t.Fatalf("no career %q in the data", slug)
	}
	return c
}

func slugsOf(cards []Card) []string {
	var out []string
	for _, c := range cards {
		out = append(out, c.Slug())
	}
	return out
}

func TestEveryCareerHasACardFromItsData(t *testing.T) {
	d := data.MustLoad()
	cards := Cards(d)
	if len(cards) != len(d.Careers) || len(cards) < 8 {
		t.Fatalf("%d cards for %d careers", len(cards), len(d.Careers))
	}
	for i, c := range cards {
		if c.Career != &d.Careers[i] || c.Order != i {
			t.Errorf("card %d is not career %d of the data", i, i)
		}
		if c.Line == "" || !strings.HasPrefix(c.Career.Summary, c.Line) || !strings.HasSuffix(c.Line, ".") {
			t.Errorf("%s: the one line %q is not the summary's first sentence", c.Slug(), c.Line)
		}
		if (c.Pay == nil) == (c.PayMissing == "") {
			t.Errorf("%s: pay %v, missing %q: want exactly one", c.Slug(), c.Pay, c.PayMissing)
		}
		if c.Pay != nil && c.Pay != d.Careers[i].Pay {
			t.Errorf("%s: the card's pay is not the career's headline pay", c.Slug())
		}
	}
	if _, ok := CardOf(d, "astronaut"); ok {
		t.Error("a card for a career that does not exist")
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Reads records. U.S. statistics count coders.":             "Reads records.",
		"Counted in U.S. data as one job. Then more.":              "Counted in U.S. data as one job.",
		"Codes (such as ICD-10-CM). Then more.":                    "Codes (such as ICD-10-CM).",
		"Pay was $44,090 in 2020. Then more.":                      "Pay was $44,090 in 2020.",
		"No full stop at all":                                      "No full stop at all",
		"  One sentence only.  ":                                   "One sentence only.",
		"Version 1.3 of the list is used. The next one is not.":    "Version 1.3 of the list is used.",
		"Can I work remotely? Yes, often.":                         "Can I work remotely?",
		"A job in the U.S.":                                        "A job in the U.S.",
		"":                                                         "",
		"No trustworthy yearly pay figure is known. BLS publishes": "No trustworthy yearly pay figure is known.",
	} {
		if got := FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDegreeComesOnlyFromTheCitedEntryEducation(t *testing.T) {
	want := map[string]Need{
		hit: NeedNoDegree, coder: NeedNoDegree, records: NeedNoDegree, healthRT: NeedNoDegree, admin: NeedNoDegree,
		services: NeedDegree, manager: NeedDegree, systems: NeedDegree,
	}
	d := data.MustLoad()
	for _, c := range d.Careers {
		w, ok := want[c.Slug]
		if !ok {
			t.Errorf("%s: no expected answer; add it here", c.Slug)
			continue
		}
		got := DegreeOf(&c)
		if got.Need != w {
			t.Errorf("%s: %s, want %s", c.Slug, got.Need.Words(), w.Words())
		}
		if got.Fact == nil || got.Fact.Source == "" || got.Fact.AsOf == "" {
			t.Errorf("%s: the answer cites no fact: %+v", c.Slug, got.Fact)
		}
	}
	for value, w := range map[string]Need{
		"Postsecondary nondegree award":                       NeedNoDegree,
		"Postsecondary nondegree award or Associate's degree": NeedNoDegree,
		"High school diploma or equivalent":                   NeedNoDegree,
		"Associate's degree":                                  NeedDegree,
		"Bachelor's degree":                                   NeedDegree,
		"Varies by employer":                                  NeedNotStated,
	} {
		c := &data.Career{OtherFacts: []data.Fact{{Label: "Typical entry-level education (BLS)", Value: value, Source: "s", AsOf: "2024"}}}
		if got := DegreeOf(c).Need; got != w {
			t.Errorf("%q reads as %s, want %s", value, got.Words(), w.Words())
		}
	}
	// A fact of another kind, even about a degree, says nothing about
	// what is needed to start.
	c := &data.Career{OtherFacts: []data.Fact{{Label: "Education shown", Value: "Bachelor's degree"}}}
	if got := DegreeOf(c); got.Need != NeedNotStated || got.Fact != nil {
		t.Errorf("a career without its entry education reads %+v, want not stated", got)
	}
	if NeedNotStated.Words() != "Not stated" {
		t.Errorf("an unknown answer reads %q", NeedNotStated.Words())
	}
}

func TestCardsReadTheirFiguresFromTheData(t *testing.T) {
	c := cardOf(t, hit)
	if c.Credential == nil || c.Credential.ID != "rhit" {
		t.Errorf("the HIT's main credential is %+v, want the RHIT", c.Credential)
	}
	if len(c.Routes) != 2 || c.Routes[0].ID != "certificate-or-online-course" {
		t.Errorf("the HIT's routes are not quickest first: %+v", c.Routes)
	}
	if m, ok := c.QuickestMonths(); !ok || m != c.Routes[0].MonthsMax {
		t.Errorf("quickest months %d, %v", m, ok)
	}
	if c.Outlook != &c.Career.KeyFacts.Growth {
		t.Errorf("the HIT's outlook is %+v, want its key facts' growth", c.Outlook)
	}
	if pay, ok := c.AnnualUSD(); !ok || pay != c.Career.Pay.Annual.Amount {
		t.Errorf("the HIT's yearly pay reads %d, %v", pay, ok)
	}

	mc := cardOf(t, coder)
	if mc.Outlook == nil || !strings.Contains(strings.ToLower(mc.Outlook.Label), "growth") || mc.Outlook != &mc.Career.Outlook[0] {
		t.Errorf("the coder's outlook is %+v, want its first growth figure", mc.Outlook)
	}
	if _, ok := mc.QuickestMonths(); ok || len(mc.Routes) != 0 {
		t.Error("the coder has a time to qualify the data does not give")
	}

	sys := cardOf(t, systems)
	if sys.Pay != nil || sys.PayMissing != FirstSentence(sys.Career.PayUnknown) {
		t.Errorf("a career without pay says %q", sys.PayMissing)
	}
	if _, ok := sys.AnnualUSD(); ok {
		t.Error("a career without pay has a yearly figure")
	}
	if a := cardOf(t, admin); a.Credential != nil {
		t.Errorf("the assistant lists no credential, the card names %s", a.Credential.ID)
	}
	none := NewCard(data.MustLoad(), &data.Career{Slug: "x", Summary: "X."}, 0)
	if none.PayMissing != NotInSources+"." || none.Outlook != nil {
		t.Errorf("a career with no figures: %+v", none)
	}
}

func TestChoiceReadsAndWritesTheAddress(t *testing.T) {
	d := data.MustLoad()
	for _, c := range []struct {
		query    string
		want     Choice
		canon    string
		dropped  []string
		picksOut salary.Selection
	}{
		{"", Choice{}, "", nil, salary.Selection{}},
		{"time=24&degree=no&pay=40000&sort=pay&c=medical-coder,health-information-technician",
			Choice{Time: "24", Degree: "no", Pay: "40000", Sort: "pay", Picks: []string{coder, hit}},
			"?time=24&degree=no&pay=40000&sort=pay&c=medical-coder,health-information-technician", nil,
			salary.Selection{Keys: []string{coder, hit}}},
		// Out of order, upper case, repeated picks as a form sends them.
		{"c=medical-coder&SORT=name&c=health-information-technician&degree=NO",
			Choice{Degree: "no", Picks: []string{coder, hit}},
			"?degree=no&c=medical-coder,health-information-technician", nil,
			salary.Selection{Keys: []string{coder, hit}}},
		{"time=7&degree=maybe&pay=1000000&sort=<b>", Choice{}, "",
			[]string{"time “7”", "degree “maybe”", "pay “1000000”", "sort “<b>”"}, salary.Selection{}},
		{"c=astronaut,medical-coder,medical-coder", Choice{Picks: []string{coder}}, "?c=medical-coder", nil,
			salary.Selection{Keys: []string{coder}, Unknown: []string{"astronaut"}}},
	} {
		q, err := url.ParseQuery(c.query)
		if err != nil {
			t.Fatal(err)
		}
		got, dr := Parse(q, d)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q reads %+v, want %+v", c.query, got, c.want)
		}
		if got.Query() != c.canon {
			t.Errorf("%q is written back as %q, want %q", c.query, got.Query(), c.canon)
		}
		if !slices.Equal(dr.Choices, c.dropped) {
			t.Errorf("%q drops %q, want %q", c.query, dr.Choices, c.dropped)
		}
		if !reflect.DeepEqual(dr.Picks, c.picksOut) {
			t.Errorf("%q picks %+v, want %+v", c.query, dr.Picks, c.picksOut)
		}
		if dr.Any() != (len(c.dropped) > 0 || c.picksOut.Dropped()) {
			t.Errorf("%q: Any() is %v", c.query, dr.Any())
		}
	}
}

func TestPicksSurviveAGarbageAddress(t *testing.T) {
	d := data.MustLoad()
	var all []string
	for _, c := range d.Careers {
		all = append(all, c.Slug)
	}
	ten := append(append([]string(nil), all...), "a", "b")
	s := ParsePicks(url.Values{ParamPick: {strings.Join(ten, ",")}}, d)
	if !slices.Equal(s.Keys, all[:4]) || len(s.Extra)+s.MoreDropped < len(all)-4 || len(s.Unknown) != 2 {
		t.Errorf("ten careers: %+v", s)
	}

	long := strings.Repeat("x", 10000)
	s = ParsePicks(url.Values{ParamPick: {long + "," + coder}}, d)
	if !slices.Equal(s.Keys, []string{coder}) || len(s.Unknown) != 1 || len([]rune(s.Unknown[0])) > 41 {
		t.Errorf("a 10,000-character slug: %d keys, unknown %q", len(s.Keys), s.Unknown)
	}
	many := make([]string, 5000)
	for i := range many {
		many[i] = coder
	}
	s = ParsePicks(url.Values{ParamPick: many}, d)
	if !slices.Equal(s.Keys, []string{coder}) || s.MoreDropped == 0 {
		t.Errorf("5,000 repeats: %+v", s)
	}
	q, _ := url.ParseQuery("c=%ff%fe," + coder)
	if s := ParsePicks(q, d); !strings.Contains(strings.Join(s.Unknown, ""), "\uFFFD") || len(s.Keys) != 1 {
		t.Errorf("invalid UTF-8: %+v", s)
	}
	if got := CompareQuery([]string{coder, hit}); got != "?c=medical-coder,health-information-technician" {
		t.Errorf("CompareQuery = %q", got)
	}
	if CompareQuery(nil) != "" {
		t.Error("no careers, yet a query")
	}
}

func TestFiltersKeepTheUnknownApart(t *testing.T) {
	cards := Cards(data.MustLoad())
	for _, c := range []struct {
		choice  Choice
		shown   []string
		unfit   []string
		unknown map[string][]string
	}{
		{Choice{}, slugsOf(cards), nil, nil},
		{Choice{Degree: DegreeNo}, []string{hit, healthRT, admin, coder, records}, []string{services, systems, manager}, nil},
		{Choice{Degree: DegreeYes}, []string{services, systems, manager}, []string{hit, healthRT, admin, coder, records}, nil},
		{Choice{Pay: "100000"}, []string{services, manager}, []string{hit, healthRT, admin, coder, records},
			map[string][]string{systems: {LacksPay}}},
		{Choice{Pay: "40000", Sort: SortPay}, []string{services, manager, hit, healthRT, coder, records}, []string{admin},
			map[string][]string{systems: {LacksPay}}},
		{Choice{Time: "24"}, []string{hit}, nil, map[string][]string{
			services: {LacksTime}, systems: {LacksTime}, healthRT: {LacksTime}, admin: {LacksTime}, manager: {LacksTime}, coder: {LacksTime}, records: {LacksTime}}},
		// The quickest route takes up to 18 months: not a year or less.
		{Choice{Time: "12", Degree: DegreeNo}, nil, []string{hit, services, systems, manager}, map[string][]string{
			healthRT: {LacksTime}, admin: {LacksTime}, coder: {LacksTime}, records: {LacksTime}}},
		{Choice{Time: "48", Pay: "40000"}, []string{hit}, []string{admin}, map[string][]string{
			services: {LacksTime}, systems: {LacksTime, LacksPay}, healthRT: {LacksTime}, manager: {LacksTime}, coder: {LacksTime}, records: {LacksTime}}},
	} {
		r := Apply(cards, c.choice)
		if got := slugsOf(r.Shown); !slices.Equal(got, c.shown) {
			t.Errorf("%+v shows %v, want %v", c.choice, got, c.shown)
		}
		if got := slugsOf(r.Unfit); !slices.Equal(got, c.unfit) {
			t.Errorf("%+v: unfit %v, want %v", c.choice, got, c.unfit)
		}
		unknown := map[string][]string{}
		for _, m := range r.Unknown {
			unknown[m.Card.Slug()] = m.Lacks
		}
		if len(unknown) == 0 {
			unknown = nil
		}
		if !reflect.DeepEqual(unknown, c.unknown) {
			t.Errorf("%+v: unknown %v, want %v", c.choice, unknown, c.unknown)
		}
		if n := len(r.Shown) + len(r.Unfit) + len(r.Unknown); n != len(cards) {
			t.Errorf("%+v: %d careers accounted for, want %d", c.choice, n, len(cards))
		}
	}
}

func TestSortOrders(t *testing.T) {
	cards := Cards(data.MustLoad())
	sorted := func(by string) []string {
		c := append([]Card(nil), cards...)
		Sort(c, by)
		return slugsOf(c)
	}
	if got := sorted(""); got[0] != hit || !slices.Equal(got, slugsOf(cards)) {
		t.Errorf("the default order is not the data's: %v", got)
	}
	if got := sorted(SortName); got[0] != services || got[len(got)-1] != records {
		t.Errorf("by name: %v", got)
	}
	byPay := sorted(SortPay)
	want := []string{services, manager, hit, healthRT, coder, records, admin, systems}
	if !slices.Equal(byPay, want) {
		t.Errorf("by pay: %v, want %v (ties in the data's order, no figure last)", byPay, want)
	}
	if got := sorted(SortTime); got[0] != hit || !slices.Equal(got[1:], slugsOf(cards)[1:]) {
		t.Errorf("by time: %v", got)
	}
}

func TestToggleRefusesAFifth(t *testing.T) {
	picks := []string{"a"}
	got, ok := Toggle(picks, "b", true)
	if !ok || !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("ticking b: %v %v", got, ok)
	}
	got[0] = "changed"
	if picks[0] != "a" {
		t.Error("Toggle changed the slice it was given")
	}
	got, ok = Toggle([]string{"a", "b", "c", "d"}, "e", true)
	if ok || !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Errorf("a fifth: %v %v", got, ok)
	}
	got, ok = Toggle([]string{"a", "b", "c", "d"}, "b", false)
	if !ok || !slices.Equal(got, []string{"a", "c", "d"}) {
		t.Errorf("unticking: %v %v", got, ok)
	}
	got, ok = Toggle([]string{"a", "b"}, "a", true)
	if !ok || !slices.Equal(got, []string{"b", "a"}) {
		t.Errorf("ticking again: %v %v", got, ok)
	}
}

func TestPayNotesCompareLikeWithLike(t *testing.T) {
	d := data.MustLoad()
	notes := PayNotes(d, []string{hit, coder, services, systems})
	byPair := map[string]PayNote{}
	for _, n := range notes {
		byPair[n.A+"+"+n.B] = n
	}
	// One occupation, figures of different years: one pay, said so.
	n, ok := byPair[hit+"+"+coder]
	if !ok || !strings.Contains(n.Shared, "one occupation") || !strings.Contains(n.Shared, "May 2023 and May 2020") || len(n.Unlike) != 0 {
		t.Errorf("HIT and coder: %+v", n)
	}
	// Different occupations, different years: the year is named.
	n, ok = byPair[coder+"+"+services]
	if !ok || n.Shared != "" || !n.HasUnlike(salary.UnlikeYear) || !strings.Contains(n.Unlike[0].Text, "May 2020") {
		t.Errorf("coder and services manager: %+v", n)
	}
	// Same year, different sources.
	n, ok = byPair[hit+"+"+services]
	if !ok || n.HasUnlike(salary.UnlikeYear) || !n.HasUnlike(salary.UnlikeSource) {
		t.Errorf("HIT and services manager: %+v", n)
	}
	for _, n := range notes {
		if n.A == systems || n.B == systems {
			t.Errorf("a career with no figure has a pay note: %+v", n)
		}
	}
	// The same figure from the same source for one occupation.
	same := PayNotes(d, []string{coder, records})
	if len(same) != 1 || !strings.Contains(same[0].Shared, "$44,090") {
		t.Errorf("coder and records technician: %+v", same)
	}
	if got := PayNotes(d, []string{"astronaut", coder}); len(got) != 0 {
		t.Errorf("an unknown career has notes: %+v", got)
	}
	if len(careerRows(d)) != len(d.Careers) {
		t.Errorf("%d career rows found for %d careers: the salaries page's keys changed", len(careerRows(d)), len(d.Careers))
	}
}

func TestOptionsAreDistinctAndSayAny(t *testing.T) {
	for name, opts := range map[string][]Option{
		"time": TimeOptions, "degree": DegreeOptions, "pay": PayOptions(data.MustLoad()), "sort": SortOptions,
	} {
		seen := map[string]bool{}
		for i, o := range opts {
			if (i == 0) != (o.Value == "") || seen[o.Value] || o.Label == "" {
				t.Errorf("%s option %d %+v: the first alone is empty, values distinct, labels set", name, i, o)
			}
			seen[o.Value] = true
		}
	}
	if got := PayOptions(data.MustLoad())[1].Label; got != "US$40,000 a year or more" {
		t.Errorf("a pay option reads %q", got)
	}
}
