//go:build !wasm

package salaries

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hitcoach/hitcoach/app/e2e"
	"github.com/hitcoach/hitcoach/app/salary"
	"github.com/hitcoach/hitcoach/data"
)

// compared is a row of the comparison as the page shows it.
type compared struct {
	Key, Stage, Country, Head, Pay, Difference string
}

const readCompared = `[...document.querySelectorAll("#table-compare tbody tr")].map(r => ({
	Key: r.dataset.key, Stage: r.dataset.stage || "", Country: r.dataset.country || "",
	Head: r.querySelector("th").innerText, Pay: r.querySelector("td.shown").innerText,
	Difference: r.querySelector("td.difference").innerText,
}))`

// Starting pay in the UK and in the U.S. is one comparison, one tap away,
// whose rows are all starting pay.
func TestEntryPayInTheUKAndTheUSIsOneComparison(t *testing.T) {
	tb := e2e.NewTab(t)
	tb.Open("/salaries")
	link := `#compare-presets a.preset`
	if got := textOf(tb, link); got != "Entry pay: UK vs US" {
		t.Fatalf("the ready-made comparison reads %q", got)
	}
	tb.Do(chromedp.Click(chromedp.CSS(link)))
	tb.WaitFor("the comparison is drawn", `document.querySelectorAll("#table-compare tbody tr").length >= 2`)
	rows := e2e.Run(tb, chromedp.Evaluate[[]compared](readCompared))
	countries := map[string]bool{}
	for _, r := range rows {
		if r.Stage != string(data.LevelEntry) || !strings.Contains(r.Head, "Starting pay") {
			t.Errorf("%s is not starting pay: stage %q, %q", r.Key, r.Stage, r.Head)
		}
		countries[r.Country] = true
	}
	if !countries["GB"] || !countries["US"] || len(countries) != 2 {
		t.Errorf("the comparison is of %v, want the UK and the U.S.", countries)
	}
	if got := location(tb); !strings.HasPrefix(got, "/salaries?compare=country-gb-nhs-band-3-entry,") {
		t.Errorf("the address is %s", got)
	}
	// The base is the UK's, in pounds; the U.S. figures are converted, and
	// their stated amounts are beside their names.
	if got := textOf(tb, "#table-compare caption"); !strings.Contains(got, "British pounds") {
		t.Errorf("the comparison's caption reads %q", got)
	}
	for _, r := range rows[1:] {
		if r.Country == "US" && (!strings.Contains(r.Pay, "≈ £") || !strings.Contains(r.Head, "As stated: US$")) {
			t.Errorf("%s: pay %q, head %q", r.Key, r.Pay, r.Head)
		}
	}
	tb.CheckContrast(t, "starting pay, UK and U.S.")
}

