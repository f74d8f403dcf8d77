package ui

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

var (
	rowPattern  = regexp.MustCompile(`(?s)<tr[^>]*data-key="([^"]*)"[^>]*>(.*?)</tr>`)
	cellPattern = regexp.MustCompile(`(?s)<(td|th)([^>]*)>(.*?)</(?:td|th)>`)
	tagPattern  = regexp.MustCompile(`<[^>]*>`)
	labelAttr   = regexp.MustCompile(`data-label="([^"]*)"`)
)

// plain is the text of some HTML, its tags gone and its spaces collapsed.
func plain(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tagPattern.ReplaceAllString(s, " "))), " ")
}

// tableRow is one row of a table, by the key it is drawn for: the text of
// its row head, and of each cell by its column's name.
type tableRow struct {
	head  string
	cells map[string]string
	attrs string
}

// rowsOf reads every keyed row of the element with the id.
func rowsOf(p page, id string) map[string]tableRow {
	s := string(p)
	at := strings.Index(s, `id="`+id+`"`)
	if at < 0 {
		return nil
	}
	s = s[at:]
	if end := strings.Index(s, "</table>"); end >= 0 {
		s = s[:end]
	}
	out := map[string]tableRow{}
	for _, m := range rowPattern.FindAllStringSubmatch(s, -1) {
		r := tableRow{cells: map[string]string{}, attrs: m[0][:strings.IndexByte(m[0], '>')]}
		for _, c := range cellPattern.FindAllStringSubmatch(m[2], -1) {
			if c[1] == "th" {
				r.head = plain(c[3])
				continue
			}
			if l := labelAttr.FindStringSubmatch(c[2]); l != nil {
				label, _ := strconv.Unquote(`"` + l[1] + `"`)
				r.cells[label] = plain(c[3])
			}
		}
		out[m[1]] = r
	}
	return out
}

// currencySymbols are every currency's symbol, to find amounts by.
func currencySymbols() map[string]string {
	out := map[string]string{}
	for _, c := range appData().Currencies {
		out[c.Code] = c.Symbol
	}
	return out
}

// amountIn reports whether text holds an amount written in the symbol:
// the symbol followed by a digit.
func amountIn(text, symbol string) bool {
	for i := strings.Index(text, symbol); i >= 0; {
		rest := text[i+len(symbol):]
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			// "US$" holds "$": a "$" after "US" or "C" or "A" or "S" is
			// another currency's.
			if symbol == "$" || !strings.HasSuffix(text[:i], "U") {
				return true
			}
		}
		next := strings.Index(rest, symbol)
		if next < 0 {
			break
		}
		i += len(symbol) + next
	}
	return false
}

// A column that names a currency holds amounts in that currency only: a
// figure in a currency with no rate reads "no exchange rate in our
// sources", with why a click away, and its amount as stated sits beside
// its name.
func TestNoAmountUnderAnotherCurrencysColumn(t *testing.T) {
	d := appData()
	symbols := currencySymbols()
	check := func(where string, rows map[string]tableRow, column, code string) {
		t.Helper()
		if len(rows) == 0 {
			t.Fatalf("%s: no rows", where)
		}
		for key, r := range rows {
			cell, ok := r.cells[column]
			if !ok {
				t.Errorf("%s: row %s has no cell under %q", where, key, column)
				continue
			}
			for other, sym := range symbols {
				if other != code && !strings.HasPrefix(symbols[code], sym) && amountIn(cell, sym) {
					t.Errorf("%s: under %q, row %s shows an amount in %s: %q", where, column, key, other, cell)
				}
			}
		}
	}

	p := htmlOf(newComparisonTable().Keys([]string{"level-1", "country-ca", "country-gb", "country-ca-ns-median-year"}))
	rows := rowsOf(p, "table-compare")
	check("comparison as stated", rows, "Pay per year in US dollars", "USD")
	ca := rows["country-ca"]
	if !strings.HasPrefix(ca.cells["Pay per year in US dollars"], salary.NoRateLabel) {
		t.Errorf("Canada's pay cell reads %q", ca.cells["Pay per year in US dollars"])
	}
	if !strings.Contains(ca.cells["Pay per year in US dollars"], "Our sources give no exchange rate for Canadian dollars") {
		t.Errorf("Canada's pay cell does not say why: %q", ca.cells["Pay per year in US dollars"])
	}
	if !strings.Contains(ca.head, "As stated: C$40,000–C$55,000") {
		t.Errorf("Canada's row head does not give its range as stated: %q", ca.head)
	}
	if gb := rows["country-gb"]; !strings.Contains(gb.head, "As stated: £25,000–£35,000") || !strings.Contains(gb.cells["Pay per year in US dollars"], "≈ US$32,083–US$44,917") {
		t.Errorf("the UK row reads %q | %q", gb.head, gb.cells["Pay per year in US dollars"])
	}

	p = htmlOf(newComparisonTable().Keys([]string{"country-ca", "level-1"}).Currency("GBP"))
	check("comparison in pounds", rowsOf(p, "table-compare"), "Pay per year in British pounds", "GBP")

	for _, code := range []string{"GBP", "EUR", "USD"} {
		p := htmlOf(newCountryPay().Currency(code))
		column := convertedColumn(d, code)
		check("countries in "+code, rowsOf(p, "table-countries"), column, code)
		for _, cf := range d.CountryFigures {
			check("figures of "+cf.Country+" in "+code, rowsOf(p, "table-figures-"+strings.ToLower(cf.Country)), column, code)
		}
		if cell := rowsOf(p, "table-countries")["country-ca"].cells[column]; !strings.HasPrefix(cell, salary.NoRateLabel) {
			t.Errorf("Canada in %s reads %q", code, cell)
		}
	}
}

