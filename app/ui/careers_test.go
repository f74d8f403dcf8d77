package ui

import (
	"net/url"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/careers"
	"github.com/hitcoach/hitcoach/app/search"
	"github.com/hitcoach/hitcoach/data"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// indexHost and comparisonHost mount the careers index and the comparison
// at an address the test sets, and lend their context to the test.
type indexHost struct {
	*careerIndex
	ctx app.Context
}

func (h *indexHost) OnPreRender(ctx app.Context) { h.OnMount(ctx); h.ctx = ctx }

type comparisonHost struct {
	*careerComparison
	ctx app.Context
}

func (h *comparisonHost) OnPreRender(ctx app.Context) { h.OnMount(ctx); h.ctx = ctx }

func mustURL(t *testing.T, address string) *url.URL {
	t.Helper()
	u, err := url.Parse(address)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// indexAt mounts the index as a visit to address does: it reads the
// address, and its OnNav tidies it.
func indexAt(t *testing.T, address string) (*indexHost, app.TestEngine) {
	t.Helper()
	x := &careerIndex{}
	x.readURL(mustURL(t, address))
	h := &indexHost{careerIndex: x}
	e := mount(t, h)
	h.ctx.Page().ReplaceURL(mustURL(t, address))
	h.ctx.Dispatch(func(ctx app.Context) { x.OnNav(ctx) })
	e.ConsumeAll()
	return h, e
}

func comparisonAt(t *testing.T, address string) (*comparisonHost, app.TestEngine) {
	t.Helper()
	c := &careerComparison{}
	c.readURL(mustURL(t, address))
	h := &comparisonHost{careerComparison: c}
	e := mount(t, h)
	h.ctx.Page().ReplaceURL(mustURL(t, address))
	h.ctx.Dispatch(func(ctx app.Context) { c.OnNav(ctx) })
	e.ConsumeAll()
	return h, e
}

// address is the page's path and query now.
func address(ctx app.Context) string {
	u := ctx.Page().URL()
	return u.Path + queryOf(u)
}

// cardOrder lists the slugs of the cards shown, in order.
func cardOrder(p page) []string {
	var out []string
	for _, el := range p.elements() {
		if el.name == "li" && strings.Contains(el.attrs["class"], "career-card") {
			out = append(out, el.attrs["data-slug"])
		}
	}
	return out
}

func TestIndexShowsEveryCareerWithItsFigures(t *testing.T) {
	h, _ := indexAt(t, "/careers")
	p := htmlOf(h)
	d := appData()
	if got, want := cardOrder(p), slugsOfCards(careers.Cards(d)); !slices.Equal(got, want) {
		t.Fatalf("cards %v, want every career in the data's order %v", got, want)
	}
	for _, c := range careers.Cards(d) {
		want := []string{c.Career.Title, c.Line}
		if c.Pay != nil {
			want = append(want, c.Pay.Value, c.Pay.Label)
		} else {
			want = append(want, c.PayMissing)
		}
		for _, r := range c.Routes {
			want = append(want, r.MonthsText(), r.Name)
		}
		if c.Credential != nil {
			want = append(want, c.Credential.Name)
		}
		if c.Outlook != nil {
			want = append(want, c.Outlook.Value)
		}
		if c.Degree.Fact != nil {
			want = append(want, c.Degree.Need.Words(), c.Degree.Fact.Label+": "+c.Degree.Fact.Value)
		}
		for _, w := range want {
			if !p.has(w) {
				t.Errorf("%s: the index does not show %q", c.Slug(), w)
			}
		}
	}
	if !p.has("Showing all 8 careers.") || !p.has(careers.NotInSources+".") {
		t.Error("the index does not count its careers or say where a figure is missing")
	}
	if _, ok := p.byID("careers-left-out"); ok {
		t.Error("with no filter, careers are said to be left out")
	}
	if _, disabled := p.attr("compare-go", "disabled"); !disabled {
		t.Error("Compare is offered with nothing ticked")
	}
	if _, disabled := p.attr("filters-clear", "disabled"); !disabled {
		t.Error("clearing the filters is offered with none set")
	}
}

func TestIndexFollowsItsAddress(t *testing.T) {
	h, _ := indexAt(t, "/careers?degree=no&sort=pay&c=medical-coder,health-information-technician")
	p := htmlOf(h)
	want := []string{data.MainSlug, "health-records-technician", "medical-coder", "medical-records-technician", "medical-administrative-assistant"}
	if got := cardOrder(p); !slices.Equal(got, want) {
		t.Errorf("no degree, by pay: %v, want %v", got, want)
	}
	if got := p.checked(); !slices.Equal(got, []string{pickBoxOf(data.MainSlug), pickBoxOf("medical-coder")}) {
		t.Errorf("ticked %v", got)
	}
	if got, _ := p.attr("compare-go", "href"); got != "/careers/compare?c=medical-coder,health-information-technician" {
		t.Errorf("Compare leads to %q", got)
	}
	if got := p.textOf("careers-count"); got != "Showing 5 of 8 careers." {
		t.Errorf("the count reads %q", got)
	}
	if !p.has("3 careers do not fit your choice: ") {
		t.Error("the careers that need a degree are not named as left out")
	}
	var selected []string
	for _, el := range p.elements() {
		if _, ok := el.attrs["selected"]; ok && el.name == "option" {
			selected = append(selected, el.attrs["value"])
		}
	}
	if !slices.Equal(selected, []string{"", "no", "", "pay"}) {
		t.Errorf("selected options %q, want any time, no degree, any pay, by pay", selected)
	}

	// The pay filter leaves out a career with no figure apart, and says
	// why, rather than saying it pays too little.
	h, _ = indexAt(t, "/careers?pay=100000")
	p = htmlOf(h)
	if got := cardOrder(p); !slices.Equal(got, []string{"health-information-services-manager", "medical-and-health-information-manager"}) {
		t.Errorf("pay at least 100,000: %v", got)
	}
	if !p.has(": no yearly pay figure in U.S. dollars in this app's sources.") {
		t.Error("a career with no pay figure is not said to lack one")
	}
	if _, disabled := p.attr("filters-clear", "disabled"); disabled {
		t.Error("with a filter set, it cannot be cleared")
	}
}

func TestIndexChangesKeepTheAddress(t *testing.T) {
	h, e := indexAt(t, "/careers")
	do := func(f func(ctx app.Context)) page {
		h.ctx.Dispatch(f)
		e.ConsumeAll()
		return htmlOf(h)
	}
	do(func(ctx app.Context) { h.setFilter(ctx, careers.ParamDegree, careers.DegreeNo) })
	do(func(ctx app.Context) { h.setFilter(ctx, careers.ParamSort, careers.SortName) })
	do(func(ctx app.Context) { h.setFilter(ctx, "nonsense", "x") })
	var refused bool
	for _, s := range []string{"medical-coder", data.MainSlug, "medical-records-technician", "health-records-technician", "medical-administrative-assistant"} {
		slug := s
		do(func(ctx app.Context) { refused = !h.pick(ctx, slug, true) })
	}
	if !refused {
		t.Error("a fifth career was ticked")
	}
	p := htmlOf(h)
	if got := address(h.ctx); got != "/careers?degree=no&sort=name&c=medical-coder,health-information-technician,medical-records-technician,health-records-technician" {
		t.Errorf("the address is %q", got)
	}
	if got := p.textOf("compare-status"); got != limitNote {
		t.Errorf("a refused tick reads %q", got)
	}
	p = do(func(ctx app.Context) { h.pick(ctx, "medical-coder", false) })
	if got, _ := p.attr("compare-go", "href"); got != "/careers/compare?c=health-information-technician,medical-records-technician,health-records-technician" {
		t.Errorf("after unticking, Compare leads to %q", got)
	}
	if strings.Contains(p.textOf("compare-status"), "up to") {
		t.Error("the limit note stays after an untick")
	}
	do(func(ctx app.Context) { h.clearFilters(ctx, event()) })
	if got := address(h.ctx); got != "/careers?sort=name&c=health-information-technician,medical-records-technician,health-records-technician" {
		t.Errorf("after clearing the filters the address is %q", got)
	}
}

func TestIndexExplainsAndTidiesABadAddress(t *testing.T) {
	h, e := indexAt(t, "/careers?pay=lots&degree=no&c=astronaut,medical-coder&utm=x")
	p := htmlOf(h)
	for _, w := range []string{"Part of this link could not be used.", "pay “lots”", "Not careers in this app, so left out: “astronaut”."} {
		if !p.has(w) {
			t.Errorf("the notice does not say %q", w)
		}
	}
	if got := address(h.ctx); got != "/careers?degree=no&c=medical-coder" {
		t.Errorf("the address was tidied to %q", got)
	}
	// The first change clears the notice: it was about the link.
	h.ctx.Dispatch(func(ctx app.Context) { h.setFilter(ctx, careers.ParamDegree, "") })
	e.ConsumeAll()
	if _, ok := htmlOf(h).byID("link-notice"); ok {
		t.Error("the notice stays after the reader changes the choice")
	}
}

func TestComparisonSetsCareersSideBySide(t *testing.T) {
	slugs := []string{data.MainSlug, "medical-coder", "health-information-services-manager", "medical-administrative-assistant"}
	h, _ := comparisonAt(t, "/careers/compare?c="+strings.Join(slugs, ","))
	p := htmlOf(h)
	var cols, topics []string
	for _, el := range p.elements() {
		if el.name == "th" && el.attrs["scope"] == "col" {
			cols = append(cols, el.attrs["data-slug"])
		}
		if el.name == "tr" && el.attrs["data-topic"] != "" {
			topics = append(topics, el.attrs["data-topic"])
		}
	}
	if !slices.Equal(cols, slugs) {
		t.Errorf("columns %v, want %v", cols, slugs)
	}
	if want := []string{"what", "where", "schooling", "credentials", "pay", "pay-notes", "outlook", "remote", "guide"}; !slices.Equal(topics, want) {
		t.Errorf("rows %v, want %v", topics, want)
	}
	if cls, _ := p.attr("career-compare", "class"); !strings.Contains(cls, "compare-4") {
		t.Errorf("the table's class %q does not say how many careers it holds", cls)
	}
	d := appData()
	hit := d.Main()
	for _, w := range []string{hit.WorkEnvironment[0], hit.RemoteWork[0], hit.Pathways[0].Name, "Not in this app's sources.", "None listed in this app's sources.",
		"Comparing Health Information Technician, Medical Coder, Health Information Services Manager and Medical Administrative Assistant."} {
		if !p.has(w) {
			t.Errorf("the comparison does not show %q", w)
		}
	}
	// Like with like, beside the figures.
	for _, w := range []string{"Before you compare these pay figures", "under one occupation", "They are from different years: May 2020 for the Medical Coder figure and May 2023"} {
		if !p.has(w) {
			t.Errorf("the pay notes do not say %q", w)
		}
	}
	// Each cell links to the section of the career's guide that says
	// more, where the guide has one.
	for _, want := range []string{"/careers/health-information-technician#pay", "/careers/medical-coder#responsibilities", "/careers/health-information-technician#remote-work", "/careers/medical-administrative-assistant"} {
		found := false
		for _, el := range p.elements() {
			found = found || el.name == "a" && el.attrs["href"] == want
		}
		if !found {
			t.Errorf("no link to %s", want)
		}
	}
	for _, el := range p.elements() {
		if el.name == "a" && el.attrs["href"] == "/careers/medical-coder#remote-work" {
			t.Error("a link to a section the coder's guide does not have")
		}
	}
	if got := p.checked(); len(got) != 4 {
		t.Errorf("ticked %v, want the four compared", got)
	}
}

func TestComparisonExplainsAGarbageAddress(t *testing.T) {
	for _, c := range []struct {
		address, summary, tidied string
		notice                   []string
	}{
		{"/careers/compare", "Pick two to four careers below to see them side by side.", "/careers/compare", nil},
		{"/careers/compare?c=medical-coder", "Pick at least one more career below to compare with Medical Coder.", "/careers/compare?c=medical-coder", nil},
		{"/careers/compare?c=astronaut,chef", "Pick two to four careers below to see them side by side.", "/careers/compare",
			[]string{"Not careers in this app, so left out: “astronaut”, “chef”."}},
		{"/careers/compare?c=" + strings.Join(allSlugs(), ",") + ",x,y", "Comparing Health Information Technician, Health Information Services Manager, Health Information Systems Technician and Health Records Technician.",
			"/careers/compare?c=" + strings.Join(allSlugs()[:4], ","),
			[]string{"Only 4 careers fit side by side, so these were left out: Medical Administrative Assistant, Medical and Health Information Manager, Medical Coder, Medical Records Technician.", "“x”, “y”"}},
		{"/careers/compare?c=" + strings.Repeat("z", 10000) + strings.Repeat("%2Cmedical-coder", 700), "Pick at least one more career below to compare with Medical Coder.", "/careers/compare?c=medical-coder",
			[]string{"Not careers in this app, so left out: “" + strings.Repeat("z", 40) + "…”."}},
		{"/careers/compare?c=" + strings.Repeat("medical-coder,", 100) + strings.Repeat("%zz", 3000), "Pick at least one more career below to compare with Medical Coder.", "/careers/compare?c=medical-coder",
			[]string{"more were left out."}},
		{"/careers/compare?c=medical-coder&c=health-information-technician&other=%3Cscript%3E", "Comparing Medical Coder and Health Information Technician.",
			"/careers/compare?c=medical-coder,health-information-technician", nil},
	} {
		h, _ := comparisonAt(t, c.address)
		p := htmlOf(h)
		short := c.address[:min(len(c.address), 80)]
		if got := p.textOf("compare-summary"); got != c.summary {
			t.Errorf("%s: the summary reads %q, want %q", short, got, c.summary)
		}
		if got := address(h.ctx); got != c.tidied {
			t.Errorf("%s: tidied to %.100q, want %q", short, got, c.tidied)
		}
		_, table := p.byID("career-compare")
		if table != (len(h.picks) >= 2) {
			t.Errorf("%s: a table with %d careers: %v", short, len(h.picks), table)
		}
		_, notice := p.byID("link-notice")
		if notice != (len(c.notice) > 0) {
			t.Errorf("%s: a notice: %v", short, notice)
		}
		for _, w := range c.notice {
			if !p.has(w) {
				t.Errorf("%s: the notice does not say %q", short, w)
			}
		}
		if len(p) > 200000 {
			t.Errorf("%s: the page is %d bytes", short, len(p))
		}
	}
}

func TestComparisonPicksKeepTheAddress(t *testing.T) {
	h, e := comparisonAt(t, "/careers/compare?c=medical-coder")
	do := func(slug string, on bool) bool {
		var ok bool
		h.ctx.Dispatch(func(ctx app.Context) { ok = h.pick(ctx, slug, on) })
		e.ConsumeAll()
		return ok
	}
	for _, s := range []string{data.MainSlug, "medical-records-technician", "health-records-technician"} {
		if !do(s, true) {
			t.Fatalf("ticking %s was refused", s)
		}
	}
	if do("medical-administrative-assistant", true) {
		t.Error("a fifth career was added")
	}
	if got := htmlOf(h).textOf("compare-status"); got != limitNote {
		t.Errorf("the refusal reads %q", got)
	}
	do("medical-coder", false)
	if got := address(h.ctx); got != "/careers/compare?c=health-information-technician,medical-records-technician,health-records-technician" {
		t.Errorf("the address is %q", got)
	}
	if cls, _ := htmlOf(h).attr("career-compare", "class"); !strings.Contains(cls, "compare-3") {
		t.Errorf("after an untick the table is %q", cls)
	}
}

func allSlugs() []string {
	var out []string
	for _, c := range appData().Careers {
		out = append(out, c.Slug)
	}
	return out
}

// The comparison's address is a page of its own under /careers/, so no
// career may have its name as its slug: the data refuses the names listed
// in data.ReservedSlugs, which must be every such page.
func TestPagesUnderCareersAreReservedSlugs(t *testing.T) {
	var under []string
	for _, p := range pageTable {
		if path.Dir(p.Path) == "/careers" {
			under = append(under, path.Base(p.Path))
		}
	}
	slices.Sort(under)
	reserved := slices.Sorted(slices.Values(data.ReservedSlugs))
	if !slices.Equal(under, reserved) || len(under) == 0 {
		t.Errorf("pages under /careers/ %v, reserved slugs %v: they must be the same", under, reserved)
	}
	for _, c := range appData().Careers {
		if p := pageAt(careerPath(c.Slug)); p.Title != c.Title+" career guide" {
			t.Errorf("%s: the address of its guide holds %q", c.Slug, p.Title)
		}
	}
}

func TestSearchFindsTheCareersPages(t *testing.T) {
	for q, want := range map[string]string{
		"compare medical coder":    comparePath,
		"compare careers":          comparePath,
		"careers without a degree": "/careers",
		"no degree jobs":           "/careers",
	} {
		r := siteIndex().Search(q, 10)
		var got []string
		for i, res := range r.Results {
			if i < 3 {
				got = append(got, res.Href())
			}
		}
		if !slices.Contains(got, want) {
			t.Errorf("searching %q: the first results are %v, want %s among them", q, got, want)
		}
	}
	var page search.Page
	for _, p := range SearchPages() {
		if p.Path == comparePath {
			page = p
		}
	}
	for _, c := range appData().Careers {
		if !strings.Contains(page.Names, c.Title) {
			t.Errorf("the comparison is not found by %q", c.Title)
		}
	}
}