// Comparing careers whose figures are from different years says so at
// the row, in the table and in the chart; two careers of one occupation
// say they share one figure instead of showing a difference.
func TestComparingFiguresOfDifferentYearsWarns(t *testing.T) {
	d := data.MustLoad()
	hit, mma := d.Career("health-information-technician"), d.Career("medical-administrative-assistant")
	if data.AsOfText(hit.Pay.AsOf) == data.AsOfText(mma.Pay.AsOf) {
		t.Fatalf("the two careers' figures are of one date, %s", hit.Pay.AsOf)
	}
	tb := e2e.NewTab(t)
	tb.Open("/salaries?compare=career-health-information-technician,career-medical-administrative-assistant,career-medical-coder")
	waitForRows(t, tb, "career-health-information-technician", "career-medical-administrative-assistant", "career-medical-coder")
	rows := e2e.Run(tb, chromedp.Evaluate[[]compared](readCompared))
	diff := rows[1].Difference
	for _, want := range []string{"Not like for like:", "They are from different years: " + hit.Pay.AsOf + " for the Health Information Technician figure and " + mma.Pay.AsOf + " for the Medical Administrative Assistant figure.", "lower than the Health Information Technician figure"} {
		if !strings.Contains(diff, want) {
			t.Errorf("the row of a May 2019 figure does not say %q; it says:\n%s", want, diff)
		}
	}
	coder := rows[2].Difference
	if !strings.Contains(coder, "under one occupation, so they share one pay figure") || strings.Contains(coder, "lower than") || strings.Contains(coder, "higher than") {
		t.Errorf("two careers of one occupation read:\n%s", coder)
	}
	notes := e2e.Run(tb, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#chart-compare .chart-bar")].map(b => { const n = b.querySelector(".chart-note"); return n ? n.textContent : ""; })`))
	if len(notes) != 3 || notes[0] != "" || !strings.Contains(notes[1], "another year") || !strings.Contains(notes[2], "one occupation") {
		t.Errorf("the chart's notes at the bars are %q", notes)
	}
	tb.CheckContrast(t, "a comparison that is not like for like")
}

// columnCells lists, for each column whose heading names a currency, the
// text of every cell under it, in every table of the page.
const columnCells = `((names) => {
	const out = [];
	for (const table of document.querySelectorAll("table")) {
		const heads = [...table.querySelectorAll("thead th")].map(th => th.innerText.trim());
		heads.forEach((head, i) => {
			const code = Object.keys(names).find(c => head.includes(names[c]));
			if (!code) return;
			for (const row of table.querySelectorAll("tbody tr")) {
				const cell = row.children[i];
				if (cell) out.push({ Table: table.id, Head: head, Code: code, Key: row.dataset.key || "", Text: cell.innerText });
			}
		});
	}
	return out;
})`

type columnCell struct{ Table, Head, Code, Key, Text string }

// A figure in a currency with no exchange rate never shows an amount under
// a heading that names another currency: it reads "no exchange rate in our
// sources", the reason one click away, its amount beside its name.
func TestACurrencyWithNoRateNeverAppearsUnderAnother(t *testing.T) {
	d := data.MustLoad()
	names := map[string]string{}
	for _, c := range d.Currencies {
		names[c.Code] = c.Name + "s"
	}
	namesJSON, _ := json.Marshal(names)
	tb := e2e.NewTab(t)
	for _, cur := range []string{"", "GBP", "EUR"} {
		address := "/salaries?compare=level-1,country-ca,country-gb,country-ca-ns-median-year"
		if cur != "" {
			address += "&currency=" + cur
		}
		tb.Open(address)
		waitForRows(t, tb, "level-1", "country-ca", "country-gb", "country-ca-ns-median-year")
		cells := e2e.Run(tb, chromedp.Evaluate[[]columnCell](columnCells+`(`+string(namesJSON)+`)`))
		tables := map[string]bool{}
		for _, c := range cells {
			tables[c.Table] = true
			for _, cc := range d.Currencies {
				if cc.Code != c.Code && amountWithSymbol(c.Text, cc.Symbol) {
					t.Errorf("%s: in %s, under %q, row %s shows an amount in %s: %q", address, c.Table, c.Head, c.Key, cc.Code, c.Text)
				}
			}
		}
		// The comparison, and with a currency chosen the countries and each
		// country's figures, have such a column.
		if !tables["table-compare"] || (cur != "" && (!tables["table-countries"] || !tables["table-figures-ca"])) {
			t.Errorf("%s: columns naming a currency in %v", address, tables)
		}
		ca := rowOf("table-compare", "country-ca")
		if got := textOf(tb, ca+" td.shown summary"); got != salary.NoRateLabel {
			t.Errorf("%s: Canada's pay reads %q", address, got)
		}
		if got := textOf(tb, ca+" th"); !strings.Contains(got, "As stated: C$40,000–C$55,000") {
			t.Errorf("%s: Canada's name does not give its range as stated: %q", address, got)
		}
	}
	// The reason is one click away.
	ca := rowOf("table-compare", "country-ca")
	if got := textOf(tb, ca+" td.shown details p"); got != "" {
		t.Errorf("the reason shows before it is asked for: %q", got)
	}
	if textOf(tb, ca+" td.shown summary") == "" {
		t.Fatal("Canada's pay cell has no explanation to open")
	}
	tb.Do(chromedp.Click(chromedp.CSS(ca + " td.shown summary")))
	tb.WaitText(ca+" td.shown details", "Our sources give no exchange rate for Canadian dollars")
	tb.CheckContrast(t, "a figure with no exchange rate, explained")
}

// amountWithSymbol reports whether text shows an amount in a currency:
// its symbol right before a digit, and not the end of a longer symbol
// ("$" within "US$").
func amountWithSymbol(text, symbol string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], symbol)
		if j < 0 {
			return false
		}
		at := i + j
		after := at + len(symbol)
		before := byte(' ')
		if at > 0 {
			before = text[at-1]
		}
		if after < len(text) && text[after] >= '0' && text[after] <= '9' && !(before >= 'A' && before <= 'Z') {
			return true
		}
		i = after
	}
}
