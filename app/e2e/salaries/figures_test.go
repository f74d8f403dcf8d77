//go:build !wasm

package salaries

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// expectRow checks that a table row shows every expected text.
func expectRow(t *testing.T, tb *e2e.Tab, table, key string, want ...string) {
	t.Helper()
	got := textOf(tb, rowOf(table, key))
	if got == "" {
		t.Errorf("%s: no row %q", table, key)
		return
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s row %q does not show %q; it shows:\n%s", table, key, w, got)
		}
	}
}

// cite is what a citation of a figure reads.
func cite(t *testing.T, source, asOf string) []string {
	return []string{sourceTitle(t, source), data.AsOfText(asOf)}
}

func TestEveryFigureOnThePageEqualsTheData(t *testing.T) {
	d := data.MustLoad()
	hit := d.Main()
	tb := e2e.NewTab(t)
	tb.Open("/salaries")

	// expected holds every amount the page may show, written from the data
	// with the app's formatter; anything else on the page is a defect.
	expected := map[string]bool{}
	want := func(amount int64, code string) string {
		s := salary.Format(amount, symbol(code))
		expected[s] = true
		return s
	}
	wantRange := func(r data.PayRange) string {
		want(r.Min, r.Currency)
		want(r.Max, r.Currency)
		return salary.FormatRange(r, symbol(r.Currency))
	}

	if len(hit.SalaryByLevel) != 5 {
		t.Fatalf("the data has %d levels, the issue five", len(hit.SalaryByLevel))
	}
	for i, l := range hit.SalaryByLevel {
		key := "level-" + strconv.Itoa(i+1)
		row := append([]string{l.Level, want(l.Median, l.Currency), want(l.Average, l.Currency)}, cite(t, l.Source, l.AsOf)...)
		for _, p := range hit.CareerPath {
			if p.Title == l.Level {
				row = append(row, yearsWording(p))
			}
		}
		if len(row) != 6 {
			t.Errorf("%s has no career-path rung for its years", l.Level)
		}
		expectRow(t, tb, "table-levels", key, row...)
		if got := textOf(tb, rowOf("table-levels", key)+" td.median .amount"); got != salary.Format(l.Median, symbol(l.Currency)) {
			t.Errorf("%s median cell reads %q", key, got)
		}
		if got := textOf(tb, rowOf("table-levels", key)+" td.average .amount"); got != salary.Format(l.Average, symbol(l.Currency)) {
			t.Errorf("%s average cell reads %q", key, got)
		}
	}
	// The issue's own figures, so a change in the data cannot slip by.
	for key, pair := range map[string][2]string{"level-1": {"US$39,000", "US$42,000"}, "level-3": {"US$53,000", "US$56,000"}, "level-5": {"US$76,000", "US$80,000"}} {
		expectRow(t, tb, "table-levels", key, pair[0], pair[1])
	}

	k := hit.KeyFacts
	expectRow(t, tb, "table-benchmarks", "national-median", append([]string{want(k.MedianAnnual.Amount, k.MedianAnnual.Currency), "citing " + k.Median.Cites}, cite(t, k.Median.Source, k.Median.AsOf)...)...)
	expectRow(t, tb, "table-benchmarks", "national-median", "US$47,160", "May 2023")
	expectRow(t, tb, "table-benchmarks", "national-range", append([]string{wantRange(k.Range), k.RangeFact.Note}, cite(t, k.RangeFact.Source, k.RangeFact.AsOf)...)...)
	for _, p := range hit.PayRanges {
		expectRow(t, tb, "table-benchmarks", p.ID, append([]string{p.Label, wantRange(p.Range)}, cite(t, p.Source, p.AsOf)...)...)
	}
	expectRow(t, tb, "table-benchmarks", "entry-level", "US$35,000–US$45,000")
	expectRow(t, tb, "table-benchmarks", "experienced", "US$50,000–US$65,000 or more")

	if len(hit.GlobalSalaries) != 6 {
		t.Fatalf("the data has %d countries, the issue six", len(hit.GlobalSalaries))
	}
	for _, g := range hit.GlobalSalaries {
		key := "country-" + strings.ToLower(g.Code)
		row := append([]string{g.Country, wantRange(g.Local)}, cite(t, g.Source, g.AsOf)...)
		switch {
		case g.USD != nil:
			row = append(row, "about "+wantRange(*g.USD))
		case g.Local.Currency == "USD":
			row = append(row, "Already in US dollars")
		default:
			row = append(row, g.NoUSDNote)
		}
		for _, n := range g.Notes {
			row = append(row, n.Name, n.Detail)
		}
		expectRow(t, tb, "table-countries", key, row...)
		if got := textOf(tb, rowOf("table-countries", key)+" td.local"); got != salary.FormatRange(g.Local, symbol(g.Local.Currency)) {
			t.Errorf("%s local range reads %q", key, got)
		}
	}
	for key, local := range map[string]string{"country-us": "US$45,000–US$65,000", "country-ca": "C$40,000–C$55,000", "country-gb": "£25,000–£35,000", "country-de": "€30,000–€45,000", "country-au": "A$50,000–A$70,000", "country-sg": "S$40,000–S$55,000"} {
		expectRow(t, tb, "table-countries", key, local)
	}

	// Every other figure of each country, with the level it stands for, its
	// source and date; where no starting figure is known, the page says so.
	levelWords := map[data.PayLevel]string{data.LevelEntry: "Starting pay", data.LevelIntermediate: "After some years", data.LevelTop: "Top of the pay scale", data.LevelAll: "Every level together"}
	for _, cf := range d.CountryFigures {
		table := "table-figures-" + strings.ToLower(cf.Country)
		for _, f := range cf.Figures {
			sym := symbol(f.Currency)
			amounts := []data.Cents{f.Amount}
			if f.IsRange() {
				amounts = []data.Cents{f.Min, f.Max}
			}
			var shownAmounts []string
			for _, a := range amounts {
				s := salary.FormatCents(a, sym)
				expected[s] = true
				shownAmounts = append(shownAmounts, s)
			}
			expectRow(t, tb, table, "country-"+f.ID, append([]string{f.Name, f.StandsFor, levelWords[f.Level], strings.Join(shownAmounts, "–")}, cite(t, f.Source, f.AsOf)...)...)
		}
		note := textOf(tb, "#figures-"+strings.ToLower(cf.Country)+"-no-entry")
		if cf.NoEntryLevel != "" && !strings.Contains(note, cf.NoEntryLevel) {
			t.Errorf("%s has no starting figure, and the page says %q", cf.Country, note)
		}
		if cf.NoEntryLevel == "" && note != "" {
			t.Errorf("%s has a starting figure, yet the page says %q", cf.Country, note)
		}
	}
	if len(d.CountryFigures) < 4 {
		t.Errorf("the data has figures for %d countries", len(d.CountryFigures))
	}

	for _, c := range d.Careers {
		key := "career-" + c.Slug
		switch {
		case c.Pay != nil && c.Pay.Annual != nil:
			expectRow(t, tb, "table-careers", key, append([]string{c.Title, want(c.Pay.Annual.Amount, c.Pay.Annual.Currency), c.Pay.Value}, cite(t, c.Pay.Source, c.Pay.AsOf)...)...)
		case c.PayUnknown != "":
			expectRow(t, tb, "table-careers", key, c.Title, "No figure", c.PayUnknown)
		default:
			t.Errorf("%s has neither a yearly figure nor payUnknown; the page cannot show it honestly", c.Slug)
		}
	}

	// The rates the currency choice explains are data too.
	for _, c := range d.Currencies {
		if c.Rate == nil || c.Code == "USD" {
			continue
		}
		want(c.Rate.Local, c.Code)
		want(c.Rate.USD, "USD")
		one, err := salary.UnitRate(c, *d.Currency("USD"), 4)
		if err != nil {
			t.Fatal(err)
		}
		expected[c.Symbol+"1"] = true
		expected["US$"+one] = true
	}

	// Now the other way round: every amount the page shows, in its text
	// and in its charts' text alternatives, must be one of the data's.
	// Quoted source wording and rate derivations are the data's own text,
	// checked above, and axis ticks ("US$40k") are scale marks, not figures.
	shown := e2e.Run(tb, chromedp.Evaluate[string](`(() => {
		const main = document.querySelector("main").cloneNode(true);
		main.querySelectorAll("q, .derivation, .chart-axis, .fact-note, details:not(.rates) p").forEach(e => e.remove());
		const labels = [...document.querySelectorAll("svg[aria-label]")].map(s => s.getAttribute("aria-label"));
		return main.textContent + "\n" + labels.join("\n");
	})()`))
	amount := regexp.MustCompile(`(US\$|C\$|A\$|S\$|£|€)\d{1,3}(,\d{3})*(\.\d+)?k?`)
	found := amount.FindAllString(shown, -1)
	if len(found) < 40 {
		t.Fatalf("only %d amounts found on the page: %v", len(found), found)
	}
	for _, s := range found {
		if strings.HasSuffix(s, "k") {
			t.Errorf("an axis-style amount %q appears outside an axis", s)
			continue
		}
		if !expected[s] {
			t.Errorf("the page shows %q, which is not in the data", s)
		}
	}
	// And the charts say in words what they draw.
	alt := e2e.Run(tb, chromedp.Evaluate[string](`document.querySelector("#chart-levels svg").getAttribute("aria-label")`))
	if !strings.Contains(alt, "median US$39,000, average US$42,000") {
		t.Errorf("the level chart's text alternative is %q", alt)
	}
}