// The country section shows every cited figure of each country, with the
// level it stands for, its source and its date; where no starting figure
// is known it says so; and the ready-made comparison sets starting pay
// against starting pay.
func TestEveryCountryFigureIsShownWithItsLevelAndSource(t *testing.T) {
	d := appData()
	p := htmlOf(newCountryPay())
	for _, cf := range d.CountryFigures {
		rows := rowsOf(p, "table-figures-"+strings.ToLower(cf.Country))
		if _, ok := rows["country-"+strings.ToLower(cf.Country)]; !ok {
			t.Errorf("%s: the range for every level is not among its figures", cf.Country)
		}
		for _, f := range cf.Figures {
			r, ok := rows["country-"+f.ID]
			if !ok {
				t.Errorf("%s: no row for %s", cf.Country, f.ID)
				continue
			}
			sym := salary.Symbol(d, f.Currency)
			amount := salary.FormatCents(f.Amount, sym)
			if f.IsRange() {
				amount = salary.FormatCents(f.Min, sym) + "–" + salary.FormatCents(f.Max, sym)
			}
			amount += " " + salary.PeriodWords(f.Period)
			if got := r.cells[colStated]; got != amount {
				t.Errorf("%s reads %q, want %q", f.ID, got, amount)
			}
			if got := r.cells[colLevel]; got != stageText(f.Level) {
				t.Errorf("%s is at level %q, want %q", f.ID, got, stageText(f.Level))
			}
			if !strings.Contains(r.head, f.StandsFor) {
				t.Errorf("%s does not say what it stands for: %q", f.ID, r.head)
			}
			src := d.Source(f.Source)
			if src == nil || !strings.Contains(r.cells["Source"], src.Title) || !strings.Contains(r.cells["Source"], data.AsOfText(f.AsOf)) {
				t.Errorf("%s is not cited with its source and date: %q", f.ID, r.cells["Source"])
			}
		}
		note := p.textOf("figures-" + strings.ToLower(cf.Country) + "-no-entry")
		switch {
		case cf.NoEntryLevel != "" && !strings.Contains(string(p), html.EscapeString(cf.NoEntryLevel)):
			t.Errorf("%s has no starting figure and does not say so", cf.Country)
		case cf.NoEntryLevel == "" && note != "":
			t.Errorf("%s has a starting figure, yet says %q", cf.Country, note)
		}
	}
	if !p.has("Entry pay: UK vs US") {
		t.Error("no ready-made comparison of UK and US starting pay")
	}
	presets := entryPresets(salary.Countries(d, salaryRows()))
	if len(presets) == 0 {
		t.Fatal("no ready-made comparisons")
	}
	for _, pr := range presets {
		countries := map[string]bool{}
		for _, k := range pr.Keys {
			r := salaryRows().Row(k)
			if r == nil || r.Stage != data.LevelEntry || r.Figure == nil {
				t.Errorf("%s: %s is not a starting figure to compare", pr.Label, k)
				continue
			}
			countries[r.Country] = true
		}
		if len(countries) != 2 || len(pr.Keys) > salary.MaxCompare {
			t.Errorf("%s compares %v", pr.Label, pr.Keys)
		}
	}
}