func TestChartsAreImagesWithTitlesAndTableTwins(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries?compare=level-1,experienced")
	type chart struct {
		ID, Role, Label, Title, ViewBox string
		Bars, Marks, Ranges             int
		TableFollows                    bool
	}
	charts := e2e.Run(tb, chromedp.Evaluate[[]chart](`[...document.querySelectorAll("figure.chart")].map(f => {
		const svg = f.querySelector("svg");
		let next = f.nextElementSibling;
		return {
			ID: f.id, Role: svg.getAttribute("role"), Label: svg.getAttribute("aria-label") || "",
			Title: (svg.querySelector("title") || {}).textContent || "", ViewBox: svg.getAttribute("viewBox") || "",
			Bars: svg.querySelectorAll(".chart-bar").length, Marks: svg.querySelectorAll(".chart-mark").length,
			Ranges: svg.querySelectorAll("rect.chart-range").length,
			TableFollows: !!(next && next.querySelector("table caption")),
		};
	})`))
	ids := map[string]chart{}
	for _, c := range charts {
		ids[c.ID] = c
		if c.Role != "img" || c.Label == "" || c.Title == "" || c.ViewBox == "" {
			t.Errorf("chart %s is not an image with a text alternative, a title and a viewBox: %+v", c.ID, c)
		}
		if !c.TableFollows {
			t.Errorf("chart %s has no table with a caption right after it", c.ID)
		}
	}
	for _, id := range []string{"chart-levels", "chart-benchmarks", "chart-countries", "chart-careers", "chart-compare"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("no chart %s", id)
		}
	}
	if c := ids["chart-levels"]; c.Bars != 5 || c.Marks != 10 || c.Ranges != 0 {
		t.Errorf("the level chart should have five bars with a median and an average mark each: %+v", c)
	}
	if c := ids["chart-benchmarks"]; c.Ranges != 3 || c.Marks != 1 {
		t.Errorf("the benchmark chart should draw three ranges and the median as a mark: %+v", c)
	}
	if c := ids["chart-countries"]; c.Ranges != 5 || !strings.Contains(c.Label, "Canada: No US-dollar equivalent stated") {
		t.Errorf("the country chart should draw five stated ranges and say Canada has none: %+v", c)
	}
	if c := ids["chart-compare"]; c.Bars != 2 || c.Ranges != 1 {
		t.Errorf("the comparison chart: %+v", c)
	}
	// The anchors other pages link to.
	for _, id := range []string{"by-level", "by-country", "by-career", "compare"} {
		if n := e2e.Run(tb, chromedp.Evaluate[int](`document.querySelectorAll("section#`+id+` h2").length`)); n != 1 {
			t.Errorf("no section #%s with a heading", id)
		}
	}
}