// At each compared row the comparison says, in words, how the figures are
// not alike; two careers of one occupation say they share one figure
// rather than show a difference; and the difference reads as a sentence.
func TestComparisonSaysWhereFiguresAreNotAlike(t *testing.T) {
	d := appData()
	keys := []string{"career-health-information-technician", "career-medical-administrative-assistant", "career-medical-coder"}
	c := salary.Compare(d, salaryRows(), keys, "")
	p := htmlOf(newComparisonTable().Keys(keys))
	rows := rowsOf(p, "table-compare")

	mma := rows["career-medical-administrative-assistant"].cells[differenceColumn]
	if c.Lines[1].Sentence == "" || !strings.HasPrefix(mma, c.Lines[1].Sentence) {
		t.Errorf("the difference does not read as the sentence %q: %q", c.Lines[1].Sentence, mma)
	}
	if !strings.Contains(mma, "Not like for like:") || !strings.Contains(mma, "They are from different years: May 2023") {
		t.Errorf("the different years are not said at the row: %q", mma)
	}
	coder := rows["career-medical-coder"].cells[differenceColumn]
	if !strings.Contains(coder, "under one occupation, so they share one pay figure") || strings.Contains(coder, "lower than") {
		t.Errorf("two careers of one occupation read %q", coder)
	}
	if !strings.Contains(rows["career-health-information-technician"].cells[differenceColumn], "The base of the comparison") {
		t.Error("the base is not named")
	}

	// The chart says it at the bar too.
	notes := regexp.MustCompile(`(?s)<text[^>]*class="chart-note"[^>]*>(.*?)</text>`).FindAllStringSubmatch(string(p), -1)
	if len(notes) != 2 {
		t.Fatalf("%d notes in the chart, want 2", len(notes))
	}
	if got := plain(notes[0][1]); got != "Not like for like: another year and another source. The table says how." {
		t.Errorf("the chart's note on different years reads %q", got)
	}
	if got := plain(notes[1][1]); !strings.HasPrefix(got, "U.S. pay data counts Health Information Technician and Medical Coder under one occupation") || !strings.HasSuffix(got, "not a difference in pay.") {
		t.Errorf("the chart's note on one occupation reads %q", got)
	}
}

// The ready-made comparison "Entry pay: UK vs US" gives rows that are all
// starting pay, from both countries, marked so.
func TestEntryPayPresetComparesStartingPayWithStartingPay(t *testing.T) {
	presets := entryPresets(salary.Countries(appData(), salaryRows()))
	var keys []string
	for _, pr := range presets {
		if pr.Label == "Entry pay: UK vs US" {
			keys = pr.Keys
		}
	}
	if keys == nil {
		t.Fatalf("no UK vs US preset among %v", presets)
	}
	r := newExplorerRig(t, "/salaries?compare="+salary.EncodeCompare(keys))
	rows := rowsOf(htmlOf(r.ex), "table-compare")
	if len(rows) != len(keys) {
		t.Fatalf("%d rows compared, want %d", len(rows), len(keys))
	}
	for k, row := range rows {
		if !strings.Contains(row.attrs, `data-stage="entry"`) || !strings.Contains(row.head, "Starting pay") {
			t.Errorf("%s is not shown as starting pay: %s | %q", k, row.attrs, row.head)
		}
	}
}

// Each chart takes the width it is given, prints each value at its bar,
// and wraps a long label instead of cutting it; in Present mode at a
// 1920 × 1080 screen its labels are 24 px or more.
func TestChartsTakeTheirWidthAndPrintTheirValues(t *testing.T) {
	spec := levelChart(appData(), "")
	for _, w := range []float64{0, 296, 1120} {
		p := htmlOf(spec.chart(w))
		wantW := w
		if w == 0 {
			wantW = chartUnmeasuredWidth
		}
		if !strings.Contains(string(p), `viewBox="0 0 `+salary.Coord(wantW)+` `) {
			t.Errorf("at %v px the viewBox is not %v wide", w, wantW)
		}
		if fit := strings.Contains(string(p), "chart-fit"); fit != (w > 0) {
			t.Errorf("at %v px, marked as fitted: %v", w, fit)
		}
		values := regexp.MustCompile(`(?s)<text[^>]*class="chart-value"[^>]*>(.*?)</text>`).FindAllStringSubmatch(string(p), -1)
		if len(values) != len(appData().Main().SalaryByLevel) {
			t.Errorf("at %v px the chart prints %d values for %d levels", w, len(values), len(appData().Main().SalaryByLevel))
		}
		for i, l := range appData().Main().SalaryByLevel {
			// The text alternative says the same, so the value is read
			// from the bar's own text.
			if i < len(values) && !strings.Contains(plain(values[i][1]), "median "+salary.Format(l.Median, "US$")) {
				t.Errorf("at %v px the chart prints %q at %s's bar", w, plain(values[i][1]), l.Level)
			}
			// Every word of the label is drawn, whatever the width.
			label := regexp.MustCompile(`(?s)<text[^>]*class="chart-label"[^>]*>(.*?)</text>`)
			found := false
			for _, m := range label.FindAllStringSubmatch(string(p), -1) {
				found = found || plain(m[1]) == l.Level
			}
			if !found {
				t.Errorf("at %v px the label %q is not drawn whole", w, l.Level)
			}
		}
	}
	if p := htmlOf(spec.chart(200)); !strings.Contains(string(p), "<tspan") {
		t.Error("a narrow chart does not wrap its labels")
	}

	big := newBarChart().Bars(spec.Bars).Symbol(spec.Symbol).Present(spec.ID, 1877, 920)
	l := big.layout()
	if l.FontSize < 24 || l.Height > 920 || l.Width != 1877 {
		t.Errorf("presented at 1920 × 1080: font %v, %v × %v", l.FontSize, l.Width, l.Height)
	}
	small := newBarChart().Bars(careerChart(appData(), "").Bars).Symbol("US$").Present("chart-careers", 821, 330)
	if l := small.layout(); l.Height > 330 || l.Width != 821 {
		t.Errorf("presented at 853 × 480: %v × %v", l.Width, l.Height)
	}
}

func TestPresentModeStepsThroughTheChartsAndLeaves(t *testing.T) {
	r := newExplorerRig(t, "/salaries?compare=level-1,country-gb")
	if _, ok := htmlOf(r.ex).byID(presentID); ok {
		t.Fatal("Present mode is on before it is asked for")
	}
	open := func(want, count string) {
		t.Helper()
		p := htmlOf(r.ex)
		el, ok := p.byID(presentID)
		if !ok {
			t.Fatalf("Present mode is off, want %s", want)
		}
		if el.attrs["data-chart"] != want || el.attrs["role"] != "dialog" || !attrTrue(el.attrs, "aria-modal") {
			t.Errorf("Present mode shows %+v, want %s in a modal dialog", el.attrs, want)
		}
		wantText(t, p, count)
	}
	r.send(actionPresentOpen, "no-such-chart")
	if _, ok := htmlOf(r.ex).byID(presentID); ok {
		t.Error("an unknown chart opened Present mode")
	}
	r.send(actionPresentOpen, "chart-levels")
	open("chart-levels", "Chart 1 of 5")
	if el, _ := htmlOf(r.ex).byID("present-prev"); !attrTrue(el.attrs, "aria-disabled") {
		t.Errorf("at the first chart, Previous is not aria-disabled: %v", el.attrs)
	}
	r.send(actionPresentStep, -1)
	open("chart-levels", "Chart 1 of 5")
	got := countRedraws(func() { r.send(actionPresentStep, 1) })
	open("chart-benchmarks", "Chart 2 of 5")
	if want := map[string]int{"chartPresenter": 1}; !equalCounts(got, want) {
		t.Errorf("a step redrew %s, want %s", redrawsText(got), redrawsText(want))
	}
	for i := 0; i < 5; i++ {
		r.send(actionPresentStep, 1)
	}
	open("chart-compare", "Chart 5 of 5")
	r.send(actionPresentClose, nil)
	if _, ok := htmlOf(r.ex).byID(presentID); ok {
		t.Error("Present mode stays on after leaving")
	}

	for key, want := range map[string][3]any{
		"ArrowRight": {1, false, true}, "ArrowDown": {1, false, true}, " ": {1, false, true}, "PageDown": {1, false, true},
		"ArrowLeft": {-1, false, true}, "ArrowUp": {-1, false, true}, "PageUp": {-1, false, true},
		"Escape": {0, true, true}, "Tab": {0, false, false}, "a": {0, false, false},
	} {
		step, leave, handled := presentKey(key)
		if step != want[0] || leave != want[1] || handled != want[2] {
			t.Errorf("key %q: step %d, leave %v, handled %v; want %v", key, step, leave, handled, want)
		}
	}
}

// attrTrue reports whether an attribute is "true". go-app's HTML writes an
// attribute whose value is "true" bare; the browser's setAttribute, in the
// app, writes "true".
func attrTrue(attrs map[string]string, name string) bool {
	v, ok := attrs[name]
	return ok && (v == "" || v == "true")
}
